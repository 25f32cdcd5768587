/* warta actor network: a small force layout on SVG, no dependencies. */
"use strict";
var warta = window.warta || {};
window.warta = warta;

(function () {
  var NS = "http://www.w3.org/2000/svg";
  var QC = { 1: "#7cc48a", 2: "#1e8c3a", 3: "#f0a23b", 4: "#d7301f" };
  var TYPE = { PERSON: "#5b9bd5", ORG: "#b76bc7", GPE: "#3fa35b", NORP: "#e0913a", LOC: "#8fbf4a" };

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }

  /* Fruchterman-Reingold-like: repulsion between all nodes, springs on edges, gravity to the centre. */
  function layout(nodes, links, W, H) {
    var n = nodes.length, k = Math.sqrt(W * H / Math.max(n, 1)) * 0.55;
    nodes.forEach(function (d, i) {
      var a = 2 * Math.PI * i / Math.max(n, 1), r = Math.min(W, H) * 0.35;
      d.x = W / 2 + r * Math.cos(a); d.y = H / 2 + r * Math.sin(a);
    });
    var t = W / 8;
    for (var it = 0; it < 300; it++) {
      nodes.forEach(function (d) { d.dx = 0; d.dy = 0; });
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var a = nodes[i], b = nodes[j], dx = a.x - b.x, dy = a.y - b.y;
          var dist = Math.max(0.01, Math.sqrt(dx * dx + dy * dy)), f = k * k / dist;
          a.dx += dx / dist * f; a.dy += dy / dist * f; b.dx -= dx / dist * f; b.dy -= dy / dist * f;
        }
      }
      links.forEach(function (l) {
        var dx = l.s.x - l.t.x, dy = l.s.y - l.t.y, dist = Math.max(0.01, Math.sqrt(dx * dx + dy * dy));
        var f = dist * dist / k * Math.min(0.8, 0.2 + 0.1 * l.w);
        l.s.dx -= dx / dist * f; l.s.dy -= dy / dist * f; l.t.dx += dx / dist * f; l.t.dy += dy / dist * f;
      });
      nodes.forEach(function (d) {
        d.dx += (W / 2 - d.x) * 0.012 * k; d.dy += (H / 2 - d.y) * 0.012 * k;
        var m = Math.sqrt(d.dx * d.dx + d.dy * d.dy) || 1, s = Math.min(m, t);
        d.x = Math.min(W - 30 - Math.min(170, 6 * d.name.length), Math.max(30, d.x + d.dx / m * s));
        d.y = Math.min(H - 20, Math.max(20, d.y + d.dy / m * s));
      });
      t *= 0.985;
    }
  }

  function draw(box, data) {
    box.innerHTML = "";
    if (!data.nodes.length) {
      var p = document.createElement("p"); p.className = "empty"; p.textContent = "No actors in this range.";
      box.appendChild(p); return;
    }
    var W = box.clientWidth || 900, H = box.clientHeight || 640;
    var byName = {};
    var nodes = data.nodes.map(function (n) { var d = Object.assign({}, n); byName[n.name] = d; return d; });
    var links = data.edges.filter(function (e) { return byName[e.source] && byName[e.target]; }).map(function (e) {
      return { s: byName[e.source], t: byName[e.target], e: e, w: e.kind === "event" ? e.events : e.articles };
    });
    layout(nodes, links, W, H);
    var maxM = Math.max.apply(null, nodes.map(function (d) { return d.mentions; }).concat([1]));
    var svg = el("svg", { viewBox: "0 0 " + W + " " + H }, box);
    var defs = el("defs", {}, svg);
    Object.keys(QC).forEach(function (q) {
      var m = el("marker", { id: "arr" + q, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto" }, defs);
      el("path", { d: "M0,0L10,5L0,10z", fill: QC[q] }, m);
    });
    var gl = el("g", {}, svg), gn = el("g", {}, svg);
    links.sort(function (a, b) { return (a.e.kind === "event") - (b.e.kind === "event"); });
    links.forEach(function (l) {
      var ev = l.e.kind === "event", q = l.e.quad_class;
      l.line = el("path", { fill: "none",
        stroke: ev ? (QC[q] || "#888") : "#b8bcc6", "stroke-width": Math.min(8, 1 + Math.log(1 + l.w) * (ev ? 2 : 1.2)),
        "stroke-opacity": ev ? 0.9 : 0.45, "marker-end": ev && QC[q] ? "url(#arr" + q + ")" : ""
      }, gl);
      el("title", {}, l.line).textContent = ev
        ? l.e.source + " → " + l.e.target + ": " + l.e.events + " events (Q1 " + l.e.q1 + ", Q2 " + l.e.q2 + ", Q3 " + l.e.q3 + ", Q4 " + l.e.q4 + "), mean Goldstein " + l.e.goldstein
        : l.e.source + " & " + l.e.target + ": " + l.e.articles + " shared articles";
    });
    nodes.forEach(function (d) {
      d.r = 5 + 22 * Math.sqrt(d.mentions / maxM);
      d.g = el("g", { "class": "node" }, gn);
      var c = el("circle", { r: d.r, fill: TYPE[d.type] || "#999" }, d.g);
      el("title", {}, c).textContent = d.name + " (" + d.type + "): " + d.mentions + " mentions in " + d.articles + " articles";
      var t = el("text", { x: d.r + 3, y: 4 }, d.g);
      t.textContent = d.name;
      c.addEventListener("click", function () { if (!d.moved) location.href = "/actor?name=" + encodeURIComponent(d.name); });
      drag(svg, d, c, update);
    });
    function update() {
      links.forEach(function (l) {
        var dx = l.t.x - l.s.x, dy = l.t.y - l.s.y, dist = Math.sqrt(dx * dx + dy * dy) || 1;
        var bend = l.e.kind === "event" ? 0.18 : 0;  /* curve event edges so A→B and B→A stay apart */
        var cx = (l.s.x + l.t.x) / 2 - dy * bend, cy = (l.s.y + l.t.y) / 2 + dx * bend;
        var ex = l.t.x - cx, ey = l.t.y - cy, ed = Math.sqrt(ex * ex + ey * ey) || 1;
        var tx = l.t.x - ex / ed * (l.t.r + 2), ty = l.t.y - ey / ed * (l.t.r + 2);
        l.line.setAttribute("d", "M" + l.s.x + "," + l.s.y + " Q" + cx + "," + cy + " " + tx + "," + ty);
      });
      nodes.forEach(function (d) { d.g.setAttribute("transform", "translate(" + d.x + "," + d.y + ")"); });
    }
    update();
  }

  function drag(svg, d, handle, update) {
    handle.addEventListener("pointerdown", function (ev) {
      d.moved = false;
      var pt = svg.createSVGPoint();
      function move(e) {
        pt.x = e.clientX; pt.y = e.clientY;
        var p = pt.matrixTransform(svg.getScreenCTM().inverse());
        d.x = p.x; d.y = p.y; d.moved = true; update();
      }
      function up() { window.removeEventListener("pointermove", move); window.removeEventListener("pointerup", up); }
      window.addEventListener("pointermove", move);
      window.addEventListener("pointerup", up);
      ev.preventDefault();
    });
  }

  warta.network = function (box) {
    var params = new URLSearchParams();
    ["start", "end", "nodes"].forEach(function (k) { var v = box.getAttribute("data-" + k); if (v) params.set(k, v); });
    fetch("/api/network?" + params.toString(), { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error(r.status + " " + r.statusText); return r.json(); })
      .then(function (data) { draw(box, data); })
      .catch(function (e) { box.textContent = "Could not load the network: " + e.message; });
  };
})();
