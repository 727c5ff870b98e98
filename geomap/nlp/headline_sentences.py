"""A headline line is one sentence ("Odessa : un terminal céréalier en feu ...").

The French parser cut the headline "Odessa : un terminal céréalier en feu après une
attaque de drones" at its colon, and the claim about Odessa had the one word "Odessa"
for its sentence ("Marseille : le port s'équipe ..." it kept whole).  A headline line
(:func:`geomap.nlp.headline_case.headline_lines`: alone between paragraph breaks,
short, with no sentence-final punctuation) with no sentence end inside it either
("Kyiv hit. Officials count the damage" is two) is one sentence: no sentence starts
inside it.  Runs in :class:`geomap.nlp.sentences.LineSentences`, before the parser.
"""

from __future__ import annotations

from spacy.tokens import Doc

from geomap.nlp.headline_case import headline_lines

#: Tokens that end a sentence inside a line.
_SENTENCE_ENDS = frozenset({".", "?", "!", "…"})


def headline_joins(doc: Doc) -> None:
    """Forbid sentence starts inside each headline line of ``doc`` with no sentence end."""
    for start, end in headline_lines(doc):
        words = [t for t in doc[start:end] if not t.is_space]
        if len(words) < 2 or any(t.text in _SENTENCE_ENDS for t in words[:-1]):
            continue
        for tok in words[1:]:
            tok.is_sent_start = False
