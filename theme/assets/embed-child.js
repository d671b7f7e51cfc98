/* Runs inside an embed page: tells the host page how tall the section is, on load and whenever it
   changes, in xpl:height v1 and the forms AMP, WordPress and Pym hosts understand. It sends nothing
   else, and no message ever makes the host navigate. */
(function () {
  var root = document.documentElement, parent = window.parent, last = 0;
  if (parent === window) return;
  var id = root.getAttribute("data-embed-id");
  var secret = /[#?&]secret=([A-Za-z0-9]+)/.exec(location.hash);
  var child = /[?&]childId=([^&#]+)/.exec(location.search);

  function send() {
    var h = Math.ceil(root.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    parent.postMessage({ type: "xpl:height", v: 1, id: id, height: h }, "*");
    parent.postMessage({ sentinel: "amp", type: "embed-size", height: h }, "*");
    if (secret) parent.postMessage({ message: "height", value: h, secret: secret[1] }, "*");
    if (child) parent.postMessage(["pym", decodeURIComponent(child[1]), "height", h].join("xPYMx"), "*");
  }

  if (window.ResizeObserver) new ResizeObserver(send).observe(root);
  addEventListener("load", send);
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(send);
  send();
})();
