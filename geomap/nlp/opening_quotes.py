"""An opening quotation mark after a sentence end starts the next sentence.

spaCy's sentencizer ends a sentence after the first token that is not punctuation past
a full stop, so the « of "…пострадали три человека. «Повреждены дома», — написал он"
closes the sentence before it: the claim's sentence ends with a stray mark and the
quotation's opens without it. A mark that opens a quotation (« and „ always; “, ", ‘ and
» when written against the word after them), with a space before it and right after a
token that ends a sentence, starts the next sentence; the word after it does not.
One that starts a line (a start already) keeps the word after it in its sentence too:
the sentencizer, after the stop that ends the line before, would start the sentence
at the word (user67: "«Крым и Севастополь — российские регионы», — сказал Песков.").
"""

from __future__ import annotations

from spacy.tokens import Doc

#: Marks that only ever open a quotation.
ALWAYS_OPENING = frozenset({"«", "„"})
#: Marks that open one when written against the next word ("“Kharkiv …", "»Das …").
OPENING_BEFORE_A_WORD = frozenset({"“", '"', "‘", "»", "‹"})
_SENTENCE_ENDS = (".", "?", "!", "…")


def quotes_open_sentences(doc: Doc) -> None:
    """Mark each quotation mark that opens a sentence after a sentence end (in place).

    A start or non-start already set (by the article's lines) is left as it is.
    """
    for tok in doc[1:-1]:
        text = tok.text
        if text not in ALWAYS_OPENING and text not in OPENING_BEFORE_A_WORD:
            continue
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        opens = text in ALWAYS_OPENING or (not tok.whitespace_ and nxt.text[:1].isalnum())
        if tok.is_sent_start and opens and nxt.is_sent_start is None:
            nxt.is_sent_start = False  # a line's «: the sentencizer must not start after it
            continue
        if not prev.whitespace_ or not prev.text.endswith(_SENTENCE_ENDS):
            continue
        if text not in ALWAYS_OPENING and (tok.whitespace_ or not nxt.text[:1].isalnum()):
            continue
        if tok.is_sent_start is not None or nxt.is_sent_start is not None:
            continue
        tok.is_sent_start = True
        nxt.is_sent_start = False
