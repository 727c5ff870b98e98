"""A line that opens with a number goes on with the words after it.

"-2 killed in Rafah." or "3 wounded near Kherson" on a line of their own (a monitor's
export, a list of incidents): the line rules start a sentence at the number, and the
parser, seeing a number alone, starts another at the next word, so the claim's
sentence lost its figure ("killed in Rafah."). A figure is no sentence: the word
after a line's opening number goes on with it. A numbered item ("2. Kyiv", "3) …")
is left as it is: a dot or bracket follows the number.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

#: A signed or plain figure: "-2", "+3", "12", "1,200", "3.5", "40%".
_FIGURE = re.compile(r"[-+\u2212]?\d[\d.,]*%?")


def number_opener_joins(doc: Doc) -> None:
    """Forbid a sentence start right after a figure that starts a sentence.

    >>> import spacy
    >>> doc = spacy.blank("en")("Report\\n-2 killed in Rafah.")
    >>> doc[2].is_sent_start = True  # the line rules' start at "-2"
    >>> number_opener_joins(doc)
    >>> doc[3].text, doc[3].is_sent_start
    ('killed', False)
    """
    for tok in doc[:-1]:
        if not tok.is_sent_start or tok.text.endswith(".") or not _FIGURE.fullmatch(tok.text):
            continue
        nxt = doc[tok.i + 1]
        if nxt.is_punct or nxt.is_space or nxt.is_sent_start:
            continue
        nxt.is_sent_start = False
