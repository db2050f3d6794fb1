// Quiz clocks: every element with data-seconds counts down; htmx swaps in fresh ones with each push.
(function () {
  function tick() {
    document.querySelectorAll('[data-seconds]').forEach(function (el) {
      if (!el.dataset.end) { el.dataset.end = Date.now() + el.dataset.seconds * 1000; }
      var left = Math.max(0, Math.round((el.dataset.end - Date.now()) / 1000));
      el.textContent = el.textContent.replace(/\d+/, left);
      el.classList.toggle('over', left === 0);
    });
  }
  setInterval(tick, 500);
})();
