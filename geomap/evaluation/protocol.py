"""What the evaluation harness needs from a geoparser.

:class:`geomap.geoparser.Geoparser` implements it; tests pass a small fake.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, runtime_checkable

from geomap.records import Mention


@runtime_checkable
class GeoparserLike(Protocol):
    """A geoparser the harness can drive, end to end or on given spans."""

    def parse_many(self, items: Iterable[tuple[str, str]]) -> Iterator[list[Mention]]:
        """Recognise and resolve the toponyms of each ``(article_id, text)``.

        Yields one list of mentions per item, in input order; offsets index the text.
        """
        ...

    def resolve_spans(
        self, article_id: str, text: str, spans: Sequence[tuple[int, int]]
    ) -> list[Mention]:
        """Resolve the given ``(start, end)`` spans of one text.

        Returns exactly one mention per span, in the same order, with ``place``
        ``None`` when a span cannot be resolved.
        """
        ...
