/* geomap map part: names on the map for the most-mentioned places, never overlapping.
 *
 * After each move, zoom or filter change, the places on screen are taken in order
 * of mentions; each gets a label to the right of its marker (past its ring), or else to
 * its left, unless the label would overlap one already placed, any other marker on
 * screen (its ring and badge), a cluster, the screen's edge, or what covers the map
 * (the panel, legend, timeline and controls).  A cluster is labelled too, with the name
 * of its most-mentioned place and how many more it holds ("Kharkiv +2"), in that
 * place's turn.  Zooming in leaves room for more.
 * Labels are text nodes in their own pane and never take clicks.
 */
(function () {
  "use strict";

  var MAX_LABELS = 60;
  var CHAR_PX = 6.6;  // width of a character at the label's 11px font, roughly

  function overlaps(a, b) {
    return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  }

  window.GeomapApp.parts.push(function (app, map, data) {
    var pane = map.createPane("geomap-labels");
    pane.style.zIndex = 460;
    pane.style.pointerEvents = "none";
    var el = app.util.el;
    var scheduled = false;

    // The boxes a marker takes on screen: its ring (marked `ring`) and its badge (top
    // left).
    function markerBoxes(pi, pt) {
      var ext = app.markerExtent(pi), r = ext.ring;
      var out = [{x1: pt.x - r, y1: pt.y - r, x2: pt.x + r, y2: pt.y + r, ring: true}];
      if (ext.badge) {
        out.push({x1: pt.x + ext.badge.x1, y1: pt.y + ext.badge.y1,
                  x2: pt.x + ext.badge.x2, y2: pt.y + ext.badge.y2});
      }
      return out;
    }

    function update() {
      scheduled = false;
      while (pane.firstChild) { pane.removeChild(pane.firstChild); }
      var size = map.getSize();
      var boxes = covers();
      var order = [], marks = [];
      app.markers.forEach(function (m, pi) {
        if (!m || !m._map || !app.isVisible(data.places[pi])) { return; }
        var pt = map.latLngToContainerPoint(data.places[pi].ll);
        if (pt.x < -40 || pt.y < -40 || pt.x > size.x + 40 || pt.y > size.y + 40) { return; }
        order.push({pi: pi, pt: pt, r: app.markerExtent(pi).ring, n: data.places[pi].n});
        // every marker on screen, so no label hides one (nor hides under one)
        markerBoxes(pi, pt).forEach(function (b) { b.pi = pi; marks.push(b); });
      });
      badges(order.slice(), marks);
      // a cluster is named after its most-mentioned place ("Kharkiv +2"): the run's main
      // city is not an anonymous number because towns around it crowd it
      clusters().forEach(function (c) {
        boxes.push({x1: c.pt.x - c.r, y1: c.pt.y - c.r, x2: c.pt.x + c.r, y2: c.pt.y + c.r});
        order.push(c);
      });
      // places drawn as their shape only (a region, a sea) are named at their point
      data.places.forEach(function (p, pi) {
        if (!p.ll && p.at && app.isVisible(p)) {
          order.push({pi: pi, pt: map.latLngToContainerPoint(p.at), r: 0, n: p.n, area: true});
        }
      });
      order.sort(function (a, b) { return b.n - a.n; });
      var placed = 0;
      order.forEach(function (item) {
        if (placed >= MAX_LABELS) { return; }
        var p = data.places[item.pi], pt = item.pt, r = item.r;
        if (pt.x < 0 || pt.y < 0 || pt.x > size.x || pt.y > size.y) { return; }
        var text = p.name.length > 28 ? p.name.slice(0, 27) + "…" : p.name;
        if (item.more) { text += " +" + item.more; }
        var w = text.length * CHAR_PX + 6, h = 15;
        // right of the marker (past its ring), else left of it; an area's name centred
        var tries = item.area ? [pt.x - w / 2] : [pt.x + r + 2, pt.x - r - 2 - w];
        var box = null;
        for (var t = 0; t < tries.length && !box; t++) {
          var b = {x1: tries[t], y1: pt.y - h / 2, x2: tries[t] + w, y2: pt.y + h / 2};
          if (b.x1 >= 0 && b.x2 <= size.x && free(b, item.more ? -1 : item.pi)) { box = b; }
        }
        if (!box) { return; }
        boxes.push(box);
        placed += 1;
        var kind = item.area ? " geomap-label-area" : item.more ? " geomap-label-cluster" : "";
        var label = el("div", "geomap-label" + kind, text);
        label.setAttribute("data-place-id", p.id);
        L.DomUtil.setPosition(label, map.containerPointToLayerPoint([box.x1, box.y1]));
        pane.appendChild(label);
      });

      // no overlap but with the label's own ring (it sits just outside: the box is square)
      function free(b, own) {
        var k;
        for (k = 0; k < boxes.length; k++) { if (overlaps(b, boxes[k])) { return false; } }
        for (k = 0; k < marks.length; k++) {
          if ((marks[k].pi !== own || !marks[k].ring) && overlaps(b, marks[k])) { return false; }
        }
        return true;
      }
    }

    // Badges never overlap: taken in order of mentions, a badge that would overlap one
    // already shown, or the ring of a place more mentioned, is hidden (two towns 10 km
    // apart at zoom 6: the tooltip and the marker's label still give its number).
    function badges(onScreen, marks) {
      var kept = [];
      onScreen.sort(function (a, b) { return b.n - a.n || a.pi - b.pi; });
      onScreen.forEach(function (item) {
        var m = app.markers[item.pi];
        var g = m && m._icon ? m._icon.querySelector(".geomap-badge") : null;
        if (!g) { return; }
        var own = markerBoxes(item.pi, item.pt).filter(function (b) { return !b.ring; })[0];
        if (!own) { return; }
        var hide = kept.some(function (b) { return overlaps(own, b); }) ||
          marks.some(function (b) {
            return b.ring && b.pi !== item.pi && data.places[b.pi].n > item.n && overlaps(own, b);
          });
        g.classList.toggle("geomap-badge-hidden", hide);
        if (!hide) { kept.push(own); }
      });
    }

    // What covers the map (panel, legend, timeline, controls), in map container pixels:
    // no label goes under it.
    function covers() {
      var box = map.getContainer().getBoundingClientRect();
      var out = [];
      var found = document.querySelectorAll(
        "#geomap-panel, .geomap-legend, .geomap-timeline, .leaflet-control");
      Array.prototype.forEach.call(found, function (e) {
        var r = e.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) {
          out.push({x1: r.left - box.left, y1: r.top - box.top,
                    x2: r.right - box.left, y2: r.bottom - box.top});
        }
      });
      return out;
    }

    // The clusters on the map, each with its most-mentioned place: {pi, pt, r, n, more}.
    // Clusters are taken where they settle (their own position), not where their icon
    // is while it still slides into place.
    function clusters() {
      var group = app.markerGroup, seen = {}, out = [];
      if (!group || !group.getVisibleParent) { return out; }
      app.markers.forEach(function (m, pi) {
        if (!m || m._map || !group.hasLayer(m)) { return; }
        var c = group.getVisibleParent(m);
        if (!c || c === m) { return; }
        var entry = seen[L.stamp(c)];
        if (!entry) {
          entry = seen[L.stamp(c)] = {
            pi: pi, pt: map.latLngToContainerPoint(c.getLatLng()),
            r: app.clusterSize(c.getChildCount()) / 2, n: -1, more: c.getChildCount() - 1
          };
          out.push(entry);
        }
        if (data.places[pi].n > entry.n) { entry.pi = pi; entry.n = data.places[pi].n; }
      });
      return out;
    }

    function schedule() {
      if (!scheduled) { scheduled = true; setTimeout(update, 0); }
    }
    map.on("zoomend moveend resize", schedule);
    // what covers the map moved: the panel slid in or out, the legend opened or folded
    var panel = document.getElementById("geomap-panel");
    if (panel) { panel.addEventListener("transitionend", schedule); }
    var legend = document.querySelector(".geomap-legend-details");
    if (legend) { legend.addEventListener("toggle", schedule); }
    if (map.on && window.L && L.MarkerClusterGroup) { map.on("layeradd layerremove", schedule); }
    app.afterRefresh.push(schedule);
    app.updateLabels = update;
    app.scheduleLabels = schedule;  // markercluster's animationend: clusters moved
  });
})();
