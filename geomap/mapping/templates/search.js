/* geomap map part: what the search box matches, best first: a place's name, then its
 * other names (aliases, the articles' own forms) and country, then the speakers, claims
 * and headlines of its articles.
 */
(function () {
  "use strict";

  window.GeomapApp.parts.push(function (app, map, data) {
    var places = data.places;
    var arts = data.articles;

    // What the search box matches, folded once per place: 0 its name, 1 other names
    // (aliases, the articles' own forms), its country; 2 the speakers, claims and
    // headlines of its articles.
    var searchText = null;
    function searchIndex() {
      if (searchText !== null) { return searchText; }
      var labels = data.article_labels || arts;
      searchText = places.map(function (p) {
        var words = [];
        p.claims.forEach(function (g) {
          g.items.forEach(function (c) { words.push(c.sentence, c.speaker || ""); });
        });
        p.arts.forEach(function (ai) { words.push(labels[ai] || ""); });
        return [app.util.fold(p.name), app.util.fold((p.aka || []).concat([p.country || "", p.cc || ""]).join("\n")),
                app.util.fold(words.join("\n"))];
      });
      return searchText;
    }

    app.search = function (query) {
      var q = app.util.fold(query).trim();
      var out = [], rank = {};
      var index = searchIndex();
      places.forEach(function (p, pi) {
        if (!q) { out.push(pi); rank[pi] = 0; return; }
        var t = index[pi];
        var r = t[0].indexOf(q) === 0 ? 0 : t[0].indexOf(q) >= 0 ? 1
          : ("\n" + t[1]).indexOf("\n" + q) >= 0 ? 1 : t[1].indexOf(q) >= 0 ? 2
          : t[2].indexOf(q) >= 0 ? 3 : -1;
        if (r >= 0) { out.push(pi); rank[pi] = r; }
      });
      out.sort(function (a, b) {
        var pa = places[a], pb = places[b];
        return (rank[a] - rank[b]) || (pb.n - pa.n) ||
          (pa.name < pb.name ? -1 : pa.name > pb.name ? 1 : 0);
      });
      return out;
    };
  });
})();
