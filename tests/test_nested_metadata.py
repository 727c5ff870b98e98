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
    assert "no field 'meta.titel' (--field title=meta.titel): the title is read from " in said[0]
    assert "'meta.title'" in said[0]
    assert [a.metadata["title"] for a in arts] == ["T0", "T1", "T2"]  # the usual field read


def test_a_named_field_one_export_lacks_keeps_the_other_exports_metadata(
    tmp_path: Path,
) -> None:
    """user68a B1: ``--field`` for a flat export wiped a nested export's metadata."""
    flat = tmp_path / "flat.jsonl"
    flat.write_text(
        json.dumps({"head": "Flat story", "when": "2026-03-06", "portal": "Flat Post",
                    "text": "Rain in Dhaka."}),
        encoding="utf-8",
    )  # fmt: skip
    nested = tmp_path / "nested.jsonl"
    nested.write_text(
        json.dumps({"meta": {"title": "Nested story", "site": "Nested Wire",
                             "published": "2026-03-04"}, "text": "Wind in Khulna."}),
        encoding="utf-8",
    )  # fmt: skip
    named = {"title": "head", "published": "when", "outlet": "portal"}
    arts = [a for a in read_inputs([flat, nested], fields=RecordFields(metadata=named))]
    assert all(isinstance(a, Article) for a in arts)
    by_title = {a.metadata.get("title"): a for a in arts if isinstance(a, Article)}
    assert set(by_title) == {"Flat story", "Nested story"}
    assert by_title["Flat story"].metadata["outlet"] == "Flat Post"
    assert by_title["Flat story"].metadata["published"].startswith("2026-03-06")
    assert not by_title["Flat story"].warnings
    other = by_title["Nested story"]
    assert other.metadata["outlet"] == "Nested Wire"
    assert other.metadata["published"].startswith("2026-03-04")
    said = " | ".join(other.warnings)
    assert "no field 'head' (--field title=head): the title is read from 'meta.title'" in said
    assert "the publication date is read from 'meta.published'" in said
    assert "the outlet is read from 'meta.site'" in said


def test_a_named_field_absent_with_no_usual_field_says_none_is_read() -> None:
    fields = RecordFields(metadata={"published": "pub_ts"})
    art = _article({"text": "Rain in Dhaka."}, fields)
    assert art.warnings == (
        "e.jsonl:1: no field 'pub_ts' (--field published=pub_ts) nor a usual one: "
        "no publication date is read",
    )
    assert "the published" not in art.warnings[0]


def test_a_nested_export_read_whole_gets_no_note_of_fields_unread(tmp_path: Path) -> None:
    """user68a B2: "no field for the title, outlet, published ...; fields not read: 'meta'"."""
    path = tmp_path / "nested.jsonl"
    rec = {"meta": {"title": "T", "site": "Wire", "published": "2026-03-04"},
           "content": {"html": "<p>Rain in Dhaka.</p>"}}  # fmt: skip
    path.write_text(json.dumps(rec), encoding="utf-8")
    (art,) = read_inputs([path])
    assert isinstance(art, Article) and art.metadata["outlet"] == "Wire"
    assert not [w for w in art.warnings if "not read" in w]
    flat = tmp_path / "flat.jsonl"  # a field geomap does not know is still named
    flat.write_text(json.dumps({"text": "Rain in Dhaka.", "portal": "P"}), encoding="utf-8")
    (art,) = read_inputs([flat])
    assert isinstance(art, Article)
    assert any("fields not read: 'portal'" in w for w in art.warnings)


def test_a_misspelt_column_is_named_for_a_csv(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_text("Headline;Text\nFloods;Rain in Dhaka.\nStorm;Wind in Khulna.\n", "utf-8")
    arts = list(read_inputs([path], fields=RecordFields(metadata={"title": "Headlin"})))
    warnings = [w for a in arts if isinstance(a, Article) for w in a.warnings]
    assert len(warnings) == 1 and "no field 'Headlin' (--field title=Headlin)" in warnings[0]
    good = list(read_inputs([path], fields=RecordFields(metadata={"title": "Headline"})))
    assert all(isinstance(a, Article) and not a.warnings for a in good)
