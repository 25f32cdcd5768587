/* warta dashboard charts: stacked monthly bars on SVG, no dependencies. */
"use strict";
var warta = window.warta || {};
window.warta = warta;

(function () {
  var NS = "http://www.w3.org/2000/svg";
  var QUADS = [
    { key: "q1", label: "verbal cooperation", color: "#7cc48a" },
    { key: "q2", label: "material cooperation", color: "#1e8c3a" },
    { key: "q3", label: "verbal conflict", color: "#f0a23b" },
    { key: "q4", label: "material conflict", color: "#d7301f" }
  ];

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }

  function text(parent, x, y, s, anchor) {
    var t = el("text", { x: x, y: y, "text-anchor": anchor || "start" }, parent);
    t.textContent = s;
    return t;
  }

  function empty(box, msg) {
    box.innerHTML = "";
    var p = document.createElement("p");
    p.className = "empty";
    p.textContent = msg;
    box.appendChild(p);
  }

  /* Fill the months between the first and last one so gaps show. */
  function months(rows) {
    var keys = rows.map(function (r) { return r.month; }).filter(Boolean).sort();
    if (!keys.length) return [];
    var out = [], y = +keys[0].slice(0, 4), m = +keys[0].slice(5, 7);
    var last = keys[keys.length - 1];
    for (var i = 0; i < 600; i++) {
      var k = y + "-" + (m < 10 ? "0" : "") + m;
      out.push(k);
      if (k >= last) break;
      m += 1; if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }

  /* series: [{key, label, color}] stacked; line: optional {key, label, color} drawn on its own scale. */
  warta.stackedBars = function (box, rows, series, line) {
    var ms = months(rows);
    if (!ms.length) { empty(box, "No dated data to chart."); return; }
    var byMonth = {};
    rows.forEach(function (r) { byMonth[r.month] = r; });
    var W = 900, H = 240, L = 40, R = line ? 40 : 10, T = 24, B = 36;
    var max = 1, lmax = 1;
    ms.forEach(function (m) {
      var r = byMonth[m] || {}, s = 0;
      series.forEach(function (se) { s += r[se.key] || 0; });
      max = Math.max(max, s);
      if (line) lmax = Math.max(lmax, r[line.key] || 0);
    });
    var ticks = Math.min(4, max), tstep = Math.ceil(max / ticks);
    max = tstep * ticks;
    box.innerHTML = "";
    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, role: "img" }, box);
    var bw = (W - L - R) / ms.length;
    for (var g = 0; g <= ticks; g++) {
      var gy = T + (H - T - B) * (1 - g / ticks);
      el("line", { x1: L, x2: W - R, y1: gy, y2: gy, stroke: "#eee" }, svg);
      text(svg, L - 4, gy + 4, String(tstep * g), "end");
    }
    var step = Math.max(1, Math.ceil(ms.length / 12));
    ms.forEach(function (m, i) {
      var r = byMonth[m] || {}, y = H - B, x = L + i * bw;
      series.forEach(function (se) {
        var v = r[se.key] || 0;
        if (!v) return;
        var h = (H - T - B) * v / max;
        y -= h;
        var rect = el("rect", { x: x + bw * 0.12, y: y, width: Math.max(1, bw * 0.76), height: h, fill: se.color }, svg);
        el("title", {}, rect).textContent = m + ": " + v + " " + se.label;
      });
      if (i % step === 0) text(svg, x + bw / 2, H - B + 14, m, "middle");
    });
    if (line) {
      var pts = ms.map(function (m, i) {
        var v = (byMonth[m] || {})[line.key] || 0;
        return (L + i * bw + bw / 2) + "," + (T + (H - T - B) * (1 - v / lmax));
      });
      el("polyline", { points: pts.join(" "), fill: "none", stroke: line.color, "stroke-width": 2 }, svg);
      text(svg, W - R + 4, T + 4, String(lmax), "start");
    }
    var lx = L;
    series.concat(line ? [line] : []).forEach(function (se) {
      el("rect", { x: lx, y: 4, width: 10, height: 10, fill: se.color }, svg);
      text(svg, lx + 14, 13, se.label);
      lx += 24 + se.label.length * 6.2;
    });
  };

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) throw new Error(r.status + " " + r.statusText);
      return r.json();
    });
  }
  warta.getJSON = getJSON;

  /* Actor page: events per month by QuadClass, with a line of articles mentioning the actor. */
  warta.actorTimeline = function (box) {
    var name = box.getAttribute("data-entity");
    var q = encodeURIComponent(name);
    Promise.all([getJSON("/api/events/timeline?entity=" + q), getJSON("/api/entities/" + q + "/timeline")])
      .then(function (res) {
        var rows = {}, out = [];
        res[0].forEach(function (r) { rows[r.month] = Object.assign({}, r); });
        res[1].forEach(function (r) { rows[r.month] = Object.assign(rows[r.month] || { month: r.month }, { articles: r.articles }); });
        Object.keys(rows).forEach(function (k) { out.push(rows[k]); });
        warta.stackedBars(box, out, QUADS, { key: "articles", label: "articles mentioning", color: "#0f5ea8" });
      })
      .catch(function (e) { empty(box, "Could not load the timeline: " + e.message); });
  };

  /* Events page: events per month by QuadClass, with mean Goldstein in the tooltips. */
  warta.eventTimeline = function (box) {
    getJSON(box.getAttribute("data-api"))
      .then(function (rows) {
        if (!rows.length) { empty(box, "No events to chart."); return; }
        warta.stackedBars(box, rows, QUADS);
      })
      .catch(function (e) { empty(box, "Could not load the timeline: " + e.message); });
  };
})();
