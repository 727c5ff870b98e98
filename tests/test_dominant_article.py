"""One long text that gives most of a run's places is named (user64)."""

from __future__ import annotations

import pytest

from geomap.cli.map_cmd import warn_dominant
from geomap.records import InputStatus
from geomap.result import Result
from geomap.settings import Settings


def _run(resolved: list[int], errors: int = 0) -> Result:
    statuses = [InputStatus(f"f{i}.txt", f"a{i}", "ok", None, n, n) for i, n in enumerate(resolved)]
    statuses += [InputStatus(f"bad{i}", None, "error", "broken") for i in range(errors)]
    return Result(statuses=tuple(statuses), settings=Settings())


def test_an_article_with_half_the_places_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    run = _run([3] * 11 + [40])  # 40 of 73
    found = run.dominant()
    assert found is not None and found[0].article_id == "a11"
    assert found[1] == pytest.approx(40 / 73)
    warn_dominant(run)
    err = capsys.readouterr().err
    assert err.startswith("geomap: warning: a11 gives 55% of the run's placed mentions (40 of 73)")


def test_no_warning_under_half_or_in_a_small_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run([3] * 11 + [30]).dominant() is None  # 30 of 63
    assert _run([1] * 5 + [50]).dominant() is None  # six articles: nothing to outweigh
    assert _run([0] * 12).dominant() is None  # nothing placed
    assert _run([1] * 3 + [50], errors=20).dominant() is None  # failed inputs do not count
    warn_dominant(_run([3] * 11 + [30]))
    assert capsys.readouterr().err == ""


def test_a_share_short_of_the_whole_is_not_rounded_to_all(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from geomap.cli.map_cmd import share

    assert share(0.998) == "99.8%" and share(0.99996) == "over 99.9%" and share(1.0) == "100%"
    warn_dominant(_run([1] * 9 + [89367 - 9]))  # one long text against nine short ones
    err = capsys.readouterr().err
    assert "gives over 99.9% of the run's placed mentions (89358 of 89367)" in err
