"""geoparse()'s arguments checked before any work, as geomap exceptions (user70b B2/B3)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

import geomap
from geomap.errors import GeomapError, GeomapWarning, InputError, InputNotFoundError

FRAME = pd.DataFrame({"Body Text": ["Clashes broke out near Gao."], "Source": ["Sahel Wire"]})


def _never(*args: object, **kwargs: object) -> object:
    raise AssertionError("the run started")


@pytest.fixture(autouse=True)
def _no_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("geomap.api.geoparse_articles", _never)


@pytest.mark.parametrize(
    ("inputs", "kwargs", "words"),
    [
        (FRAME.drop(columns=["Body Text"]), {}, "no text column"),
        (FRAME, {"text_column": "Body"}, "text_column='Body'"),
        (FRAME, {"id_column": "key"}, "id_column='key'"),
        (FRAME, {"fields": {"publisher": "Source"}}, "fields={'publisher': ...}"),
        (FRAME, {"fields": {"outlet": "Outlet Name X"}}, "fields={'outlet': 'Outlet Name X'}"),
        (FRAME, {"language": "xx"}, "language='xx'"),
    ],
)
def test_unusable_arguments_are_geomap_input_errors_naming_them(
    inputs: object, kwargs: dict[str, object], words: str
) -> None:
    with pytest.raises(InputError) as raised:
        geomap.geoparse(inputs, **kwargs)  # type: ignore[arg-type]
    assert isinstance(raised.value, ValueError) and isinstance(raised.value, GeomapError)
    assert words in str(raised.value)
    assert "--" not in str(raised.value)


def test_a_field_named_that_exists_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    monkeypatch.setattr("geomap.api.geoparse_articles", lambda items, **kw: seen.append(1))
    with pytest.raises(AttributeError):  # past the checks: the stub returns no result
        geomap.geoparse(FRAME, fields={"outlet": "source"}, language="EN")
    assert seen == [1]


def test_every_path_missing_is_file_not_found(tmp_path: Path) -> None:
    missing = tmp_path / "nope.csv"
    with pytest.raises(FileNotFoundError) as raised:
        geomap.geoparse(str(missing))
    assert isinstance(raised.value, InputNotFoundError) and str(missing) in str(raised.value)
    with pytest.raises(InputNotFoundError):
        geomap.geoparse([missing, tmp_path / "also-not.txt"])


def test_some_paths_missing_run_and_name_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()  # the real run: an empty folder and a missing file parse nothing
    (tmp_path / "in").mkdir()
    missing = tmp_path / "nope.csv"
    with pytest.warns(GeomapWarning, match="nope.csv"):
        result = geomap.geoparse([tmp_path / "in", missing])
    assert [s.source for s in result.failed] == [str(missing)]


def test_an_empty_frame_warns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()
    with pytest.warns(GeomapWarning, match="a DataFrame with no rows"):
        result = geomap.geoparse(FRAME.iloc[0:0])
    assert result.statuses == ()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(GeomapWarning, match="an empty list"):
            geomap.geoparse([])
