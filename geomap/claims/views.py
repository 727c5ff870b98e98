"""A view reported without a verb of saying: "For the mayor, …", "In the view of X, …".

"For the mayor, the new bridge in Maribor is the city's most important project" and "In
the view of local business owners, the works will drive shoppers to Graz" tell what the
mayor and the business owners hold, though no verb says so: the phrase opening the
sentence, set off by a comma, names whose view the rest of the sentence is.  "In …" takes
a noun of a view ("view", "opinion", "eyes") with its holder ("of X", "X's", "her");
"For X," only people ("For the mayor", "For campaigners"): "For years," "For the 2013
season," and "For the city's ads," hold no view, nor does "For a travel agent like me,"
(the writer's own) or a sentence with a saying at its root, which speaks for itself.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from geomap.claims import lexicon as lx
from geomap.claims.source_nouns import can_speak, descriptor_kind

#: Nouns of a view held ("In the view of X", "In X's opinion", "In the eyes of X").
VIEW_NOUNS = frozenset({"view", "opinion", "eyes", "eye", "judgment", "judgement", "estimation"})
#: Pronouns of the writer or the reader: "For a travel agent like me," is the writer's view.
_OWN_PRONOUNS = frozenset({"me", "us", "i", "we", "you", "my", "our", "your"})
_REPORTING = frozenset(lx.verb_table(lx.REPORTING_VERBS))


def opening_view(sent: Span) -> tuple[Token, Token, str, Token] | None:
    """The view opening ``sent``: its first word, its holder's head, its lemma, its last word.

    ``None`` when the sentence opens with no such phrase, the phrase is not set off by a
    comma before the sentence's root, or the root is itself a verb of saying.
    """
    doc = sent.doc
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    root = sent.root
    if first is None or first.lower_ not in ("for", "in") or first.dep_ != "prep":
        return None
    if root.lemma_.lower() in _REPORTING or first.head.i != root.i:
        return None
    pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.right_edge.i + 1 >= root.i or doc[pobj.right_edge.i + 1].text != ",":
        return None
    if any(t.lower_ in _OWN_PRONOUNS for t in pobj.subtree):
        return None
    if first.lower_ == "for":
        person = pobj.ent_type_ == "PERSON" or (
            pobj.pos_ == "NOUN" and descriptor_kind(pobj) == "person"
        )
        return (first, pobj, "for", first) if person else None
    if pobj.lemma_.lower() not in VIEW_NOUNS:
        return None
    holder = next((c for c in pobj.children if c.dep_ == "poss"), None)
    of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if holder is None and of is not None:
        holder = next((c for c in of.children if c.dep_ == "pobj"), None)
    if holder is None or not can_speak(doc[holder.left_edge.i : holder.i + 1]):
        return None
    if of is None:  # "In her view", "In the minister's opinion"
        return first, holder, f"in {pobj.lemma_.lower()}", pobj
    return first, holder, f"in the {pobj.lemma_.lower()} of", of
