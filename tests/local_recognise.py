"""The local recogniser (Ukrainian, Polish, German, Russian, French) over a blank pipeline."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.gazetteer import Gazetteer
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
