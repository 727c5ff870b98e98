"""``Doc``/``Span`` extensions that carry geomap's results (recognition, resolution, claims).

``doc.spans[TOPONYMS]`` holds the place mentions; each span carries
``span._.place`` (:class:`geomap.records.Place` or ``None``),
``span._.candidates``, ``span._.confidence``, ``span._.role``,
``span._.speaker``, ``span._.hint`` and ``span._.located_by`` (``"name"``: the
place has this name; ``"focus"``: the gazetteer lacks the name and the place is
the article's focus; ``None``: unresolved), and ``span._.speaker_mention``, the
in-sentence phrase ("She", "The ministry") that ``speaker`` was resolved from, and
``span._.source``, the :class:`geomap.records.Speaker` record (clean name, role,
kind, verb of saying) of ``speaker``.
Both :mod:`geomap.nlp` and :mod:`geomap.claims` register them through here, so
each component also runs in a pipeline without geomap's others.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span

TOPONYMS = "toponyms"

_DOC_EXTENSIONS: dict[str, object] = {
    "article_id": "",
    "line_breaks": None,
    "offset_map": None,
    "given_spans": False,
    "rule_failures": None,
}
_SPAN_EXTENSIONS: dict[str, object] = {
    "place": None,
    "candidates": None,
    "confidence": 0.0,
    "role": None,
    "speaker": None,
    "hint": None,
    "located_by": None,
    "reason": "",
    "speaker_mention": None,
    "source": None,
}

#: Each span extension's default (what a mention has before a component sets it).
SPAN_DEFAULTS: dict[str, object] = dict(_SPAN_EXTENSIONS)


def register_extensions() -> None:
    """Register geomap's extensions; calling it again is harmless."""
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in _SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def known_text(doc: Doc, text: str) -> None:
    """Record the text ``doc`` was made from (spaCy's tokenizer keeps it whole: ``doc.text``)."""
    _TEXTS[doc] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc (spaCy joins its tokens' texts on every access).

    Kept while the doc lives; the components and the mention records share it.
    """
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text
