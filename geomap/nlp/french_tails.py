"""French spans at a name's tail: a compass word closing a longer name, an elided particle.

Both run over a French (or any) pipeline's spans before they are looked up
(:mod:`geomap.nlp.local`): "au Darfour du Nord" keeps "Nord" out (North Darfur is
read whole), "près de Fada N'Gourma" takes in the particle French tokenises apart.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

#: French compass words that close a longer name after "du" ("Darfour du Nord").
COMPASS_TAILS = frozenset({"nord", "sud", "est", "ouest"})


def outside_compass_tails(spans: list[Span]) -> list[Span]:
    """French spans without a compass word that closes a longer name.

    "au Darfour du Nord": "Nord" is part of the region's name (North Darfur), not
    Haiti's or France's Nord department; the whole name is read by its English form
    when the gazetteer knows it ("Kivu du Sud": South Kivu,
    :func:`geomap.gazetteer.foreign_forms.compass_english`).
    """
    out = []
    for span in spans:
        doc, i = span.doc, span.start
        if (
            doc.lang_ == "fr"
            and len(span) == 1
            and span[0].lower_ in COMPASS_TAILS
            and i >= 2
            and doc[i - 1].lower_ == "du"
            and doc[i - 2].is_title
        ):
            continue
        out.append(span)
    return out


def with_elided_tails(spans: list[Span], gazetteer: Any) -> list[Span]:
    """Spans run on over an elided capital particle and a name the gazetteer knows whole.

    "près de Fada N'Gourma": French tokenises "N'" apart, and "Fada" alone is a town of
    Chad; "Fada N'Gourma" is Burkina Faso's. A span followed by a one-letter particle with
    an apostrophe ("N'", "D'", "L'") and a capitalised word takes them in when the
    gazetteer has the whole name.
    """
    out = []
    for span in spans:
        doc, j = span.doc, span.end
        if (
            j + 1 < len(doc)
            and len(doc[j].text) == 2
            and doc[j].text[0].isupper()
            and doc[j].text[1] in "'’"
            and doc[j + 1].is_title
        ):
            whole = doc[span.start : j + 2]
            if gazetteer.candidates(whole.text, doc.lang_):
                span = Span(doc, span.start, j + 2, label=span.label_)
        out.append(span)
    return out
