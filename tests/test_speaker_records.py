"""The speaker record in every output: clean names, the journalist's claims, round trips."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

from geomap.claims.collect import claims_from_mentions
from geomap.claims.name_text import clean_text
from geomap.claims.render import render_claims
from geomap.claims.select import select_claims, speaker_kind_named, unmatched_speaker
from geomap.io.claims_csv import CLAIM_COLUMNS, write_claims_csv
from geomap.mapping.popup import group_claims, speaker_label
from geomap.mention_rows import mention_from_row, mention_row
from geomap.records import Mention, Place, Speaker
from geomap.serialize import claim_record

KYIV = Place("703448", "Kyiv", "city", "UA", None, 2_800_000, 30.52, 50.45, "geonames")
TEXT = "Regional police spokesman Ivan Petrov denied that Kyiv was hit. Kyiv was quiet."
PETROV = Speaker(
    "Ivan Petrov", 26, 37, role="Regional police spokesman", kind="person", verb="denied",
    lemma="deny", verb_start=38, verb_end=44, phrase="Regional police spokesman Ivan Petrov",
    entity="Ivan Petrov",
)  # fmt: skip
S1, S2 = TEXT[:63], TEXT[64:]
MENTIONS = [
    Mention("a", 50, 54, "Kyiv", S1, 0, KYIV, 0.9, speaker=PETROV),
    Mention("a", 64, 68, "Kyiv", S2, 64, KYIV, 0.9),
]


def test_clean_text_drops_markup() -> None:
    assert clean_text("officials in [Vilnius](https://x.org/a") == "officials in Vilnius"
    assert clean_text("Poland&rsquo;s <b>defence</b> ministry") == "Poland’s defence ministry"
    assert clean_text("the\nministry") == "the ministry"


def test_speaker_offsets_index_the_article() -> None:
    assert TEXT[PETROV.start : PETROV.end] == PETROV.name
    assert TEXT[PETROV.verb_start : PETROV.verb_end] == PETROV.verb
    moved = PETROV.shifted(100)
    assert (moved.start, moved.end, moved.verb_start, moved.verb_end) == (126, 137, 138, 144)
    assert Speaker("x", 0, 1).shifted(5).verb_start == -1  # unknown stays unknown
    assert PETROV.text == "Ivan Petrov"  # the former attribute


def test_claim_fields_and_the_journalists_claims() -> None:
    said, narrative = (claim_record(c) for c in claims_from_mentions(MENTIONS))
    assert {k: said[k] for k in ("speaker", "speaker_role", "speaker_kind", "verb")} == {
        "speaker": "Ivan Petrov",
        "speaker_role": "Regional police spokesman",
        "speaker_kind": "person",
        "verb": "denied",
    }
    assert said["verb_lemma"] == "deny" and said["speaker_entity"] == "Ivan Petrov"
    assert narrative["speaker"] is None and narrative["speaker_kind"] == "journalist"


def test_claims_csv_columns(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    write_claims_csv(claims_from_mentions(MENTIONS), path, places={KYIV.place_id: KYIV})
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert {"speaker", "speaker_role", "speaker_kind", "verb"} <= set(CLAIM_COLUMNS)
    assert [(r["speaker"], r["speaker_kind"], r["verb"]) for r in rows] == [
        ("Ivan Petrov", "person", "denied"),
        ("", "journalist", ""),
    ]


def test_mention_row_round_trip_keeps_the_speaker() -> None:
    back = mention_from_row(mention_row(MENTIONS[0]))
    assert back.speaker == PETROV


def test_popup_label_and_grouping() -> None:
    records = [claim_record(c) for c in claims_from_mentions(MENTIONS)]
    assert speaker_label(records[0]) == "denied — Ivan Petrov, Regional police spokesman"
    assert speaker_label(records[1]) == ""
    assert speaker_label({"speaker": "officials"}) == "officials"
    items = group_claims(records, "Kyiv", {"a": 0})[0]["items"]
    assert [i["speaker"] for i in items] == [speaker_label(records[0]), ""]


def test_select_by_name_role_or_kind() -> None:
    claims = claims_from_mentions(MENTIONS)

    def pick(query: str) -> list[str | None]:
        chosen = select_claims(MENTIONS, claims, speaker=query)
        return [c.speaker.name if c.speaker else None for c in chosen]

    assert pick("petrov") == ["Ivan Petrov"]
    assert pick("police spokesman") == ["Ivan Petrov"]
    assert pick("person") == ["Ivan Petrov"]
    assert pick("journalist") == [None]
    assert pick("ministry") == []
    # a kind in American spelling or the plural is that kind
    assert pick("Persons") == ["Ivan Petrov"] and pick("journalists") == [None]
    assert speaker_kind_named("organizations") == "organisation"
    assert speaker_kind_named("officials") is None
    assert unmatched_speaker("nobody", claims, {}) and not unmatched_speaker("petrov", claims, {})


def test_render_shows_role_kind_and_verb() -> None:
    out = render_claims(MENTIONS)
    assert "    - denied — Ivan Petrov, Regional police spokesman [person]:" in out
    assert "    - (no speaker) [journalist]:" in out


def test_select_by_name_across_scripts_and_accents() -> None:
    gladkov = Speaker(
        "Вячеслава Гладкова", 0, 18, role="губернатора", kind="person", entity="Вячеслав Гладков"
    )
    mention = replace(MENTIONS[0], speaker=gladkov)
    claims = claims_from_mentions([mention])

    def pick(query: str) -> int:
        return len(select_claims([mention], claims, speaker=query))

    assert pick("Gladkov") == 1 and pick("Гладков") == 1  # Latin or Cyrillic
    assert pick("Petrov") == 0 and pick("Glad kov") == 0
