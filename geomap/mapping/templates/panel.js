/* geomap map part: the side panel (search, the place table, the sources, the article list).
 *
 * Every string reaches the page with textContent (app.util.el), never as markup.
 */
(function () {
  "use strict";

  window.GeomapApp.parts.push(function (app, map, data) {
    var u = app.util;
    var el = u.el, fold = u.fold, plural = u.plural, artName = u.artName, chip = u.chip;
    var colorOf = u.colorOf, confidenceText = u.confidenceText, LOW = u.low;
    var updatePanPadding = u.updatePanPadding;
    var places = data.places, arts = data.articles;
    var isVisible = function (p) { return app.isVisible(p); };

    app.initPanel = function () {
      var input = document.getElementById("geomap-search");
      var tbody = document.querySelector("#geomap-table tbody");
      var more = document.getElementById("geomap-more");
      var toggle = document.getElementById("geomap-panel-toggle");
      if (!input || !tbody) { return; }
      var LIMIT = 300;
      app.renderRows = function () {
        // A place no article shown names is left out of the table (its counts would be
        // those of articles the toggles and filters hide); the note below says how many.
        var found = app.search(input.value);
        var hits = found.filter(function (pi) { return isVisible(places[pi]); });
        var hidden = found.length - hits.length;
        while (tbody.firstChild) { tbody.removeChild(tbody.firstChild); }
        hits.slice(0, LIMIT).forEach(function (pi) {
          var p = places[pi];
          var tr = el("tr");
          tr.setAttribute("data-place-id", p.id);
          tr.tabIndex = 0;
          var td = el("td");
          var dot = el("span", "geomap-dot");
          dot.style.background = colorOf(p);
          if (p.conf < LOW) { dot.className += " geomap-dot-low"; }
          td.appendChild(dot);
          td.appendChild(el("span", "geomap-row-name", p.name));
          td.appendChild(el("div", "geomap-row-meta", p.type + (p.country ? " · " + p.country : "") +
            (p.conf < LOW ? " · " + confidenceText(p.conf) : "")));
          tr.appendChild(td);
          var shown = u.shownArts(p);  // the articles in range, as on its marker's badge
          // its mentions in those articles ("per": its mentions in each of "arts")
          var ment = shown.length === p.arts.length ? p.n : shown.reduce(function (s, ai) {
            return s + (p.per[p.arts.indexOf(ai)] || 0);
          }, 0);
          tr.appendChild(el("td", "geomap-num", ment));
          var ta = el("td", "geomap-num", shown.length);
          ta.title = shown.map(artName).join("\n");
          tr.appendChild(ta);
          tr.addEventListener("click", function () { app.focus(pi); });
          tr.addEventListener("keydown", function (ev) {
            if (ev.key === "Enter") { app.focus(pi); }
          });
          tbody.appendChild(tr);
        });
        var notes = [];
        if (hits.length > LIMIT) {
          notes.push("showing " + LIMIT + " of " + hits.length + " places; type to narrow down");
        } else if (!found.length) {
          notes.push("no place matches");
        }
        if (hidden) {
          notes.push(plural(hidden, "place") + " named only in articles the filters hide");
        }
        more.textContent = notes.join("; ");
      };
      input.addEventListener("input", app.renderRows);
      input.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter") {
          var hits = app.search(input.value).filter(function (pi) { return isVisible(places[pi]); });
          if (hits.length) { app.focus(hits[0]); }
        }
      });
      var artList = document.getElementById("geomap-article-list");
      var artFilter = document.getElementById("geomap-article-filter");
      var placesOf = arts.map(function () { return 0; });
      places.forEach(function (p) { p.arts.forEach(function (ai) { placesOf[ai] += 1; }); });
      var boxes = {}, lines = {};
      app.renderArticles = function () {
        if (!artList) { return; }
        var q = artFilter ? fold(artFilter.value).trim() : "";
        var shown = 0, matched = 0;
        boxes = {};
        lines = {};
        while (artList.firstChild) { artList.removeChild(artList.firstChild); }
        arts.forEach(function (a, ai) {
          if (q && fold(a + " " + artName(ai)).indexOf(q) < 0) { return; }
          matched += 1;
          if (shown >= LIMIT) { return; }
          shown += 1;
          var li = el("li");
          lines[ai] = li;
          var label = el("label");
          var box = el("input");
          box.type = "checkbox";
          box.checked = !!app.visible[ai];
          box.setAttribute("data-article", a);
          box.addEventListener("change", function () {
            var lg = app.articleLayers[ai];
            if (!lg) { return; }
            if (box.checked) { map.addLayer(lg); } else { map.removeLayer(lg); }
          });
          boxes[ai] = box;
          label.appendChild(box);
          label.appendChild(chip(ai));
          label.appendChild(el("span", "geomap-art-id", artName(ai)));
          label.appendChild(el("span", "geomap-art-extra", plural(placesOf[ai], "place")));
          li.appendChild(label);
          artList.appendChild(li);
        });
        if (matched > shown) {
          artList.appendChild(el("li", "geomap-more",
            "showing " + shown + " of " + matched + " articles; filter to narrow down"));
        }
        if (app.syncArticles) { app.syncArticles(); }
      };
      app.syncArticles = function () {
        Object.keys(boxes).forEach(function (ai) {
          boxes[ai].checked = !!app.visible[ai];
          // on, but outside the timeline's range or another filter's choice: greyed
          var out = !!app.visible[ai] && !app.articleShown(Number(ai));
          lines[ai].classList.toggle("geomap-row-hidden", out);
          lines[ai].title = out ? "hidden by the filters" : "";
        });
      };
      if (artFilter) { artFilter.addEventListener("input", app.renderArticles); }
      app.renderArticles();
      var allBtn = document.getElementById("geomap-all-articles");
      var noneBtn = document.getElementById("geomap-no-articles");
      if (allBtn) { allBtn.addEventListener("click", function () { app.setAllArticles(true); }); }
      if (noneBtn) { noneBtn.addEventListener("click", function () { app.setAllArticles(false); }); }
      if (toggle) {
        toggle.addEventListener("click", function () {
          var collapsed = document.body.classList.toggle("geomap-panel-collapsed");
          toggle.setAttribute("aria-expanded", collapsed ? "false" : "true");
          toggle.textContent = collapsed ? "\u25B6" : "\u25C0";
          updatePanPadding();
          map.invalidateSize();
        });
      }
      // A phone or a notebook cell: the panel starts folded away (controls.js folds the
      // legend and the layer control).
      if (app.narrow()) {
        document.body.classList.add("geomap-panel-collapsed");
        if (toggle) { toggle.setAttribute("aria-expanded", "false"); toggle.textContent = "\u25B6"; }
        updatePanPadding();
      }
      // Keep clicks and scrolls in the panel from reaching the map.
      var panel = document.getElementById("geomap-panel");
      if (panel) {
        L.DomEvent.disableClickPropagation(panel);
        L.DomEvent.disableScrollPropagation(panel);
      }
      renderSources();
      app.afterRefresh.push(renderSources);  // the article filters change the counts
      app.afterRefresh.push(renderSummary);
      app.renderRows();
    };

    // The panel's "N places · M articles": with a filter or toggle hiding some, what is
    // shown of how many ("6 of 119 places · 6 of 38 articles").
    function renderSummary() {
      var summary = document.getElementById("geomap-summary");
      if (!summary) { return; }
      var np = places.filter(isVisible).length;
      var na = arts.filter(function (a, ai) { return app.articleShown(ai); }).length;
      var all = np === places.length && na === arts.length;
      summary.textContent = all
        ? plural(places.length, "place") + " · " + plural(arts.length, "article")
        : np + " of " + plural(places.length, "place") + " · " + na + " of " +
          plural(arts.length, "article");
    }

    // Who speaks in the run, and about which places (data.sources, most claims first),
    // counted again over the articles the toggles and filters let through (as the place
    // table is): each source carries its claims per [article, place, claims].
    var SOURCE_LIMIT = 100;
    function renderSources() {
      var list = document.getElementById("geomap-source-list");
      var count = document.getElementById("geomap-source-count");
      var sources = data.sources || [];
      if (!list) { return; }
      var shown = [];
      sources.forEach(function (s) {
        var n = 0, where = [];
        s.per.forEach(function (c) {
          if (c[0] >= 0 && !app.articleShown(c[0])) { return; }
          n += c[2];
          if (where.indexOf(c[1]) < 0) { where.push(c[1]); }
        });
        if (n) { shown.push({s: s, n: n, places: where}); }
      });
      shown.sort(function (a, b) { return b.n - a.n; });  // stable: then by name, as given
      while (list.firstChild) { list.removeChild(list.firstChild); }
      var total = data.sources_total || sources.length;
      var filtered = arts.some(function (a, ai) { return !app.articleShown(ai); });
      if (count) {
        // an anonymous source ("officials") is one per article: said apart from the
        // named ones, which claims.csv's speaker_entity names once each (user73a B6)
        var each = data.sources_each || 0;
        var parts = each ? ": " + (total - each) + " named, " + each +
          " unnamed, one per article" : "";
        count.textContent = filtered ? shown.length + " in the articles shown" :
          String(total) + parts;
      }
      shown.slice(0, SOURCE_LIMIT).forEach(function (x) {
        var li = el("li");
        li.appendChild(el("span", "geomap-source-name", x.s.name));
        li.appendChild(el("span", "geomap-art-extra",
          (x.s.kind ? x.s.kind + " · " : "") + plural(x.n, "claim")));
        var where = el("div", "geomap-source-places");
        x.places.forEach(function (pi) {
          var b = el("button", "geomap-source-place", places[pi].name);
          b.type = "button";
          b.addEventListener("click", function () { app.focus(pi); });
          where.appendChild(b);
        });
        li.appendChild(where);
        list.appendChild(li);
      });
      var notes = [];
      if (shown.length > SOURCE_LIMIT) {
        notes.push("showing the " + SOURCE_LIMIT + " with most claims of " + shown.length);
      }
      if (total > sources.length) {
        notes.push("the map holds the " + sources.length + " speakers with most claims of the run's " +
          total + "; claims.csv has every claim");
      }
      if (notes.length) { list.appendChild(el("li", "geomap-more", notes.join("; "))); }
    }
  });
})();
