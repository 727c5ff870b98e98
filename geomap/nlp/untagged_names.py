"""Names the model left untagged: runs of capitalised proper nouns outside any entity.

:func:`untagged_names` gives them to the recogniser's context rules
(:func:`geomap.nlp.known.spans_in_context`); :func:`past_hyphen` joins a name the
tokenizer split at a hyphen ("Hpa-an", "Mrauk-U").
"""

from __future__ import annotations

from spacy.attrs import ENT_TYPE, IS_TITLE, ORTH, POS, SENT_START
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from geomap.docarrays import indices, word_hash

#: ORTH of the hyphen :func:`past_hyphen` looks past.
_HYPHEN = word_hash("-")


def past_hyphen(doc: Doc, j: int) -> int:
    """The index after "-an" in "Hpa-an" when ``doc[j]`` is a hyphen inside a name, else ``j``.

    The tokenizer splits "Hpa-an" and "Mrauk-U" at the hyphen; with no space on either
    side and an untagged proper noun (of any case) after it, the hyphen and that word
    are part of the name; so is an untagged capitalised word the tagger took for a
    common noun ("Ye-U": "U" tagged NOUN).
    """
    if j + 1 >= len(doc) or j == 0 or doc[j].text != "-":
        return j
    nxt = doc[j + 1]
    if doc[j - 1].whitespace_ or doc[j].whitespace_ or nxt.ent_type_ or not nxt.is_alpha:
        return j
    return j + 2 if nxt.pos_ == "PROPN" or nxt.text[:1].isupper() else j


def untagged_names(doc: Doc, longest: int = 4) -> list[Span]:
    """Runs of up to ``longest`` capitalised proper nouns that the model tagged as nothing.

    A hyphen inside a name joins its parts (:func:`past_hyphen`: "Hpa-an").  The
    tokens' tags are read at once (:meth:`~spacy.tokens.Doc.to_array`), not a
    :class:`~spacy.tokens.Token` per word.
    """
    if not len(doc):
        return []
    rows = doc.to_array([ENT_TYPE, POS, IS_TITLE, SENT_START, ORTH])
    like = (rows[:, 0] == 0) & (rows[:, 1] == PROPN) & (rows[:, 2] == 1)
    name_like = like.tolist()
    starts = (rows[:, 3] == 1).tolist()
    hyphen = (rows[:, 4] == _HYPHEN).tolist()
    out: list[Span] = []
    after = 0  # the end of the last run: each run starts at a name-like token past it
    n = len(doc)
    for i in indices(like):
        if i < after:
            continue
        j = i + 1
        while j < n and j - i < longest:
            if hyphen[j] and past_hyphen(doc, j) > j:
                j = past_hyphen(doc, j)
                continue
            if not name_like[j] or starts[j]:
                break
            j += 1
        out.append(Span(doc, i, j, label="GAZ"))
        after = j
    return out
