"""The local recogniser (Ukrainian, Polish, German, Russian, French) over a blank pipeline."""

from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.tokens import Span
from spacy.util import registry

from geomap.extensions import TOPONYMS, register_extensions
from geomap.gazetteer import Gazetteer
from geomap.nlp import resolver  # noqa: F401  (registers the resolver's factory)
from geomap.nlp.local import LocalToponymRecognizer


def recognise(
    gz: Gazetteer, lang: str, text: str, ents: tuple[tuple[int, int, str], ...] = ()
) -> list[str]:
    """The toponyms' texts that :class:`LocalToponymRecognizer` finds in ``text``.

    ``ents`` are the model's entities as ``(start token, end token, label)``.
    """
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return [s.text for s in LocalToponymRecognizer(gz)(doc).spans["toponyms"]]


def local_pipeline(lang: str, name: str, gazetteer: Callable[[], Gazetteer]) -> Language:
    """``spacy.blank(lang)`` with sentences, the local recogniser and the resolver (no focus).

    ``gazetteer`` is registered under ``name`` for the components' configs.
    """
    registry.misc(name)(gazetteer)
    register_extensions()
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    ref = {"@misc": name}
    nlp.add_pipe("geomap_local_toponyms", config={"gazetteer": ref})
    nlp.add_pipe("geomap_resolver", config={"gazetteer": ref, "focus": False})
    return nlp


def placed(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """Each toponym's text and its place's id, through ``nlp``."""
    doc = nlp(text)
    return [(s.text, s._.place.place_id if s._.place else None) for s in doc.spans[TOPONYMS]]
