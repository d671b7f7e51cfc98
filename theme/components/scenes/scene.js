/* Scenes: as a step crosses the middle of the viewport, the sticky graphic shows its state.
   No scroll-jacking: the reader scrolls as always; nothing moves the page. */
(function () {
  var d = document;
  if (!("IntersectionObserver" in window)) return;
  d.documentElement.className += " js";

  function setUp(scene) {
    var states = scene.querySelectorAll(".scene__state");
    var steps = scene.querySelectorAll(".scene__step");

    // A map graphic serves the states in its data-state, with a view ("k fx fy") each in data-views.
    // It is made from the views printed with the steps: the first is copied in, then each step swaps
    // in its view's finer geometry, labels and furniture, and CSS moves the map to the view.
    function showMap(graphic, v) {
      var list = graphic.getAttribute("data-state").split(" ");
      var printed = function (i) { return scene.querySelector('.scene__fallback[data-state="' + list[i] + '"] .state-map'); };
      var svg = graphic.querySelector("svg");
      if (!svg) {
        graphic.firstElementChild.innerHTML = printed(v).innerHTML;
        svg = graphic.querySelector("svg");
      }
      var source = printed(v).querySelector("svg"), g = svg.querySelector(".map__view");
      zoom(g, graphic, v);
      ["map__fine", "map__labels", "map__furniture"].forEach(function (part) {
        var old = svg.querySelector("." + part), add = source.querySelector("." + part);
        if (old) old.remove();
        if (!add) return;
        add = add.cloneNode(true);
        if (part == "map__fine") g.insertBefore(add, g.querySelector(".map__route, .map__markers"));
        else (part == "map__labels" ? g : svg).appendChild(add);
      });
      for (var i = 0; i < list.length && !svg.querySelector(".map__base"); i++) {
        var base = printed(i).querySelector(".map__base");
        if (base) g.insertBefore(base.cloneNode(true), g.firstChild);
      }
    }

    // A view, "k fx fy": zoom and centre; an image's sizes grow with the zoom, for a wider variant.
    function zoom(el, graphic, v) {
      var p = graphic.getAttribute("data-views").split(";")[v].split(" "), sizes = graphic.getAttribute("data-sizes");
      ["--k", "--fx", "--fy"].forEach(function (name, i) { el.style.setProperty(name, p[i]); });
      if (sizes) el.querySelector("img").sizes = sizes.split(";")[v];
    }

    // data-focus: an id per state; the elements with that data-id are in focus.
    function focus(state, v) {
      var f = state.getAttribute("data-focus");
      if (f) state.querySelectorAll("[data-id]").forEach(function (e) { e.classList.toggle("is-focus", e.getAttribute("data-id") == f.split(" ")[v]); });
    }

    function show(step) {
      var wanted = step.getAttribute("data-state");
      steps.forEach(function (s) { s.classList.toggle("is-active", s === step); });
      states.forEach(function (state) {
        var v = state.getAttribute("data-state").split(" ").indexOf(wanted), on = v >= 0;
        state.classList.toggle("is-active", on);
        state.toggleAttribute("inert", !on);
        if (on) view(state, v);
      });
    }

    function view(state, v) {
      var frame = state.querySelector(".state-media__frame");
      if (state.hasAttribute("data-views")) frame ? zoom(frame, state, v) : showMap(state, v);
      focus(state, v);
    }

    // Parts the page holds already (the timeline's axis) are copied, not sent twice.
    scene.querySelectorAll("[data-copy]").forEach(function (e) { var from = d.querySelector(e.getAttribute("data-copy")); if (from) e.innerHTML = from.innerHTML; });
    states.forEach(function (state) { view(state, 0); });

    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { if (e.isIntersecting) show(e.target); });
    }, { rootMargin: "-50% 0px -50% 0px" });
    steps.forEach(function (s) { observer.observe(s); });
  }

  function start() {
    d.querySelectorAll("[data-scene]").forEach(setUp);
  }

  if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", start);
  else start();
})();
