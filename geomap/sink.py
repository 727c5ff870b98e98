"""Where a run's articles go: every writer of :data:`geomap.io.WRITERS`, as they stream past."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from geomap.io import WRITERS, Finished, WriteOptions, Writer, resolve_formats
from geomap.records import ArticleResult
from geomap.runstore import RunStore

if TYPE_CHECKING:
    from geomap.gazetteer import Gazetteer
    from geomap.result import Result


class OutputSink:
    """Feeds each article's records to the writers and the run store; completes them once.

    Parameters
    ----------
    folder
        The (staging) folder the files go to.
    options
        Title and tiles.
    formats
        Names in :data:`geomap.io.WRITERS` to write (default: every one not
        optional); the formats they require are written too.
    """

    def __init__(
        self, folder: Path, options: WriteOptions, formats: Sequence[str] | None = None
    ) -> None:
        chosen = resolve_formats(formats)
        self.folder = folder
        self.store = RunStore(folder)
        self.writers: dict[str, Writer] = {}
        self._preparing: threading.Thread | None = None
        self._prepare_error: BaseException | None = None
        self._froze = False  # whether this sink froze the garbage collector's objects
        self._paused = False  # whether this sink paused the collector while preparing
        try:
            for name in chosen:
                cls = WRITERS[name]
                self.writers[name] = cls(folder / cls.filename, options)
        except BaseException:
            self.close()
            raise

    def prepare(self, gazetteer: Gazetteer | None) -> None:
        """Let every writer prepare what it will need, in a thread of its own.

        A run that parses in another process calls this once the process is
        started: the writers' imports (:meth:`geomap.io.base.Writer.prepare`) then
        overlap the model's load while this process goes on reading the inputs
        and handing out the first batch.  The first :meth:`add` (or
        :meth:`finish`) waits for it and raises what it raised.

        The garbage collector is paused meanwhile (:meth:`_freeze` starts it again):
        the imports (pandas, geopandas, folium...) make objects that all stay, and
        each collection went through them again, four of them full (~0.1 s of CPU).
        """

        def run() -> None:
            try:
                for writer in self.writers.values():
                    writer.prepare(gazetteer)
            except BaseException as exc:  # handed to the thread that adds
                self._prepare_error = exc

        if gc.isenabled() and gc.get_freeze_count() == 0:
            gc.disable()
            self._paused = True
        self._preparing = threading.Thread(target=run, name="geomap-prepare", daemon=True)
        self._preparing.start()

    def _prepared(self) -> None:
        """Wait for :meth:`prepare`; raise what it raised."""
        if self._preparing is not None:
            self._preparing.join()
            self._preparing = None
            self._freeze()
        if self._prepare_error is not None:
            error, self._prepare_error = self._prepare_error, None
            raise error

    def _freeze(self) -> None:
        """Keep the garbage collector off what the process holds before the first article.

        The writers' imports (pandas, shapely, pyogrio...) and the gazetteer stay for
        the run: every full collection would go through them again, one per few
        hundred articles.  :func:`gc.freeze` leaves them out until :meth:`close`
        (:func:`gc.unfreeze`); not if something else froze objects already.
        """
        if gc.get_freeze_count() == 0:
            gc.freeze()
            self._froze = True
        self._resume()

    def _resume(self) -> None:
        """Start the collector again if :meth:`prepare` paused it (once)."""
        if self._paused:
            self._paused = False
            gc.enable()

    def add(self, item: ArticleResult) -> None:
        """Take one article's records."""
        self._prepared()
        self.store.add(item)
        for writer in self.writers.values():
            writer.add(item)

    def finish(self, result: Result, gazetteer: Gazetteer | None) -> dict[str, Path]:
        """Complete every file (the report last, with the writing time); return their paths."""
        self._prepared()
        t0 = time.perf_counter()
        outputs = {name: w.filename for name, w in self.writers.items()}
        files = tuple(sorted(f for w in self.writers.values() for f in w.filenames))
        done = Finished(result, self.store, gazetteer, outputs, files)
        for name, writer in self.writers.items():
            if name == "report":
                continue
            writer.finish(done)
        if "report" in self.writers:
            write_s = round(time.perf_counter() - t0, 4)
            timings = {
                **result.timings,
                "write_s": write_s,
                "total_s": round(result.timings.get("total_s", 0.0) + write_s, 4),
            }
            done = replace(done, result=replace(result, timings=timings))
            self.writers["report"].finish(done)
        self.close()
        return {name: self.folder / w.filename for name, w in self.writers.items()}

    def close(self) -> None:
        """Release files and the store (the staging folder is the caller's)."""
        if self._preparing is not None:  # its error, if any, is moot now
            self._preparing.join()
            self._preparing = None
        self._resume()
        for writer in self.writers.values():
            writer.close()
        self._release_store()

    def abandon(self) -> None:
        """Release files and the store of a run that stops (Ctrl-C, a signal, an error).

        Nothing under way is waited for: neither :meth:`prepare` (imports, the
        basemap) nor a writer's work (:meth:`geomap.io.base.Writer.abandon`: a
        shape being made); their threads are daemons, and nothing they make is
        kept (the staging folder is removed).
        """
        self._preparing = None
        self._prepare_error = None
        self._resume()
        for writer in self.writers.values():
            writer.abandon()
        self._release_store()

    def _release_store(self) -> None:
        """Close the store and unfreeze what :meth:`prepare` froze (once)."""
        from geomap.claim_records import forget

        forget()  # the last article's records are not asked for again
        self.store.close()
        if self._froze:
            self._froze = False
            gc.unfreeze()
