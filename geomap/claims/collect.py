"""Claims from mentions: one :class:`~geomap.records.Claim` per (place, article, sentence)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from geomap.records import Claim, Mention, Place, Speaker, confidence_rank

if TYPE_CHECKING:
    from spacy.tokens import Span


def speaker_from_span(span: Span | None) -> Speaker | None:
    """Convert a speaker span (``span._.speaker``) to a :class:`~geomap.records.Speaker`.

    The offsets are doc character offsets, which index the article text.
    """
    if span is None:
        return None
    return Speaker(span.text, span.start_char, span.end_char)


def claims_from_mentions(mentions: Sequence[Mention]) -> list[Claim]:
    """Group resolved mentions into claims.

    Parameters
    ----------
    mentions
        Mentions in article order (as the geoparser yields them).

    Returns
    -------
    list[Claim]
        One claim per ``(place_id, article_id, sentence_start)``, in order of the
        first mention.  The claim is marked by one of the sentence's mentions of
        the place, and keeps that mention's offsets, role and speaker (so a claim
        and its mention in ``mentions.geojson`` never disagree on who says it):
        the first that names the place and has a speaker, else the first that
        names it, else (all placed by the article's focus) the first with a
        speaker, else the first.  A dateline's
        "KYIV" (no speaker) before "shelling hit Kyiv, the governor said" in one
        sentence: the second marks the claim.  Unresolved mentions (``place is
        None``) make no claim.
    """
    groups: dict[tuple[str, str, int], list[Mention]] = {}
    for mention in mentions:
        if mention.place is None:
            continue
        key = (mention.place.place_id, mention.article_id, mention.sentence_start)
        groups.setdefault(key, []).append(mention)
    claims: list[Claim] = []
    for (place_id, article_id, start), group in groups.items():
        first = min(group, key=_marking)  # the first of the best (min keeps order)
        speaker = first.speaker  # the marking mention's own: mentions.geojson agrees
        claims.append(
            Claim(
                place_id=place_id,
                article_id=article_id,
                sentence=first.sentence,
                start=start,
                end=start + len(first.sentence),
                speaker=speaker,
                role=first.role or "literal",
                mention_start=first.start,
                mention_end=first.end,
                context_names=tuple(
                    dict.fromkeys(m.text for m in group if m.located_by == "focus")
                ),
                confidence=max(map(confidence_rank, group))[1],
                reason=max(group, key=confidence_rank).reason,
            )
        )
    return claims


def _marking(mention: Mention) -> tuple[bool, bool]:
    """How a mention ranks to mark its claim (lower first).

    One naming the place first ("Dutchess County", not "Route 9" placed there as the
    article's focus), then one with a speaker.
    """
    return mention.located_by == "focus", mention.speaker is None


def places_from_mentions(mentions: Iterable[Mention]) -> dict[str, Place]:
    """Map ``place_id -> Place`` for the resolved mentions, in first-mention order."""
    places: dict[str, Place] = {}
    for mention in mentions:
        if mention.place is not None:
            places.setdefault(mention.place.place_id, mention.place)
    return places
