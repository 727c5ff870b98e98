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

import re

from spacy.tokens import Doc, Span, Token

from geomap.claims.frames import Frame
from geomap.claims.kinds import speaker_kind
from geomap.claims.labels import label_kind
from geomap.claims.name_text import clean_text
from geomap.claims.namespans import described_name, person_name, spokes_body, trim, without_appos
from geomap.claims.nametails import after_place, closing_name, leading_person, proper_tail
from geomap.claims.nps import core_np
from geomap.claims.source_nouns import BODY_WORDS, PEOPLE_ENDINGS, descriptor_kind
from geomap.claims.titles import HONORIFICS as HONORIFICS
from geomap.claims.titles import TITLE_WORDS, word
from geomap.claims.titles import titled_name as titled_name
from geomap.extensions import doc_text
from geomap.records import Speaker


def split_name(phrase: Span) -> tuple[Span, str]:
    """Return ``(name, role)`` for a speaker phrase; the role is ``""`` when there is none."""
    doc = phrase.doc
    if phrase.root.pos_ == "PRON":
        return phrase, ""
    role_end = phrase.end
    described = described_name(phrase)
    name = person_name(phrase) or leading_person(phrase) or titled_name(phrase)
    name = name or closing_name(phrase)
    name = name or spokes_body(phrase)
    name = name or (described[0] if described else None) or _organisation(phrase)
    if name is None:
        name, role_end = without_appos(phrase)
    if word(doc[name.end - 1]) in TITLE_WORDS and name.end < len(doc):
        # "said Laconia police Capt. | William Clary." (a sentence split after "Capt.")
        end = name.end + (doc[name.end].text == ".")
        while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].is_punct:
            end += 1
        if end > name.end + 1 or (end > name.end and doc[name.end].text != "."):
            name = doc[name.end + (doc[name.end].text == ".") : end]
    if name.root.pos_ != "PRON":
        name = proper_tail(name)
    if (
        name.end < len(doc)
        and doc[name.end].text == ")"
        and name.text.count("(") > name.text.count(")")
    ):
        name = doc[name.start : name.end + 1]  # "… (NASMG)": the bracket it opened closed
    lead = [t.i for t in doc[phrase.start : name.start] if t.pos_ in ("VERB", "AUX")]
    role_start = max(lead, default=phrase.start - 1) + 1  # "continued | GTM Research"
    role_start = after_place(doc, role_start, name.start)
    while role_start < name.start and _when(doc, role_start):  # "(On) Monday | Mayor X said"
        role_start += 1
    before = trim(doc[role_start : name.start]) if name.start > role_start else None
    after = trim(doc[name.end : role_end]) if name.end < role_end else None
    inside = name.start > phrase.start and name.end < role_end
    if inside and not doc[name.start - 1].is_punct and not doc[name.end].is_punct:
        before, after = phrase, None  # "A Kremlin spokesman": the whole phrase is the role
    parts = [clean_text(p.text) for p in (before, after) if p is not None]
    role = ", ".join(p for p in parts if p and p.lower() not in ("the", "a", "an"))
    return name, role


#: Words of a day that the parse may put before a speaker's title ("Monday Mayor X said").
DAY_WORDS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tonight",
    }
)  # fmt: skip


