// World Café phones and projector (loaded only there): keep what a person is typing or tapping through pushes.
(function () {
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
})();
