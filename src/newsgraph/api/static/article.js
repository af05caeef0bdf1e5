// Shows the structured fact behind a highlight on hover or keyboard focus.
// Article text is untrusted: this script only moves nodes the server already escaped
// (cloneNode), and never parses HTML (no innerHTML).
(function () {
  "use strict";
  var body = document.getElementById("article-body");
  var panel = document.getElementById("fact-panel");
  if (!body || !panel) { return; }
  var active = null;

  function show(span) {
    if (!span || !span.classList.contains("hl") || span === active) { return; }
    if (active) { active.classList.remove("active"); }
    active = span;
    span.classList.add("active");
    var nodes = [];
    (span.getAttribute("data-facts") || "").split(" ").forEach(function (id) {
      var fact = id && document.getElementById("fact-" + id);
      if (fact) {
        var copy = fact.cloneNode(true);
        copy.removeAttribute("id");
        nodes.push(copy);
      }
    });
    panel.replaceChildren.apply(panel, nodes);
  }

  body.addEventListener("mouseover", function (ev) { show(ev.target.closest(".hl")); });
  body.addEventListener("focusin", function (ev) { show(ev.target.closest(".hl")); });
  body.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && active) { active.classList.remove("active"); active.blur(); active = null; }
  });
})();
