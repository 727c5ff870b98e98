"""Natural Earth's countries in the notes: parties written out, and disputed countries.

The notes of :mod:`geomap.gazetteer.builder.disputed` cut the parties' names ("Admin. by
U.K."); :func:`party_names` writes them out from Natural Earth's countries file.
:func:`country_statuses` gives the countries that file itself notes as claimed or
disputed (Taiwan, Kosovo), written beside the gazetteer as ``disputed_countries.json``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from geomap.gazetteer.builder.disputed import _CLAIMED, RELEASE, parse_note


def party_names(countries: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """How the notes' parties are written out: Natural Earth's abbreviations and claimants.

    A country's abbreviation (``ABBREV``: "U.K.", "Aze.") is its name ("United Kingdom");
    a country Natural Earth types "Indeterminate" (no state all recognise) with a formal
    name of its own is named with it too, the claimant's own name: "Western Sahara (Sahrawi Arab
    Democratic Republic)".

    >>> party_names([{"ADMIN": "United Kingdom", "ABBREV": "U.K.", "TYPE": "Country"},
    ...     {"ADMIN": "Western Sahara", "ABBREV": "W. Sah.", "TYPE": "Indeterminate",
    ...      "FORMAL_EN": "Sahrawi Arab Democratic Republic"}])  # doctest: +NORMALIZE_WHITESPACE
    {'U.K.': 'United Kingdom', 'U.K': 'United Kingdom',
     'W. Sah.': 'Western Sahara (Sahrawi Arab Democratic Republic)',
     'W. Sah': 'Western Sahara (Sahrawi Arab Democratic Republic)',
     'Western Sahara': 'Western Sahara (Sahrawi Arab Democratic Republic)'}
    """
    out: dict[str, str] = {}
    for p in countries:
        name = p.get("ADMIN")
        if not isinstance(name, str) or not name:
            continue
        formal = p.get("FORMAL_EN")
        full = name
        indeterminate = p.get("TYPE") == "Indeterminate"
        if indeterminate and isinstance(formal, str) and formal and formal != name:
            full = f"{name} ({formal})"
        abbrev = p.get("ABBREV")
        if isinstance(abbrev, str) and abbrev != name and "." in abbrev:
            out.setdefault(abbrev, full)
            out.setdefault(abbrev.rstrip("."), full)
        if full != name:
            out[name] = full
    return out


def country_statuses(
    countries: Sequence[Mapping[str, Any]], parties: Mapping[str, str] | None = None
) -> dict[str, dict[str, Any]]:
    """The countries Natural Earth notes as disputed, by ISO alpha-2: name, parties, type.

    A country is noted when its ``NOTE_BRK`` says who claims it ("Self admin.; Claimed by
    China": Taiwan), or when its ``TYPE`` is "Disputed" and it has no ISO code of its own
    (``ISO_A2`` -99; Kosovo, whose note is empty).  ``countries`` are the attribute
    records of Natural Earth's countries; ``ISO_A2_EH`` gives the code.

    >>> country_statuses([{"ISO_A2_EH": "TW", "ISO_A2": "CN-TW", "ADMIN": "Taiwan",
    ...     "NOTE_BRK": "Self admin.; Claimed by China", "TYPE": "Sovereign country"},
    ...     {"ISO_A2_EH": "XK", "ISO_A2": "-99", "ADMIN": "Kosovo", "TYPE": "Disputed"},
    ...     {"ISO_A2_EH": "NO", "ISO_A2": "-99", "ADMIN": "Norway", "TYPE": "Sovereign country"}])
    ... # doctest: +NORMALIZE_WHITESPACE
    {'TW': {'name': 'Taiwan', 'administered_by': 'itself', 'claimed_by': 'China',
            'note': 'Self admin.; Claimed by China', 'type': 'Sovereign country',
            'as_of': 'Natural Earth 5.1.1, May 2022'},
     'XK': {'name': 'Kosovo', 'administered_by': None, 'claimed_by': None, 'note': None,
            'type': 'Disputed', 'as_of': 'Natural Earth 5.1.1, May 2022'}}
    """
    out: dict[str, dict[str, Any]] = {}
    for p in countries:
        iso = p.get("ISO_A2_EH")
        note = p.get("NOTE_BRK") if isinstance(p.get("NOTE_BRK"), str) else None
        claimed = bool(note and _CLAIMED.search(note))
        disputed = p.get("TYPE") == "Disputed" and p.get("ISO_A2") == "-99"
        if not isinstance(iso, str) or len(iso) != 2 or not (claimed or disputed):
            continue
        administered, claimant = parse_note(note) if claimed else (None, None)
        administered = (parties or {}).get(administered or "", administered)
        claimant = (parties or {}).get(claimant or "", claimant)
        out[iso] = {
            "name": p.get("ADMIN") or p.get("NAME"),
            "administered_by": administered,
            "claimed_by": claimant,
            "note": note or None,
            "type": p.get("TYPE"),
            "as_of": RELEASE,
        }
    return dict(sorted(out.items()))
