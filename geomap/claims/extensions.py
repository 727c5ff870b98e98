"""The ``Span`` extensions the attribution component reads and writes.

They are geoparser's extensions (:mod:`geomap.nlp.extensions`: ``place``,
``role``, ``speaker`` ...) plus ``speaker_mention``, the in-sentence phrase
("She", "The ministry") that ``speaker`` was resolved from. Registering them
here lets the component run in a pipeline without geomap's other components.
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.nlp import extensions as nlp_extensions


def register_extensions() -> None:
    """Register the extensions that are not registered yet; calling it again is harmless."""
    nlp_extensions.register_extensions()
    if not Span.has_extension("speaker_mention"):
        Span.set_extension("speaker_mention", default=None)
