"""A common noun a headline's case capitalises, read by the model as a proper name.

"Bushfire threatens homes near Victoria's coast": the headline opens on a capital, and the
model tags "Bushfire" a proper noun (no entity).  A proper noun can always be a source, so
"threatens" (a verb of saying only for a source: "threatened to resign") would make the
bushfire speak.  The opening word of a headline (a line of its own with no sentence end)
that the model tags a proper noun but gives no entity, alone in its name, and that the
article never writes with a capital inside a sentence, is the common noun the headline's
case capitalised: it speaks only as a common noun does.  Read by
:func:`geomap.claims.source_nouns.can_speak`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

#: Marks that end a sentence of prose (a headline has none).
_SENTENCE_ENDS = frozenset({".", "!", "?", "…", '"', "”", "’", "'", "»", ")"})

#: Dependents that make an opening proper noun part of a longer name ("Lake | Tahoe").
_NAME_PARTS = frozenset({"compound", "flat", "appos", "poss", "nmod", "case"})


def headline_line(sent: Span) -> bool:
    """Whether ``sent`` is a headline: a line of its own that ends in no sentence mark.

    The line breaks are the doc's ``line_breaks`` (the geoparser's docs read them as
    spaces), else the newlines of its text.
    """
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text in _SENTENCE_ENDS:
        return False
    doc = sent.doc
    breaks = doc._.line_breaks if Doc.has_extension("line_breaks") else None
    if breaks is None:
        breaks = tuple(i for i, c in enumerate(doc.text) if c == "\n")
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    after = next((t.idx for t in doc[words[-1].i + 1 :] if not t.is_space), len(doc.text))
    before = [t for t in doc[: words[0].i] if not t.is_space]
    opens = not before or any(before[-1].idx < b < start for b in breaks)
    closes = after == len(doc.text) or any(end <= b < after for b in breaks)
    return opens and closes


def headline_noun(tok: Token) -> bool:
    """Whether ``tok`` is a common noun only a headline's case made a proper one.

    It opens a headline (:func:`headline_line`), is tagged a proper noun of one title-case
    word with no entity and no word of a longer name hanging on it, and no other sentence
    of the article writes it with a capital after its first word ("Bushfire threatens
    homes"; not "Hochul vows …" in an article that goes on "… Gov. Kathy Hochul said").
    """
    if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.is_alpha or not tok.is_title:
        return False
    sent = tok.sent
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.i != tok.i or not headline_line(sent):
        return False
    if any(c.dep_ in _NAME_PARTS for c in tok.children):
        return False
    for other in tok.doc:
        if other.i == tok.i or other.lower_ != tok.lower_ or not other.text[:1].isupper():
            continue
        if not other.is_sent_start and other.i > 0 and not other.doc[other.i - 1].is_space:
            return False  # written as a name inside a sentence
    return True
