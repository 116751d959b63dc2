// benchclaims review page: filters, chart clicks and the claim hover card.
// All corpus text is read from attributes and written with textContent only.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var facets = ["type", "unit", "dataset", "metric"];
  var docs = Array.prototype.map.call(document.querySelectorAll("article.doc"), function (el) {
    return {
      el: el,
      hay: el.textContent.toLowerCase(),
      sources: JSON.parse(el.getAttribute("data-sources") || "[]"),
      gold: (el.getAttribute("data-gold") || "").split(" "),
      n: Number(el.getAttribute("data-n")),
      claims: Array.prototype.slice.call(el.querySelectorAll("[data-claim-id]"))
    };
  });
  var form = $("filters");
  var q = $("q");
  var shown = $("shown");

  function val(id) { var el = $(id); return el ? el.value : ""; }

  function apply() {
    hideTip();  // its claim may be about to move or vanish
    var want = {};
    var claimFilter = false;
    facets.forEach(function (f) { want[f] = val("f-" + f); if (want[f]) { claimFilter = true; } });
    var words = q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var source = val("f-source"), has = val("f-claims"), gold = val("f-gold");
    var visible = 0;
    docs.forEach(function (d) {
      var hits = 0;
      d.claims.forEach(function (c) {
        var ok = facets.every(function (f) { return !want[f] || c.getAttribute("data-" + f) === want[f]; });
        if (ok) { hits += 1; }
        c.classList.toggle("dim", claimFilter && !ok);
      });
      var show = (!claimFilter || hits > 0) &&
        words.every(function (w) { return d.hay.indexOf(w) >= 0; }) &&
        (!source || d.sources.indexOf(source) >= 0) &&
        (!has || (has === "some") === (d.n > 0)) &&
        (!gold || d.gold.indexOf(gold) >= 0);
      d.el.hidden = !show;
      if (show) { visible += 1; }
    });
    shown.textContent = visible + " of " + docs.length + " documents";
    $("nothing").hidden = visible > 0;
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });

  // Clicking a chart bar sets the matching filter.
  function pick(g) {
    var sel = $("f-" + g.getAttribute("data-facet"));
    if (!sel) { return; }
    sel.value = g.getAttribute("data-value");
    apply();
    $("browse").scrollIntoView();
  }
  document.querySelectorAll("svg .pick").forEach(function (g) {
    g.addEventListener("click", function () { pick(g); });
    g.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); pick(g); }
    });
  });

  // Hover card: rows come from the element's data-tip JSON.
  var tip = $("tip");
  var current = null;
  function showTip(el) {
    var rows;
    try { rows = JSON.parse(el.getAttribute("data-tip")); } catch (err) { return; }
    var table = document.createElement("table");
    rows.forEach(function (r) {
      var tr = document.createElement("tr");
      var th = document.createElement("th");
      var td = document.createElement("td");
      th.textContent = r[0];
      td.textContent = r[1];
      tr.appendChild(th);
      tr.appendChild(td);
      table.appendChild(tr);
    });
    tip.replaceChildren(table);
    tip.hidden = false;
    current = el;
    var box = el.getBoundingClientRect();
    var left = Math.max(4, Math.min(box.left, document.documentElement.clientWidth - tip.offsetWidth - 4));
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
  }
  function hideTip() { tip.hidden = true; current = null; }
  function target(e) { return e.target.closest ? e.target.closest("[data-tip]") : null; }
  document.addEventListener("mouseover", function (e) {
    var el = target(e);
    if (el && el !== current) { showTip(el); } else if (!el && current) { hideTip(); }
  });
  document.addEventListener("focusin", function (e) { var el = target(e); if (el) { showTip(el); } });
  document.addEventListener("focusout", hideTip);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hideTip(); } });

  apply();
  document.documentElement.setAttribute("data-ready", "1");
}());
