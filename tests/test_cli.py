"""The command line: help pages, one exit-code table, -o checked first, logging, no tracebacks."""

from __future__ import annotations

import json
import logging
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import geomap.cli
from geomap.cli import _register, app
from geomap.cli.exits import EXIT_CODES_HELP, ExitCode
from geomap.cli.logs import LOGGER, configure_logging, level_for

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = [
    ["map"],
    ["claims"],
    ["evaluate"],
    ["gazetteer"],
    ["gazetteer", "build"],
    ["gazetteer", "lookup"],
    ["gazetteer", "info"],
    ["gazetteer", "check"],
]


def _cli(*args: str) -> Any:
    _register()
    return CliRunner().invoke(app, list(args), terminal_width=80)


@pytest.fixture(autouse=True)
def _no_leftover_handlers() -> Any:
    yield
    configure_logging(0)  # back to warnings on stderr, no log file held open


@pytest.mark.parametrize("command", [[], *COMMANDS], ids=lambda c: " ".join(c) or "geomap")
def test_help_has_no_type_hints_and_an_example(command: list[str]) -> None:
    result = _cli(*command, "--help")
    assert result.exit_code == 0, result.output
    text = result.output
    assert not re.search(r"<(list|str|int|float|path|file|bool)", text), text
    assert "{" not in text.splitlines()[0]  # usage names arguments plainly, no braces
    assert re.search(r"^  Example: geomap ", text, re.M), text


def test_usage_names_the_arguments() -> None:
    assert _cli("map", "--help").output.startswith("Usage: geomap map [OPTIONS] INPUT...")
    assert _cli("claims", "--help").output.startswith("Usage: geomap claims [OPTIONS] INPUT...")
    assert _cli("evaluate", "--help").output.startswith("Usage: geomap evaluate [OPTIONS] GOLD")
    lookup = _cli("gazetteer", "lookup", "--help").output
    assert lookup.startswith("Usage: geomap gazetteer lookup [OPTIONS] NAME")
    assert "  -o, --out FOLDER " in _cli("map", "--help").output


@pytest.mark.parametrize("group", [[], ["gazetteer"]], ids=["geomap", "gazetteer"])
def test_command_descriptions_are_whole_and_one_line(group: list[str]) -> None:
    import typer

    _register()
    root = typer.main.get_command(app)
    cmd = root.commands[group[0]] if group else root  # type: ignore[attr-defined]
    listing = _cli(*group, "--help").output.split("Commands:\n")[1].split("\n\n")[0]
    lines = listing.splitlines()
    assert len(lines) == len(cmd.commands)  # one line each at 80 columns
    for name, sub in cmd.commands.items():
        first = " ".join((sub.help or "").strip().split("\n\n")[0].split())
        assert f"  {name}" in listing and first in listing and not first.endswith("..."), name


def test_help_and_readme_name_every_input_kind_and_limit() -> None:
    from geomap.io.files import ARTICLE_SUFFIXES
    from geomap.io.json_file import JSON_FILE_LIMIT

    text = " ".join(_cli("map", "--help").output.split())
    for suffix in ARTICLE_SUFFIXES:  # .rss and .atom were missing
        assert re.search(re.escape(suffix) + r"\b", text), suffix
    assert "lines/mentions" in text.replace(" ", "")  # the lines layer is written too
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"read whole (up to {JSON_FILE_LIMIT >> 20} MB" in readme


def test_one_exit_code_table_in_code_help_and_readme() -> None:
    from typer._click.exceptions import UsageError

    assert [int(c) for c in ExitCode] == [0, 1, 2, 130, 143]
    assert UsageError.exit_code == ExitCode.USAGE  # click's own usage errors agree
    root_help = _cli("--help").output
    for line in EXIT_CODES_HELP.splitlines()[1:]:
        assert line.strip() in root_help
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code in ExitCode:
        assert f"| {int(code)} |" in readme
    assert _cli("map", "--no-such-option").exit_code == ExitCode.USAGE
    assert _cli("map", str(ROOT / "seeds"), "--format", "shapefile").exit_code == ExitCode.USAGE


def test_an_empty_input_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "$UNSET" would otherwise read the current folder, whole
    monkeypatch.chdir(tmp_path)
    for command in (["map", "-o", str(tmp_path / "out")], ["claims"]):
        empty = _cli(*command, str(ROOT / "seeds" / "000_d9f3dbef9bd81b5d.txt"), "")
        assert empty.exit_code == ExitCode.USAGE, empty.output
        assert "empty path" in empty.output
    # -o "$UNSET" wrote into the current folder when it was empty or geomap's
    result = _cli("map", str(ROOT / "seeds"), "-o", "")
    assert result.exit_code == ExitCode.USAGE and "empty path" in result.output
    assert not list(tmp_path.iterdir())


