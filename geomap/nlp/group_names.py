"""Place names inside an armed group's own name: the group, not a mention of the place.

"The Ogaden National Liberation Front", "the Kharkiv Brigade", "Islamic State Sahel
Province": the model, the gazetteer scan or a rule for names inside entities finds the
place's name there ("Ogaden", "Kharkiv", "Sahel Province"), but the text names a group.
:func:`without_group_names` drops a toponym when

* the run of capitalised words it stands in goes on, after it, to a word of an armed
  group's name (:data:`GROUP_WORDS`: "Front", "Brigade", "Liberation", "Cartel", ...),
  or a criminal group's word follows it in any case (:data:`GANG_WORDS`: "the Sinaloa
  cartel"); or
* it is a unit's name ("Sahel Province", or "Sahel" before "Province") right after
  capitalised words that name a group (:func:`~geomap.group_words.names_a_group`:
  "Islamic State", not one demonym as in "the Syrian Idlib Province"): a group that
  calls its branch a province.

A word that a headline's title case capitalises (:func:`~geomap.nlp.headline_case.styled_tokens`:
"Kharkiv Front Line Holds") is no name's word. "The Pakistan Army" keeps Pakistan: a
state's army is not among these words (:mod:`geomap.claims.bodies` reads its speaker).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from geomap.group_words import BRANCH_WORDS, GANG_WORDS, GROUP_WORDS, names_a_group
from geomap.nlp.headline_case import styled_tokens
from geomap.nlp.vocab import POSSESSIVE


def _capitalised(tok: Token, styled: set[int]) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.i not in styled


def _run_after(span: Span, styled: set[int]) -> list[Token]:
    """The capitalised words right after ``span`` (through a possessive: "People's")."""
    doc = span.doc
    out: list[Token] = []
    i = span.end
    while i < len(doc) and doc[i].sent.start == span.sent.start:
        tok = doc[i]
        if tok.text in POSSESSIVE and out:
            i += 1
            continue
        if not _capitalised(tok, styled):
            break
        out.append(tok)
        i += 1
    return out


def _run_before(span: Span, styled: set[int]) -> list[Token]:
    """The capitalised words right before ``span`` in its sentence ("Islamic State")."""
    doc = span.doc
    out: list[Token] = []
    i = span.start - 1
    while i >= span.sent.start and _capitalised(doc[i], styled):
        out.append(doc[i])
        i -= 1
    return out


def group_name(span: Span, styled: set[int]) -> bool:
    """Whether ``span`` stands in an armed group's own name (module docstring)."""
    if any(t.lower_ in GROUP_WORDS for t in _run_after(span, styled)):
        return True
    doc = span.doc
    last = span[-1]
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in GANG_WORDS:
        return True  # "rival factions of the Sinaloa cartel"
    branch = last.lower_ in BRANCH_WORDS and last.is_title
    branch = branch or (after is not None and after.lower_ in BRANCH_WORDS and after.is_title)
    if not branch:
        return False
    return names_a_group(_run_before(span, styled))


def without_group_names(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """``spans`` without those standing in an armed group's own name."""
    if not spans:
        return list(spans)
    styled = styled_tokens(doc)
    return [s for s in spans if not group_name(s, styled)]
