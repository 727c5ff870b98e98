"""The model's entities cut at paragraph breaks: no name runs over a blank line.

The model reads the article with each paragraph break as two spaces
(:mod:`geomap.model_text`), and the small English model may run one entity from a
headline's last word over it into the dateline or the next line ("Evacuations continued
from Myawaddy" then "MYAWADDY, Myanmar -" gives "Myawaddy  MYAWADDY" or "Myawaddy  "
tagged PERSON or ORG). Read whole, such an entity makes the town a word of a person's
name, and every other mention of the town, tagged GPE, is then taken for that person's
name (:func:`geomap.nlp.repeats.person_words`). A name never holds a paragraph break:
:func:`split_at_paragraphs` cuts such an entity at its whitespace tokens (the model's
text has one only where two or more whitespace characters were: a break), each part
keeping the label, before the recogniser and the attribution read them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span


def split_at_paragraphs(doc: Doc) -> None:
    """Cut every entity of ``doc`` that holds a whitespace token into its parts.

    Each part between two whitespace tokens keeps the entity's label; the whitespace
    itself is left out. Entities without one are left as they are (and so is
    ``doc.ents`` when no entity has one).
    """
    ents = list(doc.ents)
    if not any(t.is_space for e in ents for t in e):
        return
    out: list[Span] = []
    for ent in ents:
        if not any(t.is_space for t in ent):
            out.append(ent)
            continue
        start = ent.start
        for i in range(ent.start, ent.end + 1):
            if i == ent.end or doc[i].is_space:
                if start < i:
                    out.append(Span(doc, start, i, label=ent.label_))
                start = i + 1
    doc.ents = out
