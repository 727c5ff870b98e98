"""Who a French or Russian source phrase names: whether it can speak, its kind, whose.

Read by :mod:`geomap.claims.local_sources` (the source phrase made a speaker) and
:mod:`geomap.claims.local_cues`: a name or a noun of the kinds' lists can speak
(:func:`can_speak`); the head noun tells the kind (:func:`kind`), an office told which
is its one holder ("le maire de Lyon": a person, :func:`office_holder`), and a
spokesperson's or correspondent's noun told whose speaks for that body ("le
porte-parole de la police", "корреспондент «Интерфакса»": :func:`spoken_for`).
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.claims.local_lexicon import SayingWords
from geomap.claims.local_syntax import Word, children


def joined(words: Sequence[Word], i: int) -> list[int]:
    """Word ``i`` and the words a hyphen joins to it without spaces ("état", "-", "major")."""
    lo = hi = i
    while (
        lo > 0
        and words[lo - 1].end == words[lo].start
        and "-" in (words[lo - 1].text[-1:] + words[lo].text[:1])
    ):
        lo -= 1
    while (
        hi + 1 < len(words)
        and words[hi].end == words[hi + 1].start
        and "-" in (words[hi].text[-1:] + words[hi + 1].text[:1])
    ):
        hi += 1
    return list(range(lo, hi + 1))


def located(words: Sequence[Word], i: int, lex: SayingWords) -> bool:
    """Whether dependent ``i`` takes a preposition that is not a genitive's ("à Kiev")."""
    cases = [c for c in children(words, i) if words[c].dep.startswith("case")]
    return any(words[c].text.lower() not in lex.genitive for c in cases)


def can_speak(words: Sequence[Word], head: int, lex: SayingWords) -> bool:
    """Whether the phrase headed by ``head`` names someone who can speak.

    A name (an entity, a proper noun, a word with inner capitals) or a noun of
    one of the kinds' lists; not any noun ("La crue de l'Oder menace ...").
    """
    word = words[head]
    if word.ent in ("PER", "ORG", "LOC", "GPE") or _named(word):
        return True
    compound = "".join(words[n].text for n in joined(words, head)).lower()
    lists = lex.government | lex.document | lex.anonymous | lex.organisation
    return bool({word.lemma, word.text.lower(), compound} & lists)


def _named(word: Word) -> bool:
    return word.pos == "PROPN" or any(ch.isupper() for ch in word.text[1:])


def kind(words: Sequence[Word], head: int, lo: int, hi: int, lex: SayingWords) -> str:
    """The kind of the source phrase ``words[lo:hi + 1]`` headed by ``head``."""
    word = words[head]
    compound = "".join(words[n].text for n in joined(words, head)).lower()
    lemmas = {word.lemma, word.text.lower(), compound}
    if office_holder(words, head, lex):
        return "person"
    for nouns, what in (
        (lex.government, "government"),
        (lex.document, "document"),
        (lex.anonymous, "anonymous"),
        (lex.organisation, "organisation"),
    ):
        if lemmas & nouns:
            return what
    if word.ent == "PER":
        return "person"
    if word.ent in ("LOC", "GPE"):
        return "government"  # a state speaking: "L'Allemagne a annoncé"
    if word.ent == "ORG":
        inside = {w.lemma for w in words[lo : hi + 1]}
        return "government" if inside & lex.government else "organisation"
    return "organisation" if _named(word) else "anonymous"  # "TotalEnergies", "ТАСС": a body


def office_holder(words: Sequence[Word], head: int, lex: SayingWords) -> bool:
    """Whether the noun ``words[head]`` names the one holder of an office it says.

    "Министр обороны заявил": the defence minister is a person, as "Venezuela's
    minister" is in English; an office told by a noun or an adjective after or
    before it ("министр обороны", "российский президент", "le maire de Lyon"),
    not one left open ("un ministre", "министр").
    """
    if words[head].lemma not in lex.offices:
        return False
    deps = [words[n] for n in children(words, head)]
    if any(w.dep == "det" and w.lemma in lex.indefinite for w in deps):
        return False
    return any(w.dep in ("nmod", "amod", "flat", "flat:name") for w in deps)


def spoken_for(words: Sequence[Word], head: int, lex: SayingWords) -> int | None:
    """The head of the body a spokesperson's noun ``head`` speaks for, if it names one.

    "le porte-parole de la police", "Le porte-parole du gouvernement", "корреспондент
    «Интерфакса»": a dependent in the genitive (no preposition, or one of
    :attr:`SayingWords.genitive`) that is a name or a noun of a body; not a person's
    name ("le porte-parole, Jean Dupont") nor a place it speaks in ("à Kiev").
    """
    compound = "".join(words[n].text for n in joined(words, head)).lower()
    if not {words[head].lemma, words[head].text.lower(), compound} & lex.spokes:
        return None
    for c in children(words, head):
        if words[c].dep.split(":")[0] != "nmod" or words[c].ent == "PER":
            continue
        if located(words, c, lex):
            continue
        bodies = lex.government | lex.organisation
        if words[c].ent in ("ORG", "LOC", "GPE") or _named(words[c]) or words[c].lemma in bodies:
            return c
    return None
