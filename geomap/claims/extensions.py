"""The ``Span`` extensions the attribution component reads and writes.

The geoparser registers ``place``, ``role`` and ``speaker`` in
:mod:`geomap.nlp.extensions`; registering them here as well (only when absent)
lets the component run in a pipeline without geomap's other components.
"""

from __future__ import annotations

from spacy.tokens import Span

#: name -> default; ``speaker_mention`` is the in-sentence phrase ("She",
#: "The ministry") that ``speaker`` was resolved from.
SPAN_EXTENSIONS: dict[str, object] = {
    "place": None,
    "role": None,
    "speaker": None,
    "speaker_mention": None,
}


def register_extensions() -> None:
    """Register the extensions that are not registered yet; calling it again is harmless."""
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
