"""A name run on by a lower-case particle and a capitalised word: a longer name, not its head.

"The Adrar des Ifoghas mountains", "the Wadi al Hayat", "Laguna del Tigre": the model or
the gazetteer scan finds the first word ("Adrar", a town and a province of Algeria), but
the text names a longer foreign name the gazetteer may lack. A toponym followed, after a
space, by a lower-case name particle (:data:`~geomap.nlp.vocab.NAME_PARTICLES`: "des",
"al", "del", ...) and a capitalised word is that longer name (:func:`with_particle_runs`);
:func:`~geomap.nlp.candidates.sub_candidates` never stands such a head for the whole
(:func:`particle_head`), so an unknown longer name goes where names the gazetteer lacks go
(the article's focus), not to the short namesake. A particle the model reads as a verb
("do") joins nothing; names the gazetteer knows whole ("Mato Grosso do Sul") are found as
such before (:func:`~geomap.nlp.particle_tails.with_particle_tail`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from geomap.nlp.vocab import NAME_PARTICLES

#: Most capitalised words a longer name runs on with after its particle ("des Ifoghas").
MAX_RUN_WORDS = 2
#: Parts of speech that make a particle-like word no particle ("do" as a verb).
VERB_TAGS = frozenset({"VERB", "AUX"})


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha()


def particle_head(words: Sequence[str], end: int) -> bool:
    """Whether the words before ``end`` head a longer name: a particle, then a capital.

    ``words`` are a name's words ("Adrar", "des", "Ifoghas"); ``end`` is the end of a
    run of them ("Adrar": 1).
    """
    return end + 1 < len(words) and words[end] in NAME_PARTICLES and _capitalised(words[end + 1])


def run_end(doc: Doc, span: Span) -> int | None:
    """The end of the longer name ``span`` heads (module docstring), or ``None``."""
    i = span.end
    if i + 1 >= len(doc) or not span[-1].whitespace_:
        return None
    particle = doc[i]
    if particle.text not in NAME_PARTICLES or particle.pos_ in VERB_TAGS:
        return None
    hyphened = not particle.whitespace_ and doc[i + 1].text == "-"
    if not particle.whitespace_ and not hyphened:
        return None
    j = i + 2 if hyphened else i + 1
    end = j
    while end < len(doc) and end - j < MAX_RUN_WORDS and _capitalised(doc[end].text):
        if doc[end].is_sent_start:
            break
        end += 1
        if not doc[end - 1].whitespace_:
            break
    return end if end > j else None


def with_particle_runs(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """``spans``, each run on to the longer name it heads (module docstring).

    The caller filters the overlaps (:func:`spacy.util.filter_spans`: the longest wins).
    """
    out: list[Span] = []
    for span in spans:
        end = run_end(doc, span)
        out.append(span if end is None else Span(doc, span.start, end, label=span.label_))
    return out
