"""A capital or a country opening a sentence before a verb of speaking is its government.

"Naypyitaw said it was fighting terrorists": the small model tags a capital it knows
little as a person, and no preposition or verb of place stands before a sentence's
subject. A national capital (GeoNames' ``PPLC``) or a country that is the whole first
name of a sentence, right before a verb of speaking, accusing or denying ("said",
"accused", "denied", "warned" ...), speaks for its government: the place is named.
A person's given name is seldom a capital's (a name that is part of a person's name in
the article is never taken: :func:`geomap.nlp.known.in_context`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

#: Verb forms (past and present) by which a government speaks as a sentence's subject.
GOVERNMENT_VERBS = frozenset(
    {
        "said", "says", "denied", "denies", "accused", "accuses", "warned", "warns",
        "urged", "urges", "rejected", "rejects", "condemned", "condemns", "protested",
        "protests", "insisted", "insists", "claimed", "claims", "blamed", "blames",
        "announced", "announces", "summoned", "summons", "responded", "responds",
        "demanded", "demands", "vowed", "vows", "dismissed", "dismisses",
    }
)  # fmt: skip


def government_subject(span: Span, gazetteer: Any) -> bool:
    """Whether ``span`` opens its sentence as a capital or country before a verb of speech.

    ``span`` is a name of one or more words; it is the first token of its sentence,
    the next word is one of :data:`GOVERNMENT_VERBS`, and the gazetteer gives the
    name's own form, alias or English name to a national capital or a country.
    """
    doc = span.doc
    if not doc[span.start].is_sent_start or span.end >= len(doc):
        return False
    if doc[span.end].lower_ not in GOVERNMENT_VERBS:
        return False
    return any(
        c.match in {"name", "alias", "exonym"}
        and (
            c.place.feature_type == "country"
            or (c.place.feature_type == "city" and c.place.feature_code == "PPLC")
        )
        for c in gazetteer.candidates(span.text)
    )