def _when(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a role with when, not who: a day word, its "on" or comma."""
    tok = doc[i]
    if tok.lower_ in DAY_WORDS or (tok.is_punct and i > 0 and doc[i - 1].lower_ in DAY_WORDS):
        return True
    return tok.lower_ == "on" and i + 1 < len(doc) and doc[i + 1].lower_ in DAY_WORDS


def _organisation(phrase: Span) -> Span | None:
    """The ORG name closing a phrase that describes it ("the broadcaster BBC News")."""
    root = phrase.root
    if root.ent_type_ != "ORG":
        return None
    doc = phrase.doc
    ent = next(e for e in doc.ents if e.start <= root.i < e.end)
    if ent.start > phrase.start + 1 and ent.end >= core_np(root).end:
        owner = _possessor(phrase, ent.start)
        return doc[owner if owner is not None else ent.start : min(ent.end, phrase.end)]
    return None  # "the Kyiv trade Union of Journalists": the entity is cut short


def _possessor(phrase: Span, start: int) -> int | None:
    """Where a possessive naming whose body it is begins, right before the body's name.

    "the United Kingdom's Health Ministry", "the state's Emergency Management Agency":
    the owner is part of the body's name (a role is a person's); only a place or a
    state noun ("state", "country", "city") that owns the name.
    """
    doc = phrase.doc
    case = doc[start - 1]
    if case.dep_ != "case" or case.head.dep_ != "poss":
        return None
    owner = case.head
    if owner.ent_type_ != "GPE" and owner.lemma_.lower() not in _STATE_NOUNS:
        return None
    first = owner.left_edge.i
    return first if first >= phrase.start else None


#: Nouns of a state that owns a body ("the state's Emergency Management Agency").
_STATE_NOUNS = frozenset({"state", "country", "city", "county", "province", "nation"})


def name_kind(phrase: Span, name: Span) -> str:
    """The kind of the source ``name`` in its speaker ``phrase``.

    A titled name is a person; a described name takes the kind its description gives
    ("the Lviv tabloid Vechir": an organisation); an acronym the kind of the name
    it stands for (:func:`acronym_expansion`).
    """
    if titled_name(phrase) is not None or closing_name(phrase) == name:
        return "person"
    doc = name.doc
    if name.start > phrase.start and word(doc[name.start - 1]) in TITLE_WORDS:
        return "person"  # "Father | José ... dos Santos" (a parse that made "Santos" a place)
    if quoted_title(name):
        return "document"  # "“The Road to Lviv”, a new book by …, argues"
    described = described_name(phrase)
    if described is not None and described[0].start == name.start:
        kind = descriptor_kind(described[1])
        if kind is not None:
            return kind
    root = phrase.root
    appos = name.root.dep_ == "appos" and name.root.head.i == root.i
    if appos and root.pos_ == "NOUN" and name.root.ent_type_ != "PERSON":
        kind = descriptor_kind(root)  # "Low-cost airline Norwegian": an organisation
        if kind in ("organisation", "government"):
            return kind
    body = apposed_body(name)
    if body is not None:
        return body  # "Genocide Watch, a non-partisan NGO": what its apposition says it is
    expansion = acronym_expansion(name)
    kind = speaker_kind(name if expansion is None else expansion)
    if kind in ("organisation", "anonymous") and person_in_context(name):
        return "person"
    return kind


def apposed_body(name: Span) -> str | None:
    """The kind of body a name's own apposition calls it, if it calls it one.

    "Genocide Watch, a non-partisan NGO, said": the model tagged the name PERSON, the
    apposition's noun tells an organisation; "the Registrar, a state agency": government.
    An apposition naming a person ("Ray Chambers, a special envoy") tells nothing here.
    """
    for child in name.root.children:
        if child.dep_ == "appos" and child.i >= name.end and child.pos_ in ("NOUN", "PROPN"):
            if child.lower_.endswith(PEOPLE_ENDINGS):
                continue  # "Banahari Saha, a stall operator": maybe a person who runs one
            kind = descriptor_kind(child)
            if kind in ("organisation", "government"):
                return kind
    return None


#: Quotation marks that open and close a work's title.
_OPENING_MARKS = frozenset({'"', "“", "‘", "«", "``"})
_CLOSING_MARKS = frozenset({'"', "”", "’", "»", "''"})


def quoted_title(name: Span) -> bool:
    """Whether a speaker's name stands in quotation marks of its own: a work's title.

    "“The Road to Lviv”, a new book by Anna Kowalska, argues …": a book, a report or a
    film speaks as a document, not as a person the capitals suggest.
    """
    doc = name.doc
    if name.start == 0 or name.end >= len(doc) or len(name) < 2:
        return False
    return doc[name.start - 1].text in _OPENING_MARKS and doc[name.end].text in _CLOSING_MARKS


def person_in_context(name: Span) -> bool:
    """Whether the context makes a name the model did not tag PERSON a person's.

    A short proper name, not a body's, after an honorific ("Mr. Olafimihan Adeoye"), in
    apposition with a noun for a person ("his wife, Christine") or with one as its own
    apposition ("Lance Corcoran, spokesman for ..."), or the surname of a PERSON
    named in the article ("Adeoye" after "Olafimihan Adeoye").
    """
    doc = name.doc
    tokens = [t for t in name if not t.is_punct]
    if not 1 <= len(tokens) <= 3 or not all(_capitalised_word(t) for t in tokens):
        return False
    if any(word(t) in BODY_WORDS for t in tokens):
        return False
    root = name.root
    if name.start > 0 and word(doc[name.start - 1]) in HONORIFICS:
        return True
    head = root.head
    if root.dep_ == "appos" and descriptor_kind(head) == "person" and head.pos_ == "NOUN":
        return True
    if root.dep_ == "appos" and word(head) in TITLE_WORDS and head.i < root.i:
        return True  # "Sweden's Minister of Agriculture, Ann-Christin Nykvist"
    if any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.is_lower and descriptor_kind(c) == "person"
        for c in root.children
    ):
        return True
    last = tokens[-1].text
    return any(
        e.label_ == "PERSON" and len(e) > len(tokens) and e[-1].text == last for e in doc.ents
    )


def _capitalised_word(tok: Token) -> bool:
    """A proper noun written as a name: "Moayyad", "McCoy"; not "NASMG" nor "ngo".

    A word in a script without capitals ("صالح") is a name in English text, whatever
    part of speech the model gave it.
    """
    first = tok.text[:1]
    caseless = first.isalpha() and first.lower() == first.upper()
    return caseless or (tok.pos_ == "PROPN" and first.isupper() and not tok.is_upper)


def acronym_expansion(name: Span) -> Span | None:
    """The name an acronym stands for where its article defines it.

    "The MoD" -> "The Ministry of Defence" after "The Ministry of Defence (MoD) said".
    """
    words = name.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) != 1 or sum(c.isupper() for c in words[0]) < 2 or not words[0].isalpha():
        return None
    doc = name.doc
    found = re.search(rf"\S\s*\({re.escape(words[0])}\)", doc_text(doc))
    last = (
        doc.char_span(found.start(), found.start() + 1, alignment_mode="expand") if found else None
    )
    if last is None:
        return spelled_out(doc, words[0])
    token = last.root
    ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
    return ent if ent is not None else core_np(token)


def spelled_out(doc: Doc, acronym: str) -> Span | None:
    """The first run of capitalised words whose initials spell ``acronym``, if any.

    "The BHPD" -> "Beverly Hills Police Department", named in the article without
    the acronym in brackets after it.  Function words inside the run are skipped
    ("Ministry of Defence" spells "MD"), never counted.
    """
    letters = acronym.upper()
    for start, tok in enumerate(doc):
        if not tok.text[:1].isupper() or tok.is_upper or tok.text[0] != letters[0]:
            continue
        i, k = start, 0
        while i < len(doc) and k < len(letters):
            t = doc[i]
            if t.is_lower and t.is_stop and k > 0:
                i += 1
                continue
            if t.is_upper or t.text[:1] != letters[k]:
                break
            i, k = i + 1, k + 1
        if k == len(letters) and i - start > 1:
            return doc[start:i]
    return None


def verb_of(frame: Frame) -> tuple[str, str, int, int]:
    """The words of saying as written, their lemma, and their offsets.

    "said"/"say", "called for"/"call for", "according to", and a speech noun
    with the verb that issues it ("issued a statement"/"issue statement").
    """
    cue = frame.cue
    doc = cue.doc
    if frame.kind in ("colon", "quote", "label"):  # "Petrenko: Kharkiv …", "X was blunt. “…”"
        return cue.text, "say", cue.idx, cue.idx + len(cue)
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
        kind=label_kind(frame) or name_kind(frame.speaker, name),
        verb=verb,
        lemma=lemma,
        verb_start=v_start,
        verb_end=v_end,
        phrase=frame.speaker.text,
    )
