/* geomap map runtime: builds layers, popups and the place panel from the JSON payload.
 *
 * Every string from the data (article text, ids, names) reaches the page through
 * textContent / setAttribute / text nodes, never innerHTML.
 */
(function () {
  "use strict";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  // Layer controls on the page, so batch toggles can redraw each control once
  // instead of once per article (1,000 articles would otherwise mean 1,000 redraws).
  var layerControls = [];
  if (window.L && L.Control && L.Control.Layers) {
    L.Control.Layers.addInitHook(function () { layerControls.push(this); });
  }

  // Zoom from which markers are never clustered.
  var CLUSTER_OFF_ZOOM = 9;
  // Maps narrower than this (px: a phone, a notebook cell) start with the panel, the
  // legend and the layer control folded.
  var NARROW = 800;

  // Great-circle distance in km between two [lat, lon] points.
  function km(a, b) {
    var r = Math.PI / 180, dlat = (b[0] - a[0]) * r, dlon = (b[1] - a[1]) * r;
    var h = Math.pow(Math.sin(dlat / 2), 2) +
      Math.cos(a[0] * r) * Math.cos(b[0] * r) * Math.pow(Math.sin(dlon / 2), 2);
    return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  function weightedMedian(values, weights) {
    var order = values.map(function (_, i) { return i; });
    order.sort(function (i, j) { return values[i] - values[j]; });
    var total = weights.reduce(function (s, w) { return s + w; }, 0), run = 0;
    for (var k = 0; k < order.length; k++) {
      run += weights[order[k]];
      if (run * 2 >= total) { return values[order[k]]; }
    }
    return values[order[order.length - 1]];
  }

  // The points the opening view is fitted to: a European story naming Washington once
  // opened on the whole world (user72a).  Places farther from the mentions' weighted
  // median than twice the distance within which 90 % of the mentions lie (and at least
  // STORY_REACH_KM) stay on the map, outside the opening view.  Mirrors
  // geomap/mapping/crowding.py's story_points, which estimates that view.
  var STORY_SHARE = 0.9, STORY_REACH_KM = 1000;
  function storyPoints(pts, weights) {
    if (pts.length < 3) { return pts; }
    var c = [weightedMedian(pts.map(function (p) { return p[0]; }), weights),
             weightedMedian(pts.map(function (p) { return p[1]; }), weights)];
    var d = pts.map(function (p) { return km(c, p); });
    var order = d.map(function (_, i) { return i; });
    order.sort(function (i, j) { return d[i] - d[j]; });
    var total = weights.reduce(function (s, w) { return s + w; }, 0), run = 0, r90 = 0;
    for (var k = 0; k < order.length; k++) {
      run += weights[order[k]];
      r90 = d[order[k]];
      if (run >= STORY_SHARE * total) { break; }
    }
    var reach = Math.max(2 * r90, STORY_REACH_KM);
    var kept = pts.filter(function (_, i) { return d[i] <= reach; });
    return kept.length ? kept : pts;
  }

  function GeomapApp(map, data) {
    var app = {
      map: map,
      data: data,
      markers: [],
      shapes: [],
      articleLayers: [],
      visible: {},
      markerGroup: null,
      shapeGroup: null
    };
    var places = data.places;
    var arts = data.articles;
    var byId = {};
    var i;
    for (i = 0; i < places.length; i++) { byId[places[i].id] = i; }
    for (i = 0; i < arts.length; i++) { app.visible[i] = true; }
    window.geomapApps = window.geomapApps || [];
    window.geomapApps.push(app);

    map.createPane("geomap-basemap").style.zIndex = 250;
    map.createPane("geomap-shapes").style.zIndex = 350;
    map.getContainer().classList.add("geomap-map");
    var popupOpts = null;
    function sharedPopupOptions() {
      if (popupOpts === null) { updatePanPadding(); popupOpts = popupOptions(); }
      return popupOpts;
    }

    function panelWidth() {
      var p = document.getElementById("geomap-panel");
      if (!p || document.body.classList.contains("geomap-panel-collapsed")) { return 0; }
      return p.offsetWidth;
    }

    // One padding point shared by every popup (Leaflet copies the reference), updated
    // when the panel is shown or hidden.
    var panPadding = L.point(10, 10);
    function popupOptions() {
      var room = map.getSize().x - 50;  // a phone: the popup fits the map's width
      return {
        maxWidth: Math.min(460, room), minWidth: Math.min(280, room), maxHeight: Math.max(240, Math.min(460, window.innerHeight * 0.55)),
        className: "geomap-leaflet-popup",
        autoPanPaddingTopLeft: panPadding,
        autoPanPaddingBottomRight: L.point(10, 10)
      };
    }
    function updatePanPadding() { panPadding.x = panelWidth() + 10; }

    function chip(ai) {
      var c = el("span", "geomap-chip");
      c.style.background = data.article_colors[ai] || "#777";
      return c;
    }

    function artName(ai) { return (data.article_labels || [])[ai] || arts[ai]; }

    var LOW = data.style.low_confidence;
    function confidenceText(c) {
      return "confidence " + Number(c).toFixed(2) + (c < LOW ? " (low)" : "");
    }

    function articleLabel(ai, extra) {
      var d = el("div", "geomap-art");
      d.appendChild(chip(ai));
      var name = el("span", "geomap-art-id", artName(ai));
      name.title = arts[ai];
      d.appendChild(name);
      if (extra) { d.appendChild(el("span", "geomap-art-extra", extra)); }
      return d;
    }

    // An article is shown when its toggle is on and every filter a part added (the
    // timeline's date range, the outlet filter) lets it through.
    app.filters = [];
    app.narrow = function () { return map.getSize().x < NARROW; };
    function articleShown(ai) { return shownBesides(ai, null); }
    // Whether every filter but `except` (one of app.filters; null: none left out) and its
    // toggle let an article through: what a filter counts its own choices over.
    function shownBesides(ai, except) {
      if (!app.visible[ai]) { return false; }
      for (var f = 0; f < app.filters.length; f++) {
        if (app.filters[f] !== except && !app.filters[f](ai)) { return false; }
      }
      return true;
    }
    app.articleShown = articleShown;
    app.shownBesides = shownBesides;

    function isVisible(p) {
      if (!p.arts.length) { return true; }
      for (var k = 0; k < p.arts.length; k++) { if (articleShown(p.arts[k])) { return true; } }
      return false;
    }

    app.markerLayer = function () {
      var group = data.cluster
        ? L.markerClusterGroup({
          maxClusterRadius: 45, showCoverageOnHover: false, chunkedLoading: true,
          disableClusteringAtZoom: CLUSTER_OFF_ZOOM,
          iconCreateFunction: function (cluster) { return app.clusterIcon(cluster); }
        })
        : L.featureGroup();
      var idx = [];
      places.forEach(function (p, pi) { if (p.ll) { idx.push(pi); } });
      idx.sort(function (a, b) { return places[b].n - places[a].n; });
      idx.forEach(function (pi) { app.markers[pi] = app.newMarker(pi); });
      app.markerGroup = group;
      if (data.cluster) {  // clusters settle after a zoom's animation: label again then
        group.on("animationend", function () { if (app.scheduleLabels) { app.scheduleLabels(); } });
      }
      refresh();
      return group;
    };

    function refresh() {
      var g = app.markerGroup;
      if (g) {
        var add = [], drop = [];
        app.markers.forEach(function (m, pi) {
          if (!m) { return; }
          var want = isVisible(places[pi]), has = g.hasLayer(m);
          if (want && !has) { add.push(m); } else if (!want && has) { drop.push(m); }
        });
        if (data.cluster) {
          if (drop.length) { g.removeLayers(drop); }
          if (add.length) { g.addLayers(add); }
        } else {
          drop.forEach(function (m) { g.removeLayer(m); });
          add.forEach(function (m) { g.addLayer(m); });
        }
      }
      var s = app.shapeGroup;
      if (s) {
        app.shapes.forEach(function (sh) {
          var want = isVisible(places[sh.p]), has = s.hasLayer(sh.layer);
          if (want && !has) { s.addLayer(sh.layer); } else if (!want && has) { s.removeLayer(sh.layer); }
        });
      }
      if (app.renderRows) { app.renderRows(); }
      if (app.syncArticles) { app.syncArticles(); }
      app.afterRefresh.forEach(function (hook) { hook(); });
    }
    app.afterRefresh = [];
    app.refresh = function () { scheduleRefresh(); };
    app.refreshNow = refresh;
    app.isVisible = isVisible;
    app.util = {
      el: el, fold: fold, plural: plural, artName: artName, chip: chip,
      articleLabel: articleLabel, confidenceText: confidenceText, low: LOW,
      updatePanPadding: updatePanPadding, sharedPopupOptions: sharedPopupOptions
    };

    var pending = null;
    function scheduleRefresh() {
      if (pending === null) {
        pending = setTimeout(function () { pending = null; refresh(); }, 0);
      }
    }

    app.articleLayer = function (ai) {
      var lg = L.layerGroup();
      lg.on("add", function () { app.visible[ai] = true; scheduleRefresh(); });
      lg.on("remove", function () { app.visible[ai] = false; scheduleRefresh(); });
      app.articleLayers[ai] = lg;
      return lg;
    };

    app.markerOf = function (placeId) {
      var pi = byId[placeId];
      return pi === undefined ? null : (app.markers[pi] || null);
    };

    app.fit = function () {
      var pts = [], weights = [];
      places.forEach(function (p) {
        if (!p.fit || !isVisible(p)) { return; }
        // a region drawn as its shape counts by its label point (its members may span
        // the world: Eastern Europe holds Russia)
        var at = p.ll || p.at;
        if (at) { pts.push(at); weights.push(p.n || 1); }
      });
      if (!pts.length) { map.setView([30, 10], 2); return; }
      var b = L.latLngBounds(storyPoints(pts, weights));
      // Keep the places out from under the panel and what covers the map's edges (the
      // legend beside them when open, above them when folded; the timeline), with room
      // for the markers' rings and badges.
      var c = app.coveredEdges ? app.coveredEdges() : {top: 0, right: 0, bottom: 0, left: 0};
      // A screen narrower than the world at zoom 1 (a phone) may zoom out one step
      // further: places on both sides of the world fit in it then.
      var size = map.getSize();
      if (size.x < 512 && map.getMinZoom() > 0) { map.setMinZoom(0); }
      // A small screen (a phone) keeps less margin: 40 px each side and 15 % more of
      // the places' extent would leave a third of its width for the places, and the
      // zoom a step below would show the Mediterranean for places in Ukraine.
      var small = size.x < 600 || size.y < 500;
      var room = small ? 24 : 40;
      var left = Math.max(panelWidth(), c.left), right = c.right;
      var top = c.top, bottom = c.bottom;
      // what covers the edges may leave no room at all (a panel as wide as the phone):
      // then the places are fitted to the whole map, under what covers it
      if (size.x - left - right - 2 * room < size.x * 0.4) { left = 0; right = 0; }
      if (size.y - top - bottom - 2 * room < size.y * 0.4) { top = 0; bottom = 0; }
      // quarter steps of zoom for the fit only: a whole step halves or doubles the
      // extent, so the places could fill as little as half the screen
      var snap = map.options.zoomSnap;
      map.options.zoomSnap = 0.25;
      map.fitBounds(b.pad(small ? 0.05 : 0.15), {
        paddingTopLeft: [left + room, top + room],
        paddingBottomRight: [right + room, bottom + room], maxZoom: 6,
        animate: false  // settled at once: nothing moves under a first click
      });
      map.options.zoomSnap = snap;
    };

    app.focus = function (pi) {
      var p = places[pi];
      var m = app.markers[pi];
      map.closePopup();
      if (m && app.markerGroup && app.markerGroup.hasLayer(m)) {
        // Jump without animation; markercluster re-clusters synchronously on zoomend/moveend.
        map.setView(p.ll, Math.max(p.zoom, Math.min(map.getZoom(), CLUSTER_OFF_ZOOM)),
                    {animate: false});
        if (data.cluster && !m._map) {
          map.setView(p.ll, CLUSTER_OFF_ZOOM, {animate: false});  // still inside a cluster
        }
        if (!m._map && app.markerGroup.zoomToShowLayer) {
          // Still clustered (or re-clustering): let markercluster show it, then open.
          app.markerGroup.zoomToShowLayer(m, function () { m.openPopup(); });
          return;
        }
        m.openPopup();
        return;
      }
      var at = p.ll;
      if (!at) {
        var sh = app.shapes.filter(function (x) { return x.p === pi; });
        if (!sh.length) { return; }
        var b = L.latLngBounds([]);
        sh.forEach(function (x) { b.extend(x.layer.getBounds()); });
        map.fitBounds(b, {paddingTopLeft: [panelWidth() + 20, 20], animate: false});
        at = b.getCenter();
      } else {
        map.setView(at, p.zoom, {animate: false});
      }
      L.popup(sharedPopupOptions()).setLatLng(at).setContent(app.popupContent(pi)).openOn(map);
    };

    // This map's layer controls.
    app.layerControls = function () {
      return layerControls.filter(function (c) { return c._map === map; });
    };

    app.setAllArticles = function (on) {
      var mine = app.layerControls();
      mine.forEach(function (c) { c._handlingClick = true; });
      try {
        app.articleLayers.forEach(function (lg) {
          if (on) { map.addLayer(lg); } else { map.removeLayer(lg); }
        });
      } finally {
        mine.forEach(function (c) { c._handlingClick = false; c._update(); });
      }
    };

    // The parts add what they draw to the app: shapes.js (the basemap, disputed areas
    // and the shapes of countries, regions and waters), search.js (what the search box
    // matches), markers.js (a place's marker: its disc,
    // ring and badge; who names a place: app.util.colorOf, shownArts, groupsText),
    // popup.js (a place's popup), panel.js (the side panel), labels.js (names on the
    // map), filters.js (timeline, outlets), controls.js (the legend and the controls
    // kept off the data).
    GeomapApp.parts.forEach(function (part) { part(app, map, data); });
    return app;
  }

  GeomapApp.parts = [];
  window.GeomapApp = GeomapApp;
})();
