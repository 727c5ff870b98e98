/* geomap map part: the timeline (articles per day, a date range), the outlet filter and
 * the language filter.
 *
 * Both are article filters (app.filters): a place, its shape, its panel row and its
 * popup's claims show only for the articles that pass.  The timeline appears when the
 * articles have two or more publication days; undated articles always pass, and the
 * control says how many there are.  The outlet filter appears when the articles name
 * two or more outlets, and lists every one (a searchable, scrolling list when there are
 * many); the language filter when the articles are in two or more languages.
 *
 * Each control counts what the *other* filters and the article toggles let through (its
 * bars and label, its options' "(N articles)", ", M copies" when some repeat an earlier
 * article's text), and counts again on every change: with
 * Russian chosen, the timeline's bars and label count Russian articles only.
 */
(function () {
  "use strict";

  var BAR_MIN = 2, GAP = 1, FALLBACK_WIDTH = 160;  // px: geomap.css's bar and gap

  function day(iso) { return /^\d{4}-\d{2}-\d{2}/.test(iso || "") ? iso.slice(0, 10) : ""; }
  var DAY_MS = 86400000;
  // a day as a number (days since 1970-01-01) and back: the timeline's axis is the calendar
  function dayNumber(d) {
    return Math.round(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / DAY_MS);
  }
  function dayText(n) { return new Date(n * DAY_MS).toISOString().slice(0, 10); }

  function timeline(app, map, data) {
    var el = app.util.el;
    var info = data.article_info || [];
    var dayOf = info.map(function (a) { return day(a && a.published); });
    var published = Array.from(new Set(dayOf.filter(Boolean))).sort();
    if (published.length < 2) { return; }
    // The axis is the calendar from the first publication day to the last, a day a step:
    // an 18-day gap is 18 steps and 18 days of empty bar, not one step like the next day.
    var first = dayNumber(published[0]);
    var span = dayNumber(published[published.length - 1]) - first + 1;
    var days = [];
    for (var k = 0; k < span; k++) { days.push(dayText(first + k)); }
    var range = [0, days.length - 1];
    var index = {};
    published.forEach(function (d) { index[d] = dayNumber(d) - first; });
    var own = function (ai) {
      var d = dayOf[ai];
      if (!d) { return true; }
      return index[d] >= range[0] && index[d] <= range[1];
    };
    app.filters.push(own);
    // articles per day, and undated, that the other filters and the toggles let through
    var counts = [], undated = 0;
    function count() {
      counts = days.map(function () { return 0; });
      undated = 0;
      dayOf.forEach(function (d, ai) {
        if (!app.shownBesides(ai, own)) { return; }
        if (d) { counts[index[d]] += 1; } else { undated += 1; }
      });
    }
    count();

    var Control = L.Control.extend({
      options: {position: "bottomleft"},
      onAdd: function () {
        var box = el("div", "geomap-timeline leaflet-control");
        box.setAttribute("role", "group");
        box.setAttribute("aria-label", "Timeline: articles per calendar day");
        var bars = el("div", "geomap-timeline-bars");
        box.appendChild(bars);
        var from = el("input", "geomap-timeline-from");
        var to = el("input", "geomap-timeline-to");
        [from, to].forEach(function (input, k) {
          input.type = "range";
          input.min = "0";
          input.max = String(days.length - 1);
          input.step = "1";
          input.value = String(range[k]);
          input.setAttribute("aria-label", k ? "last day" : "first day");
          box.appendChild(input);
        });
        var label = el("div", "geomap-timeline-label");
        box.appendChild(label);
        // One bar per calendar day (none where no article was published: the gaps show)
        // while the bars fit the panel (BAR_MIN px and a GAP each), else runs of
        // consecutive days share a bar: the histogram never runs past the panel, whatever
        // the number of days or the window's width.
        var binned = [];
        function draw() {
          var width = Math.floor(bars.getBoundingClientRect().width) || FALLBACK_WIDTH;  // 0: hidden
          var n = Math.max(1, Math.min(days.length, Math.floor((width + GAP) / (BAR_MIN + GAP))));
          if (binned.length === n) { return; }
          binned = [];
          while (bars.firstChild) { bars.removeChild(bars.firstChild); }
          for (var k = 0; k < n; k++) {
            var first = Math.floor(k * days.length / n);
            var last = Math.floor((k + 1) * days.length / n) - 1;
            binned.push({first: first, last: last, n: 0, bar: el("span", "geomap-timeline-bar")});
            bars.appendChild(binned[k].bar);
          }
          heights();
        }
        // each bar's height and title from the counts (the other filters changed them)
        function heights() {
          binned.forEach(function (b) {
            b.n = 0;
            for (var i = b.first; i <= b.last; i++) { b.n += counts[i]; }
          });
          var top = Math.max(1, Math.max.apply(null, binned.map(function (b) { return b.n; })));
          binned.forEach(function (b) {
            b.bar.style.height = (b.n ? Math.max(8, Math.round(100 * b.n / top)) : 0) + "%";
            b.bar.title = (b.first === b.last ? days[b.first] : days[b.first] + " – " + days[b.last]) +
              ": " + app.util.plural(b.n, "article");
          });
          paint();
        }
        function paint() {  // a bar is grey when none of its days is in the range
          binned.forEach(function (b) {
            b.bar.classList.toggle("geomap-timeline-off", b.last < range[0] || b.first > range[1]);
          });
        }
        redraw = draw;
        function write() {
          var shown = 0;
          counts.forEach(function (n, i) {
            if (i >= range[0] && i <= range[1]) { shown += n; }
          });
          paint();
          label.textContent = days[range[0]] + " – " + days[range[1]] + " · " +
            app.util.plural(shown, "dated article") +
            (undated ? " (" + undated + " undated always shown)" : "");
        }
        function update() {
          var a = Number(from.value), b = Number(to.value);
          range = [Math.min(a, b), Math.max(a, b)];
          write();
          app.refresh();
        }
        app.afterRefresh.push(function () { count(); heights(); write(); });
        from.addEventListener("input", update);
        to.addEventListener("input", update);
        update();
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
      }
    });
    var redraw = function () {};
    new Control().addTo(map);
    redraw();  // the bars' width is known once the control is on the page
    map.on("resize", function () { redraw(); });  // a narrower window: fewer, wider bins
  }

  var OUTLET_SEARCH_FROM = 13;  // outlets: from this many, a search box narrows the list

  function outletFilter(app, map, data) {
    // every outlet (data.outlets), not the colour groups: those lump the outlets beyond
    // the palette into one grey "other outlets"
    var outlets = data.outlets || [];
    if (outlets.length < 2) { return; }
    var el = app.util.el;
    var chosen = -1;
    var outletOf = data.article_outlets || [];
    var own = function (ai) { return chosen < 0 || outletOf[ai] === chosen; };
    app.filters.push(own);
    var select = el("select", "geomap-outlet-filter");
    select.id = "geomap-outlet-filter";
    select.setAttribute("aria-label", "Show one outlet");
    select.appendChild(el("option", null, "All outlets"));
    select.options[0].value = "-1";
    var options = outlets.map(function (o, oi) {
      var opt = el("option");
      opt.value = String(oi);
      select.appendChild(opt);
      return opt;
    });
    var copyOf = data.article_copies || [];
    function label() {  // each outlet's articles that the other filters let through
      // and how many of them repeat an earlier article's text (copy_of): "(2 articles,
      // 1 copy)", as `geomap claims --by outlet` counts the others as its own
      var n = outlets.map(function () { return 0; });
      var copies = outlets.map(function () { return 0; });
      outletOf.forEach(function (o, ai) {
        if (n[o] !== undefined && app.shownBesides(ai, own)) {
          n[o] += 1;
          if (copyOf[ai]) { copies[o] += 1; }
        }
      });
      options.forEach(function (opt, oi) {
        var copied = copies[oi] === 1 ? ", 1 copy" : copies[oi] ? ", " + copies[oi] + " copies" : "";
        opt.textContent = outlets[oi].name + " (" + app.util.plural(n[oi], "article") + copied + ")";
      });
    }
    label();
    app.afterRefresh.push(label);
    select.addEventListener("change", function () {
      chosen = Number(select.value);
      app.refresh();
    });
    var search = null;
    if (outlets.length >= OUTLET_SEARCH_FROM) {
      // many outlets: a list that scrolls, narrowed by what is typed (the chosen one stays)
      select.size = 8;
      search = el("input", "geomap-outlet-search");
      search.id = "geomap-outlet-search";
      search.type = "search";
      search.placeholder = "Find an outlet (" + outlets.length + ")";
      search.setAttribute("aria-label", "Find an outlet");
      search.addEventListener("input", function () {
        var q = search.value.trim().toLowerCase();
        options.forEach(function (opt, oi) {
          var hit = !q || outlets[oi].name.toLowerCase().indexOf(q) >= 0;
          opt.hidden = !hit && oi !== chosen;
        });
      });
    }
    // above the place search, always in view (the article list may be folded)
    var anchor = document.getElementById("geomap-search");
    if (anchor && anchor.parentNode) {
      if (search) { anchor.parentNode.insertBefore(search, anchor); }
      anchor.parentNode.insertBefore(select, anchor);
    }
  }

  function languageName(code, data) {
    // geomap's own name first: Intl.DisplayNames calls "und" "root" and leaves "mis" as is
    var own = (data.language_names || {})[code];
    if (own) { return own.charAt(0).toUpperCase() + own.slice(1); }
    try {
      return new Intl.DisplayNames(["en"], {type: "language"}).of(code) || code;
    } catch (e) {
      return code;
    }
  }

  function languageFilter(app, map, data) {
    var langOf = (data.article_info || []).map(function (a) { return (a && a.language) || ""; });
    var codes = Array.from(new Set(langOf.filter(Boolean))).sort();
    if (codes.length < 2) { return; }
    var el = app.util.el;
    var chosen = "";
    var own = function (ai) { return !chosen || langOf[ai] === chosen; };
    app.filters.push(own);
    var select = el("select", "geomap-language-filter");
    select.id = "geomap-language-filter";
    select.setAttribute("aria-label", "Show one language");
    select.appendChild(el("option", null, "All languages"));
    select.options[0].value = "";
    var options = codes.map(function (code) {
      var opt = el("option");
      opt.value = code;
      select.appendChild(opt);
      return opt;
    });
    function label() {  // each language's articles that the other filters let through
      options.forEach(function (opt, k) {
        var n = langOf.filter(function (x, ai) { return x === codes[k] && app.shownBesides(ai, own); }).length;
        opt.textContent = languageName(codes[k], data) + " (" + app.util.plural(n, "article") + ")";
      });
    }
    label();
    app.afterRefresh.push(label);
    select.addEventListener("change", function () {
      chosen = select.value;
      app.refreshNow();
      if (app.fit) { app.fit(); }  // the view follows the places of the language chosen
    });
    // above the place search, always in view (the article list may be folded)
    var anchor = document.getElementById("geomap-search");
    if (anchor && anchor.parentNode) { anchor.parentNode.insertBefore(select, anchor); }
  }

  window.GeomapApp.parts.push(function (app, map, data) {
    outletFilter(app, map, data);
    languageFilter(app, map, data);
    timeline(app, map, data);
  });
})();
