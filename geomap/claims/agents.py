"""Documents as the agent of a passive: "Rio was ranked as … by an Education First study".

A study, report or survey that a passive clause names as its agent is that clause's
source, whatever the verb ("ranked", "listed", "named as"): a document only says.  The
small model often hangs the "by" phrase on a noun of the predicate ("a city with low
proficiency by a study"), so the agent is looked for along any path of nouns and
prepositions up to the passive verb.  A participle of feeling is no passive of an act:
"by" after it names a cause, not an agent ("it was concerned by reports of …",
:data:`FEELINGS`).
"""

from __future__ import annotations

from spacy.tokens import Token

from geomap.claims import lexicon as lx
from geomap.claims.source_nouns import DOCUMENT_NOUNS
from geomap.claims.unsaid import negated

#: Lemmas of the reporting verbs (:data:`~geomap.claims.lexicon.REPORTING_VERBS`).
_REPORTING = frozenset(lx.verb_table(lx.REPORTING_VERBS))
#: Dependencies of the words between a misattached "by" and its verb: nouns and
#: prepositions of the predicate ("as a city with … proficiency by …").
_PATH_DEPS = frozenset({"prep", "pobj", "agent", "attr", "oprd", "npadvmod", "appos"})
#: Lemmas of verbs of feeling whose participle is a state ("concerned by", "alarmed by"):
#: the object of their "by" is what is felt about, not who ranks or names.
FEELINGS = frozenset(
    {
        "alarm", "anger", "concern", "disappoint", "dismay", "disturb", "encourage",
        "frighten", "hearten", "outrage", "sadden", "shock", "surprise", "trouble",
        "upset", "worry", "appal", "appall", "horrify", "reassure", "satisfy", "please",
    }
)  # fmt: skip


def passive_by_document(noun: Token) -> Token | None:
    """The passive verb whose agent the document ``noun`` is ("by an … study"), if any.

    ``noun`` must head a noun for a document (:data:`~geomap.claims.source_nouns.DOCUMENT_NOUNS`)
    as the object of "by"; the verb above it, through nouns and prepositions only, must
    be a passive participle (with a passive subject or auxiliary), not negated, nor one of
    feeling (:data:`FEELINGS`: "concerned by reports" is no report's saying).  The
    object of "in" on a passive verb of saying without agent is its source too
    ("Similar cases were reported in media reports from Hong Kong").
    """
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    by = noun.head
    if noun.dep_ == "pobj" and by.lower_ == "in" and by.dep_ == "prep":
        return _reported_in(by.head)
    if noun.dep_ != "pobj" or by.lower_ != "by" or by.i == noun.i:
        return None
    tok = by
    for _ in range(8):
        if tok.dep_ not in _PATH_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBN", "") or not passive or negated(tok):
        return None
    return None if tok.lemma_.lower() in FEELINGS else tok


def _reported_in(verb: Token) -> Token | None:
    """``verb`` if it is a passive reporting verb without agent ("were reported in …")."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "") or negated(verb):
        return None
    if verb.lemma_.lower() not in _REPORTING:
        return None
    deps = {c.dep_ for c in verb.children}
    return verb if deps & {"auxpass", "nsubjpass"} and "agent" not in deps else None
