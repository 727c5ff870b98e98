"""A town the model took for a person, the subject of a sentence about a place.

"Dubrovnik limits cruise ships to two a day", "Dubrovnik will allow only 4,000
visitors": the small model tags a town's name PERSON (or nothing), and no preposition
says place. A one-word name whose own name is a town of :data:`NOTABLE_TOWN` people
or more is that town when it is the subject of a verb (not of saying: a speaker is
read elsewhere) whose sentence is about a place: it holds a word of
:data:`PLACE_TOPIC_WORDS` (visitors, cruise ships, the port, rain, temperatures);
not after a common noun it is apposed to ("the Turkish company Kolin, which won the
tender for the port"), nor when the article gives a sign of a person: a title before
it ("Mr", "Dr"), the article naming someone by it with a given name
(:func:`~geomap.nlp.known_contexts.first_name`), or a pronoun "he"/"she" in the
sentence (:func:`place_subject`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from geomap.nlp.known_contexts import first_name
from geomap.nlp.vocab import SPEECH_LEMMAS

#: Smallest town read so (Dubrovnik has about 27,000 people).
NOTABLE_TOWN = 20_000
#: Lemmas of the nouns of a sentence about a place: tourism, ports, weather, residents.
PLACE_TOPIC_WORDS = frozenset(
    """
    tourist tourism visitor cruise ship port harbour harbor ferry beach hotel airport
    resident inhabitant population rain rainfall snow snowfall storm flood flooding
    temperature heatwave weather wind drought
    """.split()  # noqa: SIM905
)
#: Subject dependencies.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Words before a name that make it a person's.
PERSON_SIGNS = frozenset({"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "lady"})
#: Pronouns of a person in the sentence.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})


def place_subject(span: Span, gazetteer: Any) -> bool:
    """Whether ``span`` is a notable town as the subject of a sentence about a place."""
    if len(span) != 1 or not span.text[:1].isupper():
        return False
    tok = span[0]
    if tok.dep_ not in SUBJECTS or tok.head.pos_ not in {"VERB", "AUX"}:
        return False
    if tok.head.lemma_.lower() in SPEECH_LEMMAS:
        return False
    doc, sent = span.doc, span.sent
    if tok.i > 0 and (doc[tok.i - 1].lower_ in PERSON_SIGNS or doc[tok.i - 1].pos_ == "NOUN"):
        return False  # "Mr Dubrovnik"; "the Turkish company Kolin": what the noun says
    words = [t for t in sent if t.i != tok.i]
    if any(t.lower_ in PERSON_PRONOUNS for t in words) or first_name(span):
        return False
    if not any(t.lemma_.lower() in PLACE_TOPIC_WORDS for t in words):
        return False
    return any(
        c.match == "name" and c.place.feature_type == "city" and c.place.population >= NOTABLE_TOWN
        for c in gazetteer.candidates(span.text)
    )
