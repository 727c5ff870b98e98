"""A name after a word for a capital is the country whose capital it is.

"в столице Бразилии", "w stolicy Węgier", "la capitale du Mali", "die Hauptstadt
Kenias": the name after the word for a capital names the state, never the capital
itself, even when the capital shares the country's name or its lemma ("Бразилии"
is read as "Бразилиа", Brasília, too). When such a name has a country or admin-1
candidate, the resolver (:func:`capitals_of`) keeps only those.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span, Token

from geomap.gazetteer.lemmas import word_lemma
from geomap.nlp.local_context import previous_word, straight_apostrophe
from geomap.records import Candidate
from geomap.text import word_sets

#: Lemmas (and forms) of the words for a capital city.
CAPITAL_WORDS: dict[str, frozenset[str]] = word_sets(
    {
        "ru": "столица столице столицы столицу столицей",
        "uk": "столиця столиці столицю столицею",
        "pl": "stolica stolicy stolicę stolicą",
        "de": "hauptstadt",
        "fr": "capitale",
    }
)
#: Link words between the capital word and the name ("capitale du Mali", "Hauptstadt von").
_LINKS: dict[str, frozenset[str]] = word_sets({"fr": "de du d' des", "de": "von des der"})
#: Feature types a state whose capital is named may have.
STATE_TYPES = frozenset({"country", "admin1"})


def _is_capital_word(tok: Token | None, lang: str) -> bool:
    if tok is None:
        return False
    words = CAPITAL_WORDS.get(lang, frozenset())
    return tok.lower_ in words or word_lemma(tok.lower_, lang).lower() in words


def after_capital_word(span: Span) -> bool:
    """Whether a word for a capital (and a link word) comes right before ``span``."""
    lang = span.doc.lang_
    prev = previous_word(span[0])
    if prev is not None and straight_apostrophe(prev.lower_) in _LINKS.get(lang, frozenset()):
        prev = previous_word(prev)
    return _is_capital_word(prev, lang)


def capitals_of(
    cands: dict[str, list[Candidate]], groups: Mapping[str, Sequence[Span]]
) -> dict[str, list[Candidate]]:
    """Each name's candidates narrowed to states when a mention follows a capital word."""
    out: dict[str, list[Candidate]] = {}
    for key, options in cands.items():
        states = [c for c in options if c.place.feature_type in STATE_TYPES]
        if states and len(states) < len(options) and any(map(after_capital_word, groups[key])):
            out[key] = states
        else:
            out[key] = options
    return out
