"""One source, one entity: the mentions of a speaker in an article merged under one name.

"Anna Kowalska", "Kowalska" and "Ms. Kowalska" (and "she", which the attribution
already resolves to a name) are one source: each speaker record gets
``entity`` = the fullest PERSON name in the article (a PERSON entity, or a person
speaker's name of two capitalised words or more) that ends with its name
("Anna Kowalska"), when exactly one such name exists, compared without case and with
the particles of surnames ("Van der Leyen", "Al-Sharif" end "Ursula van der Leyen", "Ahmed
al-Sharif"); a bare given or middle name ("Emmanuel") that is a word of exactly one longer
name before its last, and ends none, is that person ("Emmanuel Macron").
Bodies and documents are one entity by their name without a leading article ("Russian Ministry of
Defence" for "the Russian Ministry of Defence" and "The Russian Ministry of
Defence").  Across a run, the same entity string is the same source.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from geomap.claims.name_text import clean_text
from geomap.claims.names import HONORIFICS
from geomap.claims.nametails import DESCRIPTORS
from geomap.claims.titles import TITLE_WORDS
from geomap.records import Speaker


def _words(name: str) -> list[str]:
    words = name.split()  # "Ms. Kowalska", "Rival Digi" (a descriptor the model joined)
    while words and words[0].lower().strip(".") in HONORIFICS | DESCRIPTORS:
        words = words[1:]
    return words


#: Lower-case particles inside surnames ("Ursula von der Leyen", "al-Sharif" is one word):
#: the Dutch, German, Romance and Arabic particles of names, by hand.
PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "la", "le", "du", "da", "das", "do", "dos", "di", "del"}
    | {"della", "ter", "ten", "zu", "bin", "ibn", "al", "el"}
)


def _name_words(words: list[str]) -> bool:
    """Whether ``words`` are a name's: each capitalised, or a particle after the first."""
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in PARTICLES or w.split("-")[0] in PARTICLES for w in words[1:]
    )


def _ends(name: list[str], other: list[str]) -> bool:
    """Whether ``other`` is ``name`` without words the model joined before it.

    "Spokesman Ahmed al-Sharif" (one PERSON entity) and "Ahmed al-Sharif" are one name.
    """
    return len(other) < len(name) and _folded(name[-len(other) :]) == _folded(other)


def _folded(words: list[str]) -> list[str]:
    """Words compared without case: "Al-Sharif" ends "Ahmed al-Sharif", "Van der" "van der"."""
    return [w.casefold() for w in words]


def person_names(doc: Doc) -> list[list[str]]:
    """The PERSON names of the article, as word lists (honorifics and leading titles dropped)."""
    names = []
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            words = _words(clean_text(ent.text))
            while len(words) > 2 and words[0].lower().strip(".") in TITLE_WORDS:
                words = words[1:]  # "Spokesman Ahmed al-Sharif": a title the model joined
            if words and words not in names:
                names.append(words)
    return names


def merged(speaker: Speaker, persons: list[list[str]]) -> Speaker:
    """``speaker`` with its ``entity`` set (see the module docstring).

    A capitalised name that ends exactly one longer PERSON name of the article is
    that person, whatever kind the model's entity type gave it ("Kowalska", tagged
    ORG, after "Anna Kowalska").
    """
    words = _words(speaker.name)
    if not words:
        return replace(speaker, entity=speaker.name)
    particled = len(words) > 1 and any(w in PARTICLES for w in words)  # "Van der Leyen" (GPE)
    if (speaker.kind in ("person", "organisation") or particled) and _name_words(words):
        n, folded = len(words), _folded(words)
        ends = [p for p in persons if len(p) > n and _folded(p[-n:]) == folded]
        longer = {" ".join(p) for p in ends if not any(_ends(p, q) for q in ends)}
        if len(longer) == 1:
            return replace(speaker, entity=longer.pop(), kind="person")
        given = {" ".join(p) for p in persons if n == 1 and words[0] in p[:-1]}
        if not longer and len(given) == 1 and speaker.kind == "person":
            return replace(speaker, entity=given.pop())  # "Emmanuel" after "Emmanuel Macron"
    if speaker.kind != "person" and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    return replace(speaker, entity=" ".join(words))


def with_entities(records: list[Speaker | None], doc: Doc) -> list[Speaker | None]:
    """``records`` with their ``entity`` set, the article's PERSON names read once."""
    persons = person_names(doc) if any(r is not None for r in records) else []
    for r in records:  # a person speaker the model tagged no PERSON ("..., Oleh Kiper, said")
        words = _words(r.name) if r is not None and r.kind == "person" else []
        if len(words) > 1 and _name_words(words) and words not in persons:
            persons.append(words)
    return [None if r is None else merged(r, persons) for r in records]
