"""The writers' gazetteer reads never hold up the parse path's.

The map writer reads the gazetteer's aliases (a scan of its names table) while it
prepares, in a thread, under that gazetteer's lock.  A run whose rules finish the
articles in the writing process (one worker: :mod:`geomap.stages`) reads its own
gazetteer, a separate connection and lock: the scan cannot hold up a lookup.
"""

from __future__ import annotations

import threading

from geomap.parsing import _expected_gazetteer
from geomap.settings import Settings
from geomap.stages import RuleStage


def test_the_rules_lookups_do_not_wait_for_the_writers_gazetteer() -> None:
    settings = Settings()
    writers = _expected_gazetteer(settings)  # what OutputSink.prepare is given
    rules = RuleStage(settings)
    ours = {id(getattr(proc, "gazetteer", None)) for _name, proc in rules.nlp.pipeline}
    assert writers is not None and id(writers) not in ours
    readers = [proc.gazetteer for _name, proc in rules.nlp.pipeline if hasattr(proc, "gazetteer")]
    assert readers
    found = threading.Event()

    def look_up() -> None:
        if all(gz.has_name("Kharkiv") for gz in readers):
            found.set()

    with writers._lock:  # as while MapHTML.prepare reads the aliases
        reader = threading.Thread(target=look_up, daemon=True)
        reader.start()
        assert found.wait(120)  # a guard: a shared lock would never let it through
    reader.join()
