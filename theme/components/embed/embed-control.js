/* The "Embed" control of each section: shows the two snippet forms and copies them. */
(function () {
  var d = document;

  function esc(s) {
    return String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  }

  function setUp(box) {
    var url = new URL(box.getAttribute("data-embed-path"), location.href).href;
    var title = esc(box.getAttribute("data-embed-title"));
    var height = box.getAttribute("data-embed-height");
    var forms = {
      script: '<div data-explainer-embed="' + url + '" data-title="' + title + '" data-height="' + height + '"><a href="' + url + '">' + title + "</a></div>\n" +
        '<script async src="' + new URL("../../../assets/embed.js", url).href + '"></script>',
      iframe: '<iframe src="' + url + '" title="' + title + '" width="640" height="' + height + '" loading="lazy" style="width:1px;min-width:100%;border:0"></iframe>'
    };
    // The button and its panel: written once per page (embed-panel.html), copied for each section.
    box.appendChild(template.content.cloneNode(true));
    var toggle = box.querySelector(".embed-control__toggle");
    var panel = box.querySelector(".embed-control__panel");
    panel.id = box.getAttribute("data-embed-panel");
    toggle.setAttribute("aria-controls", panel.id);
    // Named with its section's title ("Einbetten: Zeitleiste"), which a list of a dozen such buttons needs.
    toggle.setAttribute("aria-label", toggle.textContent + ": " + box.getAttribute("data-embed-title"));
    var status = box.querySelector("[role=status]");
    box.querySelectorAll("textarea").forEach(function (t) {
      t.value = forms[t.getAttribute("data-embed-form")];
      t.addEventListener("focus", function () { t.select(); });
    });
    function show(open) {
      toggle.setAttribute("aria-expanded", open);
      panel.hidden = !open;
    }
    toggle.addEventListener("click", function () { show(toggle.getAttribute("aria-expanded") !== "true"); });
    // Escape closes the open panel from anywhere inside the control and gives focus back to its button.
    box.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && !panel.hidden) { show(false); toggle.focus(); }
    });
    box.querySelectorAll("[data-embed-copy]").forEach(function (b) {
      b.addEventListener("click", function () {
        var form = b.getAttribute("data-embed-copy");
        var done = function () { status.textContent = b.getAttribute("data-copied") || "✓"; };
        // Where the clipboard API is missing or refuses, the snippet is selected: copied the old way, or by hand.
        var byHand = function () {
          var t = box.querySelector("[data-embed-form=" + form + "]");
          t.focus();
          t.select();
          try { if (d.execCommand("copy")) done(); } catch (e) { /* selected is as far as it goes */ }
        };
        if (navigator.clipboard) navigator.clipboard.writeText(forms[form]).then(done, byHand);
        else byHand();
      });
    });
    box.hidden = false;
  }

  var template;
  function start() {
    template = d.getElementById("embed-control-panel");
    if (template) d.querySelectorAll(".embed-control").forEach(setUp);
  }
  if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", start);
  else start();
})();
