// Presenter keyboard shortcuts: each control button names its keys in data-keys (e.g. "ArrowRight PageDown").
(function () {
  document.addEventListener('keydown', function (e) {
    if (e.target.closest('input, textarea, select') || e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (e.key === 'f') {
      if (document.fullscreenElement) { document.exitFullscreen(); } else { document.documentElement.requestFullscreen(); }
      return;
    }
    var button = Array.prototype.find.call(document.querySelectorAll('[data-keys]'), function (b) {
      return b.dataset.keys.split(' ').indexOf(e.key) >= 0;
    });
    if (button) { e.preventDefault(); button.click(); }
  });
})();
