"""A name taken up as "it", "its" or "which": a body, whatever the model tagged (issue 17).

"Great Plains Gas said on Wednesday it would spend $2 billion …", "La Liga said it
would decide on Friday", "Energy Transfer, which operates the line, said …": the small
model leaves firm names of common words untagged or tags them PERSON, so the name would
read as a person's.  What the article says of the name calls it a thing, which no
person is: the subject of the clause it says is "it" doing something ("it would
spend", "it had signed") or owned by "its" ("said its troops had repelled …"), or a
relative clause opened by "which" follows it.  One name, one kind: any mention of the
same name in the article counts.  An impersonal "it" is no evidence ("said it was too
early", "said it would take weeks"): not with a verb of being, seeming, costing or
taking.  A name the article describes as a person ("Herb Asher, professor emeritus of
political science at …", "Leslie Paige, spokeswoman for …") is no body, whatever "it"
follows it (:func:`described_as_person`).  Read by :func:`geomap.claims.kinds.speaker_kind`.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Token

from geomap.claims.source_nouns import OFFICE_NOUNS, PEOPLE_NOUNS, listed_lemma
from geomap.docarrays import where

#: Verbs an impersonal or a thing's "it" takes ("it is", "it would take weeks", "it
#: seems", "it would cost"): their "it" tells nothing of the speaker.
_IMPERSONAL = frozenset(
    {
        "be", "take", "seem", "appear", "happen", "matter", "cost", "rain", "snow", "look",
        "sound", "feel", "mean", "remain", "become", "make", "get", "go", "come", "work",
        "help", "hurt", "need", "require", "last", "depend", "stand", "leave", "show",
    }
)  # fmt: skip


def taken_up_as_it(root: Token) -> bool:
    """Whether the article takes the name ``root`` heads up as "it", "its" or "which".

    Parameters
    ----------
    root
        The head of a speaker's name (a proper noun).
    """
    doc = root.doc
    if described_as_person(root):
        return False  # "Asher, professor emeritus …": "Asher said it doesn't have to be"
    for i in where(doc, ORTH, root.orth):
        tok = doc[i]
        if tok.pos_ == "PROPN" and (_said_of_it(tok) or _which_after(tok)):
            return True
    return False


def described_as_person(root: Token) -> bool:
    """Whether a mention of the name ``root`` heads has a person's noun in apposition.

    "Herb Asher, professor emeritus of political science at Ohio State University,
    said", "said Leslie Paige, spokeswoman for Citizens Against Government Waste": the
    apposed noun (or a noun compounded into it, "professor emeritus") is one of a
    person's job (:func:`_person_noun`), so the name is a person's.  Any mention of
    the same name in the article counts.

    Parameters
    ----------
    root
        The head of a speaker's name (a proper noun).
    """
    doc = root.doc
    for i in where(doc, ORTH, root.orth):
        tok = doc[i]
        if tok.pos_ != "PROPN":
            continue
        nouns = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i]
        for noun in nouns:
            if noun.pos_ != "NOUN" or noun.ent_type_:
                continue
            words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
            if any(_person_noun(w) for w in words):
                return True
    return False


def _said_of_it(name: Token) -> bool:
    """Whether ``name`` says a clause whose subject is "it" doing something, or is "its" X.

    The name may be the subject's apposition ("The plant's owner, Atlantic Seafood, said
    it hoped to rebuild").
    """
    if name.dep_ == "appos" and name.head.dep_ == "nsubj":
        name = name.head
    if name.dep_ != "nsubj":
        return False
    verb = name.head
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i or clause.pos_ not in ("VERB", "AUX"):
            continue
        for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if (
                subj.dep_ == "nsubj"
                and subj.lower_ == "it"
                and clause.lemma_.lower() not in _IMPERSONAL
            ):
                return True  # "La Liga said it would decide"
            if any(c.dep_ == "poss" and c.lower_ == "its" for c in subj.children):
                return True  # "Energy Transfer said its crews had …", "its plant was hit"
    return False


def _which_after(name: Token) -> bool:
    """Whether a relative clause opened by "which" follows ``name``: "X, which operates …"."""
    for clause in name.children:
        if clause.dep_ != "relcl" or clause.i < name.i:
            continue
        first = clause.left_edge
        if first.lower_ == "which" and first.i > name.i:
            return True
    return False


#: Endings and words of a person's job that no firm's trade has ("-ist", "-ian",
#: "spokeswoman", "professor"); "-er" and "-or" are left out ("operator", "supplier").
_PERSON_ENDINGS = ("ist", "ian", "man", "woman", "professor", "lecturer")


def _person_noun(noun: Token) -> bool:
    """Whether ``noun`` names a person's job or standing ("spokeswoman", "professor")."""
    lemma = listed_lemma(noun)
    return lemma in PEOPLE_NOUNS or lemma in OFFICE_NOUNS or lemma.endswith(_PERSON_ENDINGS)
