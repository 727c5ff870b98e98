/* geomap map part: a place's marker — a disc, a ring split by outlet, a count badge.
 *
 * The disc is sized by mentions and filled with the colour of the one outlet (or
 * article) that names the place, or the "several" colour when several do; then a ring
 * around it has one arc per outlet, in its colour, its length by that outlet's
 * articles.  A badge at the top left gives the number of articles (two or more).
 * Everything follows the article filters (toggles, timeline, outlet, language): the
 * ring and the badge count only the articles in range.  A placement below the
 * confidence threshold has a pale, dashed disc.  Names the gazetteer lacks, placed at their
 * article's focus (``p.fo``: 1 some claims, 2 every claim): a white dotted circle inside the
 * disc, and with 2 a hollow disc with a dotted outline in its colour.
 *
 * Clusters (more than 150 markers) are ringed the same way by the outlets of the places
 * they hold, around their number of places.
 *
 * The marker is one Leaflet marker whose icon is an SVG built with createElementNS;
 * names reach it as attribute values and text nodes, never as markup.  Its aria-label
 * and tooltip say the outlets in words.
 */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var RING_GAP = 1.5;    // px between the disc's outline and the ring
  var RING_WIDTH = 3.5;  // px
  var ARC_GAP = 2.5;     // px between two arcs of the ring
  var MIN_ARC = 0.45;    // radians: the arc of an outlet with one article among many
  var BADGE_H = 13;      // px
  var PAD = 2;           // px around the drawing inside the icon
  var CLUSTER_COLOR = "#fbfbf8";  // geomap.mapping.style.CLUSTER_COLOR (the legend's)

  function node(tag, attrs) {
    var e = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }

  function round(x) { return Math.round(x * 100) / 100; }

  // A point at `radius` from (cx, cy), at `angle` radians clockwise from 12 o'clock.
  function polar(cx, cy, radius, angle) {
    return round(cx + radius * Math.sin(angle)) + " " + round(cy - radius * Math.cos(angle));
  }

  function circlePath(cx, cy, radius) {
    return "M " + polar(cx, cy, radius, 0) +
      " A " + radius + " " + radius + " 0 1 1 " + polar(cx, cy, radius, Math.PI) +
      " A " + radius + " " + radius + " 0 1 1 " + polar(cx, cy, radius, 0) + " Z";
  }

  function arcPath(cx, cy, radius, a0, a1) {
    var large = a1 - a0 > Math.PI ? 1 : 0;
    return "M " + polar(cx, cy, radius, a0) +
      " A " + radius + " " + radius + " 0 " + large + " 1 " + polar(cx, cy, radius, a1);
  }

  /* The ring's arcs for groups [{g, n}]: [[start, end]] in radians, one per group, in
   * order from 12 o'clock; each at least MIN_ARC, the rest shared by articles. */
  function arcAngles(gs, radius) {
    var k = gs.length;
    var gap = ARC_GAP / radius;
    var free = 2 * Math.PI - k * gap;
    var least = Math.min(MIN_ARC, free / k);
    var total = gs.reduce(function (s, x) { return s + x.n; }, 0);
    var out = [], at = gap / 2;
    gs.forEach(function (x) {
      var span = least + (free - k * least) * x.n / total;
      out.push([at, at + span]);
      at += span + gap;
    });
    return out;
  }

  /* The outer size of a marker: `ring` its radius with the ring, `badge` the badge's
   * box relative to the centre ({x1, y1, x2, y2}) or null. */
  function extentOf(r, ringed, count) {
    var outer = ringed ? r + RING_GAP + RING_WIDTH : r + 0.5;
    if (count < 2) { return {ring: outer, badge: null}; }
    var w = Math.max(BADGE_H, 5 + 5.6 * String(count).length);
    var c = outer * Math.SQRT1_2;  // the ring at 10:30, where the badge's corner sits
    return {ring: outer, badge: {x1: -c - w + 2, y1: -c - BADGE_H + 2, x2: -c + 2, y2: -c + 2}};
  }

  window.GeomapApp.parts.push(function (app, map, data) {
    var u = app.util;
    var places = data.places;
    var LOW = u.low;
    var state = [];  // per place: the key of what its icon shows

    // The articles of a place that the toggles and filters let through (all of them
    // when none is, so a hidden place still reads as itself).
    function shownArts(p) {
      var out = p.arts.filter(function (ai) { return app.articleShown(ai); });
      return out.length ? out : p.arts;
    }
    // The colour groups (outlets, or articles) of those articles, in palette order,
    // each with its number of articles: [{g, n}].
    function groupsShown(p) {
      var count = {}, order = [];
      shownArts(p).forEach(function (ai) {
        var g = data.article_groups[ai];
        if (count[g] === undefined) { count[g] = 0; order.push(g); }
        count[g] += 1;
      });
      order.sort(function (a, b) { return a - b; });
      return order.map(function (g) { return {g: g, n: count[g]}; });
    }
    // One colour per outlet (or article); a place several of them mention is drawn in
    // the "several" colour (and ringed by theirs), so no colour has two meanings.
    function colorOf(p) {
      var gs = groupsShown(p);
      return gs.length === 1 ? data.groups.items[gs[0].g].color : data.style.several;
    }
    // Who names a place, in words: "Reuters (2 articles), TASS (1 article)"; at most
    // `max` names, then "and N more".
    function groupsText(p, max) { return groupWords(groupsShown(p), max); }
    // The same for groups [{g, n}] (a place's, a cluster's).
    function groupWords(gs, max) {
      var byOutlet = data.groups.by === "outlet";
      var names = gs.slice(0, max || gs.length).map(function (x) {
        var item = data.groups.items[x.g];
        // by article, a group of several is the grey "N other articles"
        return item.name + (byOutlet ? " (" + u.plural(x.n, "article") + ")"
          : x.n > 1 ? " (" + x.n + " of them)" : "");
      });
      if (gs.length > names.length) { names.push("and " + (gs.length - names.length) + " more"); }
      return names.join(", ");
    }
    // for the other parts (the panel's dots and counts)
    u.shownArts = shownArts;
    u.groupsShown = groupsShown;
    u.colorOf = colorOf;
    u.groupsText = groupsText;
    u.groupWords = groupWords;

    // Who, how many, how sure: what the icon draws, as one comparable key.
    function look(p) {
      var gs = u.groupsShown(p);
      var count = u.shownArts(p).length;
      return {gs: gs, count: count, low: p.conf < LOW, focus: p.fo || 0,
              key: JSON.stringify([gs, count])};
    }

    function words(p, lk) {
      var by = data.groups.by === "outlet" ? "outlet" : "article";
      var who = lk.gs.length > 1
        ? ", named by " + u.plural(lk.gs.length, by) + ": " + u.groupsText(p, 6)
        : lk.gs.length ? ", named by " + u.groupsText(p, 1) : "";
      return p.name + ", " + u.plural(p.n, "mention") + " in " + u.plural(lk.count, "article") +
        who + (lk.low ? ", " + u.confidenceText(p.conf) : "") +
        (lk.focus === 2 ? ", only names placed here as their article's focus"
          : lk.focus ? ", with names placed here as their article's focus" : "");
    }

    // The ring of groups `gs` ([{g, n}]) around (c, c), its arcs' middle at `mid`.
    function ring(svg, c, mid, gs, opacity) {
      // a pale halo under the ring: the gaps between arcs read as gaps on any shading
      svg.appendChild(node("path", {d: circlePath(c, c, mid + RING_WIDTH / 2 + 0.8),
                                    fill: "#ffffff", "fill-opacity": 0.9, stroke: "none",
                                    "class": "geomap-halo"}));
      if (gs.length === 1) {  // one group: a whole ring, no gap
        svg.appendChild(node("path", {
          d: circlePath(c, c, mid), fill: "none", stroke: data.groups.items[gs[0].g].color,
          "stroke-width": RING_WIDTH, "stroke-opacity": opacity,
          "class": "geomap-ring-arc", "data-group": gs[0].g, "data-articles": gs[0].n
        }));
        return;
      }
      arcAngles(gs, mid).forEach(function (a, k) {
        svg.appendChild(node("path", {
          d: arcPath(c, c, mid, a[0], a[1]), fill: "none",
          stroke: data.groups.items[gs[k].g].color, "stroke-width": RING_WIDTH,
          "stroke-opacity": opacity,
          "class": "geomap-ring-arc", "data-group": gs[k].g, "data-articles": gs[k].n
        }));
      });
    }

    function drawing(p, lk) {
      var ringed = lk.gs.length > 1;
      var ext = extentOf(p.r, ringed, lk.count);
      var half = ext.ring + PAD;
      if (ext.badge) { half = Math.max(half, -ext.badge.x1 + PAD, -ext.badge.y1 + PAD); }
      var size = Math.ceil(2 * half);
      var c = size / 2;
      var svg = node("svg", {width: size, height: size, viewBox: "0 0 " + size + " " + size,
                             "class": "geomap-pin-svg", "aria-hidden": "true", focusable: "false"});
      if (ringed) { ring(svg, c, p.r + RING_GAP + RING_WIDTH / 2, lk.gs, lk.low ? 0.7 : 1); }
      var disc = node("path", {
        d: circlePath(c, c, p.r), fill: u.colorOf(p), "fill-opacity": lk.low ? 0.45 : 0.9,
        stroke: lk.low ? "#555555" : "#1b1b1b", "stroke-width": lk.low ? 1.6 : 1,
        "class": "geomap-marker" + (lk.low ? " geomap-marker-low" : ""),
        "data-place-id": p.id
      });
      if (lk.low) { disc.setAttribute("stroke-dasharray", "3 2"); }
      if (lk.focus === 2) {  // no place the articles name: hollow, a dotted outline
        disc.setAttribute("fill", "#ffffff");
        disc.setAttribute("fill-opacity", 0.6);
        disc.setAttribute("stroke", u.colorOf(p));
        disc.setAttribute("stroke-width", 2.2);
        disc.setAttribute("stroke-dasharray", "1 2.5");
        disc.setAttribute("class", "geomap-marker geomap-marker-focus");
      }
      svg.appendChild(disc);
      if (lk.focus) {  // some names placed here as their article's focus: a dotted circle
        svg.appendChild(node("path", {
          d: circlePath(c, c, Math.max(2, p.r * 0.5)), fill: "none",
          stroke: lk.focus === 2 ? u.colorOf(p) : "#ffffff", "stroke-width": 1.4,
          "stroke-dasharray": "1 2", "class": "geomap-focus-mark"
        }));
      }
      if (ext.badge) {
        var b = ext.badge;
        var g = node("g", {"class": "geomap-badge", "data-count": lk.count});
        g.appendChild(node("rect", {x: round(c + b.x1), y: round(c + b.y1), width: round(b.x2 - b.x1),
                                    height: BADGE_H, rx: BADGE_H / 2, fill: "#ffffff",
                                    stroke: "#1b1b1b", "stroke-width": 1}));
        var t = node("text", {x: round(c + (b.x1 + b.x2) / 2), y: round(c + b.y1 + BADGE_H / 2 + 0.5),
                              "text-anchor": "middle", "dominant-baseline": "central"});
        t.textContent = String(lk.count);
        g.appendChild(t);
        svg.appendChild(g);
      }
      return {svg: svg, size: size, ext: ext};
    }

    var PinIcon = L.DivIcon.extend({
      createIcon: function (old) {
        var div = L.DivIcon.prototype.createIcon.call(this, old);
        div.setAttribute("aria-label", this.options.label);
        if (this.options.placeId) { div.setAttribute("data-place-id", this.options.placeId); }
        return div;
      }
    });

    function icon(pi) {
      var p = places[pi];
      var lk = look(p);
      var d = drawing(p, lk);
      state[pi] = {key: lk.key, ext: d.ext};
      var half = d.size / 2;
      return new PinIcon({
        html: d.svg, className: "geomap-pin", iconSize: [d.size, d.size],
        iconAnchor: [half, half], popupAnchor: [0, -d.ext.ring + 4], tooltipAnchor: [0, 0],
        label: words(p, lk), placeId: p.id
      });
    }

    app.newMarker = function (pi) {
      var p = places[pi];
      var m = L.marker(p.ll, {
        icon: icon(pi), keyboard: true, riseOnHover: true, placeIndex: pi,
        // smaller places on top of bigger ones
        zIndexOffset: Math.round(40 - p.r) * 1000
      });
      m.bindTooltip(function () {
        var lk = look(p);
        var who = u.groupsText(p, 3);
        return u.el("span", null, p.name + " · " + u.plural(p.n, "mention") + " · " +
          u.plural(lk.count, "article") + " · " + who +
          (lk.low ? " · " + u.confidenceText(p.conf) : ""));
      }, {direction: "top", offset: [0, -state[pi].ext.ring]});
      m.bindPopup(function () { return app.popupContent(pi); }, u.sharedPopupOptions());
      return m;
    };

    /* A cluster of markers (more than 150 places): a dark disc with its number of
     * places, ringed by the outlets (or articles) that name them, arcs by articles. */
    // A cluster's icon size, by its number of places.
    app.clusterSize = function (n) { return n < 10 ? 32 : n < 100 ? 38 : 44; };

    app.clusterIcon = function (cluster) {
      var n = cluster.getChildCount();
      var size = app.clusterSize(n);
      var c = size / 2, mid = c - 1 - RING_WIDTH / 2;
      var seen = {}, count = {}, order = [], top = null;
      cluster.getAllChildMarkers().forEach(function (m) {
        var p = places[m.options.placeIndex];
        if (!top || p.n > top.n) { top = p; }
        u.shownArts(p).forEach(function (ai) {
          if (seen[ai]) { return; }
          seen[ai] = true;
          var g = data.article_groups[ai];
          if (count[g] === undefined) { count[g] = 0; order.push(g); }
          count[g] += 1;
        });
      });
      order.sort(function (a, b) { return a - b; });
      var gs = order.map(function (g) { return {g: g, n: count[g]}; });
      var svg = node("svg", {width: size, height: size, viewBox: "0 0 " + size + " " + size,
                             "class": "geomap-cluster-svg", "aria-hidden": "true",
                             focusable: "false"});
      if (gs.length) { ring(svg, c, mid, gs, 1); }
      svg.appendChild(node("path", {d: circlePath(c, c, mid - RING_WIDTH / 2 - 1.5),
                                    fill: CLUSTER_COLOR, stroke: "#4a4a4a", "stroke-width": 1,
                                    "class": "geomap-cluster-disc"}));
      var t = node("text", {x: c, y: c + 0.5, "text-anchor": "middle",
                            "dominant-baseline": "central"});
      t.textContent = String(n);
      svg.appendChild(t);
      var articles = Object.keys(seen).length;
      var label = u.plural(n, "place") + " close together, named in " +
        u.plural(articles, "article") + (gs.length ? " by " + u.groupWords(gs, 6) : "") +
        (top ? "; the most mentioned: " + top.name : "") + "; zoom in to see them";
      var div = new PinIcon({html: svg, className: "geomap-cluster", iconSize: [size, size],
                             label: label, placeId: ""});
      return div;
    };

    // The size a marker takes on screen, for the labels: {ring, badge} (see extentOf).
    app.markerExtent = function (pi) {
      return state[pi] ? state[pi].ext : {ring: places[pi].r, badge: null};
    };

    // After each filter change: redraw the icons whose outlets or counts changed, and
    // the clusters' rings.
    app.afterRefresh.unshift(function () {
      var changed = false;
      app.markers.forEach(function (m, pi) {
        if (!m || !state[pi]) { return; }
        if (look(places[pi]).key !== state[pi].key) { m.setIcon(icon(pi)); changed = true; }
      });
      if (changed && app.markerGroup && app.markerGroup.refreshClusters) {
        app.markerGroup.refreshClusters();
      }
    });
  });
})();
