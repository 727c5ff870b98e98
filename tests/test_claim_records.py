"""Each article's claim records, made once for the run store and the writers (perf49)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geomap import claim_records as shared
from geomap.claim_records import claim_records
from geomap.io import WriteOptions
from geomap.io.claims_csv import ClaimsCSV, claim_row
from geomap.records import ArticleResult, Claim, InputStatus, Mention, Place, Speaker
from geomap.serialize import claim_record

KYIV = Place("703448", "Kyiv", "city", "UA", None, 0, 30.5, 50.45, "test")
LVIV = Place("702550", "Lviv", "city", "UA", None, 0, 24.03, 49.84, "test")
TEXT = "Kyiv was calm, Ivan Petrov said. Lviv had =SUM(A1) sirens at 3 a.m."


def _article(aid: str, meta: dict[str, str]) -> ArticleResult:
    first, second = TEXT.split(". ")
    speaker = Speaker("Ivan Petrov", 15, 26, role="", kind="person", verb="said", lemma="say")
    mentions = (
        Mention(aid, 0, 4, "Kyiv", first + ".", 0, KYIV, 0.9),
        Mention(aid, 33, 37, "Lviv", second, 33, LVIV, 0.8),
    )
    claims = (
        Claim(KYIV.place_id, aid, first + ".", 0, 32, speaker, "literal", 0, 4, (), 0.91234),
        Claim(LVIV.place_id, aid, second, 33, len(TEXT), None, "literal", 33, 37, ("Zed",), 0.8),
    )
    return ArticleResult(InputStatus(f"{aid}.txt", aid, "ok", None, 2, 2), mentions, claims, meta)


@pytest.fixture(autouse=True)
def _fresh() -> None:
    shared.forget()


def test_records_are_claim_record_of_each_claim() -> None:
    meta = {"title": "Sirens", "published": "2024-03-02T10:00:00+02:00", "language": "en"}
    item = _article("a1", meta)
    assert list(claim_records(item)) == [claim_record(c, meta) for c in item.claims]
    # a language without speakers: not analysed (not the journalist's), as in claim_record
    other = _article("a2", {"language": "it"})
    assert list(claim_records(other)) == [claim_record(c, other.metadata) for c in other.claims]
    assert claim_records(other)[1]["speaker_kind"] == "not analysed"


def test_made_once_per_article_and_again_when_it_changes() -> None:
    item = _article("a1", {"title": "Sirens"})
    first = claim_records(item)
    assert claim_records(item) is first  # the store, then each writer: the same records
    item.metadata["title"] = "Sirens again"  # the same object, its metadata changed
    again = claim_records(item)
    assert again is not first
    assert [r["title"] for r in again] == ["Sirens again"] * 2
    twin = _article("a1", {"title": "Sirens again"})  # equal but another article
    assert claim_records(twin) is not again
    assert list(claim_records(twin)) == list(again)


def test_csv_row_from_a_shared_record_is_the_row_made_alone(tmp_path: Path) -> None:
    item = _article("a1", {"title": "=HYPERLINK(x)", "outlet": "Daily"})
    places = {KYIV.place_id: KYIV, LVIV.place_id: LVIV}
    for claim, record in zip(item.claims, claim_records(item), strict=True):
        place = places[claim.place_id]
        assert claim_row(claim, place, item.metadata, record) == claim_row(
            claim, place, item.metadata
        )
    writer = ClaimsCSV(tmp_path / "claims.csv", WriteOptions())
    writer.add(item)
    writer.close()
    with (tmp_path / "claims.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["name"] for r in rows] == ["Kyiv", "Lviv"]
    assert rows[0]["title"] == "'=HYPERLINK(x)"
    assert rows[1]["context_names"] == "Zed"


def test_store_keeps_the_shared_records(tmp_path: Path) -> None:
    from geomap.runstore import RunStore

    item = _article("a1", {"title": "Sirens", "published": "2024-03-02"})
    with RunStore(tmp_path) as store:
        store.add(item)
        assert list(store.claims_of(KYIV.place_id)) == [claim_record(item.claims[0], item.metadata)]
        assert list(store.claims_of(LVIV.place_id)) == [claim_record(item.claims[1], item.metadata)]


def test_an_article_without_metadata_gives_records_as_claim_record() -> None:
    """``metadata=None`` raised TypeError in ``dict(None)`` (review fix49)."""
    item = _article("a3", {})
    item = ArticleResult(item.status, item.mentions, item.claims, None)  # type: ignore[arg-type]
    records = claim_records(item)
    assert list(records) == [claim_record(c, None) for c in item.claims]
    assert claim_records(item) is records  # made once, as for any article
