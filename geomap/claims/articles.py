"""The articles of a run as evidence for the same-event rule, in bounded memory.

An article's *context* is the text of its claims (its sentences that name a place,
each once, in order).  A run counts, as articles arrive, the hashed terms of every
context (:class:`~geomap.claims.similarity.TermCounts`, fixed size) and the words it
writes in lower case (:class:`CommonWords`, a fixed bit table), and finds what does
not depend on the whole run (:class:`ContextFacts`: its terms, names and figures),
which the caller keeps (a streamed run in SQLite).  The facts hold the places the
context names too, by the gazetteer's id (with the forms written): two reports of one
event share their places however each spells them ("Kiev"/"Kyiv",
"Chasov Yar"/"Chasiv Yar"), where their capitalised words differ.  When claims are paired, an
article's features (its context's TF-IDF vector, its names the run never writes in
lower case, figures, date) are made on demand from those facts and kept in a small
cache, so memory does not grow with the run.
"""

from __future__ import annotations

import json
import re
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from geomap.claims.sameevent import Evidence, days_apart, figures, names, shared_figures
from geomap.claims.similarity import TermCounts, terms

#: Buckets of the lower-case word table (4 MiB).
N_WORDS = 1 << 22
#: Article features kept at once.
CACHE = 4096
#: Article pairs whose shared evidence (similarity, names, figures) is kept at once: a
#: pair of articles is met again for every place they both name.
PAIR_CACHE = 65_536
_WORD = re.compile(r"[\w’'-]+")


def context(sentences: Iterable[str]) -> str:
    """An article's context: its claim sentences, each once, in order."""
    return " ".join(dict.fromkeys(sentences))


class CommonWords:
    """The words a run writes in lower case, hashed (CRC-32) into a fixed bit table."""

    def __init__(self) -> None:
        self.seen = np.zeros(N_WORDS, dtype=bool)

    @staticmethod
    def _bucket(word: str) -> int:
        return zlib.crc32(word.encode("utf-8")) & (N_WORDS - 1)

    def add(self, text: str) -> None:
        """Record the lower-case words of ``text``."""
        buckets = [self._bucket(w) for w in _WORD.findall(text) if w.islower()]
        if buckets:
            self.seen[np.asarray(buckets, dtype=np.int64)] = True

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(self.seen[self._bucket(word)])


