/* Scenes: as a step crosses the middle of the viewport, the sticky graphic shows its state.
   No scroll-jacking: the reader scrolls as always; nothing moves the page. */
(function () {
  var d = document;
  if (!("IntersectionObserver" in window)) return;
  d.documentElement.className += " js";

  function setUp(scene) {
    var states = scene.querySelectorAll(".scene__state");
    var steps = scene.querySelectorAll(".scene__step");

    function show(step) {
      var wanted = step.getAttribute("data-state");
      steps.forEach(function (s) { s.classList.toggle("is-active", s === step); });
      states.forEach(function (state) {
        var on = state.getAttribute("data-state") === wanted;
        state.classList.toggle("is-active", on);
        state.toggleAttribute("inert", !on);
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
