"""A generic body noun referring back to the named body: "the company said" (issue 17).

"Vattenfall said it would build a wind farm off Skagen. The company said …": "the
company" is Vattenfall, though no word of the name is "company".  The definite
description's head is a noun for an organisation (:data:`ORGANISATION_NOUNS`: company,
club, bank, union, …); its antecedent is the most recent speaker named as an
organisation (or the body a spokesperson spoke for), else the most recent
organisation named in a subject in the window
("Shares in Ryanair fell 3%. The airline said": Ryanair; not "Analysts at Goldman
Sachs said": people who work there).  "The force" is the police body named before
("Wiltshire Police said … the force said").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from geomap.claims.clause_roles import is_plural, is_subject
from geomap.claims.datelines import in_dateline
from geomap.claims.kinds import speaker_kind
from geomap.claims.namespans import spokes_body
from geomap.claims.nps import entity_phrase
from geomap.claims.source_nouns import ORGANISATION_NOUNS, PEOPLE_NOUNS


def body_antecedent(tok: Token, speakers: Iterable[Span], ents: Iterable[Span]) -> Span | None:
    """The named organisation a bare "the company" refers to, if any.

    Parameters
    ----------
    tok
        The head of a bare definite description ("company" of "The company").
    speakers
        Recent speaker phrases, newest first.
    ents
        Recent entities in the window before ``tok``, newest first.
    """
    if tok.lemma_.lower() == "force" and not is_plural(tok):
        return _police_force(speakers, ents)
    if tok.lemma_.lower() not in ORGANISATION_NOUNS or is_plural(tok) or _owned_by_people(tok):
        return None
    for speaker in speakers:
        if speaker.start <= tok.i < speaker.end or speaker.root.pos_ == "PRON":
            continue
        if any(t.dep_ == "conj" for t in speaker):
            continue  # "Vattenfall and Orsted announced …": two bodies, not "the company"
        body = spokes_body(speaker)  # "A spokesperson for Coca-Cola said …"
        if body is not None and any(t.pos_ == "PROPN" for t in body):
            return body
        named = any(t.pos_ == "PROPN" for t in speaker)
        if named and speaker_kind(speaker) == "organisation" and _same_noun(speaker, tok):
            return speaker
    for ent in ents:
        if in_dateline(ent):
            continue  # "MADRID (Reuters) — …, the club said": the agency files the story
        if ent.label_ == "ORG" and (is_subject(ent) or _in_subject(ent)):
            phrase = entity_phrase(ent)
            if len(phrase) > 1 and phrase[-1].dep_ == "case":  # "Coca Cola’s trucks"
                phrase = phrase[:-1]
            return phrase
    return None


def _same_noun(speaker: Span, tok: Token) -> bool:
    """Whether ``speaker`` may be what ``tok`` describes: no other common noun heads it.

    "The United Nations office in Kinshasa said …" is no "company" a later paragraph's
    "the company said" refers to; "Vattenfall", "the Swedish company Vattenfall" are.
    """
    root = speaker.root
    return root.pos_ != "NOUN" or root.lemma_.lower() == tok.lemma_.lower()


def _owned_by_people(tok: Token) -> bool:
    """Whether a plural noun for people owns the body noun: "The firefighters' union".

    The possessor tells whose body it is: the phrase names it, no earlier body.
    """
    return any(
        c.dep_ == "poss" and c.pos_ == "NOUN" and is_plural(c) and c.i < tok.i for c in tok.children
    )


def _in_subject(ent: Span) -> bool:
    """Whether ``ent`` is in its clause's subject phrase that names no people.

    "Shares in Ryanair fell 3%.": Ryanair is what the story is about; "Analysts at
    Goldman Sachs said" names people who work there, not the body itself.
    """
    tok = ent.root
    while tok.dep_ not in ("nsubj", "nsubjpass") and tok.head.i != tok.i:
        if tok.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() not in PEOPLE_NOUNS


#: Words that name a police body, which a story calls "the force" ("A spokesman for
#: Greater Manchester Police said … the force said"; British usage, by hand).
_POLICE_NAMES = frozenset({"police", "constabulary"})


def _police_force(speakers: Iterable[Span], ents: Iterable[Span]) -> Span | None:
    """The most recent named police body that spoke (or a spokesperson spoke for) or was named.

    "the force" after "Wiltshire Police said" or "a spokesman for Greater Manchester Police".
    """

    def police(span: Span) -> bool:
        named = any(t.pos_ == "PROPN" and t.lower_ not in _POLICE_NAMES for t in span)
        return named and any(t.lower_ in _POLICE_NAMES and t.text[:1].isupper() for t in span)

    for speaker in speakers:
        if speaker.root.pos_ == "PRON":
            continue
        body = spokes_body(speaker) or speaker
        if police(body):
            return body
    return next((entity_phrase(e) for e in ents if e.label_ == "ORG" and police(e)), None)
