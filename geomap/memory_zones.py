"""Which batches a pipeline reads inside a spaCy memory zone: those after the first ones.

Split from :mod:`geomap.geoparser` (:meth:`~geomap.geoparser.Geoparser.memory_zone`)
and used by the workers' rule stage (:mod:`geomap.stages`).
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from typing import Any

from spacy.language import Language

#: Characters of text a pipeline reads outside a memory zone before each batch gets one.
#: Their words stay in the vocabulary, and the tokenizer keeps what it made of them:
#: spaCy caches nothing inside a zone, so a batch in a zone splits every word of its
#: text again, about 2.5 s per 1,000 news articles against 1.3 s once the first
#: 500,000 characters (about 250 articles) were read outside one
#: (``bench/results/perf40-stage-cpu.md``).  A fixed amount: the vocabulary grows by
#: the words of these characters (a few MB), whatever the length of the run.
WARM_CHARS = 500_000


class WarmZones:
    """Which batches of a pipeline are read in a memory zone: those after :data:`WARM_CHARS`."""

    def __init__(self) -> None:
        self.read: dict[str, int] = {}  # characters read outside a zone, per pipeline

    def zone(self, nlp: Language, key: str, chars: int) -> AbstractContextManager[Any]:
        """The memory zone of a batch of ``chars`` characters read by ``nlp`` (``key``).

        None while the pipeline has read fewer than :data:`WARM_CHARS` characters
        outside one (so always none for its first batch): that batch's words stay.
        """
        done = self.read.get(key, 0)
        if done < WARM_CHARS:
            self.read[key] = done + chars
            return nullcontext()
        return nlp.memory_zone()