def test_bad_split_is_a_usage_error_before_any_work(monkeypatch: pytest.MonkeyPatch) -> None:
    import geomap.cli.evaluate_cmd as evaluate_cmd

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the geoparser was built")

    monkeypatch.setattr(evaluate_cmd, "make_geoparser", never)
    gold = ROOT / "tests" / "data" / "eval_small.jsonl"
    result = _cli("evaluate", str(gold), "--split", "train")
    assert result.exit_code == ExitCode.USAGE and "choose one of dev, test, all" in result.output


def test_output_paths_checked_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import geomap.cli.evaluate_cmd as evaluate_cmd
    import geomap.run

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("work started although an output path is unusable")

    monkeypatch.setattr(geomap.run, "geoparse_inputs", never)
    monkeypatch.setattr(evaluate_cmd, "make_geoparser", never)
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    seeds = str(ROOT / "seeds")
    result = _cli("map", seeds, "-o", str(a_file), "-f", "geoparquet")
    assert result.exit_code == ExitCode.USAGE and "is a file" in result.output
    assert "Traceback" not in result.output and a_file.read_text(encoding="utf-8") == "x"
    gold = ROOT / "tests" / "data" / "eval_small.jsonl"
    result = _cli("evaluate", str(gold), "--predictions", str(tmp_path))
    assert result.exit_code == ExitCode.USAGE and "is a folder" in result.output
    result = _cli("evaluate", str(gold), "--predictions", str(tmp_path / "no" / "p.geojson"))
    assert result.exit_code == ExitCode.USAGE and "not a folder" in result.output
    result = _cli("map", seeds, "-o", str(tmp_path / "o"), "--log-file", str(tmp_path / "x" / "l"))
    assert result.exit_code == ExitCode.USAGE and "--log-file" in result.output
    assert not (tmp_path / "o").exists()
    result = _cli("gazetteer", "build", "--out", str(a_file))
    assert result.exit_code == ExitCode.USAGE and "is a file" in result.output


def test_gazetteer_commands_print_one_line_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "none"
    missing.mkdir()
    result = _cli("gazetteer", "build", "--sources", str(missing), "--out", str(tmp_path / "o"))
    assert result.exit_code == ExitCode.USAGE
    assert "Traceback" not in result.output and "missing source files" in result.output
    assert len(result.output.strip().splitlines()) == 1
    result = _cli("gazetteer", "lookup", "Kiev", "--path", str(tmp_path / "a\x1b[31mb"))
    assert result.exit_code == ExitCode.USAGE and "\x1b" not in result.output
    assert "a\\u001b[31mb" in result.output
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database")
    for command in ("info", "check", "lookup"):
        args = ["gazetteer", command, "--path", str(bad)] + (
            ["Kiev"] if command == "lookup" else []
        )
        result = _cli(*args)
        assert result.exit_code == ExitCode.USAGE, (command, result.output)
        assert "Traceback" not in result.output and "corrupt" in result.output
    # --gazetteer, as geomap map and claims name it, is --path ("No such option")
    result = _cli("gazetteer", "info", "--gazetteer", str(bad))
    assert result.exit_code == ExitCode.USAGE and "corrupt" in result.output

    import geomap.gazetteer.builder as builder

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom\x1b]0;title\x07 at line 3")

    monkeypatch.setattr(builder, "build", broken)
    result = _cli("gazetteer", "build", "--sources", str(missing), "--out", str(tmp_path / "o"))
    assert result.exit_code == ExitCode.USAGE, result.output
    assert "Traceback" not in result.output and "\x1b" not in result.output
    assert "RuntimeError: boom" in result.output and len(result.output.strip().splitlines()) == 1


