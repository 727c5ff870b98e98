/* geomap map part: what sits over the map — the legend, the layer control, the timeline,
 * the zoom buttons — kept off the data.
 *
 * - The legend starts folded when, open, it would cover more than MAX_SHARE of the map
 *   (a phone, a notebook cell, a short window), and so does the layer control on a
 *   narrow map (app.narrow()); each opens on demand.
 * - The legend steps aside (hidden) while an open tooltip or popup meets it, and comes
 *   back when none does: the page's legend lies above the map's panes, so it would
 *   otherwise cover them.  While markers lie under the open legend (the map was
 *   moved), it turns see-through, and opaque again under the pointer to be read.
 *   A tooltip is kept inside the map (wrapped, moved in).
 * - app.coveredEdges() says how far the controls reach into the map from each edge, so
 *   the opening fit keeps the places out from under them.
 */
(function () {
  "use strict";

  var MAX_SHARE = 0.15;  // of the map's area an open legend may cover at the start
  var ASIDE = "geomap-legend-aside";
  var SEE_THROUGH = "geomap-legend-see-through";

  // Layer controls made from now on start folded (set by a narrow map's part, read when
  // its control is made, later in the page's script).
  var foldLayerControls = false;
  if (window.L && L.Control && L.Control.Layers) {
    L.Control.Layers.addInitHook(function () {
      if (foldLayerControls) { this.options.collapsed = true; }
    });
  }

  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  window.GeomapApp.parts.push(function (app, map) {
    var container = map.getContainer();
    var legend = container.querySelector(".geomap-legend") ||
      document.querySelector(".geomap-legend");
    var details = legend ? legend.querySelector(".geomap-legend-details") : null;

    // A narrow or short map: fold the legend (it opens on a click on its title).
    if (details && details.open) {
      var size = map.getSize(), r = legend.getBoundingClientRect();
      if (app.narrow() || r.width * r.height > MAX_SHARE * size.x * size.y) {
        details.removeAttribute("open");
      }
    }
    // A narrow map: the layer control made after this starts folded too (a tap opens
    // it, a tap on the map folds it again).
    if (app.narrow()) { foldLayerControls = true; }

    // A tooltip that would stick out of the map (a phone) is moved into it, its arrow
    // hidden (it no longer points at the marker).
    function tooltipsInView() {
      var m = container.getBoundingClientRect();
      Array.prototype.forEach.call(container.querySelectorAll(".leaflet-tooltip"), function (e) {
        var r = e.getBoundingClientRect();
        var dx = Math.max(0, m.left + 4 - r.left) - Math.max(0, r.right - (m.right - 4));
        if (Math.abs(dx) < 1) { return; }
        L.DomUtil.setPosition(e, L.DomUtil.getPosition(e).add([Math.round(dx), 0]));
        e.classList.add("geomap-tooltip-moved");
      });
    }

    // Whether a marker or cluster of this map lies (partly) under the box `lb`.
    function dataUnder(lb) {
      var m = container.getBoundingClientRect();
      var under = app.markers.some(function (mk, pi) {
        if (!mk || !mk._map) { return false; }  // hidden, or inside a cluster
        var pt = map.latLngToContainerPoint(mk.getLatLng());
        var r = app.markerExtent(pi).ring;
        return overlaps({left: m.left + pt.x - r, right: m.left + pt.x + r,
                         top: m.top + pt.y - r, bottom: m.top + pt.y + r}, lb);
      });
      return under || Array.prototype.some.call(
        container.querySelectorAll(".geomap-cluster"),
        function (e) { return overlaps(e.getBoundingClientRect(), lb); });
    }

    // The legend steps aside while a tooltip or popup of this map meets it, and turns
    // see-through while markers lie under it (opaque again under the pointer).
    var pending = false, moved = true;
    function keepClear() {
      pending = false;
      tooltipsInView();
      if (!legend) { return; }
      var lb = legend.getBoundingClientRect();  // measured while hidden too
      if (moved) {  // the markers' places changed: not on a mere pointer move
        moved = false;
        legend.classList.toggle(SEE_THROUGH, !!(details && details.open) && dataUnder(lb));
      }
      var meets = Array.prototype.some.call(
        container.querySelectorAll(".leaflet-tooltip, .leaflet-popup"),
        function (e) {  // one fading out after closing (opacity 0) does not count
          return e.style.opacity !== "0" && overlaps(e.getBoundingClientRect(), lb);
        });
      legend.classList.toggle(ASIDE, meets);
    }
    function later() {
      if (!pending) { pending = true; window.requestAnimationFrame(keepClear); }
    }
    function afterMove() { moved = true; later(); }
    map.on("tooltipopen popupopen", keepClear);  // placed by now: at once, no flash
    map.on("tooltipclose popupclose", later);
    map.on("moveend zoomend resize", afterMove);
    // sticky tooltips (shapes, countries) follow the pointer
    map.on("mousemove", function () {
      if (container.querySelector(".leaflet-tooltip")) { later(); }
    });
    if (details) { details.addEventListener("toggle", afterMove); }
    app.afterRefresh.push(afterMove);  // the filters showed or hid markers
    map.whenReady(afterMove);
    app.keepClear = keepClear;

    /* How far the controls reach into the map from each edge, in pixels: {top, right,
     * bottom, left}.  A control wider than tall (the timeline, a folded legend, the
     * scale) takes a strip at the top or bottom; a taller one (the open legend, the
     * layer list) a strip at its side.  Small buttons in the top corners (zoom, the folded
     * layer control) and the side panel are not counted here. */
    app.coveredEdges = function () {
      var m = container.getBoundingClientRect();
      var out = {top: 0, right: 0, bottom: 0, left: 0};
      var list = Array.prototype.slice.call(
        container.querySelectorAll(".leaflet-control-container .leaflet-control"));
      if (legend && list.indexOf(legend) < 0) { list.push(legend); }
      list.forEach(function (e) {
        var r = e.getBoundingClientRect();
        if (!r.width || !r.height || !overlaps(r, m)) { return; }
        var upper = r.top + r.height / 2 < m.top + m.height / 2;
        if (upper && r.width < 100 && r.height < 100) { return; }
        var lefty = r.left + r.width / 2 < m.left + m.width / 2;
        if (r.width >= r.height) {
          if (upper) { out.top = Math.max(out.top, r.bottom - m.top); }
          else { out.bottom = Math.max(out.bottom, m.bottom - r.top); }
        } else if (lefty) {
          out.left = Math.max(out.left, r.right - m.left);
        } else {
          out.right = Math.max(out.right, m.right - r.left);
        }
      });
      return out;
    };
  });
})();
