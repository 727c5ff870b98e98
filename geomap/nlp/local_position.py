"""Where a word stands in a French, German, Polish, Russian or Ukrainian article.

Split from :mod:`geomap.nlp.local_context` (the words around a name): the
article's dateline, a sentence's first word, a run of capitalised words (a
person's name, a title), a name that is all a quotation holds (a club's, a
newspaper's) and the town of a treaty's name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from geomap.gazetteer.districts import names_district
from geomap.gazetteer.lemmas import word_lemma
from geomap.gazetteer.unit_words import ADMIN_WORDS
from geomap.nlp.local_context import capitalised, oblique_place_adjective, straight_apostrophe
from geomap.nlp.local_words import (
    AREA_WORDS,
    CLOSING_QUOTES,
    NAME_CAPITALS,
    NOUN_CAPITALS,
    OPENING_QUOTES,
    TREATY_WORDS,
)


def dateline(tok: Token) -> bool:
    """The article's opening word in capitals ("КИЕВ, 3 декабря —", "WARSZAWA (PAP)")."""
    return tok.i <= 1 and tok.text.isupper() and len(tok.text) > 2


def acronym_in_prose(tok: Token) -> bool:
    """Whether an all-capital word stands among words in lower case: an acronym.

    "Rzecznik MON dodał": the ministry (Ministerstwo Obrony Narodowej), not the
    Burmese state Mon, also in brackets after its full name ("Ministerstwo Obrony
    Narodowej (MON) poinformowało"); a headline in capitals ("ALARM W KIEW") is not prose.
    """
    near = [w for w in (_word_beside(tok, -1), _word_beside(tok, 1)) if w is not None]
    return tok.text.isupper() and any(not w.text.isupper() for w in near)


#: Marks stepped over to the word beside an acronym ("Narodowej (MON) poinformowało").
ACRONYM_MARKS = frozenset("()[],\"'«»„”“")


def _word_beside(tok: Token, step: int) -> Token | None:
    """The nearest word before (``step`` -1) or after (1) ``tok``, past brackets and quotes."""
    doc = tok.doc
    j = tok.i + step
    while 0 <= j < len(doc) and doc[j].text in ACRONYM_MARKS:
        j += step
    return doc[j] if 0 <= j < len(doc) and doc[j].is_alpha else None


#: Dashes that end a dateline ("KAIR (PAP) – Polski minister ...").
DATELINE_DASHES = frozenset({"–", "—", "-"})
#: A dateline's dash comes within this many words of the article's start.
DATELINE_WORDS = 12


def opens_sentence(tok: Token) -> bool:
    """Whether ``tok`` is a sentence's first word, or the first after a dateline's dash."""
    if tok.is_sent_start or tok.i == 0:
        return True
    doc = tok.doc
    return tok.i <= DATELINE_WORDS and doc[tok.i - 1].text in DATELINE_DASHES and dateline(doc[0])


def in_name_run(tok: Token, lang: str) -> bool:
    """Whether a word stands beside another capitalised word (a person's name, a title).

    A sentence's first word and stop words do not count; in German, whose nouns
    are all capitalised, nothing does.
    """
    if lang in NOUN_CAPITALS:
        return False
    doc = tok.doc

    def name_like(i: int) -> bool:
        other = doc[i]
        return capitalised(other) and not other.is_stop and not other.is_sent_start

    before = tok.i > 0 and not tok.is_sent_start and name_like(tok.i - 1)
    after = tok.i + 1 < len(doc) and name_like(tok.i + 1)
    return bool(before or after)


def before_own_adjective(tok: Token, lang: str) -> bool:
    """Whether a capitalised place adjective in an oblique case follows, the name's second word.

    "Woda w Nysie Kłodzkiej", "nad Nysą Łużycką": a two-word name (the river Nysa
    Kłodzka), not the town its first word names; the two-word name, when the
    gazetteer knows it, was matched first ("Stronia Śląskiego").  Only where nothing
    but names is capitalised; an adjective in the nominative may open the next phrase
    ("У Харкові Харківська ОВА").
    """
    doc = tok.doc
    if lang not in NAME_CAPITALS or tok.i + 1 >= len(doc) or not tok.whitespace_:
        return False
    nxt = doc[tok.i + 1]
    if nxt.is_sent_start or not oblique_place_adjective(nxt, lang):
        return False
    # "в Березниках Пермского края": the adjective of the unit the town lies in
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    return after is None or not (after.is_lower and after.is_alpha and names_unit_word(after, lang))


def names_unit_word(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a word for an admin unit or district ("края", "района", "powiatu")."""
    lemma = word_lemma(tok.lower_, lang).lower()
    units = ADMIN_WORDS.get(lang, frozenset()) | AREA_WORDS.get(lang, frozenset())
    return lemma in units or names_district(tok.text, lang)


def quoted(span: Span) -> bool:
    """Whether the name is all a quotation holds: a club's or a newspaper's («Говерла»)."""
    doc = span.doc
    return (
        span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].text in OPENING_QUOTES
        and doc[span.end].text in CLOSING_QUOTES
    )


def in_treaty_name(tok: Token, lang: str) -> bool:
    """Whether ``tok`` names the town of a treaty ("Vertrag von Montreux", "traité de Rome")."""
    doc = tok.doc
    i = tok.i
    if i < 2 or straight_apostrophe(doc[i - 1].lower_) not in ("von", "de", "d'", "du", "z", "ze"):
        return False
    word = doc[i - 2].lower_
    return bool(doc[i - 2].is_alpha) and (
        word_lemma(word, lang).lower() in TREATY_WORDS.get(lang, frozenset())
        or word in TREATY_WORDS.get(lang, frozenset())
    )
