"""A pictograph between two sentences ends the first: "… from Sumy region 🤔 Ukraine's …".

Messaging-app posts (Telegram channels pasted into a text file) often end a sentence
with an emoji instead of a full stop.  The parser reads the two as one and hangs the
second's subject on the first ("region 🤔 Ukraine's Ministry of Defence" as one noun
phrase), so the second's verb takes the first's speaker.  A run of pictographs after a
word and before a capitalised word starts a sentence at that word; a pictograph before
a dash, a comma or a lower-case word ("overnight 💥 — the governor said") joins nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: Code point ranges of pictographs: arrows and technical symbols, miscellaneous
#: symbols and dingbats, the supplementary pictographs and flags (U+1F000 on).
_PICTOGRAPH_RANGES = ((0x2190, 0x23FF), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF))
#: Marks that join or restyle a pictograph: variation selector 16, zero-width joiner,
#: "‼" and "⁉".
_PICTOGRAPH_MARKS = frozenset({"\ufe0f", "\u200d", "\u203c", "\u2049", "\u20e3"})


def is_pictograph(text: str) -> bool:
    """Whether ``text`` is made of pictographs only ("🤔", "‼️", "🇷🇺"; not "°", "©")."""
    pictures = [ch for ch in text if ch not in _PICTOGRAPH_MARKS]
    return bool(text) and all(
        any(lo <= ord(ch) <= hi for lo, hi in _PICTOGRAPH_RANGES) for ch in pictures
    )


def pictographs_end_sentences(doc: Doc) -> None:
    """Start a sentence at a capitalised word after a pictograph run that follows a word.

    A start or non-start already set (by the article's lines) is left as it is.
    """
    for tok in doc[1:-1]:
        if not is_pictograph(tok.text) or is_pictograph(doc[tok.i - 1].text):
            continue
        before = doc[tok.i - 1]
        if not any(ch.isalnum() for ch in before.text):
            continue  # a line's opening pictograph, or one after punctuation
        nxt = _past_pictographs(doc, tok)
        if nxt is not None and nxt.is_title and nxt.is_sent_start is None:
            nxt.is_sent_start = True


def _past_pictographs(doc: Doc, tok: Token) -> Token | None:
    """The first token after the run of pictographs ``tok`` opens, if any."""
    i = tok.i
    while i < len(doc) and (is_pictograph(doc[i].text) or doc[i].is_space):
        i += 1
    return doc[i] if i < len(doc) else None
