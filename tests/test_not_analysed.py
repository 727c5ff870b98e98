"""Claims in a language whose speakers are not looked for say so everywhere (user68a A8)."""

from __future__ import annotations

import csv
from pathlib import Path

from geomap.mapping.popup import NOT_ANALYSED_LABEL, group_claims
from geomap.records import Claim
from geomap.serialize import claim_record


def _claim(article: str) -> Claim:
    sentence = "Kyiv bleibt ruhig." if article == "de" else "Kyiv stays calm."
    return Claim("k", article, sentence, 0, len(sentence), None, "literal", 0, 4)


def test_not_analysed_is_not_the_journalists_own() -> None:
    german = claim_record(_claim("de"), {"language": "de"})
    english = claim_record(_claim("en"), {"language": "en"})
    assert german["speaker_kind"] == "not analysed" and german["speaker"] is None
    assert english["speaker_kind"] == "journalist"
    items = group_claims([german, english], "Kyiv", {"de": 0, "en": 1})
    speakers = {g["article"]: g["items"][0]["speaker"] for g in items}
    assert speakers == {0: NOT_ANALYSED_LABEL, 1: ""}


def test_claims_csv_writes_not_analysed(tmp_path: Path) -> None:
    from geomap.io.claims_csv import write_claims_csv

    info = {"de": {"language": "de"}, "en": {"language": "en"}}
    path = write_claims_csv([_claim("de"), _claim("en")], tmp_path / "c.csv", articles=info)
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    assert [r["speaker_kind"] for r in rows] == ["not analysed", "journalist"]
