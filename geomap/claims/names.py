"""A speaker phrase split into a clean name and a role, and made a record.

"regional police spokesman Ivan Petrov" -> name "Ivan Petrov", role "regional
police spokesman"; "Ray Chambers, a special envoy for malaria" -> "Ray Chambers",
"a special envoy for malaria"; "a spokesperson for the Russian Ministry of
Defense" -> "the Russian Ministry of Defense", "a spokesperson"; "The expert, a
former U.S. defense official" -> "The expert", "a former U.S. defense official".
Names are cleaned of markup: HTML entities decoded, tags and Markdown link targets
dropped (``[Vilnius](link)`` -> "Vilnius").
"""

from __future__ import annotations

import html
import re

from spacy.tokens import Span, Token

from geomap.claims.frames import Frame
from geomap.claims.kinds import GOVERNMENT_WORDS, ORGANISATION_NOUNS, speaker_kind
from geomap.claims.nps import core_np
from geomap.records import Speaker

#: Words of a title that precede a name and belong to the role ("Capt.", "Deputy Coroner").
TITLE_WORDS: frozenset[str] = frozenset(
    {
        "inspector", "capt", "captain", "lt", "sgt", "gen", "general", "gov", "governor",
        "sen", "senator", "rep", "president", "minister", "secretary", "mayor", "chief",
        "deputy", "coroner", "sheriff", "director", "ambassador", "councillor", "cllr",
        "councilman", "councilwoman", "commissioner", "judge", "officer", "spokesman",
        "spokeswoman", "spokesperson", "pm", "gm", "ceo", "chairman", "chairwoman", "det",
        "sergeant", "lieutenant", "colonel", "col", "maj", "major", "adm", "admiral",
        "justice", "supt", "superintendent", "constable", "pc", "chancellor", "premier",
    }
)  # fmt: skip
#: Honorifics kept with the name ("Dr. Elena Petrova", "Ms. Hanabusa").
HONORIFICS: frozenset[str] = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame"})
#: Nouns of people who speak for a body: the body is the source, the noun the role.
SPOKES_NOUNS: frozenset[str] = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "spokesmen", "representative", "spokewoman"}
)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)?")
_TAG = re.compile(r"<[^>]*>")
_MARKS = "[]()*_#|<>`"


def clean_text(text: str) -> str:
    """``text`` without markup: entities decoded, tags and link targets dropped, one-spaced."""
    text = _TAG.sub("", _LINK.sub(r"\1", html.unescape(text)))
    text = re.sub(r"\]\([^)]*\)?|\(https?:\S*|https?:\S*", "", text)
    return " ".join(text.replace("[", " ").replace("]", " ").split()).strip(_MARKS + " ,;:")


def _word(tok: Token) -> str:
    return tok.lower_.strip(".")


def _trim(doc_span: Span) -> Span | None:
    """``doc_span`` without edge punctuation, spaces and conjunctions; ``None`` when empty."""
    start, end = doc_span.start, doc_span.end
    doc = doc_span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "cc"):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].pos_ in ("ADP", "DET")
    ):
        end -= 1
    return doc[start:end] if end > start else None


def _person_name(phrase: Span) -> Span | None:
    """The PERSON name the phrase is about, or the body a common noun is in apposition with.

    The head's PERSON name, else its apposition's ("The Russian defense chief, General
    Valery Gerasimov"); a named body ("The medical charity Médecins Sans Frontières").
    """
    root = phrase.root
    heads = [root, *(c for c in root.children if c.dep_ == "appos")]
    for tok in heads:
        if not phrase.start <= tok.i < phrase.end:
            continue
        named_body = tok.i != root.i and root.pos_ == "NOUN" and tok.ent_type_ == "ORG"
        if tok.ent_type_ != "PERSON" and not named_body:
            continue
        ent = next(e for e in phrase.doc.ents if e.start <= tok.i < e.end)
        start, end = max(ent.start, phrase.start), min(ent.end, phrase.end)
        doc = phrase.doc
        while end - start > 1 and _word(doc[start]) in TITLE_WORDS:
            start += 1
        if start > phrase.start and _word(doc[start - 1]) in HONORIFICS:
            start -= 1
        return doc[start:end]
    return None


def titled_name(phrase: Span) -> Span | None:
    """The name after a title word ("Outgoing PM | Cerar", "Cllr | Morris"), if any.

    A name the model did not tag PERSON is still a person's when a title precedes it.
    """
    root = phrase.root
    if root.pos_ != "PROPN":
        return None
    doc = phrase.doc
    i = root.i
    while i > phrase.start and doc[i - 1].pos_ == "PROPN" and _word(doc[i - 1]) not in TITLE_WORDS:
        i -= 1
    if i > phrase.start and _word(doc[i - 1]) in TITLE_WORDS:
        return doc[i : root.i + 1]
    return None


