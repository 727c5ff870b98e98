"""Statuses name a setting in their caller's words where they are made (sty71).

``geomap map`` names its options ("--language en reads it"), :func:`geomap.geoparse`
its keyword arguments ("language='en' reads it"): each message is made in the
caller's :class:`geomap.setting_names.Wording`, not rewritten afterwards.
"""

from __future__ import annotations

import pytest

import geomap
from geomap.batches import unsupported_status
from geomap.io.given_outlets import as_given, with_dateline_outlet
from geomap.io.named_fields import fallback_warnings
from geomap.io.record import RecordFields, record_article
from geomap.io.record_problems import bounded_problems
from geomap.language import with_language
from geomap.records import Article, InputStatus
from geomap.setting_names import Wording

OPTION, KEYWORD = Wording.OPTION, Wording.KEYWORD
FRENCH = "Les forces ont quitté la ville hier soir après de longs combats dans la région."


def test_a_language_without_a_pipeline_says_how_to_read_it_in_english() -> None:
    article = Article("1", "Texto.", "a.txt", metadata={"language": "es"})
    assert "--language en reads it" in (unsupported_status(article).reason or "")
    said = unsupported_status(article, KEYWORD).reason or ""
    assert said.endswith("language='en' reads it with the English pipeline.")
    assert "--" not in said


def test_a_language_given_is_named_in_the_note() -> None:
    article = Article("1", FRENCH, "a.txt")
    assert "(--language); detected fr" in with_language(article, "en").notes[-1]
    assert "(language=); detected fr" in with_language(article, "en", KEYWORD).notes[-1]


def test_a_text_field_missing_names_the_setting() -> None:
    record = {"id": "1", "headline": "x"}
    said = record_article(record, "f:1", "1", 10**6, RecordFields()).reason  # type: ignore[union-attr]
    assert said is not None and said.endswith("name another with --text-field)")
    keyword = RecordFields(wording=KEYWORD)
    said = record_article(record, "f:1", "1", 10**6, keyword).reason  # type: ignore[union-attr]
    assert said is not None and said.endswith("name another with text_column=)")


@pytest.mark.parametrize(
    ("wording", "named"),
    [(OPTION, "(--field title=h)"), (KEYWORD, "(fields={'title': 'h'})")],
)
def test_a_field_named_is_warned_of_once_per_file_in_either_wording(
    wording: Wording, named: str
) -> None:
    (said,) = fallback_warnings({"title": "h"}, {}, {}, {}, wording)
    assert said.startswith(f"no field 'h' {named}")
    records = [Article(str(n), "x", f"f:{n}", warnings=(f"f:{n}: {said}",)) for n in range(3)]
    out = [a.warnings for a in bounded_problems(records, "f") if isinstance(a, Article)]
    assert out[0][0].endswith("(said once for the file)") and out[1] == out[2] == ()


@pytest.mark.parametrize(("wording", "named"), [(OPTION, "(--outlet)"), (KEYWORD, "(outlet=)")])
def test_a_given_outlet_gives_way_to_a_wire_dateline_in_either_wording(
    wording: Wording, named: str
) -> None:
    text = "LIMA, Peru (AP) — Protesters marched in the capital on Sunday."
    (given,) = as_given([Article("1", text, "a.txt")], "Daily Planet", wording)
    assert isinstance(given, Article) and given.notes[-1].endswith(named)
    assert with_dateline_outlet(given, []).metadata["outlet"] == "AP"


def test_geoparse_names_its_keyword_arguments() -> None:
    result = geomap.geoparse([{"id": "1", "headline": "x"}])
    (status,) = result.statuses
    assert isinstance(status, InputStatus) and status.status == "empty"
    assert "text_column=" in (status.reason or "") and "--" not in (status.reason or "")
