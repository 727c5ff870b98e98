"""A processed doc's mention records: one per toponym span, with its sentence and speaker.

:func:`doc_mentions` turns one doc into :class:`~geomap.records.Mention` records;
:func:`article_mentions` joins the pieces of an article read as several docs
(offsets and sentence numbers made the article's) into :class:`ArticleMentions`,
which also carry what failed while reading it (:mod:`geomap.containment`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span

from geomap.extensions import TOPONYMS
from geomap.model_text import OffsetMap, shown
from geomap.piece_focus import one_focus_per_name
from geomap.records import Mention, Speaker


class ArticleMentions(list[Mention]):
    """An article's mentions, and the rule failures contained while reading it.

    ``failures`` holds one line per failure (``doc._.rule_failures`` of its
    pieces); :func:`geomap.batches.article_result` reports them as warnings.
    """

    failures: tuple[str, ...] = ()


def article_mentions(
    docs: Iterable[tuple[Doc, str, int, bool]],
) -> Iterator[ArticleMentions]:
    """Each article's mentions from its processed pieces ``(doc, text, offset, last)``.

    A piece's mentions get the article's offsets and sentence numbers; an
    article's list is yielded after its last piece, a name placed at several
    pieces' focuses put at the article's (:func:`~geomap.piece_focus.one_focus_per_name`).
    """
    found = ArticleMentions()
    failures: list[str] = []
    sentences = 0
    for doc, text, offset, last in docs:
        found.extend(_shifted(m, offset, sentences) for m in doc_mentions(doc, text))
        failures.extend(doc._.rule_failures or ())
        if offset or not last:
            sentences += len(sentence_starts(doc))
        if last:
            if offset:  # the last of several pieces
                found[:] = one_focus_per_name(found)
            found.failures = tuple(failures)
            yield found
            found, failures, sentences = ArticleMentions(), [], 0


def _shifted(mention: Mention, offset: int, sentences: int) -> Mention:
    """A piece's mention with the article's offsets and sentence number."""
    if not offset and not sentences:
        return mention
    speaker = mention.speaker
    if speaker is not None:
        speaker = speaker.shifted(offset)
    return replace(
        mention,
        start=mention.start + offset,
        end=mention.end + offset,
        sentence_start=mention.sentence_start + offset,
        sentence_index=mention.sentence_index + sentences,
        speaker=speaker,
    )


def doc_mentions(doc: Doc, text: str) -> list[Mention]:
    """Convert a processed doc to mention records (offsets index ``text``).

    The doc reads :func:`geomap.model_text.model_text` of ``text``; its offsets go
    back to ``text``'s through ``doc._.offset_map``.
    """
    index = sentence_starts(doc)
    offsets = OffsetMap(doc._.offset_map)
    return [
        span_mention(doc, text, span, start, end, index, offsets)
        for span in doc.spans.get(TOPONYMS, [])
        for start, end in [
            (offsets.start(span.start_char), offsets.end(span.end_char - glued_stop(span)))
        ]
    ]


def glued_stop(span: Span) -> int:
    """1 when the span ends in a sentence's full stop the tokenizer kept on its last letter.

    spaCy keeps a single capital and its period together as one token (an initial,
    "U."), also at the end of a hyphenated name that ends a sentence ("air strikes on
    Mrauk-U."): the stop is the sentence's, not the name's. Only a letter written onto
    the word before it (no space: not an initial, "John F.") and last in its sentence
    (the doc's last word, or one before a capitalised word or a line break) counts.

    Parameters
    ----------
    span : Span
        A toponym span.

    Returns
    -------
    int
        The characters to leave out at the span's end (0 or 1).
    """
    doc = span.doc
    last = doc[span.end - 1]
    text = last.text
    if len(span) < 2 or len(text) != 2 or text[1] != "." or not text[0].isupper():
        return 0
    if doc[span.end - 2].whitespace_:
        return 0
    if span.end < len(doc):
        after = doc[span.end]
        if not (after.is_space or after.text[:1].isupper()):
            return 0
    return 1


def span_mention(
    doc: Doc,
    text: str,
    span: Span,
    start: int,
    end: int,
    index: dict[int, int],
    offsets: OffsetMap,
) -> Mention:
    """One span's mention record (``start``, ``end``: its offsets in ``text``).

    The sentence is ``text``'s, shown on one line (:func:`geomap.model_text.shown`:
    a hard-wrapped sentence's line breaks as spaces, one for one), so the offsets
    inside it are the article's less ``sentence_start``.
    """
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    first = offsets.start(sent.start_char)
    sent_text = shown(text[first : max(first, offsets.end(sent.end_char))])
    speaker = span._.source or _speaker(span._.speaker)
    return Mention(
        article_id=doc._.article_id,
        start=start,
        end=end,
        text=text[start:end],
        sentence=sent_text.strip(),
        sentence_start=first + (len(sent_text) - len(sent_text.lstrip())),
        place=span._.place,
        confidence=float(span._.confidence or 0.0),
        label=span.label_,
        role=span._.role or "literal",
        speaker=None if speaker is None else _mapped(speaker, offsets),
        sentence_index=index.get(sent.start, 0),
        located_by=span._.located_by,
        reason=span._.reason or "",
    )


def _mapped(speaker: Speaker, offsets: OffsetMap) -> Speaker:
    """``speaker`` with its doc offsets made the article's."""
    return replace(
        speaker,
        start=offsets.start(speaker.start),
        end=offsets.end(speaker.end),
        verb_start=offsets.start(speaker.verb_start) if speaker.verb_start >= 0 else -1,
        verb_end=offsets.end(speaker.verb_end) if speaker.verb_end >= 0 else -1,
    )


def _speaker(value: Any) -> Speaker | None:
    if value is None:
        return None
    if isinstance(value, Speaker):
        return value
    if isinstance(value, Span):
        return Speaker(value.text, value.start_char, value.end_char)
    raise TypeError(f"span._.speaker must be a Span or Speaker, not {type(value).__name__}")


def sentence_starts(doc: Doc) -> dict[int, int]:
    """Token index of each sentence start -> the sentence's number in the doc."""
    if not doc.has_annotation("SENT_START"):
        return {}
    return {sent.start: i for i, sent in enumerate(doc.sents)}
