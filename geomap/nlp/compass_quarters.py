"""A city's compass quarter ("the South Side") is no town that once bore the name.

English names a city's quarters by a compass point and "Side" or "End": Chicago's
South Side, Pittsburgh's North Side, Boston's North End. GeoNames lists such words among
the alternate names of a few towns (Eltingville, a part of Staten Island, is also
"South Side"; Oildale, California, "North Side"; West Newton, Pennsylvania, "West
Side"), and a story from Chicago or Charleston that says "a South Side man" or "on the
West Side" was placed at one of them, hundreds of kilometres off. A story names the
quarter of its own city: :func:`compass_quarters` drops, of a name of
:func:`is_compass_quarter` shape, the candidates it matches only as an alternate name.
A place whose own name it is (the Cayman Islands' North Side, London's West End) stays
for the ranker to weigh; a name left without candidates is placed at the article's
focus, as a quarter the gazetteer lacks (:mod:`geomap.nlp.final_places`).

Measured on the dev halves of the four English corpora and the conflict set
(``bench/results/res71-summary.md``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from geomap.records import Candidate

#: Compass points that open a quarter's name, lower case.
COMPASS_POINTS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "north-east", "north-west", "south-east", "south-west"}
)  # fmt: skip
#: Words that close a quarter's name after a compass point, lower case.
QUARTER_WORDS = frozenset({"side", "end"})


def is_compass_quarter(text: str) -> bool:
    """Whether ``text`` is a compass point and "Side" or "End", both capitalised.

    Examples
    --------
    >>> is_compass_quarter("South Side"), is_compass_quarter("West End")
    (True, True)
    >>> is_compass_quarter("Near North Side"), is_compass_quarter("south side")
    (False, False)
    >>> is_compass_quarter("North Shore")
    False
    """
    words = text.split()
    return (
        len(words) == 2
        and all(w[:1].isupper() for w in words)
        and words[0].lower() in COMPASS_POINTS
        and words[1].lower() in QUARTER_WORDS
    )


def compass_quarters(
    cands: Mapping[str, list[Candidate]], groups: Mapping[str, Sequence[Span]]
) -> dict[str, list[Candidate]]:
    """Each name's candidates, a compass quarter's alternate-name towns dropped (module doc).

    Parameters
    ----------
    cands
        Candidates per name key.
    groups
        The mentions of each name key.

    Returns
    -------
    dict[str, list[Candidate]]
        ``cands`` with, for every name whose mentions are all compass quarters, only
        the candidates matched by a name other than an alternate one.
    """
    out = dict(cands)
    for key, spans in groups.items():
        if spans and all(is_compass_quarter(s.text) for s in spans):
            out[key] = [c for c in cands.get(key, []) if c.match != "alternate"]
    return out
