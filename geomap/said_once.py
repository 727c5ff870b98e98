"""Progress lines that the run's parsing processes say once between them, not once each.

Each parsing process loads a language's pipeline with its first article in that
language and said so: with ``-j auto`` "the Russian (ru) pipeline loaded" came once
per process.  While a run lasts (:func:`said_once_per_run`), a folder named in the
environment (which the processes it starts inherit) holds a mark for each line said;
the process that creates the mark (:func:`first_to_say`; an exclusive create, atomic
between processes) says the line, the others keep quiet.  Outside a run, or on a
Dask worker of another machine, every line is said.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

#: The environment variable naming the run's folder of marks.
SAID_ONCE_ENV = "GEOMAP_SAID_ONCE"


def first_to_say(line: str) -> bool:
    """Whether this process is the first of the run to say ``line`` (always, outside a run)."""
    folder = os.environ.get(SAID_ONCE_ENV)
    if not folder:
        return True
    mark = os.path.join(folder, hashlib.sha1(line.encode("utf-8")).hexdigest()[:20])
    try:
        fd = os.open(mark, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return False
    except OSError:  # the folder gone or unwritable: saying it twice is the lesser harm
        return True
    os.close(fd)
    return True


@contextmanager
def said_once_per_run() -> Iterator[None]:
    """While the run lasts, a line given to :func:`first_to_say` is said once by its processes."""
    folder = tempfile.mkdtemp(prefix="geomap-said-")
    before = os.environ.get(SAID_ONCE_ENV)
    os.environ[SAID_ONCE_ENV] = folder
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(SAID_ONCE_ENV, None)
        else:
            os.environ[SAID_ONCE_ENV] = before
        shutil.rmtree(folder, ignore_errors=True)
