"""Plain-text view of claims: place -> article -> sentences, with their speakers."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from geomap.claims.collect import claims_from_mentions, places_from_mentions
from geomap.claims.place_hints import also_in_run, phrase_places
from geomap.landform_words import LANDFORM_WORDS
from geomap.mapping.style import LOW_CONFIDENCE
from geomap.metadata import COPY_FIELD
from geomap.records import Claim, Mention
from geomap.sanitize import quoted, terminal_text
from geomap.serialize import NOT_ANALYSED, unsourced_kind

if TYPE_CHECKING:  # claims.select reads speakers' kinds, which import spaCy: not at run time
    from geomap.claims.select import PlaceFound

_WIDTH = 100


def _one_line(text: str) -> str:
    """A field shown on one line: its newlines and controls spelled out, never obeyed."""
    return terminal_text(text, keep_newlines=False)


def _sureness(claim: Claim) -> str:
    """The claim's confidence: "confidence 0.05 (low)" below :data:`LOW_CONFIDENCE`."""
    low = " (low)" if claim.confidence < LOW_CONFIDENCE else ""
    return f"confidence {claim.confidence:.2f}{low}"


def _who(claim: Claim, article: Mapping[str, str] | None) -> str:
    """The speaker as one line, the verb first as on the map: "cited — The expert [anonymous]".

    Verb last, "the source [anonymous] according to" read as a name and its verb.

    A claim without one is the journalist's, unless geomap finds no speakers in the
    article's language (:func:`geomap.serialize.unsourced_kind`).
    """
    s = claim.speaker
    if s is None:
        kind = unsourced_kind(article)
        if kind == NOT_ANALYSED:
            return "(no speaker: not looked for in this language)"
        return f"(no speaker) [{kind}]"
    role = f", {s.role}" if s.role else ""
    verb = f"{s.verb} — " if s.verb else ""
    kind = f" [{s.kind}]" if s.kind else ""
    return _one_line(f"{verb}{s.name}{role}{kind}")


def _article_line(article: str, info: Mapping[str, str] | None) -> str:
    """An article as its headline, outlet and day: "Troops mass · Reuters · 2024-03-01".

    The id stands for the headline when there is none ("r1 · Reuters · 2024-03-01").
    The day is ``published`` up to its time ("2024-03-01T10:15:00+00:00": 2024-03-01), or
    the month or year alone when that is all the input gave.  A copy of an earlier
    article's text says whose ("· copy of r1"): its block repeats that one's claims.
    """
    meta = info or {}
    day = str(meta.get("published") or "").split("T")[0]
    title = str(meta.get("title") or "")
    parts = [title if title.strip() else article, str(meta.get("outlet") or ""), day]
    first = str(meta.get(COPY_FIELD) or "")
    parts += [f"copy of {first}"] if first.strip() else []
    return " · ".join(_one_line(p) for p in parts if p.strip())


def by_date(articles: Iterable[str], info: Mapping[str, Mapping[str, str]]) -> list[str]:
    """``articles`` in order of publication, the undated last (each set in the order given).

    Who said it first reads from the top.  ISO dates sort as text ("2024-03" before
    "2024-03-01": a month alone comes before its days).
    """

    def key(article: str) -> tuple[bool, str]:
        published = str(info.get(article, {}).get("published") or "").strip()
        return (not published, published)

    return sorted(articles, key=key)


def nothing_shown(
    place: str | None,
    filters: Sequence[str],
    found: PlaceFound | None,
    known_as: Sequence[str] = (),
    known: int = 0,
    unplaced: Sequence[str] = (),
    placed: str = "",
) -> str:
    """Why nothing is shown: no such place, a place without claims here, or the filters.

    ``known`` places the gazetteer calls ``place``, the first of them labelled in
    ``known_as`` ("Atlantis (city, ZA)"); ``unplaced``: the names the articles give that
    hold ``place`` and were left unresolved (:func:`unplaced_names`), said with why;
    ``placed``: where the articles' phrase ``place`` was placed under another name
    (:func:`~geomap.claims.place_hints.phrase_places`).
    """
    why = unplaced_note(unplaced) if place is not None else ""
    if place is not None and found == "unknown":
        if placed:  # "Lachin corridor", its "Lachin" placed at Laçın
            return f"No place called {quoted(place)} in the gazetteer, but {placed}.{why}"
        if why:
            return f"No place called {quoted(place)} in the gazetteer.{why}"
        return f"No place called {quoted(place)} in the gazetteer, nor in the articles read."
    if place is not None and found == "no claims":
        some = f" ({', '.join(_one_line(k) for k in known_as)}{', ...' * (known > len(known_as))})"
        return (
            f"No claims about {quoted(place)} in this run: the gazetteer knows "
            f"{known or 'some'} place(s) called so{some if known_as else ''}, but none of the "
            f"claims read is about one.{why}"
        )
    asked = f" about {quoted(place)}" if place is not None else ""
    also = f" matching {' and '.join(filters)}" if filters else ""
    return f"No claims{asked}{also}."


