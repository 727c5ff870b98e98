"""Common words that spell a place's name: a phrase of the language, not the place.

Two shapes the local recogniser (:mod:`geomap.nlp.local_accept`) refuses:

* a name abroad matched only by ignoring case: "Le Grand port maritime de Marseille"
  writes "port" in lower case, and Mauritius's district is "Grand Port". A candidate
  whose own name capitalises a later word that the text writes in lower case is not
  named by the text (:func:`case_mismatch`), unless it lies in the language's own
  countries, whose names the language writes so ("le Massif central");
* a German noun that a function verb takes after "in" ("in Brand geraten": caught
  fire; "in Kraft treten", "in Frage stellen"), :func:`function_verb_noun`: the verb
  follows the noun and ends its clause, or the noun ends its clause and a form of
  the verb stands earlier in it ("geriet in Brand."). Only a small town's name is
  refused so; a big city or a region stays ("in Essen stellen" is rare and Essen big).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from geomap.gazetteer.lemmas import word_lemma
from geomap.nlp.local_words import HOME_COUNTRIES
from geomap.records import Candidate

#: Lemmas of German function verbs that take a noun after "in" ("in Brand geraten").
FUNCTION_VERBS: dict[str, frozenset[str]] = {
    "de": frozenset(
        {"geraten", "setzen", "stecken", "treten", "stellen", "bringen", "versetzen",
         "nehmen", "ziehen", "halten"}
    ),
}  # fmt: skip
#: The prepositions such a noun follows.
FUNCTION_PREPOSITIONS: dict[str, frozenset[str]] = {"de": frozenset({"in"})}
#: Words that end a clause: punctuation or a conjunction.
CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?", "und", "oder", "aber", "–", "—"})
#: Most words back from the noun to the clause's verb ("geriet am Montag in Brand").
MAX_CLAUSE_WORDS = 8

_WORDS = re.compile(r"[\s\-]+")


def case_mismatch(span: Span, cand: Candidate, lang: str) -> bool:
    """Whether ``span`` writes in lower case a later word that ``cand``'s own name capitalises.

    Only an own-name match abroad (module docstring); names of as many words only.
    """
    if cand.match != "name" or cand.place.country_code in HOME_COUNTRIES.get(lang, ()):
        return False
    words = [w for w in _WORDS.split(span.text) if w]
    names = [w for w in _WORDS.split(cand.place.name) if w]
    if len(words) < 2 or len(words) != len(names):
        return False
    return any(
        w.islower() and n[:1].isupper() and w.casefold() == n.casefold()
        for w, n in zip(words[1:], names[1:], strict=True)
    )


def _clause_end(tok: Token) -> bool:
    return tok.text in CLAUSE_ENDS or tok.is_sent_end is True


def function_verb_noun(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a noun a function verb takes after "in" (module docstring)."""
    verbs = FUNCTION_VERBS.get(lang)
    doc = tok.doc
    if verbs is None or tok.i == 0:
        return False
    if doc[tok.i - 1].lower_ not in FUNCTION_PREPOSITIONS.get(lang, frozenset()):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or _clause_end(nxt):
        back = doc[max(0, tok.i - 1 - MAX_CLAUSE_WORDS) : tok.i - 1]
        for word in reversed(back):
            if word.text in CLAUSE_ENDS:
                return False
            if word.is_lower and word_lemma(word.text, lang) in verbs:
                return True
        return False
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    return (
        nxt.is_alpha
        and nxt.is_lower
        and word_lemma(nxt.text, lang) in verbs
        and (after is None or _clause_end(after))
    )
