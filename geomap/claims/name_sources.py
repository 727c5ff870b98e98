"""Speakers named without a subject the parse gives: after a broken verb, before a colon.

* :func:`name_after`: the name right after a verb of saying the parser left
  without a subject (`"…," says Father José Arnaldo Juliano dos Santos`);
* :func:`colon_source`: a headline's source before its colon ("Petrenko: Kharkiv
  still stands"), also when the parser ended a sentence at the colon
  (:func:`split_colon_source`: "Hamas: | Lviv talks have collapsed").
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from geomap.claims import lexicon as lx
from geomap.claims.nametails import NAME_PARTICLES
from geomap.claims.source_nouns import DOCUMENT_NOUNS, can_speak, listed_source


def name_after(verb: Token) -> Span | None:
    """The speaker named right after a verb of saying the parser left without one.

    `"…," says Father José Arnaldo Juliano dos Santos, a historian`: "dos" taken for a
    verb breaks the parse; the words after the verb, up to a comma or the end, with at
    least two capitalised names, are the speaker ("church historian Father Juliano dos
    Santos").  Only after a closing quote or a comma.
    """
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in lx.CLOSING_QUOTES | {","}:
        return None
    end = verb.i + 1
    while end < verb.sent.end and not doc[end].is_punct:
        tok = doc[end]
        if tok.is_lower and tok.lower_ not in NAME_PARTICLES and tok.pos_ != "NOUN":
            return None
        end += 1
    run = doc[verb.i + 1 : end]
    if sum(t.pos_ == "PROPN" and t.is_title for t in run) < 2:
        return None
    return run


#: Entity types of a colon's left side that make it a dateline or a label, not a source.
_NOT_SOURCES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


#: Words that label a web page's fields before a colon, never a source quoted in a
#: headline ("Source: UN High Commissioner for Refugees Country: Brazil", "Quick Facts:").
PAGE_LABELS: frozenset[str] = frozenset(
    {
        "source", "sources", "headline", "country", "countries", "date", "update", "updates",
        "note", "notes", "facts", "photo", "photos", "image", "video", "related", "correction",
        "summary", "background", "details", "location", "category", "tags", "topics", "credit",
    }
)  # fmt: skip


#: A newsroom's rubrics before a headline's colon ("Obituary: Dr Oksana Levchenko, surgeon
#: of Kupiansk", "Explainer: ...", "Exclusive: ..."): the outlet's own label, no source.
RUBRICS: frozenset[str] = frozenset(
    {
        "obituary", "obituaries", "opinion", "analysis", "explainer", "exclusive", "editorial",
        "comment", "commentary", "review", "interview", "profile", "factbox", "factcheck",
        "timeline", "live", "watch", "breaking", "podcast", "feature", "column", "essay",
        "investigation", "preview", "recap", "briefing", "newsletter", "letters", "satire",
    }
)  # fmt: skip


def colon_source(sent: Span, places: Collection[int] = ()) -> Span | None:
    """The source of a headline that quotes it before a colon, if any.

    "Petrenko: Kharkiv still stands", "Ukrainian Officials: Shelling Hits Kharkiv
    Again": a name or people (at most five words, no verb) before a colon opening
    the sentence. A place there is a dateline ("Kyiv: Ukrainian authorities
    ..."), a document or a rubric a label ("Analysis: ...", "Obituary: ...",
    :data:`RUBRICS`), and a figure alone on its line after
    the colon a field's value ("Miles from Chicago: 410", in a listing), a page's field
    label none (:data:`PAGE_LABELS`: "Source: …", "Quick Facts: …");
    ``places`` are the token indices of the doc's place mentions.
    """
    colon = next((t for t in sent[:6] if t.text == ":"), None)
    if colon is None or colon.i == sent.start or sent.end - colon.i < 4:
        return None
    name = sent.doc[sent.start : colon.i]
    if any(t.pos_ in ("VERB", "AUX", "PRON", "NUM") for t in name) or _value(colon):
        return None
    head = name.root
    if head.ent_type_ in _NOT_SOURCES or head.i in places or head.lower_ in PAGE_LABELS:
        return None  # "Source: UN High Commissioner for Refugees", "Quick Facts: Since …"
    if len(name) == 1 and head.lower_ in RUBRICS:
        return None  # "Obituary: Dr Oksana Levchenko": the outlet's rubric
    if capitals_label(name, sent.doc[colon.i + 1 : sent.end]):
        return None  # "JEWELL: Boyd Carney and …" (a caption), "FAMILY FANTASTIC IN MOROCCO: …"
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "NORP"):
        return name
    if head.pos_ == "NOUN" and not listed_source(head):
        # "Lachin corridor: the road that …": a topic, though "corridor" ends in "-or"
        # as "governor" does (user73b); a headline's common noun speaks by the lists
        return None
    lemma = head.lemma_.lower()
    return name if can_speak(name) and lemma not in DOCUMENT_NOUNS else None


#: Entity types of a body named in capitals before a colon ("UNICEF: …", "NATO: …").
_BODY_ENTS = frozenset({"ORG", "NORP"})


def capitals_label(name: Span, rest: Span) -> bool:
    """Whether the words before a headline's colon are a label set in capitals.

    Every letter of ``name`` upper case, a word of four letters or more, no body the
    model tags ("UN: 70% of …", "NATO: …" are quoted sources), and either ``rest`` (the
    words after the colon) in capitals too, a headline set in capitals ("FAMILY
    FANTASTIC IN MOROCCO: HIDING AWAY IN …"), or a person's name before a caption with
    no verb ("JEWELL: Boyd Carney and Kate Harrison, from …, on the shore of …").  A
    transcript's labels ("LAW: We did two Zone Trips …") are read by
    :mod:`geomap.claims.labels`.
    """
    letters = [ch for ch in name.text if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return False
    if not any(sum(ch.isalpha() for ch in t.text) >= 4 for t in name):
        return False
    if any(t.ent_type_ in _BODY_ENTS for t in name):
        return False
    after = [ch for ch in rest.text if ch.isalpha()]
    if after and all(ch.isupper() for ch in after):
        return True
    person = any(t.ent_type_ == "PERSON" for t in name)
    return person and not any(t.pos_ in ("VERB", "AUX") for t in rest)


def _value(colon: Token) -> bool:
    """Whether a figure alone ends the line after ``colon`` ("Miles from Chicago: 380⏎")."""
    doc = colon.doc
    first = colon.i + 1
    while first < len(doc) and doc[first].is_space:
        first += 1
    if first >= len(doc) or not doc[first].like_num:
        return False
    after = first + 1
    return after >= len(doc) or doc[after].is_space or doc[after].is_sent_start is True


def split_colon_source(
    before: Span | None, sent: Span, places: Collection[int] = ()
) -> Span | None:
    """The headline source of ``sent`` when the parser ended the sentence ``before`` at its colon.

    "Hamas: | Lviv talks have collapsed" read as two sentences on one line: the
    words before the colon are the source of the sentence after it, by the rules of
    :func:`colon_source` read over both; never across a line break.
    """
    if before is None or before.end != sent.start:
        return None
    last = next((t for t in reversed(before) if not t.is_space), None)
    if last is None or last.text != ":" or last.i - before.start > 5:
        return None
    doc = sent.doc
    breaks = doc._.line_breaks or ()
    if any(before.start_char <= b < sent.start_char for b in breaks) or "\n" in before.text:
        return None
    return colon_source(doc[before.start : sent.end], places)
