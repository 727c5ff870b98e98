"""Progress lines before the first article is done say what the run waits for.

``geomap -v map`` once wrote "done 0 of 31 articles read (0.0 of 0.0 MB of text), 0m36s"
while its parsing process loaded the French and Russian pipelines.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
import spacy

from geomap import pipeline as pipeline_module
from geomap import progress as progress_module
from geomap.batches import article_result
from geomap.geoparser import Geoparser
from geomap.progress import ProgressLog
from geomap.records import Article
from geomap.settings import Settings


def _counted(n: int) -> ProgressLog:
    lines = ProgressLog(io.StringIO())
    list(lines.reading([Article(f"a{i}", "Troops left.", f"a{i}.txt") for i in range(n)]))
    return lines


def test_a_line_with_nothing_done_says_what_the_run_waits_for() -> None:
    lines = _counted(31)
    line = lines.line()
    assert line.startswith(f"none of 31 articles read parsed yet: {progress_module.FIRST_ARTICLES}")
    assert "done 0" not in line and "0.0 MB" not in line
    lines.done(article_result(Article("a0", "Troops left.", "a0.txt"), []))
    assert lines.line().startswith("done 1 of 31 articles read")  # the count, once one is done


def test_loading_a_language_pipeline_is_said_and_named_by_the_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _counted(3)
    during: list[str] = []

    def build(lang: str, settings: Any = None) -> Any:
        during.append(lines.line())
        return f"pipeline {lang}"

    monkeypatch.setattr(pipeline_module, "build_language_pipeline", build)
    gp = Geoparser(Settings(progress_s=30.0), nlp=spacy.blank("en"))
    assert gp.nlp_for("fr") == gp.nlp_for("fr") == "pipeline fr"  # built once
    assert during == [during[0]] and "loading the French (fr) pipeline, 0m" in during[0]
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "geomap: progress: loading the French (fr) pipeline ..."
    assert err[1].startswith("geomap: progress: the French (fr) pipeline loaded in ")
    assert len(err) == 2
    assert progress_module.FIRST_ARTICLES in lines.line()  # loaded: no longer named
    quiet = Geoparser(Settings(progress_s=0.0), nlp=spacy.blank("en"))
    quiet.nlp_for("ru")  # no progress asked (a terminal, --quiet): no lines
    assert capsys.readouterr().err == ""
