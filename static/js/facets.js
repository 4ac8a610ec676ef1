// Progressive enhancement: apply a facet as soon as it is ticked. Without JS the "Apply" button does it.
document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
  form.addEventListener("change", function (event) {
    if (event.target.matches("input[type=checkbox], input[type=radio], select")) form.requestSubmit();
  });
});

// The filters are folded on a phone (results first) and unfolded where there is room beside the results.
var wide = window.matchMedia("(min-width: 52rem)");
function unfoldWhenWide() {
  document.querySelectorAll("details[data-open-when-wide]").forEach(function (details) {
    details.open = wide.matches;
  });
}
unfoldWhenWide();
wide.addEventListener("change", unfoldWhenWide);
