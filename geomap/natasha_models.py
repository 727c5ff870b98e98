"""The models (MIT, shipped in its wheel: nothing is downloaded), loaded once per process.

The Russian recogniser (:mod:`geomap.nlp.natasha`) and the Russian attribution
(:mod:`geomap.claims.local_syntax`) share one embedding through these loaders.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def embedding() -> Any:
    """The news embedding (navec)."""
    from natasha import NewsEmbedding

    return NewsEmbedding()


@lru_cache(maxsize=1)
def segmenter() -> Any:
    """The segmenter (razdel)."""
    from natasha import Segmenter

    return Segmenter()


@lru_cache(maxsize=1)
def ner_tagger() -> Any:
    """The news NER tagger."""
    from natasha import NewsNERTagger

    return NewsNERTagger(embedding())


@lru_cache(maxsize=1)
def syntax_models() -> tuple[Any, Any]:
    """The syntax parser and pymorphy2's vocabulary (lemmas, parts of speech)."""
    from natasha import MorphVocab, NewsSyntaxParser

    return NewsSyntaxParser(embedding()), MorphVocab()
