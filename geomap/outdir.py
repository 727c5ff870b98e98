"""The output folder of a run: checked before any work, locked, replaced as a whole.

A run writes every output into a staging folder beside ``-o`` and then swaps it
with ``-o`` in one step (Linux ``renameat2(RENAME_EXCHANGE)``; elsewhere two
renames, undone by the next run if it is cut in between).  Whenever a run is
interrupted, ``-o`` holds either the previous complete set of outputs or the
new one.  Nothing is ever written *inside* ``-o``, so a symlink planted there
is never followed.  A lock file beside ``-o`` keeps two runs from writing the
same folder at once; the run that holds it removes it when done.

>>> with OutputDir("geomap-out") as out:      # doctest: +SKIP
...     write_files(out.staging)              # anything, into the staging folder
...     out.commit()                          # the new set replaces the old one
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from types import TracebackType

from geomap.errors import OutputError
from geomap.fsops import exchange, fsync_path, fsync_paths, same_file, umask
from geomap.outdir_checks import check_folder, foreign_entries
from geomap.sanitize import quoted

#: Written into every output set; lists the files a run wrote.
MARKER = ".geomap-outputs.json"
#: Set once this process starts swapping a new output set in (see :func:`outputs_replaced`).
_REPLACING: list[bool] = []


def outputs_replaced() -> bool:
    """Whether this process has begun replacing an output folder with its new outputs.

    From then on a stop signal must not end the run as one that wrote nothing
    (exit 143: "any previous outputs are untouched"): :mod:`geomap.cli` lets it finish.
    """
    return bool(_REPLACING)


def command_started() -> None:
    """Forget an earlier command's swap: a command run again in this process has begun none."""
    _REPLACING.clear()


