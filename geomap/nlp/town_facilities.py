"""A town's name before the works and camps named after it: "the Sinpo shipyard".

Conflict news names shipyards, ports, refineries, reservoirs and camps by the town
they stand at ("satellite images of the Sinpo shipyard", "the Lipa refugee camp", "a drone hit
the Ras Tanura refinery"); the model tags the name an organisation or nothing, and
"the" before it hides it from the rules for towns ("in the Duma": cities take no
article). :func:`facility_after` reads "the", a town's name and a lower-case noun of
such works (:data:`FACILITY_NOUNS`) as the town: :mod:`geomap.nlp.known` takes a name
the gazetteer holds as a town (or a well-known city) there. Plants and factories are
left out: "the Toyota plant" is a company's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

#: Lower-case nouns of works or camps named after the town they stand at.
FACILITY_NOUNS = frozenset(
    """
    shipyard shipyards dockyard reservoir refinery refineries airport seaport port harbour
    harbor favela favelas oilfield gasfield terminal
    """.split()  # noqa: SIM905
)
#: Lower-case words that may stand between the name and its noun ("the Roj refugee
#: camp", "the Sharara oil field").
MODIFIERS = frozenset(
    {"refugee", "displacement", "migrant", "transit", "naval", "oil", "gas", "container", "fuel"}
)
#: Nouns that need a modifier of :data:`MODIFIERS` ("the Sharara oil field", "the Roj
#: refugee camp") or a place after them ("the Mbera camp near Bassikounou"): a bare camp
#: is as often a faction's ("the Clinton camp said").
MODIFIED_NOUNS = frozenset({"field", "fields", "depot", "base", "camp", "camps"})


def facility_after(span: Span) -> bool:
    """Whether "the" comes before the name and a noun of works or camps after it.

    "the Sinpo shipyard", "the Lipa migrant camp", "the Sharara oil field", also with an
    adjective after "the" ("the nearby Penha favelas"), a bare camp or base where a
    preposition of place and a name follow ("the Mbera camp near Bassikounou"); not "the
    Sinpo Shipyard" (a capitalised noun: a longer name) nor "the Toyota plant".
    """
    doc = span.doc
    i = span.start - 1
    if i > 0 and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i -= 1  # "the smaller Roj refugee camp", "the nearby Penha favelas"
    if i < 0 or doc[i].lower_ != "the":
        return False
    j = span.end
    modified = j < len(doc) and doc[j].lower_ in MODIFIERS and doc[j].is_lower
    if modified:
        j += 1
    if j >= len(doc) or not doc[j].is_lower:
        return False
    word = doc[j].lower_
    if word in FACILITY_NOUNS or (modified and word in MODIFIED_NOUNS):
        return True
    return word in MODIFIED_NOUNS and _placed_after(span.doc, j + 1)


#: Prepositions after a camp's or base's noun that say where it lies ("the Mbera camp
#: near Bassikounou", "the Roj camp, near Derik").
WHERE_PREPOSITIONS = frozenset({"near", "in", "outside", "at", "on"})


def _placed_after(doc: Doc, j: int) -> bool:
    """Whether a preposition of place and a capitalised name follow at ``j`` (maybe a comma)."""
    if j < len(doc) and doc[j].text == ",":
        j += 1
    return (
        j + 1 < len(doc)
        and doc[j].lower_ in WHERE_PREPOSITIONS
        and doc[j].is_lower
        and doc[j + 1].text[:1].isupper()
    )
