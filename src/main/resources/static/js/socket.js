// Live updates over one WebSocket per page (PushHub on the server). The element with socket-connect="/path" opens
// it; each message is "name\ncontent", a snapshot that replaces the one before it:
//  - elements with socket-swap="name" take the content, swapped as their hx-swap says (like htmx's own responses);
//  - elements whose hx-trigger names socket:name are triggered (they then fetch their part of the page);
//  - first, a "socket-message" event (detail.name) bubbles up from the element that opened the socket.
// A cut socket comes back after 0.5–2 s, a random wait so that the phones of a node that went down do not all come
// back to the other node in the same instant; after each refusal in a row (a full server, a restart) the wait
// doubles, up to a minute. When a socket opens the server sends the latest of everything the page has not seen
// (a first ?since= in the path says what the page was rendered with), so a phone that comes back lands where the
// room is. Close code 4404: the room is gone, nothing to come back to.
(function () {
  var api;
  htmx.defineExtension('socket', { init: function (internal) { api = internal; } });

  function within(box, selector) {
    var found = Array.prototype.slice.call(box.querySelectorAll(selector));
    if (box.matches(selector)) { found.unshift(box); }
    return found;
  }

  function open(box, path, failures) {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var socket = new WebSocket(scheme + location.host + path);
    var opened = false;
    socket.onopen = function () { opened = true; };
    socket.onmessage = function (event) {
      var cut = event.data.indexOf('\n');
      var name = event.data.substring(0, cut);
      var content = event.data.substring(cut + 1);
      box.dispatchEvent(new CustomEvent('socket-message', { bubbles: true, detail: { name: name } }));
      within(box, '[socket-swap="' + name + '"]').forEach(function (elt) {
        api.swap(api.getTarget(elt), content, api.getSwapSpecification(elt));
      });
      within(box, '[hx-trigger~="socket:' + name + '"]').forEach(function (elt) {
        htmx.trigger(elt, 'socket:' + name);
      });
    };
    socket.onclose = function (event) {
      if (event.code === 4404) { return; }
      var next = opened ? 0 : Math.min(failures + 1, 5);
      // coming back, the page may have missed anything: no ?since=, the server sends the latest of everything
      var again = path.replace(/[?&]since=[^&]*/, '');
      setTimeout(function () { open(box, again, next); }, (500 + Math.random() * 1500) * Math.pow(2, next));
    };
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[socket-connect]').forEach(function (box) {
      open(box, box.getAttribute('socket-connect'), 0);
    });
  });
})();
