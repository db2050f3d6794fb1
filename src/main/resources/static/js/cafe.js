// World Café phones and projector (loaded only there): keep what a person is typing or tapping through pushes.
(function () {
  // A café note is kept in its box across pushed refreshes (hx-preserve); once saved, the box empties.
  document.addEventListener('htmx:beforeSwap', function (e) {
    if (e.detail.xhr.getResponseHeader('X-Convene-Saved') === 'note') {
      var box = document.getElementById('note-text');
      if (box) { box.value = ''; }
      // the objective belongs to one insight: the next note starts without one
      var objective = document.getElementById('note-objective');
      if (objective) { objective.value = ''; }
    }
  });
  // A box's own posts (a host's note, a dot) and its pushed refreshes race: a refresh that set off before a post
  // answered must not replace what the post returned (the saved note, the warning about personal data, the dot
  // just given). Posts are counted per box; a refresh remembers the count it started with and is dropped when a
  // post answered in between (the post pushes a fresh refresh of its own). The posts themselves are never queued
  // behind a refresh (their forms carry hx-sync="this:drop"): a queued post from a form the refresh replaces is
  // silently dropped by htmx, which lost taps.
  var posts = {};
  document.addEventListener('htmx:beforeRequest', function (e) {
    var elt = e.detail.elt;
    if (elt && elt.id && elt.hasAttribute('hx-get')) { e.detail.xhr.postsAtStart = posts[elt.id] || 0; }
  });
  document.addEventListener('htmx:beforeSwap', function (e) {
    var target = e.detail.target;
    if (!target || !target.id) { return; }
    var config = e.detail.requestConfig;
    if (config && config.verb === 'post') { posts[target.id] = (posts[target.id] || 0) + 1; }
    else if (e.detail.xhr.postsAtStart !== undefined && e.detail.xhr.postsAtStart !== (posts[target.id] || 0)) {
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
    if (e.detail.shouldSwap) { shown.set(box, html); }
  });
})();
