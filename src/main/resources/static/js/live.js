// Quiz clocks: every element with data-seconds counts down; htmx swaps in fresh ones with each push.
(function () {
  function tick() {
    document.querySelectorAll('[data-seconds]').forEach(function (el) {
      if (!el.dataset.end) { el.dataset.end = Date.now() + el.dataset.seconds * 1000; }
      var left = Math.max(0, Math.round((el.dataset.end - Date.now()) / 1000));
      var shown = el.dataset.clock ? Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0') : String(left);
      el.textContent = el.textContent.replace(/\d+(:\d\d)?/, shown);
      el.classList.toggle('over', left === 0);
    });
  }
  setInterval(tick, 500);
  // A post refused for coming too fast (429) or while the database is unreachable (503) brings the reason in the
  // phone's language: show it like any refusal.
  document.addEventListener('htmx:beforeSwap', function (e) {
    var status = e.detail.xhr.status;
    if (status === 429 || status === 503) { e.detail.shouldSwap = true; e.detail.isError = false; }
  });
  // A pushed stage is the same for every phone: this phone remembers what it answered (only here, in
  // this tab) and shows it again — its choices, "your answer is in", no form when answers are final.
  // (before the swap: the form is still in the page, so the event reaches the document)
  // An accepted answer comes back empty (HX-Reswap: none): the stage stays and is marked answered the same way,
  // once what an earlier refused try left on it (an error, a personal-data warning) is gone.
  document.addEventListener('htmx:beforeSwap', function (e) {
    var form = e.detail.requestConfig && e.detail.requestConfig.elt;
    if (form && form.dataset && form.dataset.activity && e.detail.xhr.getResponseHeader('X-Convene-Tally')) {
      sessionStorage.setItem('answer-' + form.dataset.activity, JSON.stringify(Array.from(new FormData(form))));
      if (!e.detail.serverResponse) {
        document.querySelectorAll('#stage .error').forEach(function (el) { el.remove(); });
      }
    }
  });
  document.addEventListener('htmx:afterSettle', function () {
    var form = document.querySelector('form[data-activity]');
    var saved = form && sessionStorage.getItem('answer-' + form.dataset.activity);
    if (!saved) { return; }
    JSON.parse(saved).forEach(function (pair) {
      form.querySelectorAll('[name="' + pair[0] + '"]').forEach(function (input, i, all) {
        if (input.type === 'radio' || input.type === 'checkbox') { if (input.value === pair[1]) { input.checked = true; } }
        else if (input.name !== '_csrf' && input.name !== 'activity' && !input.dataset.filled) {
          input.value = pair[1]; input.dataset.filled = '1';
        }
      });
    });
    var note = document.querySelector('.sent-note');
    if (note) { note.hidden = false; }
    var button = form.querySelector('button[data-change]');
    if (button) { button.textContent = button.dataset.change; }
    if (form.dataset.final) { form.hidden = true; }
  });
})();
