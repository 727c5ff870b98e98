/* geomap map part: the offline basemap (country outlines, disputed areas drawn apart)
 * and the shapes of the places that are areas (countries, regions as their members,
 * seas), shaded by mentions, and the lines of rivers.
 */
(function () {
  "use strict";

  window.GeomapApp.parts.push(function (app, map, data) {
    var places = data.places;
    var el = app.util.el, plural = app.util.plural;

    function shade(n) {
      var ramp = data.style.ramp, max = Math.max(data.max_shade, 1);
      var t = max <= 1 ? 1 : Math.log(Math.max(n, 1)) / Math.log(max);
      return ramp[Math.min(ramp.length - 1, Math.round(t * (ramp.length - 1)))];
    }

    app.basemapLayer = function () {
      var layer = L.geoJSON({type: "FeatureCollection", features: data.basemap}, {
        pane: "geomap-basemap",
        attribution: "Natural Earth",
        style: function () {
          return {color: data.style.border, weight: 0.7, fillColor: data.style.land,
                  fillOpacity: 1, opacity: 1};
        },
        onEachFeature: function (f, l) {
          if (f.properties && f.properties.name) {
            l.bindTooltip(function () { return el("span", null, f.properties.name); },
                          {sticky: true, className: "geomap-basemap-tip"});
          }
        }
      });
      // Disputed areas, cut out of the countries above: their own hatched outline and a
      // tooltip that says who administers and who claims them.
      (data.disputed || []).forEach(function (a) {
        var d = L.geoJSON({type: "Feature", geometry: a.geom, properties: {}}, {
          pane: "geomap-basemap",
          style: {color: "#6d6d6d", weight: 1, dashArray: "3 3", fillColor: "#e2ddd0",
                  fillOpacity: 1, className: "geomap-disputed"}
        });
        d.bindTooltip(function () { return el("span", null, a.label); },
                      {sticky: true, className: "geomap-basemap-tip"});
        layer.addLayer(d);
      });
      layer.on("add", function () { map.getContainer().classList.add("geomap-offline"); });
      layer.on("remove", function () { map.getContainer().classList.remove("geomap-offline"); });
      return layer;
    };

    app.shapeLayer = function () {
      var group = L.featureGroup();
      var order = {outline: -1, member: 0, area: 1, country: 2, viewed: 2, disputed: 3, line: 4};
      var list = data.shapes.slice().sort(function (a, b) {
        return (order[a.kind] - order[b.kind]) || (places[b.p].n - places[a.p].n);
      });
      list.forEach(function (s) {
        var p = places[s.p];
        var area = s.kind === "disputed" || s.kind === "viewed" ? data.disputed[s.area] : null;
        var geom = area ? area.geom
          : s.base !== undefined && s.base !== null ? data.basemap[s.base].geometry : s.geom;
        if (!geom) { return; }
        var member = s.kind === "member" || s.kind === "outline";
        var outline = s.kind === "outline";
        // a river is its line: thin, blue, no fill, drawn over the areas
        var style = s.kind === "line"
          ? {color: data.style.river, weight: 2, opacity: 0.9, fill: false,
             className: "geomap-shape geomap-shape-line"}
          : {
            color: outline ? "#4a4a4a" : member ? "#6b3d12" : "#7a2e0e",
            weight: member ? 1.2 : 1, dashArray: outline ? "2 4" : member ? "4 3" : null,
            fillColor: shade(p.n), fillOpacity: outline ? 0.04 : member ? 0.5 : 0.7,
            className: "geomap-shape geomap-shape-" + s.kind
          };
        var layer = L.geoJSON({type: "Feature", geometry: geom, properties: {}}, {
          pane: "geomap-shapes",
          style: style
        });
        var label = area ? area.label : p.name;
        if (member && s.base !== undefined && s.base !== null) {
          label = (data.basemap[s.base].properties.name || s.iso) + " — part of " + p.name;
        }
        label += " (" + plural(p.n, "mention") + ")";
        // who names it, in range, as a marker's tooltip says (shapes carry no ring)
        layer.bindTooltip(function () {
          var who = p.arts.length && app.util.groupsText ? " · " + app.util.groupsText(p, 3) : "";
          return el("span", null, label + who);
        }, {sticky: true});
        layer.bindPopup(function () { return app.popupContent(s.p); }, app.util.sharedPopupOptions());
        layer.on("add", function () {
          layer.eachLayer(function (l) {
            var e = l.getElement && l.getElement();
            if (e) { e.setAttribute("data-place-id", p.id); }
          });
        });
        app.shapes.push({p: s.p, layer: layer});
      });
      app.shapeGroup = group;
      app.refreshNow();
      return group;
    };
  });
})();