def unplaced_names(place: str, mentions: Iterable[Mention]) -> list[str]:
    """The unresolved names of ``mentions`` that are ``place`` or hold it as a word.

    ``--place Taman`` finds "Taman Peninsula" left unplaced, case-insensitively, each
    name once in the order first read.
    """
    query = place.strip().casefold().split()
    out: list[str] = []
    for m in mentions:
        words = m.text.casefold().split()
        held = any(words[i : i + len(query)] == query for i in range(len(words)))
        if m.place is None and query and held and m.text not in out:
            out.append(m.text)
    return out


def unplaced_note(names: Sequence[str]) -> str:
    """Why the articles' names ``names`` have no claims: the gazetteer lacks them.

    A landform's name (:data:`~geomap.landform_words.LANDFORM_WORDS`, first or last word)
    is said not to be placed at a city's point, as the article's focus would.

    >>> unplaced_note(["Taman Peninsula"])  # doctest: +ELLIPSIS
    " The articles name 'Taman Peninsula' but left it unplaced: the gazetteer ...city..."
    """
    if not names:
        return ""
    shown = ", ".join(quoted(_one_line(n)) for n in names[:3]) + ", ..." * (len(names) > 3)
    landform = any(
        len(words) > 1 and (words[0] in LANDFORM_WORDS or words[-1] in LANDFORM_WORDS)
        for words in (n.casefold().split() for n in names)
    )
    reason = (
        "a landform's name is not placed at the point of a city its sentence names beside "
        "it (as the article's focus or a town listed with it would place it)"
        if landform
        else "no place of the article said where it is"
    )
    return (
        f" The articles name {shown} but left it unplaced: the gazetteer has no place of "
        f"that name, and {reason}; an unplaced name makes no claims."
    )


def undated_note(undated: int, filters: Sequence[str]) -> str:
    """How many articles the date filters among ``filters`` left out for want of a date."""
    dates = " and ".join(f for f in filters if f.startswith(("--since", "--until")))
    return f"{undated} article(s) without a date left out by {dates or 'the date filters'}"


def unspoken_note(article_info: Mapping[str, Mapping[str, object]]) -> str:
    """Why a speaker may be missing: the articles in a language whose speakers are not found.

    >>> unspoken_note({"a": {"language": "it"}, "b": {"language": "uk"}})[:58]
    '; speakers are found in English, French, Russian, German, '
    >>> unspoken_note({"a": {"language": "it"}, "b": {"language": "uk"}})[58:]
    'Polish and Ukrainian articles only (1 article here is not)'
    """
    from geomap.language import SPEAKER_LANGUAGES
    from geomap.language_labels import language_name

    other = sum(
        1
        for meta in article_info.values()
        if str(meta.get("language") or "en").lower() not in SPEAKER_LANGUAGES
    )
    if not other:
        return ""
    many = "articles here are" if other > 1 else "article here is"
    names = [language_name(code) or code for code in SPEAKER_LANGUAGES]
    langs = ", ".join(names[:-1]) + " and " + names[-1]
    return f"; speakers are found in {langs} articles only ({other} {many} not)"


def _matches(query: str, place_id: str, name: str, surfaces: set[str]) -> bool:
    q = query.strip().casefold()
    return q in {place_id.casefold(), name.casefold()} | {s.casefold() for s in surfaces}


