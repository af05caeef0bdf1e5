// Draws /network: fetches the JSON twin, lays the graph out with a small force simulation
// (Fruchterman–Reingold) and builds SVG nodes with createElementNS/textContent only.
(function () {
  "use strict";
  var svg = document.getElementById("network");
  if (!svg) { return; }
  var NS = "http://www.w3.org/2000/svg";
  var W = 960, H = 520;

  function el(name, attrs) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function layout(nodes, edges) {
    var n = nodes.length, k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.75;
    var index = {};
    nodes.forEach(function (d, i) {
      index[d.id] = i;
      var a = (2 * Math.PI * i) / Math.max(n, 1);
      d.x = W / 2 + (W / 3) * Math.cos(a); d.y = H / 2 + (H / 3) * Math.sin(a);
    });
    var links = edges.filter(function (e) { return e.source in index && e.target in index; });
    var temp = W / 8;
    for (var it = 0; it < 300; it++) {
      var dx = new Float64Array(n), dy = new Float64Array(n);
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
          var d2 = Math.max(x * x + y * y, 0.01), f = (k * k) / d2;
          dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
        }
      }
      links.forEach(function (e) {
        var s = index[e.source], t = index[e.target];
        var x = nodes[s].x - nodes[t].x, y = nodes[s].y - nodes[t].y;
        var d = Math.max(Math.sqrt(x * x + y * y), 0.1), f = d / k;
        dx[s] -= x * f; dy[s] -= y * f; dx[t] += x * f; dy[t] += y * f;
      });
      for (var m = 0; m < n; m++) {
        // gravity keeps disconnected parts on screen
        dx[m] += (W / 2 - nodes[m].x) * 0.05 * k; dy[m] += (H / 2 - nodes[m].y) * 0.05 * k;
        var len = Math.max(Math.sqrt(dx[m] * dx[m] + dy[m] * dy[m]), 0.01);
        nodes[m].x = Math.min(W - 30, Math.max(30, nodes[m].x + (dx[m] / len) * Math.min(len, temp)));
        nodes[m].y = Math.min(H - 20, Math.max(20, nodes[m].y + (dy[m] / len) * Math.min(len, temp)));
      }
      temp *= 0.985;
    }
    return { index: index, links: links };
  }

  function draw(data) {
    var nodes = data.nodes, edges = data.edges;
    if (!nodes.length) {
      var t = el("text", { x: W / 2, y: H / 2, "text-anchor": "middle" });
      t.textContent = "No events linking two actors under these filters.";
      svg.appendChild(t);
      return;
    }
    var g = layout(nodes, edges);
    var lines = el("g", { "class": "edges" });
    g.links.forEach(function (e) {
      var s = nodes[g.index[e.source]], t = nodes[g.index[e.target]];
      var line = el("line", { x1: s.x, y1: s.y, x2: t.x, y2: t.y, "class": "q" + e.quad_class,
        "stroke-width": Math.min(1 + Math.log(e.weight) * 1.5, 8) });
      var title = el("title");
      title.textContent = s.name + " → " + t.name + ": " + e.weight + " event(s)";
      line.appendChild(title);
      lines.appendChild(line);
    });
    svg.appendChild(lines);
    var maxDeg = Math.max.apply(null, nodes.map(function (d) { return d.degree; }));
    nodes.forEach(function (d) {
      var a = el("a", { href: "/actors/" + encodeURIComponent(d.id), "class": "node" });
      var c = el("circle", { cx: d.x, cy: d.y, r: 4 + 8 * Math.sqrt(d.degree / maxDeg) });
      var title = el("title");
      title.textContent = d.name + (d.country ? " (" + d.country + ")" : "") + ": " + d.degree + " event(s)";
      c.appendChild(title);
      var label = el("text", { x: d.x + 9, y: d.y + 4 });
      label.textContent = d.name || d.id;
      a.appendChild(c); a.appendChild(label);
      svg.appendChild(a);
    });
    svg.setAttribute("data-ready", "true");
  }

  fetch(svg.getAttribute("data-api"), { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
    .then(draw)
    .catch(function (err) {
      var t = el("text", { x: 20, y: 30 });
      t.textContent = "Could not load the network: " + err.message;
      svg.appendChild(t);
    });
})();
