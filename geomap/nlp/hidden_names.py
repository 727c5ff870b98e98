"""Names the model's tags hide from the other rules, for :mod:`geomap.nlp.known`.

* :func:`date_tails`: a date entity run over a comma into a name ("on Sunday, South
  Korea's military said" tagged DATE as "Sunday, South Korea's"): the capitalised words
  after the comma, without their possessive, are a name of their own;
* :func:`dated_names`: a place's name that reads as a date ("in 6th of October City"
  tagged DATE): a date entity of three words or more ending in a capitalised word that
  is no month's or weekday's name is read as a name;
* :func:`conjoined_words`: a capitalised word outside any entity that the tagger took
  for an adjective or a noun, conjoined to a name ("the Khmelnytskyi and Rivne
  regions", "Rivne" tagged ADJ): a name of its own;
* :func:`common_nouns_named`: a capitalised word inside a sentence, outside any entity,
  that the tagger took for a common noun and the parser for the object of a verb or a
  preposition ("Shelling hit Kharkiv", "Kharkiv" tagged NOUN): a name.

Each is then read by :func:`geomap.nlp.known.in_context` as any other name: it is a
place only where it is a well-known place or a town in a place's context (a list with
another place, a preposition of place ...).
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Doc, Span

from geomap.docarrays import where, word_hash
from geomap.nlp.vocab import MONTHS, POSSESSIVE

#: The tags a capitalised conjunct may have been given instead of a proper noun's.
COMMON_TAGS = frozenset({"ADJ", "NOUN"})
#: Entity labels of dates that a comma may run into a name.
DATE_LABELS = frozenset({"DATE", "TIME"})
#: English weekdays' names.
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: Fewest words of a date entity read as a place's name ("6th of October City").
MIN_DATED_NAME_WORDS = 3


def date_tails(doc: Doc) -> list[Span]:
    """The names after a comma inside date entities ("Sunday, South Korea's" -> "South Korea")."""
    out: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in DATE_LABELS:
            continue
        commas = [t.i for t in ent if t.text == ","]
        if not commas:
            continue
        start, end = commas[-1] + 1, ent.end
        while end > start and doc[end - 1].text in POSSESSIVE:
            end -= 1
        words = doc[start:end]
        if len(words) and all(t.is_title and t.is_alpha for t in words):
            out.append(Span(doc, start, end, label="GAZ"))
    return out


_CONJ = word_hash("conj")


def conjoined_words(doc: Doc) -> list[Span]:
    """Capitalised words tagged ADJ or NOUN outside entities, conjoined to a proper name.

    "the Khmelnytskyi and Rivne regions": "Rivne" is the ``conj`` of "Khmelnytskyi", a
    proper noun; a sentence's first word is capitalised whatever it is, and is left out.
    """
    out: list[Span] = []
    for i in where(doc, DEP, _CONJ):  # the few conjuncts, read at once
        tok = doc[i]
        if (
            tok.dep_ == "conj"
            and tok.pos_ in COMMON_TAGS
            and tok.is_title
            and tok.is_alpha
            and not tok.ent_type_
            and not tok.is_sent_start
            and tok.head.pos_ == "PROPN"
            and tok.head.is_title
        ):
            out.append(Span(doc, tok.i, tok.i + 1, label="GAZ"))
    return out


#: Dependencies of a noun that is the object of a verb or a preposition.
OBJECT_DEPS = frozenset({"dobj", "pobj"})
_OBJECTS = [word_hash(d) for d in sorted(OBJECT_DEPS)]


def common_nouns_named(doc: Doc) -> list[Span]:
    """Capitalised objects tagged NOUN outside entities, inside a sentence: names.

    "Shelling hit Kharkiv, officials said": "Kharkiv" tagged NOUN, the object of
    "hit". A word no lower-case letter follows its capital ("NATO") and a word with
    a determiner or an adjective of its own ("the Council", "a new Parliament") are no
    place's bare name; :func:`geomap.nlp.known.in_context` then asks the context.
    """
    out: list[Span] = []
    for i in sorted({i for dep in _OBJECTS for i in where(doc, DEP, dep)}):
        tok = doc[i]
        if (
            tok.pos_ == "NOUN"
            and tok.is_title
            and tok.is_alpha
            and len(tok) > 1
            and not tok.ent_type_
            and not tok.is_sent_start
            and not any(c.dep_ in {"det", "amod", "compound", "poss"} for c in tok.children)
        ):
            out.append(Span(doc, i, i + 1, label="GAZ"))
    return out


def dated_names(doc: Doc) -> list[Span]:
    """Date entities ending in a capitalised word no month or weekday is ("6th of October City")."""
    out: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in DATE_LABELS or len(ent) < MIN_DATED_NAME_WORDS or "," in ent.text:
            continue
        last = ent[-1]
        if last.is_title and last.is_alpha and last.lower_ not in MONTHS | WEEKDAYS:
            out.append(Span(doc, ent.start, ent.end, label="GAZ"))
    return out
