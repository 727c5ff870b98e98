"""A German country's genitive in -s that opens a sentence: "Chinas Außenminister".

German puts a country's genitive before the noun it qualifies, and often at a
sentence's start: "PEKING (dpa) – Chinas Außenminister hat in Peking ...",
"Russlands Armee meldete ...". The lemmatiser does not know every such form
("Chinas", "Russlands"), so the store reaches the country only by a guessed case
ending, and the local recogniser refuses a country so reached at a sentence's start
(:func:`geomap.nlp.local_accept.acceptable`): in Polish or Russian that word may be an
adjective ("Polskie Radio"). German writes its adjectives of countries in lower case
("chinesische", "russische"), and a capitalised adjective opening a sentence does not
end in the country's name and an -s ("Russische" is no "Russland" + "s"), so
:func:`german_genitive` takes such a word when it is the country's name in German
with an -s and a capitalised noun follows it.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from geomap.nlp.local_words import NOUN_CAPITALS

#: The German genitive's ending on a country's name.
GENITIVE_S = "s"
#: Shortest name (without its -s) read so: "Irans", not a two-letter word.
MIN_NAME = 3


def german_genitive(gazetteer: Any, tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a country's name in German plus the genitive -s, before a noun.

    Parameters
    ----------
    gazetteer
        The gazetteer (its ``local_name`` says whether a word is a name in ``lang``).
    tok
        The word (a country reached only by a guessed case ending).
    lang
        The article's language; only German (:data:`NOUN_CAPITALS`) is read so.
    """
    text = tok.text
    if lang not in NOUN_CAPITALS or not text.endswith(GENITIVE_S) or not tok.is_title:
        return False
    stem = text[: -len(GENITIVE_S)]
    if len(stem) < MIN_NAME or not stem.isalpha():
        return False
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is None or not after.is_alpha or not after.is_title:
        return False  # "Chinas" alone, or before a lowercase word
    return bool(gazetteer.local_name(stem, lang))
