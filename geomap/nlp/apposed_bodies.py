"""A name the gazetteer lacks that an apposition calls a company or an organisation.

"Kyivstar, Ukraine's largest mobile operator, said ...": the model tags the unknown
name GPE, and it was kept as a place that nothing places (an unresolved mention on the
map and in the files).  An apposition right after the name, set off by commas and
opening with an article or a possessive, whose last word is a noun of a business or an
organisation (:data:`BODY_NOUNS`), says what the name is: no place.  A name the gazetteer
knows is left to the other rules ("Woodbury, the ferry company said" is a town).
"""

from __future__ import annotations

from spacy.tokens import Span

#: Nouns ending an apposition that make the name before it a company's or a body's.
BODY_NOUNS = frozenset(
    """
    operator company firm carrier provider retailer maker manufacturer producer bank
    lender insurer airline broadcaster network chain brand conglomerate utility
    supplier distributor startup giant developer exporter importer publisher newspaper
    channel charity foundation club franchise tabloid daily weekly platform app
    """.split()  # noqa: SIM905
)
#: Words opening an apposition that says what a name is.
_OPENERS = frozenset({"the", "a", "an"})
#: Most tokens of such an apposition ("Ukraine's largest mobile operator": 5).
MAX_APPOSITION_TOKENS = 8


def apposed_body(ent: Span) -> bool:
    """Whether a comma-set apposition after ``ent`` calls it a company or a body.

    The apposition opens with an article or a possessive ("Ukraine's") and ends, before
    its closing comma, with a lower-case noun of :data:`BODY_NOUNS`.
    """
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return False
    start = ent.end + 1
    close = next(
        (
            t.i
            for t in doc[start : min(len(doc), start + MAX_APPOSITION_TOKENS + 1)]
            if t.text in {",", ".", ";", ":"} or t.is_space
        ),
        None,
    )
    if close is None or doc[close].text != "," or close - start < 2:
        return False
    words = doc[start:close]
    opens = words[0].lower_ in _OPENERS or any(t.text in ("'s", "’s") for t in words[:4])
    last = words[-1]
    return opens and last.is_lower and last.lower_ in BODY_NOUNS