@dataclass(frozen=True)
class ContextFacts:
    """What pairing reads of an article's context that the rest of the run does not change."""

    terms: tuple[int, ...]  # hashed terms (with repeats): :func:`geomap.claims.similarity.terms`
    names: dict[str, str]  # :func:`geomap.claims.sameevent.names`
    figures: tuple[float, ...]
    #: place id -> (its name, the forms the context writes): the places it names
    places: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        text: str,
        found: Sequence[int] | None = None,
        places: Mapping[str, Sequence[str]] | None = None,
    ) -> ContextFacts:
        """The facts of a context; ``found``: its :func:`terms`, if already made.

        ``places``: place id -> its name and the forms the context writes.
        """
        own = {k: tuple(dict.fromkeys(v)) for k, v in (places or {}).items()}
        return cls(tuple(terms(text) if found is None else found), names(text), figures(text), own)

    def to_json(self) -> str:
        """As stored (JSON)."""
        parts = [self.terms, self.names, self.figures, self.places]
        return json.dumps(parts, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ContextFacts:
        """As :meth:`to_json` stored them."""
        found, named, figs, *rest = json.loads(text)
        places = {k: tuple(v) for k, v in (rest[0] if rest else {}).items()}
        return cls(tuple(found), dict(named), tuple(float(f) for f in figs), places)


@dataclass(frozen=True)
class ArticleFeatures:
    """What the rule reads of one article."""

    terms: Any  # sorted term buckets of the L2-normalised TF-IDF vector (int array)
    weights: Any  # their weights (float array)
    names: dict[str, str]  # names the run never writes in lower case: lower-cased -> as written
    figures: tuple[float, ...]
    published: str | None
    places: dict[str, tuple[str, ...]] = field(default_factory=dict)  # ContextFacts.places


class ArticleIndex:
    """A run's articles: frequencies while they arrive, features when pairing.

    Parameters
    ----------
    source
        ``rank -> (facts, published date or None)`` of an article added before
        (the :class:`ContextFacts` that :meth:`add` returned).
    """

    def __init__(self, source: Callable[[int], tuple[ContextFacts, str | None]]) -> None:
        self.source = source
        self.terms = TermCounts()
        self.common = CommonWords()
        self._cache: OrderedDict[int, ArticleFeatures] = OrderedDict()
        self._pairs: OrderedDict[tuple[int, int], _Shared] = OrderedDict()

    def add(
        self,
        text: str,
        found: Sequence[int] | None = None,
        places: Mapping[str, Sequence[str]] | None = None,
    ) -> ContextFacts:
        """Count one more article's context; return its facts, for ``source`` to give back.

        ``found``: the context's :func:`~geomap.claims.similarity.terms`, if already made;
        ``places``: place id -> its name and the forms the context writes.
        """
        facts = ContextFacts.of(text, found, places)
        self.terms.add_terms([facts.terms])
        self.common.add(text)
        self._cache.clear()
        self._pairs.clear()
        return facts

    def forget(self) -> None:
        """Drop the cached features and pairs (pairing is done: they are not needed again)."""
        self._cache.clear()
        self._pairs.clear()

    def features(self, rank: int) -> ArticleFeatures:
        """The features of the article of ``rank`` (cached)."""
        found = self._cache.get(rank)
        if found is not None:
            self._cache.move_to_end(rank)
            return found
        facts, published = self.source(rank)
        buckets, weights = self.terms.vector_of(facts.terms)  # sorted, each once
        found = ArticleFeatures(
            buckets,
            weights,
            {k: v for k, v in facts.names.items() if k not in self.common},
            facts.figures,
            published,
            facts.places,
        )
        self._cache[rank] = found
        if len(self._cache) > CACHE:
            self._cache.popitem(last=False)
        return found

    def evidence(
        self,
        a: int,
        b: int,
        cosine: float,
        place_words: Sequence[str],
        place_id: str | None = None,
    ) -> Evidence:
        """The evidence that claims of articles ``a`` and ``b`` (sentence ``cosine``) agree.

        ``place_words`` are the place's name and surface forms: their words are no
        shared names.  The other places both contexts name (by id: ``place_id`` is the
        place compared) are shared names too, by the name of the place, when no word of
        theirs is a shared name already and the two write it with no word in common
        (one place is one anchor, however spelled: "Kiev" and "Kyiv");
        ``fewest`` counts an article's places that none of its names holds.
        """
        shared = self._shared(a, b)
        own = {w.lower() for p in place_words for w in _WORD.findall(p)}
        fa, fb = self.features(a), self.features(b)
        named = shared.names.keys() - own
        found = [shared.names[k] for k in sorted(named)]
        extra_a = extra_b = 0
        for pid in sorted(fa.places.keys() | fb.places.keys()):
            if pid == place_id:
                continue
            forms = (*fa.places.get(pid, ()), *fb.places.get(pid, ()))
            words = {w.lower() for f in forms for w in _WORD.findall(f)}
            if words & own:
                continue  # the place compared, by another id (a namesake of its name)
            extra_a += pid in fa.places and not words & fa.names.keys()
            extra_b += pid in fb.places and not words & fb.names.keys()
            both = pid in fa.places and pid in fb.places and not words & named
            # written alike, it was a name of both or is no anchor (a sentence's first
            # word, a word also written in lower case): spelled otherwise, it is one
            if both and not _written(fa.places[pid]) & _written(fb.places[pid]):
                found.append(forms[0])
        return Evidence(
            cosine=cosine,
            article_cosine=shared.cosine,
            shared_names=tuple(found),
            shared_figures=shared.figures,
            days=shared.days,
            fewest=min(
                len(fa.names.keys() - own) + len(fa.figures) + extra_a,
                len(fb.names.keys() - own) + len(fb.figures) + extra_b,
            ),
        )

    def _shared(self, a: int, b: int) -> _Shared:
        """What articles ``a`` and ``b`` share, whatever the place (cached per pair)."""
        key = (a, b) if a <= b else (b, a)
        found = self._pairs.get(key)
        if found is not None:
            self._pairs.move_to_end(key)
            return found
        fa, fb = self.features(key[0]), self.features(key[1])
        _, ia, ib = np.intersect1d(fa.terms, fb.terms, assume_unique=True, return_indices=True)
        cosine = float(fa.weights[ia] @ fb.weights[ib])
        found = _Shared(
            min(cosine, 1.0),
            {k: fa.names[k] for k in fa.names.keys() & fb.names.keys()},
            shared_figures(fa.figures, fb.figures),
            days_apart(fa.published, fb.published),
        )
        self._pairs[key] = found
        if len(self._pairs) > PAIR_CACHE:
            self._pairs.popitem(last=False)
        return found


def _written(forms: Sequence[str]) -> set[str]:
    """The words an article writes a place with (its forms after the place's name), lower case."""
    return {w.lower() for f in forms[1:] for w in _WORD.findall(f)}


@dataclass(frozen=True)
class _Shared:
    """What two articles share: context similarity, names (as ``a`` writes them), figures."""

    cosine: float
    names: dict[str, str]
    figures: tuple[float, ...]
    days: int | None
