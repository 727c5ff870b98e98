"""The gazetteer scan asks at once which runs are names (Gazetteer.known_norms)."""

from __future__ import annotations

from typing import Any

import spacy

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.names import normalize_name
from geomap.nlp.scan import Words, _known_runs, scan
from tests.tiny_gazetteer import ALIASES, PLACES

TEXT = "Ships left the Black Sea for Poland and the Baltic States on Monday, Mr Smith said."


def _gazetteer() -> Gazetteer:
    return Gazetteer.from_places(PLACES, aliases=ALIASES)


class CountingGazetteer:
    """A gazetteer that counts its queries; ``batch=False`` hides known_norms."""

    def __init__(self, inner: Gazetteer, *, batch: bool) -> None:
        self.inner = inner
        self.looked_up: list[str] = []
        if batch:
            self.known_norms = inner.known_norms

    def candidates(self, name: str, lang: str | None = None) -> list[Any]:
        self.looked_up.append(name)
        return self.inner.candidates(name, lang)

    def __getattr__(self, name: str) -> Any:
        if name == "known_norms":
            raise AttributeError(name)
        return getattr(self.inner, name)


def test_known_norms_are_the_names_the_table_holds_and_are_kept() -> None:
    gz = _gazetteer()
    asked = [normalize_name(n) for n in ("Black Sea", "Poland", "Mr Smith", "Monday Ships")]
    assert gz.known_norms(asked) == {"black sea", "poland"}
    queries: list[str] = []
    real = gz._query

    def counted(sql: str, params: Any = ()) -> list[Any]:
        queries.append(sql)
        return real(sql, params)

    gz._query = counted  # type: ignore[method-assign]
    assert gz.known_norms(asked) == {"black sea", "poland"}
    assert queries == []  # every answer was kept
    assert gz.known_norms(["", "baltic states", "nowhere"]) == {"baltic states"}
    assert len(queries) == 1  # the two not asked before, in one query


def test_the_scan_finds_the_same_names_with_fewer_lookups() -> None:
    nlp = spacy.blank("en")
    doc = nlp(TEXT)
    plain = CountingGazetteer(_gazetteer(), batch=False)
    batched = CountingGazetteer(_gazetteer(), batch=True)
    found_plain = [(s.start, s.end) for s in scan(doc, Words(doc), plain, 4)]
    found_batched = [(s.start, s.end) for s in scan(doc, Words(doc), batched, 4)]
    assert found_batched == found_plain
    assert [doc[a:b].text for a, b in found_plain] == ["Black Sea", "Poland", "Baltic States"]
    # without known_norms every run tried is looked up; with it only the names
    assert len(batched.looked_up) < len(plain.looked_up)
    names = {"black sea", "poland", "baltic states"}
    assert {normalize_name(n) for n in batched.looked_up} <= names


def test_known_runs_holds_only_runs_the_gazetteer_names() -> None:
    doc = spacy.blank("en")(TEXT)
    known = _known_runs(Words(doc), set(), _gazetteer(), 4)
    assert known is not None and {"Black Sea", "Poland", "Baltic States"} <= known
    assert "Mr Smith" not in known and "Monday" not in known
    assert _known_runs(Words(doc), set(), CountingGazetteer(_gazetteer(), batch=False), 4) is None
