"""Alternate names of cities that news use as the city's own: exonyms and short forms.

GeoNames names a city in its own language (Genève, Köln, Clacton-on-Sea) and lists
the English form and the everyday short form among untagged alternate names (old
names, nicknames, translations: "White House" for Casablanca), which the resolver
trusts less than a place's own name; so a village of the exact name would beat the
city ("Cologne" a village in Lombardy), and a lone alternate far from the article's
other places is dropped as a stray ("Clacton" in a story that also names Las Vegas).
:func:`promote_exonyms` marks such names ``"exonym"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.names import is_latin, normalize_name

#: Cities at least this large may have an alternate name promoted to an exonym.
EXONYM_MIN_POPULATION = 100_000
#: Shorter alternate names are codes or abbreviations ("No" for Ho), never promoted.
EXONYM_MIN_LENGTH = 4
#: Letters an exonym shares with the other languages' forms of the name ("Cologne",
#: "Colonia", "Cologna" for Köln) ...
SIBLING_PREFIX = 4
#: ... and how many such forms the city's alternates must hold besides it.
SIBLING_MIN = 2
#: Towns at least this large may have the short form of a qualified name promoted.
SHORT_FORM_MIN_POPULATION = 10_000
#: A qualified town name (normalised): its first part, then a word that ties the rest
#: to a river, the sea or a region ("Clacton-on-Sea", "Stratford-upon-Avon",
#: "Boulogne-sur-Mer", "Frankfurt am Main", "Aix-en-Provence").
_QUALIFIED = re.compile(r"^(\w[\w ]*?) (?:on|upon|under|by|sur|en|am|an der|im|les|lez) \w[\w ]*$")


def short_form(own: str) -> str | None:
    """The first part of a qualified town name (normalised), or ``None``.

    >>> short_form("clacton on sea")
    'clacton'
    >>> short_form("newcastle upon tyne")
    'newcastle'
    >>> short_form("new york") is None
    True
    """
    m = _QUALIFIED.match(own)
    return m.group(1) if m else None


def _has_siblings(name: str, names: Iterable[str], own: str) -> bool:
    """Whether other alternates of the city are forms of ``name`` in other languages."""
    head = name[:SIBLING_PREFIX]
    same = [n for n in names if n not in {name, own} and n[:SIBLING_PREFIX] == head]
    return len(same) >= SIBLING_MIN


def is_form_of(name: str, own: str, names: Iterable[str]) -> bool:
    """Whether an alternate looks like a form of the city's name, not a nickname.

    Latin script, not just some words of the name ("Oklahoma" for Oklahoma City),
    and either the same first letter (Geneva, Genève) or, for a one-word name,
    forms in other languages beside it that share its first letters (Cologne:
    Colonia, Cologna; Vienna: Viena, Vienne), as translations of one name do and
    nicknames do not (old romanisations, "Ching Yang", "Ting Hsien", are
    several words sharing their first).
    """
    if not is_latin(name) or set(name.split()) < set(own.split()):
        return False
    if name[0] == own[:1]:
        return True
    return " " not in name and _has_siblings(name, names, own)


def qualifies(namesake: Entry, own: str, name: str) -> bool:
    """Whether ``name``, a namesake's, hides a qualified form of ``own`` (normalised names).

    True when another of ``namesake``'s names is ``own`` followed by more words while
    ``name`` itself does not begin with ``own``: Bilhorod-Dnistrovskyi (Ukraine) is
    also "Belgorod-Dnestrovski", Belgorod on the Dniester, so its own name qualifies
    ``"belgorod"`` in another spelling. "Panama City" (Florida, also "Panama Siti")
    shows the capital's name itself, and is left to the exonym rule.

    >>> town = Entry("1", "Bilhorod-Dnistrovskyi", "city", "UA", 30.3, 46.2, "geonames")
    >>> town.add_name("Bilhorod-Dnistrovskyi", "name")
    >>> town.add_name("Belgorod-Dnestrovski", "alternate")
    >>> qualifies(town, "belgorod", "bilhorod dnistrovskyi")
    True
    >>> qualifies(town, "bilhorod", "bilhorod dnistrovskyi")
    False
    """
    head = own + " "
    return not name.startswith(head) and any(n.startswith(head) for n in namesake.names)


def namesake_names(entries: Iterable[Entry], names: set[str]) -> dict[str, list[Entry]]:
    """The cities whose own name (normalised) is one of ``names``, by that name."""
    out: dict[str, list[Entry]] = {}
    for e in entries:
        if e.feature_type == "city" and (own := normalize_name(e.name)) in names:
            out.setdefault(own, []).append(e)
    return out


def promote_exonyms(entries: Iterable[Entry], demonyms: set[str]) -> None:
    """Mark the exonyms and short forms of cities (see the module docstring).

    An alternate name of a city of 100,000 or more becomes an ``"exonym"`` match
    when it looks like a form of the city's name (:func:`is_form_of`), and the
    first part of a qualified town name of 10,000 or more ("Clacton" for
    Clacton-on-Sea) when GeoNames lists it among the town's alternates; either only
    when it is not a demonym and every other place of that name is smaller than
    100,000 or is the city's own admin unit (the canton of Geneva). "Mexico" (a
    country) and "Victoria" (an Australian state) stay alternates, and so does the
    own name of a town in another country that is named after the city's name with
    more words (:func:`qualifies`: "Bilhorod-Dnistrovskyi", also "Belgorod-Dnestrovski",
    among Belgorod's alternates).
    """
    entries = list(entries)
    #: name -> the big places of that name: (country, admin-1) of an admin unit, else None
    big: dict[str, set[tuple[str, str] | None]] = {}
    for e in entries:
        if e.population >= EXONYM_MIN_POPULATION or e.feature_type in {"country", "admin1"}:
            unit = e.feature_type in {"admin1", "admin2"} and e.country_code and e.admin1_code
            owner = (e.country_code or "", e.admin1_code or "") if unit else None
            for n, k in e.names.items():
                if k != "alternate":
                    big.setdefault(n, set()).add(owner)
    chosen: list[tuple[Entry, str]] = []
    for e in entries:
        if e.feature_type != "city" or e.population < SHORT_FORM_MIN_POPULATION:
            continue
        own = normalize_name(e.name)
        short = short_form(own)
        home = {(e.country_code or "", e.admin1_code or "")}
        for n, k in list(e.names.items()):
            if k != "alternate" or len(n) < EXONYM_MIN_LENGTH or n in demonyms:
                continue
            form = e.population >= EXONYM_MIN_POPULATION and is_form_of(n, own, e.names)
            if (n == short or form) and big.get(n, set()) <= home:
                chosen.append((e, n))
    namesakes = namesake_names(entries, {n for _, n in chosen})
    for e, n in chosen:
        own = normalize_name(e.name)
        if any(
            o.country_code != e.country_code and qualifies(o, own, n) for o in namesakes.get(n, ())
        ):
            continue  # Belgorod's "Bilhorod-Dnistrovskyi" is the Ukrainian town's name
        e.names[n] = "exonym"