def _spokes_body(phrase: Span) -> Span | None:
    """The body in "a spokesperson for the ministry" (the body speaks through the role)."""
    root = phrase.root
    if root.lemma_.lower() not in SPOKES_NOUNS:
        return None
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "from", "of", "at", "with"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and (
                obj.pos_ == "PROPN"
                or obj.ent_type_ in ("ORG", "GPE")
                or obj.lemma_.lower() in GOVERNMENT_WORDS | ORGANISATION_NOUNS
            ):
                return core_np(obj)
    return None


def _without_appos(phrase: Span) -> Span:
    """The phrase up to its head's first apposition ("The expert" of "The expert, a ...")."""
    root = phrase.root
    appos = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if not appos:
        return phrase
    cut = min(t.i for t in appos[0].subtree)
    return _trim(phrase.doc[phrase.start : max(cut, root.i + 1)]) or phrase


def split_name(phrase: Span) -> tuple[Span, str]:
    """Return ``(name, role)`` for a speaker phrase; the role is ``""`` when there is none."""
    doc = phrase.doc
    if phrase.root.pos_ == "PRON":
        return phrase, ""
    name = _person_name(phrase) or titled_name(phrase) or _spokes_body(phrase)
    if name is None and phrase.root.ent_type_ == "ORG":
        ent = next(e for e in doc.ents if e.start <= phrase.root.i < e.end)
        if ent.start > phrase.start + 1 and phrase.start <= ent.start:
            name = doc[ent.start : min(ent.end, phrase.end)]
    if name is None:
        name = _without_appos(phrase)
    if _word(doc[name.end - 1]) in TITLE_WORDS and name.end < len(doc):
        # "said Laconia police Capt. | William Clary." (a sentence split after "Capt.")
        end = name.end + (doc[name.end].text == ".")
        while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].is_punct:
            end += 1
        if end > name.end + 1 or (end > name.end and doc[name.end].text != "."):
            name = doc[name.end + (doc[name.end].text == ".") : end]
    before = _trim(doc[phrase.start : name.start]) if name.start > phrase.start else None
    after = _trim(doc[name.end : phrase.end]) if name.end < phrase.end else None
    parts = [clean_text(p.text) for p in (before, after) if p is not None]
    role = ", ".join(p for p in parts if p and p.lower() not in ("the", "a", "an"))
    return name, role


def verb_of(frame: Frame) -> tuple[str, str, int, int]:
    """The words of saying as written, their lemma, and their offsets.

    "said"/"say", "called for"/"call for", "according to", and a speech noun
    with the verb that issues it ("issued a statement"/"issue statement").
    """
    cue = frame.cue
    doc = cue.doc
    if frame.kind == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), cue)
        return doc[cue.i : to.i + 1].text, "according to", cue.idx, to.idx + len(to)
    if frame.kind == "noun":
        head = cue.head
        if cue.dep_ == "dobj" and head.pos_ == "VERB":
            span = doc[head.i : cue.i + 1]
            lemma = f"{head.lemma_.lower()} {cue.lemma_.lower()}"
            return span.text, lemma, span.start_char, span.end_char
        return cue.text, cue.lemma_.lower(), cue.idx, cue.idx + len(cue)
    particle = next(
        (c for c in cue.children if c.dep_ in ("prt", "prep") and c.i == cue.i + 1), None
    )
    lemma = cue.lemma_.lower()
    if particle is not None and f"{lemma} {particle.lower_}" in _PHRASAL:
        return (
            doc[cue.i : particle.i + 1].text,
            f"{lemma} {particle.lower_}",
            cue.idx,
            particle.idx + len(particle),
        )
    return cue.text, lemma, cue.idx, cue.idx + len(cue)


_PHRASAL = frozenset({"call for", "call on", "point out"})


def speaker_record(frame: Frame) -> Speaker:
    """The :class:`~geomap.records.Speaker` of a frame: name, role, kind, verb, offsets."""
    name, role = split_name(frame.speaker)
    verb, lemma, v_start, v_end = verb_of(frame)
    return Speaker(
        name=clean_text(name.text) or name.text,
        start=name.start_char,
        end=name.end_char,
        role=role,
        kind="person" if titled_name(frame.speaker) is not None else speaker_kind(name),
        verb=verb,
        lemma=lemma,
        verb_start=v_start,
        verb_end=v_end,
        phrase=frame.speaker.text,
    )
