/* geomap map part: names on the map for the most-mentioned places, never overlapping.
 *
 * After each move, zoom or filter change, the places on screen are taken in order
 * of mentions; each gets a label to the right of its marker (past its ring) unless the
 * label would overlap one already placed, a marker (ring, badge) of a bigger place, a
 * cluster, or what covers the map (the panel, legend, timeline and controls).  Zooming in leaves room
 * for more.  Labels are text nodes in their own pane and never take clicks.
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

    function update() {
      scheduled = false;
      while (pane.firstChild) { pane.removeChild(pane.firstChild); }
      var size = map.getSize();
      var boxes = obstacles();
      var order = [];
      app.markers.forEach(function (m, pi) {
        if (m && m._map && app.isVisible(data.places[pi])) { order.push(pi); }
      });
      // places drawn as their shape only (a region, a sea) are named at their point
      data.places.forEach(function (p, pi) {
        if (!p.ll && p.at && app.isVisible(p)) { order.push(pi); }
      });
      order.sort(function (a, b) { return data.places[b].n - data.places[a].n; });
      // the markers themselves are obstacles for the labels of smaller places
      var placed = 0;
      order.forEach(function (pi) {
        if (placed >= MAX_LABELS) { return; }
        var p = data.places[pi];
        var area = !p.ll;
        var pt = map.latLngToContainerPoint(p.ll || p.at);
        // a marker takes its ring and its badge (top left) on screen
        var ext = area ? null : app.markerExtent(pi);
        var r = area ? -(Math.min(p.name.length, 28) * CHAR_PX + 6) / 2 - 2 : ext.ring;
        if (pt.x < 0 || pt.y < 0 || pt.x > size.x || pt.y > size.y) { return; }
        var w = Math.min(p.name.length, 28) * CHAR_PX + 6, h = 15;
        var box = {x1: pt.x + r + 2, y1: pt.y - h / 2, x2: pt.x + r + 2 + w, y2: pt.y + h / 2};
        var own = [];
        if (!area) {
          own.push({x1: pt.x - r, y1: pt.y - r, x2: pt.x + r, y2: pt.y + r});
          if (ext.badge) {
            own.push({x1: pt.x + ext.badge.x1, y1: pt.y + ext.badge.y1,
                      x2: pt.x + ext.badge.x2, y2: pt.y + ext.badge.y2});
          }
        }
        for (var k = 0; k < boxes.length; k++) { if (overlaps(box, boxes[k])) { return; } }
        boxes.push(box);
        own.forEach(function (b) { boxes.push(b); });
        placed += 1;
        var label = el("div", "geomap-label" + (area ? " geomap-label-area" : ""),
          p.name.length > 28 ? p.name.slice(0, 27) + "…" : p.name);
        label.setAttribute("data-place-id", p.id);
        var at = map.containerPointToLayerPoint([box.x1, box.y1]);
        L.DomUtil.setPosition(label, at);
        pane.appendChild(label);
      });
    }

    // What covers the map (panel, legend, timeline, controls) and the clusters, in map
    // container pixels: no label goes under them.  Clusters are taken where they settle
    // (their own position), not where their icon is while it still slides into place.
    function obstacles() {
      var box = map.getContainer().getBoundingClientRect();
      var out = [];
      var covers = document.querySelectorAll(
        "#geomap-panel, .geomap-legend, .geomap-timeline, .leaflet-control");
      Array.prototype.forEach.call(covers, function (e) {
        var r = e.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) {
          out.push({x1: r.left - box.left, y1: r.top - box.top,
                    x2: r.right - box.left, y2: r.bottom - box.top});
        }
      });
      var group = app.markerGroup, seen = {};
      if (!group || !group.getVisibleParent) { return out; }
      app.markers.forEach(function (m) {
        if (!m || m._map || !group.hasLayer(m)) { return; }
        var c = group.getVisibleParent(m);
        if (!c || c === m || seen[L.stamp(c)]) { return; }
        seen[L.stamp(c)] = true;
        var pt = map.latLngToContainerPoint(c.getLatLng());
        var half = app.clusterSize(c.getChildCount()) / 2;
        out.push({x1: pt.x - half, y1: pt.y - half, x2: pt.x + half, y2: pt.y + half});
      });
      return out;
    }

    function schedule() {
      if (!scheduled) { scheduled = true; setTimeout(update, 0); }
    }
    map.on("zoomend moveend resize", schedule);
    if (map.on && window.L && L.MarkerClusterGroup) { map.on("layeradd layerremove", schedule); }
    app.afterRefresh.push(schedule);
    app.updateLabels = update;
    app.scheduleLabels = schedule;  // markercluster's animationend: clusters moved
  });
})();
