"""The geomap exception tree.

Every geomap error derives from :class:`GeomapError`; like geopy's
``GeocoderTimedOut(..., TimeoutError)``, each class also subclasses the
built-in exception a caller would naturally catch, so ``except ValueError``
or ``except FileNotFoundError`` keeps working.
"""

from __future__ import annotations


class GeomapError(Exception):
    """Base class of every error raised by geomap."""


class GazetteerError(GeomapError):
    """A problem with the offline gazetteer artifact."""


class GazetteerMissingError(GazetteerError, FileNotFoundError):
    """The gazetteer artifact is not where it is expected."""


class GazetteerCorruptError(GazetteerError, ValueError):
    """The gazetteer artifact exists but cannot be read or fails its checks."""


class InputError(GeomapError, ValueError):
    """An input article cannot be read or is not usable.

    The message always names the input and the problem.
    """


class InputNotFoundError(InputError, FileNotFoundError):
    """No input given exists: every path given to :func:`geomap.geoparse` is missing.

    Raised before any work; a run where only some paths are missing reports those
    in ``result.failed`` (and a :class:`GeomapWarning`) and geoparses the rest.
    """


class ModelNotFoundError(GeomapError, ImportError):
    """The configured spaCy model package is not installed."""


class ResolverWeightsError(GeomapError, ValueError):
    """The resolver's trained weights do not match the features the code scores.

    Also raised for a malformed confidence calibration (``data/confidence_calibration.json``).
    """


class EvaluationError(GeomapError, ValueError):
    """A gold corpus or prediction file is malformed."""


class QueryError(GeomapError, ValueError):
    """A query's filter names nothing it could select (``geomap claims --within``)."""


class OutputError(GeomapError, OSError):
    """The output folder cannot be used or written; the previous outputs are unchanged."""


class WorkerError(GeomapError, RuntimeError):
    """A parsing process ended abruptly (killed, out of memory); nothing was written."""


class GeomapWarning(UserWarning):
    """Something a caller should know that did not stop the run (inputs that failed)."""
