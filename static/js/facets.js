// Progressive enhancement: apply a facet as soon as it is ticked. Without JS the "Apply" button does it.
document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
  form.addEventListener("change", function (event) {
    if (event.target.matches("input[type=checkbox], input[type=radio], select")) form.requestSubmit();
  });
});
