"""An article's dateline names the town the story was filed from, not a country or unit.

"MEKSYK (PAP) –", "ТУНИС, 4 декабря —", "WASHINGTON (dpa) –", also on the line after a
headline ("DSCHIBUTI, 6. Dezember (AFP) -": :func:`opens_dateline`): a news dateline is
the town an agency's reporter wrote from, always a town. Polish "Meksyk", Russian
"Тунис" and "Washington" are also a country's or a state's name, and one sense per
name (:mod:`geomap.nlp.name_groups`) joins the dateline to the article's other
mentions ("Rząd Meksyku", Mexico's government), which name the country;
:func:`geomap.nlp.split_senses.as_prominent` never gives a country's or admin-1
unit's mentions to a town of its name.

:func:`dateline_towns` reads the first pass's picks: when the dateline's name was
picked as a country or an admin-1 unit and the name has a town candidate in the same
country that is its capital or a city of at least :data:`MIN_DATELINE_TOWN` people,
the dateline is placed apart with the biggest such town (the resolver's second pass,
as ``own``), and the name's other mentions are held to the unit they were picked as
(else the town, now one of the article's places, would draw them to it too: "Rząd
Meksyku" is the country). The rule is the news convention, not fitted to any place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from geomap.nlp.abroad import place_countries
from geomap.nlp.dateline_sentences import OPENING_CHARS, dateline_end
from geomap.nlp.local_position import dateline
from geomap.records import Candidate, Place

#: Fewest people of a town (not a capital) a dateline's unit name is read as.
MIN_DATELINE_TOWN = 100_000
#: Kinds of pick a dateline is moved from.
UNIT_TYPES = frozenset({"country", "admin1"})


def _town(cand: Place, countries: set[str]) -> bool:
    return (
        cand.feature_type == "city"
        and cand.country_code in countries
        and (cand.feature_code == "PPLC" or cand.population >= MIN_DATELINE_TOWN)
    )


def opens_dateline(span: Span) -> bool:
    """Whether ``span`` is a dateline: the article's first word in capitals, or after a headline.

    "DSCHIBUTI, 6. Dezember (AFP) -" on the line after the headline: a name in capitals
    opening a sentence or a line within the article's first
    :data:`~geomap.nlp.dateline_sentences.OPENING_CHARS` characters, closed by a dateline's
    separator and dash (:func:`~geomap.nlp.dateline_sentences.dateline_end`).
    """
    first = span[0]
    if dateline(first):
        return True
    if not first.text.isupper() or first.idx > OPENING_CHARS:
        return False
    doc = span.doc
    opening = first.is_sent_start or doc[first.i - 1].is_space
    return opening and dateline_end(doc, first.i, colon=False) is not None


def dateline_towns(
    picks: Mapping[str, tuple[Place, float]],
    groups: Mapping[str, Sequence[Span]],
    cands: Mapping[str, Sequence[Candidate]],
) -> dict[int, str]:
    """Start tokens placed apart: a dateline picked as a unit, and its name's other mentions.

    The dateline maps to the town it names instead, the name's other mentions to the
    unit they keep. Empty when the article opens with no dateline, the dateline's pick is a town, or
    the name has no capital or big town in the pick's country.
    """
    out: dict[int, str] = {}
    for key, group in groups.items():
        pick = picks.get(key)
        if pick is None or pick[0].feature_type not in UNIT_TYPES:
            continue
        for span in group:
            if not opens_dateline(span):
                continue
            countries = set(place_countries(pick[0]))
            towns = [c.place for c in cands.get(key, ()) if _town(c.place, countries)]
            if towns:
                out[span.start] = max(towns, key=lambda p: p.population).place_id
                # the others keep the unit: the town is now the article's, and would win them
                out |= {s.start: pick[0].place_id for s in group if s.start not in out}
    return out
