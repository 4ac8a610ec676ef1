/* The guide's offline layer (decision 0070): registers this language's service worker and, when the reader
   presses "Save for offline use", has it save the guide. Online, a saved guide is brought up to date.
   Without JavaScript or service workers nothing changes: the button leads to a page that explains. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !("serviceWorker" in navigator) || !window.caches || !window.MessageChannel) return;
  var form = document.querySelector("form.offline-save");
  var status = form && form.querySelector(".offline-status");

  function say(text) { if (status) status.textContent = text; }

  function savedText(meta) {
    var date = new Date(meta.saved).toLocaleDateString(document.documentElement.lang, { dateStyle: "long" });
    return form.dataset.saved.replace("{date}", date) + " (" + Math.ceil(meta.bytes / 1024) + " KB)";
  }

  function ask(type) {
    return navigator.serviceWorker.register(script.dataset.worker)
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (registration) {
        return new Promise(function (resolve, reject) {
          var channel = new MessageChannel();
          channel.port1.onmessage = function (event) { (event.data.ok ? resolve : reject)(event.data); };
          registration.active.postMessage({ type: type }, [channel.port2]);
        });
      });
  }

  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      say(form.dataset.saving);
      form.querySelector("button").disabled = true;
      ask("save").then(
        function (answer) { say(savedText(answer.meta)); },
        function () { say(form.dataset.failed); }
      ).then(function () { form.querySelector("button").disabled = false; });
    });
  }

  // A guide saved earlier: say so, and bring it up to date while online (only when something changed).
  navigator.serviceWorker.getRegistration(script.dataset.worker).then(function (registration) {
    if (!registration) return;
    ask(navigator.onLine ? "refresh" : "status").then(function (answer) {
      if (answer.meta && form) say(savedText(answer.meta));
    }, function () {});
  });
})();
