"""Names inside hyphenated compounds: "Syrian-Turkish border", "US-based", "anti-Russian".

The tokenizer splits "Syrian-Turkish" into three tokens and the model tags the
compound as one entity, or only its first part, or nothing; the parts are still
mentions of their places. :func:`hyphen_parts` finds the capitalised words joined
to a hyphen without a space that are a demonym or the name of a well-known place:

* both sides capitalised: only when both are ("Russian-European", "Asia-Pacific";
  not "Agence France-Presse", "Kerry-Ann", "Anglo-Americans"); before a noun of a
  road or a border, a town's name counts ("the Goma-Sake road");
* a place's name before a lower-case word: only before a word of
  :data:`~geomap.nlp.vocab.PLACE_SUFFIXES` ("US-based", not "Bush-era"); a demonym
  before any ("Russian-speaking");
* after a lower-case prefix, a demonym ("anti-Russian"; not "mid-Atlantic").

A compound inside a longer name gives nothing ("Los Angeles-based", "made-in-La
Motte", "Accor Asia-Pacific"), nor does a compound that is itself a place's name
("Winston-Salem"). Places count by their own name or a curated alias, not an
English exonym ("Hamas" is one of Hamm's).
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from geomap.docarrays import among, indices, word_hashes
from geomap.nlp.name_shapes import lookup_demonym
from geomap.nlp.town_actions import ROUTE_NOUNS
from geomap.nlp.town_names import is_town
from geomap.nlp.vocab import PLACE_SUFFIXES
from geomap.nlp.well_known import well_known
from geomap.records import Place

HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})


def compound_part(span: Span) -> bool:
    """Whether ``span`` ends a hyphenated compound ("Pacific" in "Asian-Pacific").

    An admin word after such a compound is the compound's ("the Asian-Pacific
    region", "the Syrian-Turkish border region"), not the last part's.
    """
    doc = span.doc
    i = span.start - 1
    return i > 0 and doc[i].text in HYPHENS and not doc[i - 1].whitespace_


#: Nouns after a compound of two names that make both places, towns too ("the Goma-Sake
#: road", "the Kramatorsk-Sloviansk highway", "the Rafah-Egypt border").
LINK_NOUNS = ROUTE_NOUNS | frozenset({"border", "frontier", "corridor", "axis", "line"})
#: Types whose curated alias stands alone in a compound ("US-based", "Asia-Pacific").
_ALIAS_TYPES = frozenset({"country", "admin1", "region", "continent", "water"})


def hyphen_parts(doc: Doc, gazetteer: Any) -> tuple[list[Span], list[tuple[int, Place]]]:
    """The place names and the demonyms that are parts of hyphenated compounds.

    Returns
    -------
    tuple
        One-token spans (label ``GAZ``) of well-known places, and ``(token index,
        place)`` of demonyms ("anti-Russian" -> Russia); the caller decides whether
        demonyms are mentions.
    """
    names: list[Span] = []
    demonyms: list[tuple[int, Place]] = []
    seen: set[int] = set()
    for i in _hyphens(doc):
        tok = doc[i]
        if not _joins(tok):
            continue
        left, right = doc[tok.i - 1], doc[tok.i + 1]
        if gazetteer.has_name(f"{left.text}{tok.text}{right.text}"):
            continue  # "Winston-Salem": one name
        if _continues_name(left, left=True) or _continues_name(right, left=False):
            continue  # "Los Angeles-based", "Accor Asia-Pacific"
        towns = tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in LINK_NOUNS
        kinds = {t.i: _kind(gazetteer, t, towns=towns) for t in (left, right)}
        both = _capitalised(left) and _capitalised(right)
        if both and not all(kinds.values()):
            continue  # "France-Presse", "Kerry-Ann"
        for part, other in ((left, right), (right, left)):
            kind = kinds[part.i]
            if kind is None or part.i in seen:
                continue
            if (
                kind == "place"
                and not both
                and (part is right or other.lower_ not in PLACE_SUFFIXES)
            ):
                continue  # "Bush-era", "Manhattan-style", "mid-Atlantic"
            seen.add(part.i)
            place = lookup_demonym(gazetteer, part.text)
            if place is not None:
                demonyms.append((part.i, place))
            else:
                names.append(Span(doc, part.i, part.i + 1, label="GAZ"))
    return names, demonyms


_HYPHEN_HASHES = word_hashes(HYPHENS)


def _hyphens(doc: Doc) -> list[int]:
    """Indices of the doc's hyphen tokens (:data:`HYPHENS`), in one vectorised pass."""
    if not len(doc):
        return []
    return indices(among(doc.to_array([ORTH]), _HYPHEN_HASHES))


def _joins(tok: Token) -> bool:
    """Whether ``tok`` is a hyphen with a word right before and right after it."""
    doc = tok.doc
    return (
        tok.text in HYPHENS
        and 0 < tok.i < len(doc) - 1
        and not tok.whitespace_
        and not doc[tok.i - 1].whitespace_
    )


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _kind(gazetteer: Any, tok: Token, *, towns: bool = False) -> str | None:
    """``"demonym"``, ``"place"`` (a well-known place or an alias: "US") or ``None``.

    With ``towns`` (the compound names a road or a border: "the Goma-Sake road"), a
    town's own name is a place too.
    """
    if not _capitalised(tok):
        return None
    if lookup_demonym(gazetteer, tok.text) is not None:
        return "demonym"
    if towns and is_town(gazetteer, tok.text):
        return "place"
    if well_known(gazetteer, tok.text, exonyms=False) or any(
        c.match == "alias" and c.place.feature_type in _ALIAS_TYPES
        for c in gazetteer.candidates(tok.text)
    ):
        return "place"
    return None


def _continues_name(tok: Token, *, left: bool) -> bool:
    """Whether a capitalised word beside ``tok`` makes a longer name of it."""
    doc = tok.doc
    if left:
        prev = doc[tok.i - 1] if tok.i > 0 else None
        return (
            prev is not None
            and bool(prev.whitespace_)
            and _capitalised(prev)
            and not prev.is_sent_start
        )
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and bool(tok.whitespace_) and _capitalised(nxt)
