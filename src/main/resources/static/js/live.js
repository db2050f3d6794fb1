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
  // A pushed stage is the same for every phone: this phone remembers what it answered (only here, in
  // this tab) and shows it again — its choices, "your answer is in", no form when answers are final.
  // (before the swap: the form is still in the page, so the event reaches the document)
  document.addEventListener('htmx:beforeSwap', function (e) {
    var form = e.detail.requestConfig && e.detail.requestConfig.elt;
    if (form && form.dataset && form.dataset.activity && e.detail.xhr.getResponseHeader('X-Convene-Tally')) {
      sessionStorage.setItem('answer-' + form.dataset.activity, JSON.stringify(Array.from(new FormData(form))));
    }
  });
  // A café note is kept in its box across pushed refreshes (hx-preserve); once saved, the box empties.
  document.addEventListener('htmx:beforeSwap', function (e) {
    if (e.detail.xhr.getResponseHeader('X-Convene-Saved') === 'note') {
      var box = document.getElementById('note-text');
      if (box) { box.value = ''; }
    }
  });
  // A host's note pad: a refresh that set off before the host's own post answered must not replace what
  // the post returned (the saved note, or the warning about personal data). Posts are counted; a refresh
  // remembers the count it started with and is dropped when a post answered in between.
  var notepadPosts = 0;
  document.addEventListener('htmx:beforeRequest', function (e) {
    if (e.detail.elt && e.detail.elt.id === 'notepad-box') { e.detail.xhr.notepadPosts = notepadPosts; }
  });
  document.addEventListener('htmx:beforeSwap', function (e) {
    var target = e.detail.target;
    if (!target || target.id !== 'notepad-box') { return; }
    var config = e.detail.requestConfig;
    if (config && config.verb === 'post') { notepadPosts++; }
    else if (e.detail.xhr.notepadPosts !== undefined && e.detail.xhr.notepadPosts !== notepadPosts) {
      e.detail.shouldSwap = false;
    }
  });
  // A pushed refresh that brings exactly what is already shown is not swapped in: in a voting room every
  // dot anywhere pushes a refresh, and replacing an unchanged ballot would swallow taps landing meanwhile.
  var shown = new WeakMap();
  document.addEventListener('htmx:beforeSwap', function (e) {
    var box = e.detail.target;
    if (!box || !box.hasAttribute('data-skip-same')) { return; }
    var html = e.detail.serverResponse;
    var config = e.detail.requestConfig;
    if (config && config.verb === 'get' && shown.get(box) === html) { e.detail.shouldSwap = false; }
    shown.set(box, html);
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
    if (form.dataset.final) { form.hidden = true; }
  });
})();
