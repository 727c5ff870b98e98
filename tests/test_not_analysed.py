"""Claims in a language whose speakers are not looked for say so everywhere (user68a A8).

German, Polish and Ukrainian speakers are looked for since round 72 (branch spkl72);
a language outside :data:`geomap.language.SPEAKER_LANGUAGES` ("it") stands for the rest.
"""

from __future__ import annotations

import csv
from pathlib import Path

from geomap.mapping.popup import NOT_ANALYSED_LABEL, group_claims
from geomap.records import Claim
from geomap.serialize import claim_record


def _claim(article: str) -> Claim:
    sentence = "Kyiv resta calma." if article == "it" else "Kyiv stays calm."
    return Claim("k", article, sentence, 0, len(sentence), None, "literal", 0, 4)


def test_not_analysed_is_not_the_journalists_own() -> None:
    italian = claim_record(_claim("it"), {"language": "it"})
    english = claim_record(_claim("en"), {"language": "en"})
    assert italian["speaker_kind"] == "not analysed" and italian["speaker"] is None
    assert english["speaker_kind"] == "journalist"
    items = group_claims([italian, english], "Kyiv", {"it": 0, "en": 1})
    speakers = {g["article"]: g["items"][0]["speaker"] for g in items}
    assert speakers == {0: NOT_ANALYSED_LABEL, 1: ""}


def test_claims_csv_writes_not_analysed(tmp_path: Path) -> None:
    from geomap.io.claims_csv import write_claims_csv

    info = {"it": {"language": "it"}, "en": {"language": "en"}}
    path = write_claims_csv([_claim("it"), _claim("en")], tmp_path / "c.csv", articles=info)
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    assert [r["speaker_kind"] for r in rows] == ["not analysed", "journalist"]