def render_claims(
    mentions: Sequence[Mention],
    claims: Sequence[Claim] | None = None,
    place: str | None = None,
    article_info: Mapping[str, Mapping[str, str]] | None = None,
    filters: Sequence[str] = (),
    place_ids: frozenset[str] = frozenset(),
    found: PlaceFound | None = None,
    undated: int = 0,
    known_as: Sequence[str] = (),
    limit: int = 0,
) -> str:
    """Render the claims of ``mentions`` as plain text.

    Parameters
    ----------
    mentions
        Mentions of one or more articles.
    claims
        Their claims (derived from ``mentions`` when not given).
    place
        Show only this place: matched case-insensitively against the place
        name, its id and the surface forms of its mentions ("U.S.").
    article_info
        Each article's metadata (its ``language`` says whether speakers were looked for).
    filters
        The other filters ``claims`` were chosen by ("--speaker 'anonymous'"), named
        when nothing is left: "No claims about 'Kharkiv' matching --speaker 'anonymous'."
    place_ids
        Places that match ``place`` too (the gazetteer calls them so in another language:
        :func:`geomap.claims.select.places_called`).
    found
        What ``place`` names (:func:`geomap.claims.select.place_found`), said when nothing
        is shown: no place the gazetteer knows, or one without claims in this run.
    known_as
        Labels of the first places the gazetteer calls ``place`` (:func:`nothing_shown`).
    undated
        Articles a date filter left out for want of a date
        (:func:`geomap.claims.periods.claims_between`), counted at the end.
    limit
        The most claims shown per article and place (``0``: all); the others are
        counted in one line ("... 1,204 more claims of this article about it").

    Returns
    -------
    str
        One block per place (``Name [feature_type, CC] id``), one line per article (its
        headline, else its id, outlet and day: ``Troops mass · Reuters · 2024-03-01``),
        earliest first and the undated last, one indented line per claim
        with its speaker, role and confidence (below :data:`LOW_CONFIDENCE`, "low" and
        a line saying why: :mod:`geomap.nlp.reasons`), and the names placed there as the
        article's focus
        (``Claim.context_names``).  Ends with a count of the shown articles' unresolved
        mentions, which make no claims (none when a place is asked for), and of the
        articles a date filter left out for want of a date.
    """
    places = places_from_mentions(mentions)
    if claims is None:
        claims = claims_from_mentions(mentions)
    surfaces: dict[str, set[str]] = {}
    for m in mentions:
        if m.place is not None:
            surfaces.setdefault(m.place.place_id, set()).add(m.text)
    by_place: dict[str, list[Claim]] = {}
    for claim in claims:
        by_place.setdefault(claim.place_id, []).append(claim)
    info = article_info or {}
    blocks: list[str] = []
    shown_ids: set[str] = set()
    for pid, group in by_place.items():
        p = places[pid]
        if (
            place is not None
            and pid not in place_ids
            and not _matches(place, pid, p.name, surfaces.get(pid, set()))
        ):
            continue
        shown_ids.add(pid)
        where = ", ".join(x for x in (p.feature_type, p.country_code or "") if x)
        lines = [f"{_one_line(p.name)} [{where}] {_one_line(pid)}"]
        for article in by_date(dict.fromkeys(c.article_id for c in group), info):
            lines.append(f"  {_article_line(article, info.get(article))}")
            ours = [c for c in group if c.article_id == article]
            for claim in ours[:limit] if limit else ours:
                role = "" if claim.role == "literal" else f" ({claim.role})"
                lines.append(f"    - {_who(claim, info.get(article))}{role}: {_sureness(claim)}")
                if claim.reason and claim.confidence < LOW_CONFIDENCE:  # why so unsure
                    lines.append(f"      ({_one_line(claim.reason)})")
                if claim.context_names:  # names the gazetteer lacks, guessed to lie here
                    names = ", ".join(_one_line(n) for n in claim.context_names)
                    lines.append(f"      (placed here as the article's focus: {names})")
                lines.extend(
                    textwrap.wrap(
                        claim.sentence,
                        width=_WIDTH,
                        initial_indent="        ",
                        subsequent_indent="        ",
                    )
                )
            if limit and len(ours) > limit:
                lines.append(
                    f"    ... {len(ours) - limit:,} more claims of this article about it "
                    "(--limit 0 shows all)"
                )
        blocks.append("\n".join(lines))
    if not blocks:
        unplaced = unplaced_names(place, mentions) if place is not None else []
        placed = phrase_places(place, mentions) if place is not None else ""
        blocks.append(
            nothing_shown(place, filters, found, known_as, len(place_ids), unplaced, placed)
        )
    if place is not None:  # "Birmingham": the run's other Birminghams, said
        also = also_in_run(place, mentions, shown_ids)
        blocks.extend([f"({also})"] if also else [])
    shown = {c.article_id for c in claims}  # a filter's articles, not the whole run's
    unresolved = sum(1 for m in mentions if m.place is None and m.article_id in shown)
    if unresolved and place is None:  # an unplaced name is about no place asked for
        blocks.append(f"({unresolved} unresolved mention(s) not shown)")
    if undated:
        blocks.append(f"({undated_note(undated, filters)})")
    return "\n\n".join(blocks) + "\n"
