"""A nationality word that speaks in the singular: a title, not a people.

"The Australian reports that …", "Norwegian reveals new flights to …": "the" + a
nationality adjective as a noun phrase names the people of a nation, and English makes
such a phrase plural ("the British say", "the French were told").  Used as the subject
of a verb in the third person singular ("reports", "reveals"), the word is a name of
its own: a newspaper, an airline, a company, so an organisation that speaks.
"""

from __future__ import annotations

from spacy.tokens import Span

#: Determiners a title may keep before it ("The Australian"); no other modifier.
_TITLE_DETS = frozenset({"the"})


def demonym_title(span: Span) -> bool:
    """Whether ``span`` is a lone nationality adjective with a singular verb of its own.

    The head is a capitalised adjective (``JJ``) the model tags a nationality (``NORP``),
    with nothing before it but "the", the subject of a verb tagged ``VBZ`` ("reports",
    "says").  "The British said" (past, no agreement told), "The French say" (plural) and
    "the Australian government" (a noun after it) stay as they were.

    Parameters
    ----------
    span
        A speaker's phrase.
    """
    root = span.root
    if root.tag_ != "JJ" or root.ent_type_ != "NORP" or not root.is_title:
        return False
    if any(t.i != root.i and t.lower_ not in _TITLE_DETS for t in span):
        return False
    if any(c.dep_ != "det" for c in root.children):
        return False
    return root.dep_ == "nsubj" and root.head.tag_ == "VBZ"
