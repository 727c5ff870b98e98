"""What an "according to X" phrase attributes: the whole sentence it closes, or its bracket.

Moved from :mod:`geomap.claims.frames` (which re-exports the first two functions);
:func:`pronoun_named_after`: "She said …, according to Mayor X": X is who "she" is;
:func:`outer_source`: "Fighters claimed …, according to X": X's (a nested report).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from geomap.claims import lexicon as lx
from geomap.claims.kinds import agrees
from geomap.claims.lexicon import PERSON_PRONOUNS
from geomap.claims.titles import TITLE_WORDS, word

if TYPE_CHECKING:
    from geomap.claims.frames import Frame


def closes_sentence(according: Token, to: Token) -> bool:
    """Whether "according to X" closes its sentence after a comma: it covers the whole.

    "It happened in Crown Heights after callers said a “man was pointing a gun,”
    according to the police chief.": the parser may hang it on the last clause, but
    set off at the end it attributes the sentence (unless the sentence's main verb
    has a speaker of its own: "It said there were …, according to Fairfax Media").
    A title whose full stop the tokenizer split off is followed by its name ("…,
    according to Sgt. Mike Brown.": "Sgt", ".", "Mike Brown" hung elsewhere).
    """
    doc = according.doc
    before = doc[according.i - 1] if according.i > according.sent.start else None
    while before is not None and before.text in lx.CLOSING_QUOTES and before.i > 0:
        before = doc[before.i - 1]
    if before is None or before.text != ",":
        return False
    end = to.right_edge.i + 1
    name: set[int] = set()
    if word(doc[end - 1]) in TITLE_WORDS and end < according.sent.end and doc[end].text == ".":
        end += 1
        while end < according.sent.end and doc[end].pos_ == "PROPN":
            name.add(end)  # "Sgt | . | Mike Brown": the name after the title's stop
            end += 1
    rest = doc[end : according.sent.end]
    return all(
        t.is_punct or t.is_space or any(a.i in name for a in t.ancestors) for t in rest
    )  # "…, according to Sgt. Mike Brown, a spokesman."


def bracketed_clause(according: Token, to: Token) -> Token | None:
    """The verb of the clause a bracketed "(according to X)" sits in, if any.

    `"18 hours of mass hysteria" (according to the Sunday Times of India) broke out
    in Mumbai`: the parser hangs it on a noun; in brackets it attributes its clause.
    """
    doc = according.doc
    if according.i == 0 or doc[according.i - 1].text != "(":
        return None
    end = to.right_edge.i + 1
    if end >= len(doc) or doc[end].text != ")":
        return None
    head = according.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def pronoun_named_after(frames: list[Frame]) -> list[Frame]:
    """A pronoun's saying in a sentence an "according to X" closes, given to X.

    "She said the water had reached Clyro by noon, according to Mayor Fiona Howard.":
    the sentence's own attribution names who "she" is; the closing "according to"
    takes the sentence (anchored at its root) from the pronoun's verb at the root, when
    the pronoun (he, she) agrees with X; "It said …, according to Fairfax Media" keeps
    "it" (the report before).
    """
    closing = [f for f in frames if f.kind == "according" and _closes(f.cue)]
    if len(closing) != 1:
        return frames
    according = closing[0]
    root = according.cue.sent.root
    pronouns = [
        f for f in frames
        if f.kind == "verb" and f.cue.i == root.i and len(f.mention) == 1
        and f.mention[0].lower_ in PERSON_PRONOUNS and agrees(f.mention[0], according.speaker)
    ]  # fmt: skip
    if not pronouns:
        return frames
    moved = dataclasses.replace(according, anchor=root)
    return [moved if f is according else f for f in frames if f not in pronouns]


def outer_source(frames: list[Frame], speech_nouns: frozenset[str]) -> list[Frame]:
    """An unnamed group's saying reported by a closing "according to X": X's.

    "Fighters linked to al Qaeda claimed the attack on the road to Diema, according to
    the SITE Intelligence Group": the journalist has the fighters' claim from X (a nested
    report), so the clause the phrase closes (the root's, or the verb it hangs on when
    the parser made another word the root) is X's, not the unnamed subject's. A named
    subject keeps its saying ("Egypt said …, according to …"), and so does a document ("The
    report said …, according to Fairfax Media": the report), a pronoun's is left to
    :func:`pronoun_named_after` ("It said …, according to Fairfax Media" keeps "it"),
    and a closing speech noun is the subject's own statement ("Fjordlaks said …,
    according to a statement from the company").
    """
    closing = [f for f in frames if f.kind == "according" and _closes(f.cue)]
    if len(closing) != 1 or closing[0].speaker.root.lemma_.lower() in speech_nouns:
        return frames
    according = closing[0]
    heads = {according.cue.sent.root.i, according.cue.head.i}
    inner = [
        f for f in frames
        if f.kind == "verb" and f.cue.i in heads and _unnamed(f.speaker)
        and f.speaker.root.lemma_.lower() not in speech_nouns
    ]  # fmt: skip
    if len(inner) != 1:
        return frames
    moved = dataclasses.replace(according, anchor=inner[0].anchor)
    return [moved if f is according else f for f in frames if f is not inner[0]]


def _unnamed(speaker: Span) -> bool:
    """Whether a speaker phrase names no one: a common noun heads it, no name in it."""
    return speaker.root.pos_ == "NOUN" and not any(t.pos_ == "PROPN" for t in speaker)


def _closes(according: Token) -> bool:
    to = next((c for c in according.children if c.lower_ == "to"), None)
    return to is not None and closes_sentence(according, to)
