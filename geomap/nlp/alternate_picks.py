"""A place that bears a name only as an alternate yields to a bigger place called so.

"Jalalabad" in a story naming Dhaka and Pakistan: GeoNames lists Jalalabad among the
old names of Sylhet (Bangladesh, 237,000 people), and the article's Bangladeshi places
made Sylhet the pick, over Jalalabad, Afghanistan (272,000), whose own name it is;
"Rosario" beside Tijuana went to Rosarito, Mexico, over Rosario, Argentina (950,000).
The article's votes reach every candidate of a country, and an old or local name of a
smaller city is no evidence that the story means it. :func:`own_names_first` replaces a
pick that matched by an alternate name only with the best-ranked candidate whose own
name (or curated alias or exonym) it is, when that one is at least as populous; a pick
of unknown population (a sea, a region: "Gulf" for the Persian Gulf) stays, and so does a
pick the name is the short form of ("Clay" for Clay County, "Kaliningrad" for its oblast:
its own name without the kind word).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from geomap.gazetteer.names import normalize_name
from geomap.records import Candidate, Place

_Pick = tuple[Place, float]
#: Match kinds by which a name is a place's own.
OWN_MATCHES = frozenset({"name", "alias", "exonym"})


def own_names_first(
    picks: Mapping[str, _Pick],
    ranked: Mapping[str, Sequence[_Pick]],
    cands: Mapping[str, Sequence[Candidate]],
) -> dict[str, _Pick]:
    """The picks, each alternate-only one replaced as the module docstring says."""
    out = dict(picks)
    for key, (place, _) in picks.items():
        kinds = {c.match for c in cands.get(key, ()) if c.place.place_id == place.place_id}
        if kinds != {"alternate"} or place.population <= 0:
            continue
        if normalize_name(place.name).startswith(key + " "):
            continue  # "Clay" for Clay County: its own name, shortened
        own = {
            c.place.place_id
            for c in cands.get(key, ())
            if c.match in OWN_MATCHES and c.place.population >= place.population
        }
        better = next(((p, conf) for p, conf in ranked.get(key, ()) if p.place_id in own), None)
        if better is not None:
            out[key] = better
    return out
