/* The "Embed" control of each section: shows the two snippet forms and copies them. */
(function () {
  var d = document;

  // The snippets are in the page once, written by the generator (EmbedSnippet) with placeholders for
  // the section's id, title and height, which each control fills in, escaped as the generator escapes.
  // Without the site's public URL their URLs are root-relative: they are made absolute from the
  // address the page is read at.
  var escapes = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  function fill(pattern, box) {
    return pattern.replace(/\{embed-(section|title|height)\}/g, function (all, name) {
      return box.getAttribute("data-embed-" + name).replace(/[&<>"']/g, function (c) { return escapes[c]; });
    });
  }
  function absolute(snippet) {
    return snippet.replace(/ (src|href|data-explainer-embed)="([^"]*)"/g, function (all, name, url) {
      return /^[a-z][a-z0-9+.-]*:/i.test(url) ? all : " " + name + '="' + new URL(url, location.href).href + '"';
    });
  }

  function setUp(box) {
    var forms = {
      script: absolute(fill(template.getAttribute("data-embed-script"), box)),
      iframe: absolute(fill(template.getAttribute("data-embed-iframe"), box))
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
