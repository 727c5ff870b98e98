"""The syntax around a company's or a club's name: the trade it names, the results it reports.

Cues :mod:`geomap.nlp.firm_names` reads, past its business nouns and verbs of sport:

* a run of capitalised words whose root (or the list it stands in: "Arizona Iced Tea
  and Tennessee Whiskey") is a compound or modifier of a trade noun after it ("...
  maker Brown-Forman"), or the subject of a verb whose object is a company's results
  ("Boston Scientific reported higher quarterly sales", :data:`RESULT_NOUNS`) when that
  verb reports or moves results (:data:`RESULT_VERBS`: "Six Flags Over Texas is starting
  season pass sales" starts selling, it reports nothing);
* a run that is, through a list, the subject of a verb of winning ("Real Madrid and
  Paris Saint-Germain both won", :data:`WIN_LEMMAS`);
* a run opening with a club's two initials, the last its "C" ("AC Milan", "FC Porto");
* a one-word name right before a lowercase trade noun and a capitalised name
  ("Sandwich chain Jersey Mike's"): the name says what the firm sells.
"""

from __future__ import annotations

from collections.abc import Set
from typing import Any

from spacy.tokens import Doc, Token

#: Objects of a company's verb ("Boston Scientific reported higher sales"), by lemma.
RESULT_NOUNS = frozenset({"sale", "revenue", "profit", "earnings", "dividend"})
#: Verbs a company reports its results with ("reported higher sales", "raised its dividend").
RESULT_VERBS = frozenset(
    """
    report post announce forecast expect predict project warn record book log see beat
    miss raise cut lower boost lift increase double triple declare pay deliver generate
    grow
    """.split()  # noqa: SIM905
)
#: Verbs whose subject a club's name is, through a list ("both won").
WIN_LEMMAS = frozenset({"win"})
#: Links from a word of a list or a modifier to the list's head ("Real Madrid and PSG").
LIST_DEPS = frozenset({"conj", "nmod", "appos"})
#: Most links climbed from a name to the head of its list.
MAX_LINKS = 3


def list_head(tok: Token) -> Token:
    """The head of the list or modifier chain ``tok`` stands in ("Saint-Germain" -> "both")."""
    for _ in range(MAX_LINKS):
        if tok.dep_ not in LIST_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def trade_run(root: Token, end: int, trade_nouns: Set[str]) -> bool:
    """Whether the run ending at ``end`` (root ``root``) names a trade or reports results.

    Parameters
    ----------
    root
        The run's word whose head lies outside it.
    end
        The index after the run's last word; the trade noun comes after it.
    trade_nouns
        The lowercase nouns of a trade ("maker", "chain").

    Returns
    -------
    bool
        True for "Tennessee Whiskey maker ...", "Boston Scientific reported higher sales".
    """
    tok = root
    for _ in range(MAX_LINKS):
        head = tok.head
        if tok.dep_ in {"compound", "nmod"} and head.lower_ in trade_nouns and head.i >= end:
            return True
        if tok.dep_ not in LIST_DEPS or head.i == tok.i:
            break
        tok = head
    if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ in RESULT_VERBS:
        return any(c.dep_ == "dobj" and c.lemma_ in RESULT_NOUNS for c in root.head.children)
    return False


def won(tok: Token) -> bool:
    """Whether ``tok`` (through a list) is the subject of a verb of winning ("both won")."""
    head = list_head(tok)
    return head.dep_ == "nsubj" and head.head.lemma_ in WIN_LEMMAS


def named_trade(doc: Doc, end: int, trade_nouns: Set[str]) -> bool:
    """Whether a lowercase trade noun, then a capitalised name, follows ``end``.

    "Sandwich chain Jersey Mike's": the name before is what the firm sells.
    """
    if end + 1 >= len(doc) or doc[end].lower_ not in trade_nouns or not doc[end].is_lower:
        return False
    return doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha


def club_initials(tok: Token, gazetteer: Any) -> bool:
    """Whether ``tok`` is a club's two initials ("AC Milan", "FC Porto"), no place's ("DC").

    The second initial is the club's "C" (Football Club, Athletic Club): "UN Geneva
    office" keeps its place.
    """
    text = tok.text
    return (
        len(text) == 2
        and text.isalpha()
        and text.isupper()
        and text.endswith("C")
        and not gazetteer.has_name(text)
    )
