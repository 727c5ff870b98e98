"""A town's name acting as a company beside other companies: the firm, not the town.

"Toyota announced a new plant near Nagoya, while Samsung said it would expand": the
model tags "Toyota" an organisation, but the gazetteer scan takes it as the city of
Toyota (Aichi), a city big enough for a one-word name on its own.  The name is a
company's when

* the model tagged exactly that name an organisation (ORG);
* it is the subject of a verb, and another organisation of its sentence, no entry's
  own name ("Samsung" is only an old name of a town), is the subject of a verb too;
* one of the two verbs is a company's act (:data:`BUSINESS_LEMMAS`: "announced a new
  plant", "would expand", "opened a factory");
* no candidate of the name is a country or a state-level unit ("Qatar announced ...,
  while Shell said" is the state acting).

"Kyiv announced a curfew, while Moscow said ..." keeps both (the gazetteer holds the
other name), as does "Toyota said" alone (no other company beside it).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

#: Verbs of a company's acts, by lemma ("announced a new plant", "would expand").
BUSINESS_LEMMAS = frozenset(
    """
    announce open build expand invest launch unveil report post hire recall sell buy
    acquire close produce manufacture ship export import supply merge lay
    """.split()  # noqa: SIM905
)
#: Dependency labels of a verb's subject.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Place types that act as states, not firms ("Qatar announced ...").
STATE_TYPES = frozenset({"country", "admin1", "continent", "region"})


def _entity_root(span: Span) -> Token | None:
    """The root of ``span`` when the model tagged exactly ``span`` an organisation."""
    doc = span.doc
    first = doc[span.start]
    if first.ent_iob_ != "B" or first.ent_type_ != "ORG":
        return None
    if any(t.ent_type_ != "ORG" or t.ent_iob_ == "B" for t in doc[span.start + 1 : span.end]):
        return None
    if span.end < len(doc) and doc[span.end].ent_iob_ == "I":
        return None
    return span.root


def _subject_verb(root: Token) -> Token | None:
    """The verb whose subject ``root`` is."""
    if root.dep_ in SUBJECTS and root.head.pos_ in {"VERB", "AUX"}:
        return root.head
    return None


def _acts(verb: Token) -> bool:
    """Whether ``verb`` or a verb it governs is a company's act ("said it would expand")."""
    if verb.lemma_.lower() in BUSINESS_LEMMAS:
        return True
    return any(
        c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() in BUSINESS_LEMMAS for c in verb.children
    )


def _own_name(gazetteer: Any, text: str) -> bool:
    """Whether ``text`` is an entry's own name or curated alias (not another's old name)."""
    return any(c.match in {"name", "alias"} for c in gazetteer.candidates(text))


def company_subject(span: Span, gazetteer: Any) -> bool:
    """Whether ``span`` names a company acting beside another company (module docstring)."""
    root = _entity_root(span)
    if root is None:
        return False
    verb = _subject_verb(root)
    if verb is None:
        return False
    if any(c.place.feature_type in STATE_TYPES for c in gazetteer.candidates(span.text)):
        return False
    own_act = _acts(verb)
    for ent in span.sent.ents:
        if ent.label_ != "ORG" or ent.start == span.start or _own_name(gazetteer, ent.text):
            continue
        other = _subject_verb(ent.root)
        if other is not None and other.i != verb.i and (own_act or _acts(other)):
            return True
    return False
