"""Pick claims by place, speaker and article (``geomap claims --place/--speaker/--article``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from geomap.claims.identity import same_source_named
from geomap.claims.kinds import KINDS
from geomap.claims.place_names import place_label
from geomap.records import Claim, Mention
from geomap.serialize import NOT_ANALYSED, unsourced_kind


def select_claims(
    mentions: Sequence[Mention],
    claims: Sequence[Claim],
    *,
    place: str | None = None,
    speaker: str | None = None,
    article: str | None = None,
    article_info: Mapping[str, Mapping[str, str]] | None = None,
    place_ids: frozenset[str] = frozenset(),
) -> list[Claim]:
    """The claims that match every filter given (case-insensitive).

    Parameters
    ----------
    place
        The place's name or id, or a form an article used ("U.S."): when it is some
        place's own name or id, only that place (an oblast that an article's
        "Kharkiv" was placed at is not "Kharkiv"); a claim about one of
        ``place_ids`` matches it too (the places the gazetteer calls so in
        any language: :func:`places_called`). A name placed at the article's focus
        ("Main Street", placed at Springfield) matches only the claims of its own
        sentences (their ``context_names``), not every claim about Springfield.
    speaker
        Part of the speaker's name, role or phrase ("ministry" matches "the defence
        ministry", "spokesman" matches "Ivan Petrov, regional police spokesman"), or
        its kind ("government"; "journalist": the claims that name no source).
    article
        Part of the article's id, title or outlet (:func:`articles_matching`).
    """
    names: dict[str, set[str]] = {}
    own: set[str] = set()  # the places whose own name or id is the query
    query = place.strip().casefold() if place else ""
    for m in mentions:
        if m.place is not None:
            forms = names.setdefault(m.place.place_id, {m.place.place_id.casefold()})
            forms.add(m.place.name.casefold())
            if query in (m.place.place_id.casefold(), m.place.name.casefold()):
                own.add(m.place.place_id)
            if m.located_by != "focus":  # "Robotyne" placed at a town is no name of the town
                forms.add(m.text.casefold())
    if own:  # "Kharkiv" is the city, not the oblast an article's "Kharkiv" was placed at
        names = {pid: forms for pid, forms in names.items() if pid in own}
    info = article_info or {}
    ids = {*info, *(c.article_id for c in claims), *(m.article_id for m in mentions)}
    articles = articles_matching(article, ids, info) if article else frozenset()
    out = []
    for claim in claims:
        if (
            place
            and query not in names.get(claim.place_id, set())
            and claim.place_id not in place_ids
            and query not in {n.casefold() for n in claim.context_names}
        ):
            continue
        if speaker and not _speaker_matches(speaker, claim, info.get(claim.article_id)):
            continue
        if article and claim.article_id not in articles:
            continue
        out.append(claim)
    return out


#: What ``--place`` names: a place with claims in the run, a place the gazetteer knows that
#: has none in it, or nothing the gazetteer or the run's articles know.
PlaceFound = Literal["claims", "no claims", "unknown"]


def place_found(
    place: str,
    mentions: Sequence[Mention],
    claims: Sequence[Claim],
    called: frozenset[str],
) -> PlaceFound:
    """Whether ``--place place`` names a place with claims among ``claims`` (any filter aside).

    ``called`` are the ids the gazetteer calls ``place`` (:func:`places_called`): a place it
    knows may be named by no claim of the run ("no claims"); a name it does not know, and
    no article's form of a place, is "unknown".
    """
    if select_claims(mentions, claims, place=place, place_ids=called):
        return "claims"
    return "no claims" if called else "unknown"


def place_labels(name: str, gazetteer: Any, ids: frozenset[str], limit: int = 3) -> list[str]:
    """The first ``limit`` places of ``ids`` the gazetteer calls ``name`` in English, labelled.

    "Atlantis (city, ZA)": for a message that says which places a name stands for.
    """
    out: list[str] = []
    for candidate in gazetteer.candidates(name, None):
        p = candidate.place
        label = place_label(p.name, p.feature_type, p.country_code or "")
        if p.place_id in ids and label not in out:
            out.append(label)
    return out[:limit]


def places_called(name: str, gazetteer: Any, among: frozenset[str] | None = None) -> frozenset[str]:
    """The ids of the places the gazetteer calls ``name``, in English or a local language.

    ``--place Kiev``, ``--place Odessa``, ``--place Москва``, ``--place Polska``:
    the claims name the places as the gazetteer's display names (Kyiv, Odesa,
    Moscow, Poland) and the articles as they were written.  With ``among`` (the
    places that have claims), the languages are tried one after another, English
    first, until one names a place among them: each local language's lookup loads
    its lemmatiser.
    """
    from geomap.gazetteer.lemmas import LOCAL_LANGUAGES

    found: set[str] = set()
    for lang in (None, *LOCAL_LANGUAGES):
        found.update(c.place.place_id for c in gazetteer.candidates(name, lang))
        if among is not None and found & among:
            break
    return frozenset(found)


def speaker_kind_named(query: str) -> str | None:
    """The speaker kind ``query`` names, also in American spelling or the plural.

    >>> speaker_kind_named("Organizations"), speaker_kind_named("journalists")
    ('organisation', 'journalist')
    """
    q = query.strip().casefold().replace("organiz", "organis")
    return next((kind for kind in KINDS if q in (kind, f"{kind}s")), None)


def _speaker_matches(query: str, claim: Claim, article: Mapping[str, str] | None) -> bool:
    q = query.strip().casefold()
    kind = speaker_kind_named(q)
    s = claim.speaker
    if s is None:  # the journalist's, unless no speakers are found in its language
        if q in (NOT_ANALYSED, "not analyzed"):
            return unsourced_kind(article) == NOT_ANALYSED
        return kind is not None and kind == unsourced_kind(article)
    if kind == s.kind:
        return True
    texts = tuple(_without_possessors(t, q) for t in (s.name, s.role, s.phrase, s.entity))
    if any(q in text.casefold() for text in texts):
        return True
    # across scripts and accents: "Gladkov" finds "Вячеслав Гладков", "Zelensky" "Zełenski"
    from geomap.gazetteer.names import normalize_name

    plain = normalize_name(query)
    if plain and any(plain in normalize_name(text) for text in texts if text):
        return True
    # across romanisations: "Hnatiuk" finds "Петр Гнатюк", "Yelena Orlova" "Elena Orlova"
    return any(same_source_named(query, text, s.kind) for text in (texts[0], texts[3]))


#: A possessor ("Burhan's" in "Burhan's government", "Burhan’s deputy").
_POSSESSOR = re.compile(r"[\w-]+['’]s\b")


def _without_possessors(text: str, query: str) -> str:
    """``text`` without its possessors, unless ``query`` has one.

    "Burhan's government" and "Kabbashi, Burhan's deputy" are other sources than
    Burhan: ``--speaker Burhan`` does not find them.

    >>> _without_possessors("Kabbashi, Burhan's deputy", "burhan")
    'Kabbashi,  deputy'
    """
    if not text or _POSSESSOR.search(query):
        return text
    return _POSSESSOR.sub("", text)


def unmatched_speaker(
    query: str, claims: Sequence[Claim], info: Mapping[str, Mapping[str, str]]
) -> bool:
    """Whether ``--speaker query`` matches none of ``claims`` (a mistyped filter)."""
    return not any(_speaker_matches(query, c, info.get(c.article_id)) for c in claims)


def unmatched_article(
    query: str, article_ids: set[str], info: Mapping[str, Mapping[str, str]]
) -> bool:
    """Whether ``--article query`` names none of ``article_ids`` (a mistyped filter)."""
    return not articles_matching(query, article_ids, info)


def _folded(text: str) -> str:
    """``text`` compared without case, the same however its letters are composed."""
    return unicodedata.normalize("NFKC", text).casefold()


def articles_matching(
    query: str, article_ids: Iterable[str], info: Mapping[str, Mapping[str, str]]
) -> frozenset[str]:
    """The articles whose id, title or outlet contains ``query`` (Unicode case-folded).

    "Kharkiv Obs" finds the Kharkiv Observer's articles, "SW-00" the ids SW-001...,
    "белгород" a title saying "Белгорода".  When some article has the text where a
    word starts, only those are taken: ``--article RT`` is RT's articles, not the ones
    whose title says "port" ("port" is still found by "por").
    """
    q = _folded(query).strip()
    if not q:
        return frozenset()
    starts = re.compile(rf"(?<![^\W_]){re.escape(q)}")  # after no letter or digit
    anywhere: set[str] = set()
    at_word: set[str] = set()
    for article_id in article_ids:
        meta = info.get(article_id, {})
        fields = [article_id, *(str(meta.get(k) or "") for k in ("title", "outlet"))]
        texts = [_folded(t) for t in fields]
        if any(q in t for t in texts):
            anywhere.add(article_id)
            if any(starts.search(t) for t in texts):
                at_word.add(article_id)
    return frozenset(at_word or anywhere)