class OutputDir:
    """A run's output folder.

    Parameters
    ----------
    path
        The folder (``-o``).  If it is a symlink, its target is the folder.
    known_files
        File names geomap writes there; a folder holding only these (or listed
        in its :data:`MARKER`) may be replaced.

    Raises
    ------
    OutputError
        From :meth:`check` and on entering: ``path`` is a file, cannot be
        created or written, holds files geomap did not write, or another run
        is writing it.
    """

    def __init__(self, path: str | os.PathLike[str], known_files: frozenset[str] = frozenset()):
        given = Path(path)
        self._problem: str | None = None
        try:
            self.path = given.resolve() if given.is_symlink() else Path(os.path.abspath(given))
        except (OSError, RuntimeError) as exc:  # a symlink loop
            self.path = Path(os.path.abspath(given))
            self._problem = f"cannot be resolved ({exc})"
        self.known_files = known_files
        self._tag = _tag(self.path.name)
        self._staging: Path | None = None
        self._lock_fd: int | None = None
        self._lock_pid = 0  # the process that took the lock (a forked child never removes it)
        self.committed = False

    # ----------------------------------------------------------------- checks
    def check(self) -> None:
        """Check that the folder can be written and replaced; create nothing."""
        path = self.path
        if self._problem is not None:
            raise OutputError(f"{path}: {self._problem}")
        try:
            check_folder(path, self.known_files, MARKER)
        except OutputError:
            raise
        except (OSError, RuntimeError) as exc:
            raise OutputError(f"{path}: cannot be used as the output folder ({exc})") from exc

    # ------------------------------------------------------------ lifecycle
    def __enter__(self) -> OutputDir:
        self.check()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot be created ({exc.strerror or exc})") from exc
        self._lock()
        try:
            self._recover()
        except BaseException:
            self._unlock()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None
        self._unlock()

    @property
    def staging(self) -> Path:
        """A new empty folder beside :attr:`path` to write this run's outputs into."""
        if self._staging is None:
            self._staging = Path(tempfile.mkdtemp(prefix=self._tmp_prefix(), dir=self.path.parent))
        return self._staging

    def commit(self) -> Path:
        """Make the staged outputs the folder's content in one step; return :attr:`path`."""
        staging = self.staging
        files = sorted(p.name for p in staging.iterdir())
        (staging / MARKER).write_text(
            json.dumps({"written_by": "geomap", "files": files}, indent=1) + "\n",
            encoding="utf-8",
        )
        fsync_paths([staging / name for name in [*files, MARKER]])
        fsync_path(staging)
        os.chmod(staging, 0o777 & ~umask())
        if self.path.is_dir():
            foreign = foreign_entries(self.path, self.known_files, MARKER)  # added meanwhile
            if foreign:
                shown = ", ".join(quoted(n) for n in foreign[:3])
                raise OutputError(
                    f"{self.path}: files were added to it during the run ({shown}); "
                    "the outputs were not replaced"
                )
        _REPLACING.append(True)
        if self.path.exists():
            if not exchange(staging, self.path):
                aside = self._aside()
                os.rename(self.path, aside)
                os.rename(staging, self.path)
                staging = aside
            shutil.rmtree(staging, ignore_errors=True)
        else:
            os.rename(staging, self.path)
        self._staging = None
        fsync_path(self.path.parent)
        self.committed = True
        return self.path

    # -------------------------------------------------------------- helpers
    @property
    def parts_path(self) -> Path:
        """Beside the folder: where a Dask run keeps its parts until the outputs are in."""
        return self.path.parent / f".{self._tag}.geomap-parts"

    @property
    def interrupted_path(self) -> Path:
        """Beside the folder: the articles a stopped run had parsed (:mod:`geomap.reuse`)."""
        return self.path.parent / f".{self._tag}.geomap-interrupted.sqlite"

    def _lock_path(self) -> Path:
        return self.path.parent / f".{self._tag}.geomap.lock"

    def _aside(self) -> Path:
        return self.path.parent / f".{self._tag}.geomap-previous"

    def _tmp_prefix(self) -> str:
        return f".{self._tag}.geomap-tmp-"

    def _lock(self) -> None:
        """Take the lock beside the folder, or refuse if another run holds it.

        The holder removes the file when done (:meth:`_unlock`), so a run that
        locked a file just removed tries again on the new one: the lock is held
        only when the locked file is still the one at the path.
        """
        lock = self._lock_path()
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        for _ in range(100):
            try:
                fd = os.open(lock, flags, 0o644)
            except OSError as exc:
                raise OutputError(
                    f"{self.path}: cannot create the lock {lock} ({exc.strerror})"
                ) from exc
            try:
                import fcntl
            except ImportError:  # Windows: no advisory locks; runs are not serialised
                self._lock_fd = fd
                return
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                raise OutputError(
                    f"{self.path}: another geomap run is writing to this folder "
                    f"(lock {lock}); wait for it to finish or choose another -o"
                ) from exc
            if same_file(fd, lock):
                self._lock_fd, self._lock_pid = fd, os.getpid()
                return
            os.close(fd)  # removed by the run that held it: lock the new one
        raise OutputError(f"{self.path}: cannot take the lock {lock} (it keeps changing)")

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            if self._lock_pid == os.getpid():
                with contextlib.suppress(OSError):  # removed while held: nobody else has it
                    os.unlink(self._lock_path())
            os.close(self._lock_fd)  # closing releases the flock
            self._lock_fd = None

    def _recover(self) -> None:
        """Undo what an interrupted run left (we hold the lock, so nobody else runs)."""
        aside = self._aside()
        if aside.is_dir() and not aside.is_symlink():
            if not self.path.exists():
                os.rename(aside, self.path)  # cut between the two renames: restore
            else:
                shutil.rmtree(aside, ignore_errors=True)
        for stale in self.path.parent.glob(glob.escape(self._tmp_prefix()) + "*"):
            if stale.is_dir() and not stale.is_symlink():
                shutil.rmtree(stale, ignore_errors=True)


def _tag(name: str) -> str:
    """The folder's name in the names of its lock, staging and parts (short enough for any name)."""
    if len(name) <= 60:
        return name
    return f"{name[:40]}-{hashlib.sha1(name.encode('utf-8', 'surrogateescape')).hexdigest()[:12]}"
