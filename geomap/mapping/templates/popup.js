/* geomap map part: a place's popup (its claims by article, the comparison).
 *
 * Every string reaches the page with textContent (app.util.el), never as markup.
 */
(function () {
  "use strict";

  window.GeomapApp.parts.push(function (app, map, data) {
    var u = app.util;
    var el = u.el, plural = u.plural, artName = u.artName, articleLabel = u.articleLabel;
    var confidenceText = u.confidenceText, LOW = u.low;
    var places = data.places, arts = data.articles;
    var articleShown = function (ai) { return app.articleShown(ai); };

    function sentenceNode(sentence, marks) {
      var q = el("span", "geomap-sentence");
      var pos = 0;
      (marks || []).forEach(function (m) {
        var a = Math.max(m[0], pos), b = Math.min(m[1], sentence.length);
        if (b <= a) { return; }
        if (a > pos) { q.appendChild(document.createTextNode(sentence.slice(pos, a))); }
        q.appendChild(el("mark", null, sentence.slice(a, b)));
        pos = b;
      });
      if (pos < sentence.length) { q.appendChild(document.createTextNode(sentence.slice(pos))); }
      return q;
    }

    // "3 mentions in 2 of 38 articles"; with articles hidden by the toggles or filters,
    // counted over those shown, the whole run's figures after them.
    function countText(p) {
      var all = plural(p.n, "mention") + " in " + p.arts.length + " of " + plural(arts.length, "article");
      var total = 0;
      arts.forEach(function (a, ai) { if (articleShown(ai)) { total += 1; } });
      if (total === arts.length) { return all; }
      var n = 0, k = 0;
      p.arts.forEach(function (ai, j) {
        if (articleShown(ai)) { k += 1; n += p.per[j] || 0; }
      });
      return plural(n, "mention") + " in " + k + " of the " + plural(total, "article") +
        " shown (" + all + " in all)";
    }

    // the comparison's pairs (and lone claims) between articles shown
    function shownComparison(cmp) {
      var shown = function (a) { var ai = arts.indexOf(a); return ai < 0 || articleShown(ai); };
      return {
        pairs: (cmp.pairs || []).filter(function (pr) { return shown(pr.a) && shown(pr.b); }),
        other: (cmp.other || []).filter(function (pr) { return shown(pr.a) && shown(pr.b); }),
        only_in: (cmp.only_in || []).filter(shown),
        only_claims: (cmp.only_claims || []).filter(function (oc) { return shown(oc.a); })
      };
    }

    function pairGrid(box, pr) {
      var grid = el("div", "geomap-pair");
      [[pr.a, pr.ca], [pr.b, pr.cb]].forEach(function (side) {
        var col = el("div", "geomap-pair-col");
        var ai = arts.indexOf(side[0]);
        if (ai >= 0) { col.appendChild(articleLabel(ai)); }
        else { col.appendChild(el("div", "geomap-art", side[0])); }
        col.appendChild(el("div", "geomap-pair-claim", side[1] || "(no claim)"));
        grid.appendChild(col);
      });
      box.appendChild(grid);
    }

    function comparisonNode(cmp) {
      var box = el("div", "geomap-compare");
      var pairs = cmp.pairs || [], other = cmp.other || [];
      // pairs by evidence tell one event; articles in other languages only share the place
      if (pairs.length) {  // no heading over nothing: without pairs, none is claimed
        box.appendChild(el("div", "geomap-compare-title", "Same story in other articles"));
        box.appendChild(el("div", "geomap-compare-note",
          "paired when both articles name the same people, bodies or places besides this one" +
          " and were published within days"));
      }
      pairs.forEach(function (pr) {
        pairGrid(box, pr);
        var why = (pr.why || []).length ? "both name " + pr.why.join(", ") + " · " : "";
        box.appendChild(el("div", "geomap-sim", why + "similarity " + Number(pr.sim).toFixed(2)));
      });
      if (other.length) {
        box.appendChild(el("div", "geomap-compare-title", "This place in other languages"));
        box.appendChild(el("div", "geomap-compare-note",
          "articles in two languages that name this place, published within days of each" +
          " other or undated: listed by place and date only, not compared by what they say"));
        other.forEach(function (pr) {
          var row = el("div", "geomap-other-language");
          [pr.a, pr.b].forEach(function (a) {
            var ai = arts.indexOf(a);
            row.appendChild(ai >= 0 ? articleLabel(ai) : el("div", "geomap-art", a));
          });
          var what = [];
          if (pr.days !== null && pr.days !== undefined) {
            what.push(pr.days ? plural(pr.days, "day") + " apart" : "the same day");
          }
          if ((pr.places || []).length) { what.push("both name " + pr.places.join(", ")); }
          if ((pr.figures || []).length) { what.push("both give " + pr.figures.join(", ")); }
          if (what.length) { row.appendChild(el("div", "geomap-sim", what.join(" · "))); }
          box.appendChild(row);
        });
      }
      if (cmp.only_claims && cmp.only_claims.length) {
        box.appendChild(el("div", "geomap-compare-title", "Said in one article only"));
        cmp.only_claims.forEach(function (oc) {
          var row = el("div", "geomap-only");
          var ai = arts.indexOf(oc.a);
          if (ai >= 0) { row.appendChild(articleLabel(ai)); } else { row.appendChild(el("div", "geomap-art", oc.a)); }
          row.appendChild(el("div", "geomap-pair-claim", oc.c));
          box.appendChild(row);
        });
      } else if (cmp.only_in && cmp.only_in.length) {
        box.appendChild(el("div", "geomap-only",
          "Claims without a counterpart in the other articles: " +
          cmp.only_in.map(function (a) { var ai = arts.indexOf(a); return ai >= 0 ? artName(ai) : a; })
            .join("; ")));
      }
      return box;
    }

    app.popupContent = function (pi) {
      var p = places[pi];
      var root = el("div", "geomap-popup");
      root.setAttribute("data-place-id", p.id);
      var head = el("div", "geomap-popup-head");
      head.appendChild(el("span", "geomap-popup-name", p.name));
      root.appendChild(head);
      var meta = [p.type];
      if (p.country) { meta.push(p.country); } else if (p.cc) { meta.push(p.cc); }
      root.appendChild(el("div", "geomap-popup-meta", meta.join(" · ")));
      if (p.disputed) { root.appendChild(el("div", "geomap-popup-disputed", p.disputed)); }
      if (p.members && p.members.length) {
        var names = p.members.map(function (m) { return m[1]; });
        var shown = names.slice(0, 10).join(", ");
        if (names.length > 10) { shown += " and " + (names.length - 10) + " more"; }
        root.appendChild(el("div", "geomap-popup-meta", "members: " + shown));
      }
      root.appendChild(el("div", "geomap-popup-count", countText(p)));
      root.appendChild(el("div", "geomap-popup-conf" + (p.conf < LOW ? " geomap-low" : ""),
        "placed with " + confidenceText(p.conf)));
      var withClaims = {};
      p.claims.forEach(function (group) {
        var ai = group.article;
        if (!articleShown(ai)) { return; }  // outside the date range or filtered out
        withClaims[ai] = true;
        var sec = el("section", "geomap-claims");
        var k = p.arts.indexOf(ai);
        var cnt = k >= 0 && p.per[k] ? plural(p.per[k], "mention") : "";
        sec.appendChild(articleLabel(ai, cnt));
        var ul = el("ul");
        group.items.forEach(function (c) {
          var li = el("li");
          li.appendChild(sentenceNode(c.sentence, c.marks));
          if (c.speaker) { li.appendChild(el("div", "geomap-speaker", c.speaker)); }
          if (c.note) { li.appendChild(el("div", "geomap-context", c.note)); }
          if (c.confidence < LOW) {
            li.appendChild(el("div", "geomap-low", "placed here with " + confidenceText(c.confidence)
              + (c.reason ? ": " + c.reason : "")));
          }
          ul.appendChild(li);
        });
        sec.appendChild(ul);
        root.appendChild(sec);
      });
      var shownClaims = 0;
      p.claims.forEach(function (group) { shownClaims += group.items.length; });
      if (p.nc > shownClaims || (p.more || []).length) {
        // what each outlet has beyond the claims shown (each outlet has one shown)
        var more = (p.more || []).slice(0, 10).map(function (m) {
          return "+" + m[1] + " more from " + m[0];
        });
        if ((p.more || []).length > 10) { more.push("more from " + (p.more.length - 10) + " other outlets"); }
        root.appendChild(el("div", "geomap-more-claims",
          "Showing " + shownClaims + " of " + plural(Math.max(p.nc, shownClaims), "claim") +
          (more.length ? " (" + more.join("; ") + ")" : "") +
          "; every claim is in claims.csv and places.geojson."));
      }
      var rest = p.arts.filter(function (ai) { return !withClaims[ai] && articleShown(ai); });
      if (rest.length) {
        var named = rest.slice(0, 20).map(artName).join("; ");
        root.appendChild(el("div", "geomap-also", "Also mentioned in: " + named +
          (rest.length > 20 ? " and " + plural(rest.length - 20, "more article") : "")));
      }
      var cmp = p.cmp && p.arts.length > 1 ? shownComparison(p.cmp) : null;
      if (cmp && (cmp.pairs.length || cmp.other.length || cmp.only_in.length)) {
        root.appendChild(comparisonNode(cmp));
      }
      return root;
    };
  });
})();
