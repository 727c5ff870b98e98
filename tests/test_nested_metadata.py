"""Metadata an export keeps in an object of its own, and fields named by ``--field``.

A JSON Lines export with ``{"text": ..., "meta": {"title": ..., "outlet": ...}}`` gave
every article no title, outlet or date, silently; so did ``--field title=meta.title``,
and a misspelt ``--field title=Headlin`` on a CSV whose ``Headline`` column would
otherwise have been read.
"""

from __future__ import annotations

import json
from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.io.record import RecordFields, record_article
from geomap.records import Article


def _article(record: dict[str, object], fields: RecordFields | None = None) -> Article:
    art = record_article(record, "e.jsonl:1", "e-1", 0, fields or RecordFields())
    assert isinstance(art, Article)
    return art


def test_a_meta_object_beside_the_text_gives_the_metadata() -> None:
    record = {
        "id": "sw-2",
        "meta": {"title": "Izium marks anniversary", "outlet": "Slobozhansky Wire",
                 "published": "2024-02-15", "author": {"name": "Dmytro Shevchuk"}},
        "text": "Residents of Izium laid flowers.",
    }  # fmt: skip
    meta = _article(record).metadata
    assert meta["title"] == "Izium marks anniversary"
    assert meta["outlet"] == "Slobozhansky Wire"
    assert meta["published"].startswith("2024-02-15")
    assert meta["author"] == "Dmytro Shevchuk"


def test_the_records_own_fields_win_and_other_objects_are_not_read() -> None:
    record = {
        "title": "Own title",
        "meta": {"title": "Nested title", "outlet": "Wire"},
        "image": {"title": "A photo", "url": "https://img.example/1.jpg"},
        "source": {"title": "BBC"},  # a news API's source: its title is the outlet's name
        "text": "Rain in Dhaka.",
    }
    meta = _article(record).metadata
    assert meta["title"] == "Own title" and meta["outlet"] == "Wire"
    assert "url" not in meta


def test_a_dotted_path_names_a_nested_field() -> None:
    record = {"text": "Rain in Dhaka.", "doc": {"head": {"headline_en": "Floods"}}}
    fields = RecordFields(metadata={"title": "doc.head.headline_en"})
    art = _article(record, fields)
    assert art.metadata["title"] == "Floods" and not art.warnings


def test_a_named_field_no_record_has_is_said_once_per_file(tmp_path: Path) -> None:
    lines = [{"id": n, "meta": {"title": f"T{n}"}, "text": "Rain in Dhaka."} for n in range(3)]
    path = tmp_path / "e.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    fields = RecordFields(metadata={"title": "meta.titel"})
    arts = [a for a in read_inputs([path], fields=fields) if isinstance(a, Article)]
    assert len(arts) == 3
    said = [w for a in arts for w in a.warnings]
    assert len(said) == 1
    assert "no field 'meta.titel' (--field title=meta.titel): the title is not read" in said[0]
    assert all("title" not in a.metadata for a in arts)


def test_a_misspelt_column_is_named_for_a_csv(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_text("Headline;Text\nFloods;Rain in Dhaka.\nStorm;Wind in Khulna.\n", "utf-8")
    arts = list(read_inputs([path], fields=RecordFields(metadata={"title": "Headlin"})))
    warnings = [w for a in arts if isinstance(a, Article) for w in a.warnings]
    assert len(warnings) == 1 and "no field 'Headlin' (--field title=Headlin)" in warnings[0]
    good = list(read_inputs([path], fields=RecordFields(metadata={"title": "Headline"})))
    assert all(isinstance(a, Article) and not a.warnings for a in good)