def test_main_names_a_missing_dependency(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def missing() -> None:
        raise ModuleNotFoundError("No module named 'pyogrio'", name="pyogrio")

    monkeypatch.setattr(geomap.cli, "_register", missing)
    monkeypatch.setattr(sys, "argv", ["geomap", "map", "seeds"])
    with pytest.raises(SystemExit) as stop:
        geomap.cli.main()
    assert stop.value.code == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "a dependency is missing: pyogrio is not installed" in err and "Traceback" not in err


def test_verbosity_levels_and_log_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("GEOMAP_DEBUG", raising=False)
    assert [level_for(n) for n in (0, 1, 2, 3)] == [
        logging.WARNING,
        logging.INFO,
        logging.DEBUG,
        logging.DEBUG,
    ]
    monkeypatch.setenv("GEOMAP_DEBUG", "1")
    assert level_for(0) == logging.DEBUG  # GEOMAP_DEBUG=1 is -vv
    monkeypatch.delenv("GEOMAP_DEBUG")
    log_file = tmp_path / "geomap.log"
    configure_logging(0, log_file)
    log = logging.getLogger(f"{LOGGER}.test")
    log.info("read \x1b[2J 3 inputs")
    log.debug("hidden detail")
    log.warning("a warning")
    err = capsys.readouterr().err
    assert "a warning" in err and "3 inputs" not in err  # -v not given: info not on stderr
    assert "geomap: warning: a warning" in err
    text = log_file.read_text(encoding="utf-8")
    assert "INFO geomap.test: read" in text and "hidden detail" not in text  # file: info+
    configure_logging(2)
    log.debug("now shown \x1b[2J")
    err = capsys.readouterr().err
    assert "geomap: debug: now shown \\u001b[2J" in err  # escaped on the terminal
    configure_logging(1)
    assert len([h for h in logging.getLogger(LOGGER).handlers]) == 1  # replaced, not added


@pytest.mark.model
def test_map_verbose_log_file_and_extra_formats(tmp_path: Path) -> None:
    import geopandas as gpd

    out = tmp_path / "out"
    log_file = tmp_path / "run.log"
    result = _cli(
        "map", str(ROOT / "seeds"), "-o", str(out), "-q", "-v", "--log-file", str(log_file),
        "--format", "geoparquet,flatgeobuf",
    )  # fmt: skip
    assert result.exit_code == ExitCode.OK, result.output
    assert "geomap: info: model " in result.output and "2 input(s): 2 processed" in result.output
    logged = log_file.read_text(encoding="utf-8")
    assert "wrote " in logged and "places.parquet (geoparquet)" in logged
    for layer in ("places", "areas", "mentions", "claims"):
        assert len(gpd.read_parquet(out / f"{layer}.parquet")) > 0
        assert len(gpd.read_file(out / f"{layer}.fgb")) > 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["outputs"]["geoparquet"] == "places.parquet"
    # "outputs" names one file per format: the report listed one of the five layers
    layers = [f"{layer}.parquet" for layer in ("areas", "claims", "lines", "mentions", "places")]
    assert set(layers) <= set(report["files"]) and "report.json" in report["files"]
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == report["files"]


def test_claims_refuses_json_and_csv_together_before_any_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import geomap.run

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed although the options conflict")

    monkeypatch.setattr(geomap.run, "geoparse_inputs", never)
    result = _cli("claims", str(ROOT / "seeds"), "--json", "--csv")
    assert result.exit_code == ExitCode.USAGE and "not both" in result.output


def test_the_skipped_count_names_output_folders(capsys: pytest.CaptureFixture[str]) -> None:
    """`-o` inside the folder read: the next run skips it, and the count line says why."""
    from geomap.cli.console import report_failures
    from geomap.records import InputStatus
    from geomap.result import Result
    from geomap.settings import Settings

    skipped = InputStatus("in/out", None, "skipped", "in/out: a geomap output folder, not read")
    report_failures(Result(statuses=(skipped,), settings=Settings()))
    err = capsys.readouterr().err
    assert "1 input(s) skipped" in err and "geomap output folders" in err
    assert "report.json lists them" in err
    # geomap claims writes no report.json: it pointed to one all the same
    configure_logging(1)
    report_failures(Result(statuses=(skipped,), settings=Settings()), report=False)
    err = capsys.readouterr().err
    assert "report.json" not in err and "1 input(s) skipped" in err and "-v lists them" in err
    assert "info: in/out: a geomap output folder, not read" in err


def test_more_workers_than_cores_are_cut_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # "--workers 999" was taken as it stood: 999 processes, each loading the model
    from geomap.cli.options import workers_count
    from geomap.parallel import WorkerPool
    from geomap.settings import Settings

    monkeypatch.setattr("geomap.parallel.available_cores", lambda: 4)
    assert workers_count("999") == 4
    assert "--workers 999 is more than this machine's 4 core(s) can use; using 4" in (
        capsys.readouterr().err
    )
    assert workers_count("3") == 3 and workers_count("auto") == 4
    assert not capsys.readouterr().err
    monkeypatch.setattr("geomap.parallel.available_cores", lambda: 1)
    assert workers_count("2") == 2  # two are always allowed (a writer and a parser)
    seen: dict[str, Any] = {}

    class Executor:
        def __init__(self, max_workers: int, **kwargs: object) -> None:
            seen["max_workers"] = max_workers

        def submit(self, *args: object) -> None:
            return None

    monkeypatch.setattr("geomap.parallel.ProcessPoolExecutor", Executor)
    assert WorkerPool(Settings(), 999).workers == 2 and seen["max_workers"] == 2


def test_an_output_folders_other_files_are_not_counted_as_skipped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`geomap claims out/` reads out/articles.jsonl; the folder's other files are no news."""
    from geomap.cli.console import report_failures
    from geomap.io.output_folders import OUTPUT_COMPANION
    from geomap.records import InputStatus
    from geomap.result import Result
    from geomap.settings import Settings

    companion = InputStatus("out/map.html", None, "skipped", f"out/map.html: {OUTPUT_COMPANION} x")
    hidden = InputStatus("in/.x", None, "skipped", "in/.x: hidden file, not read")
    report_failures(Result(statuses=(companion,), settings=Settings()), report=False)
    assert "skipped" not in capsys.readouterr().err
    report_failures(Result(statuses=(companion, hidden), settings=Settings()), report=False)
    assert "1 input(s) skipped" in capsys.readouterr().err


def test_the_summary_counts_one_mention_in_the_singular(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Flooding closed schools in Poland.", encoding="utf-8")
    result = _cli("map", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert result.exit_code == ExitCode.OK, result.output
    assert "1/1 inputs, 1 mention (1 resolved)" in result.output


def _empty_records(count: int) -> tuple[Any, ...]:
    from geomap.records import InputStatus

    return tuple(
        InputStatus(f"in.jsonl:{n}", f"in-{n}", "empty", f"in.jsonl:{n}: no text")
        for n in range(count)
    )


def test_lines_past_the_limit_are_in_the_log_when_no_report_lists_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # "... 5 more failed, empty or unread inputs; -v lists them": -v did not list them
    from geomap.cli.console import MAX_LINES, report_failures
    from geomap.result import Result
    from geomap.settings import Settings

    statuses = _empty_records(MAX_LINES + 5)
    configure_logging(1)
    report_failures(Result(statuses=statuses, settings=Settings()), report=False)
    err = capsys.readouterr().err
    assert "5 more failed, empty or unread inputs; -v lists them" in err
    last = f"in.jsonl:{MAX_LINES + 4}: no text"
    assert f"info: empty: {last}" in err and f"geomap: empty: {last}" not in err
    report_failures(Result(statuses=statuses, settings=Settings()))  # report.json lists them
    err = capsys.readouterr().err
    assert "report.json lists them" in err and last not in err


def test_a_map_run_that_processed_nothing_points_to_v_not_to_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # with no input processed the output folder is left unchanged: no report.json
    import geomap.run
    from geomap.cli.console import MAX_LINES
    from geomap.result import Result
    from geomap.settings import Settings

    def nothing(*args: object, **kwargs: object) -> Result:
        return Result(statuses=_empty_records(MAX_LINES + 3), settings=Settings())

    monkeypatch.setattr(geomap.run, "map_inputs", nothing)
    result = _cli("map", str(ROOT / "seeds"), "-o", str(tmp_path / "out"))
    assert result.exit_code == ExitCode.INPUTS_FAILED and not (tmp_path / "out").exists()
    assert "3 more failed, empty or unread inputs; -v lists them" in result.output
    assert "report.json" not in result.output
    # a folder that never existed was not created (not "left unchanged")
    assert f"{tmp_path / 'out'} was not created" in result.output
    (tmp_path / "old").mkdir()
    result = _cli("map", str(ROOT / "seeds"), "-o", str(tmp_path / "old"))
    assert f"{tmp_path / 'old'} was left unchanged" in result.output


def test_a_file_named_with_a_leading_dash_gets_a_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # "geomap claims -notes.txt" said only "No such option: -n"
    (tmp_path / "-notes.txt").write_text("Rain in Kyiv.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["geomap", "claims", "-notes.txt"])
    with pytest.raises(SystemExit) as stop:
        geomap.cli.main()
    assert stop.value.code == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "No such option: -n" in err
    assert "hint: '-notes.txt' is a file: put -- before the file names" in err
    assert "(-- -notes.txt), or write ./-notes.txt" in err
    # an unknown option that names no file gets no hint
    monkeypatch.setattr(sys, "argv", ["geomap", "claims", "-x", "seeds"])
    with pytest.raises(SystemExit):
        geomap.cli.main()
    assert "hint" not in capsys.readouterr().err
