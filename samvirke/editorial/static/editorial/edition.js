// Shows the progress of an edition's PDF while the background worker builds it (no inline script: strict CSP).
(function () {
  var box = document.getElementById("pdf-progress");
  if (!box) return;
  var bar = document.getElementById("pdf-bar");
  var stage = document.getElementById("pdf-stage");
  function poll() {
    fetch(box.getAttribute("data-status-url"), { headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        bar.value = data.progress;
        bar.textContent = data.progress + " %";
        stage.textContent = data.progress + " %" + (data.stage ? " – " + data.stage : "");
        if (data.status === "ready" || data.status === "failed") { window.location.reload(); return; }
        window.setTimeout(poll, 1500);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();
