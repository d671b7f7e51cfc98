/* Scenes: as a step crosses the middle of the viewport, the sticky graphic shows its state.
   No scroll-jacking: the reader scrolls as always; nothing moves the page. */
(function () {
  var d = document;
  if (!("IntersectionObserver" in window)) return;
  d.documentElement.className += " js";

  function setUp(scene) {
    var states = scene.querySelectorAll(".scene__state");
    var steps = scene.querySelectorAll(".scene__step");

    // A graphic serves the states listed in its data-state; a map's data-views holds "k fx fy fine"
    // for each of them, in the same order: the step's view is set, CSS moves the map there.
    function show(step) {
      var wanted = step.getAttribute("data-state");
      steps.forEach(function (s) { s.classList.toggle("is-active", s === step); });
      states.forEach(function (state) {
        var v = state.getAttribute("data-state").split(" ").indexOf(wanted), on = v >= 0, views = state.getAttribute("data-views");
        state.classList.toggle("is-active", on);
        state.toggleAttribute("inert", !on);
        if (on && views) {
          var p = views.split(";")[v].split(" "), g = state.querySelector(".map__view");
          ["--k", "--fx", "--fy"].forEach(function (name, i) { g.style.setProperty(name, p[i]); });
          state.querySelectorAll("[data-map-view]").forEach(function (e) { e.classList.toggle("is-on", e.getAttribute("data-map-view") == v); });
          state.querySelector(".map").classList.toggle("has-fine", p[3] == "1");
        }
      });
    }

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
