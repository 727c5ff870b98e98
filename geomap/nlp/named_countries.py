"""Towns abroad an article's Cyrillic name transcribes, kept when the article names the country.

A Russian or Ukrainian article names a foreign town as it sounds ("в Эрбиле", "у
Зуары", "между Вентспилсом и Готландом") and, nearly always, the country around it
("Ирака", "Ливии", "Латвии").  A name the gazetteer's lookup finds nothing for takes
the towns abroad it may transcribe (:meth:`geomap.gazetteer.Gazetteer.towns_abroad`)
that lie in a country the article names; a name with candidates is left as it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Span

from geomap.records import Candidate

#: Match kinds by which a name names a country itself (a guessed form does not).
OWN_MATCHES = frozenset({"name", "alias", "exonym"})


def named_countries(cands: Mapping[str, Sequence[Candidate]]) -> set[str]:
    """The country codes of the countries the article names by their own names."""
    return {
        c.place.country_code
        for options in cands.values()
        for c in options
        if c.place.feature_type == "country" and c.match in OWN_MATCHES and c.place.country_code
    }


def towns_in_named_countries(
    gazetteer: Any,
    cands: dict[str, list[Candidate]],
    groups: Mapping[str, Sequence[Span]],
) -> dict[str, list[Candidate]]:
    """Each name's candidates; a name with none takes its transcribed towns abroad.

    Only towns in a country the article names count (see the module docstring).
    """
    abroad = getattr(gazetteer, "towns_abroad", None)
    if abroad is None or all(cands.values()):
        return cands
    countries = named_countries(cands)
    if not countries:
        return cands
    out = dict(cands)
    for key, options in cands.items():
        if options:
            continue
        first = groups[key][0]
        found = [
            c for c in abroad(first.text, first.doc.lang_) if c.place.country_code in countries
        ]
        if found:
            out[key] = found
    return out
