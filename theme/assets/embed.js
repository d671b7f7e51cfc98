/* Explainer embeds for host pages: <div data-explainer-embed="URL" data-title="…" data-height="600">
   becomes a lazy, titled iframe that takes the height the section reports. Messages count only
   from that iframe's window and the embed's own origin; heights are clamped; a frame that grows
   above the viewport keeps the reader's place. */
(function () {
  if (window.__xplEmbed) return;
  window.__xplEmbed = 1;
  var d = document, anchors = window.CSS && CSS.supports && CSS.supports("overflow-anchor", "auto");

  function upgrade() {
    var hosts = d.querySelectorAll("[data-explainer-embed]");
    for (var i = 0; i < hosts.length; i++) {
      var host = hosts[i], url = host.getAttribute("data-explainer-embed");
      if (host.querySelector("iframe[data-xpl]") || !/^https?:/.test(new URL(url, location.href).protocol)) continue;
      var f = d.createElement("iframe");
      f.src = url;
      f.title = host.getAttribute("data-title") || "Explainer";
      f.loading = "lazy";
      f.setAttribute("data-xpl", new URL(url, location.href).origin);
      f.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
      f.style.cssText = "width:1px;min-width:100%;border:0;display:block;height:" + (parseInt(host.getAttribute("data-height"), 10) || 600) + "px";
      host.textContent = "";
      host.appendChild(f);
    }
  }

  addEventListener("message", function (e) {
    var m = e.data;
    if (!m || m.type !== "xpl:height" || m.v !== 1) return;
    var frames = d.querySelectorAll("iframe[data-xpl]");
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source || e.origin !== f.getAttribute("data-xpl")) continue;
      var h = Math.ceil(Number(m.height));
      if (!(h >= 50 && h <= 30000)) return;
      var r = f.getBoundingClientRect(), delta = h - r.height;
      f.style.height = h + "px";
      if (!anchors && r.bottom <= 0 && delta) scrollBy(0, delta);
      return;
    }
  });

  if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", upgrade);
  else upgrade();
})();
