"""Russian named entities from natasha (offline, MIT), as a spaCy component.

``geomap_natasha_ner`` runs natasha's news NER (its embeddings and tagger ship
inside the ``natasha`` wheel: nothing is downloaded) over the document text
and sets ``doc.ents`` with natasha's labels (``LOC``, ``PER``, ``ORG``), which
:mod:`geomap.nlp.local` reads like any model's entities.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from geomap import natasha_models


def before_line_break(span: Span) -> Span | None:
    """The part of an entity before its first line break, or ``None`` when empty.

    natasha's tagger reads a headline and the paragraph after it as one text and may run
    a name over the break ("Херсоном\\n\\nНочью"); a name never crosses a line.
    """
    for token in span:
        if "\n" in token.text:
            if token.i == span.start:
                return None
            return Span(span.doc, span.start, token.i, label=span.label_)
    return span


class NatashaNER:
    """Set ``doc.ents`` from natasha's NER."""

    def __call__(self, doc: Doc) -> Doc:
        """Tag the document's entities."""
        from natasha import Doc as NatashaDoc

        ndoc = NatashaDoc(doc.text)
        ndoc.segment(natasha_models.segmenter())
        ndoc.tag_ner(natasha_models.ner_tagger())
        spans: list[Span] = []
        for s in ndoc.spans:
            span = doc.char_span(s.start, s.stop, label=s.type, alignment_mode="expand")
            span = before_line_break(span) if span is not None else None
            if span is not None:
                spans.append(span)
        doc.ents = filter_spans(spans)
        return doc


@Language.factory("geomap_natasha_ner")
def make_natasha_ner(nlp: Language, name: str) -> NatashaNER:
    """Create the ``geomap_natasha_ner`` component."""
    return NatashaNER()
