"""A name the gazetteer lacks, placed in the admin-1 unit its sentence names right before it.

"In the neighbouring Kursk region, shelling damaged houses in Tetkino": a village the
gazetteer lacks, in a story from Belgorod. The article's focus (Belgorod) lies outside
the unit the sentence has just named; the unit's point is the closer guess.
:func:`sentence_unit` gives the admin-1 unit that is the last place its sentence names
before the name, when the article's focus lies outside it (inside it, the focus is the
closer guess). When the only places before it in its sentence are those of the
dateline that opens it ("KINSHASA (AP) - M23 rebels seized Masisi and advanced on
Walikale, a mining hub in North Kivu"), the place its sentence names first after it is
read the same way (a unit named after a place of the story's body says nothing of
where the name lies). Not for a water or a
natural feature, named by its kind's word ("Palk Bay", "the Rovuma river": the coast
or the border a river runs along is no unit's), nor for a unit named by its admin word
("Rift Valley Province" after "Eastern Province": one unit lies in no other), nor for a
street or a building (:mod:`geomap.nlp.street_towns` places those).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from geomap.nlp.dateline_sentences import dateline_end
from geomap.nlp.focus import street_or_building
from geomap.nlp.name_kinds import water_word_after
from geomap.nlp.scoring import ADMIN_WORDS
from geomap.nlp.vocab import FEATURE_KIND_WORDS
from geomap.records import Place

#: The kind of unit read.
UNIT_TYPE = "admin1"


def sentence_unit(
    spans: Sequence[Span],
    located: Sequence[tuple[Span, Place, float]],
    focus: Place | None,
) -> tuple[Place, float] | None:
    """The admin-1 unit named last before a name in its sentence, and its confidence.

    When every place before the name in its sentence lies in the dateline that opens
    it, the place named first after it is read instead (an admin-1 unit, or nothing).
    ``None`` when the name is a water's, a natural feature's, a street's or a
    building's, when the last place before it in its sentence is no admin-1 unit, or
    when the article's ``focus`` lies in that unit (or there is no focus).
    """
    if focus is None:
        return None
    for span in spans:
        words = span.text.lower().split()
        if street_or_building(span) or water_word_after(span):
            continue
        if words[0] in FEATURE_KIND_WORDS or words[-1] in FEATURE_KIND_WORDS:
            continue
        if words[-1] in ADMIN_WORDS:  # "Rift Valley Province": a unit, in no other
            continue
        sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
        before = [
            (other, place, conf)
            for other, place, conf in located
            if place is not None and sent.start <= other.start and other.end <= span.start
        ]
        line_end = dateline_end(span.doc, sent.start) if before else None
        if line_end is None or any(other.start > line_end for other, _, _ in before):
            if not before:
                continue
            _, place, conf = max(before, key=lambda item: item[0].end)
        else:  # "KINSHASA (AP) - M23 rebels seized Masisi and ..., a mining hub in North Kivu"
            after = [
                (other, place, conf)
                for other, place, conf in located
                if place is not None and span.end <= other.start and other.end <= sent.end
            ]
            if not after:
                continue
            _, place, conf = min(after, key=lambda item: item[0].start)
        if place.feature_type != UNIT_TYPE:
            continue
        if (focus.country_code, focus.admin1_code) == (place.country_code, place.admin1_code):
            continue
        return place, conf
    return None
