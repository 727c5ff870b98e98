"""Toponym recognition: the model's entities plus gazetteer rules.

``geomap_toponyms`` fills ``doc.spans["toponyms"]`` from

1. the statistical NER's GPE, LOC and FAC entities, trimmed to the place they
   name ("the United Kingdom's Foreign Office" -> "United Kingdom");
2. ORG, PRODUCT and NORP entities only where the gazetteer corroborates the
   whole name (the small English model labels "Crimea" ORG and one
   "Kaliningrad" PRODUCT); demonyms ("Russian"), also inside an organisation's
   name ("BBC Russian Service"), only with ``demonyms=True``; streets and buildings
   the model tags ORG ("Holy Redeemer Church") or FAC with "the" ("the Rogers
   Centre") only with ``facilities=True``;
3. a gazetteer scan of capitalised n-grams for the multi-word regions, waters
   and landforms that the model splits or misses ("the Baltic states",
   "the Black Sea"; :mod:`geomap.nlp.scan`);
4. well-known places under any other label, read by their context
   (:mod:`geomap.nlp.known`): conjoined entities split ("Kharkiv and Odesa"
   tagged WORK_OF_ART), "in Khan Younis" tagged PERSON, "Mali and Niger"; smaller
   towns in a governed list or after "the town of" (:mod:`geomap.nlp.context`);
5. the parts of hyphenated compounds ("Syrian-Turkish border", "US-based",
   "anti-Russian"; :mod:`geomap.nlp.compounds`);
6. a place's other name given beside it ("the Falklands, which Argentina calls the
   Malvinas"; :mod:`geomap.nlp.other_names`);
7. a town, county or state opening an institution's name tagged ORG ("Kanawha
   Circuit Court"; :mod:`geomap.nlp.org_places`), a legislator's home town after the
   party's letter (", R-Fairfax,"; :mod:`geomap.nlp.party_towns`).
8. well-known places after a headline's verb or preposition, in sentence case or
   title case, that the article's body supports ("Quake jolts X";
   :mod:`geomap.nlp.headline_places`).

A lower-case admin or function word after a name is not part of it ("in Semnan
province", "Grand and" tagged FAC); the period of an abbreviated name is ("W.Va.").
A one-word name the gazetteer does not know is no place where the model tags it a
person or an organisation elsewhere in the article ("Dropbox"), nor one an apposition
calls a company ("Kyivstar, Ukraine's largest mobile operator,":
:mod:`geomap.nlp.apposed_bodies`); nor is, anywhere in
the article, a surname of one of its people or a small town that speaks in two
sentences ("Ashley Sutton" ... "Sutton"; "said Noma": :mod:`geomap.nlp.people`).

A multi-word name is never cut to a one-word namesake that is not notable
("French Quarter" is not Quarter, Scotland), a street or square only matches
its own entry, and "the Centre" or "the West" tagged ORG is a metonym.

Overlaps are settled in favour of the longest span.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from geomap.containment import by_sentence, guarded
from geomap.extensions import TOPONYMS, register_extensions
from geomap.nlp import registry  # noqa: F401  (registry functions used in the config)
from geomap.nlp.apposed_bodies import apposed_body
from geomap.nlp.boundaries import (
    names_with_next,
    natural_feature,
    overlaps,
    with_compass_word,
)
from geomap.nlp.compounds import hyphen_parts
from geomap.nlp.dateline_openers import without_dateline_openers
from geomap.nlp.dateline_subjects import after_dateline
from geomap.nlp.entity_names import (
    best_subspan,
    corroborated,
    head_name,
    only_generic_words,
    weak_word,
    whole_water_name,
    without_article,
)
from geomap.nlp.entity_parts import entity_parts
from geomap.nlp.foreign_sentences import foreign_script_names
from geomap.nlp.headline_places import headline_places
from geomap.nlp.headlines import headline_names
from geomap.nlp.known import spans_in_context
from geomap.nlp.label_lines import line_label_places
from geomap.nlp.landform_names import landform_names
from geomap.nlp.listed_unknowns import listed_unknowns
from geomap.nlp.locatives import after_locative, locative_names, short_name
from geomap.nlp.longer_names import with_longer_names
from geomap.nlp.name_kinds import generic_water
from geomap.nlp.name_shapes import (
    demonym_as_modifier,
    demonym_span,
    is_acronym,
    is_facility,
    lookup_demonym,
    not_a_name,
    own_entries,
)
from geomap.nlp.nearby_towns import nearby_towns
from geomap.nlp.org_places import places_leading_institutions
from geomap.nlp.other_named import without_other_named
from geomap.nlp.other_names import other_names
from geomap.nlp.paragraph_entities import split_at_paragraphs
from geomap.nlp.particle_heads import with_particle_runs
from geomap.nlp.party_towns import party_home_towns
from geomap.nlp.patterns import datelines, state_abbreviations
from geomap.nlp.person_tails import names_over_people
from geomap.nlp.repeats import labelled_not_place, person_words, repeats
from geomap.nlp.route_ends import route_towns
from geomap.nlp.scan import Words, scan
from geomap.nlp.symbol_names import toponym_spans
from geomap.nlp.town_locatives import unused_name_town
from geomap.nlp.towns_on_rivers import towns_on_rivers
from geomap.nlp.trimmed import trimmed
from geomap.nlp.unit_names import unit_named_entities
from geomap.nlp.vocab import (
    DEMONYM_LABELS,
    EMBEDDING_LABELS,
    FACILITY_LABELS,
)


class ToponymRecognizer:
    """Find place mentions; see the module docstring."""

    def __init__(
        self,
        gazetteer: Any,
        ner_labels: Sequence[str],
        corroborated_labels: Sequence[str],
        scan: bool,
        demonyms: bool,
        max_tokens: int,
        facilities: bool = False,
    ) -> None:
        register_extensions()
        self.gazetteer = gazetteer
        self.ner_labels = frozenset(ner_labels)
        self.corroborated_labels = frozenset(corroborated_labels)
        self.scan = scan
        self.demonyms = demonyms
        #: Streets and buildings the model tags ORG, or FAC with "the", are names
        #: too (for corpora that annotate them, GeoWebNews; LGL does not).
        self.facilities = facilities
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc.spans["toponyms"]`` (a failing rule contained: sentence by sentence).

        Entities that run over a blank line are cut there first
        (:func:`~geomap.nlp.paragraph_entities.split_at_paragraphs`).
        """
        split_at_paragraphs(doc)
        return guarded(doc, "recognition", self._recognise, self._by_sentence)

    def _by_sentence(self, doc: Doc) -> None:
        by_sentence(doc, self._recognise, "recognition")

    def _recognise(self, doc: Doc) -> Doc:
        found: list[Span] = []
        demonym_spans: list[Span] = []
        people = person_words(doc, self.gazetteer)
        not_places = people | labelled_not_place(doc)
        parts = entity_parts(doc, self.gazetteer)
        for ent in parts:
            span = self._from_entity(ent, people, not_places)
            if span is not None:
                found.append(span)
            elif ent.label_ in DEMONYM_LABELS and self.demonyms:
                if names_with_next(ent[-1]) and self._own_name(doc[ent.end].text):
                    continue  # "French Quarter": a name, not France ("French President" is)
                place = lookup_demonym(self.gazetteer, ent.text)
                if place is not None:
                    demonym_spans.append(demonym_span(doc, ent.start, ent.end, ent.label_, place))
            elif self.demonyms and ent.label_ in EMBEDDING_LABELS:
                demonym_spans.extend(self._embedded_demonyms(ent))
        if self.scan:
            words = Words(doc)
            found.extend(scan(doc, words, self.gazetteer, self.max_tokens))
            found.extend(locative_names(doc, words, self.gazetteer, people, self.max_tokens))
            found.extend(landform_names(doc, self.gazetteer))  # "on the Arabat Spit"
        hyphenated, hyphen_demonyms = hyphen_parts(doc, self.gazetteer)
        found.extend(hyphenated)
        if self.demonyms:
            demonym_spans.extend(
                demonym_span(doc, i, i + 1, "NORP", place) for i, place in hyphen_demonyms
            )
        lines = datelines(doc, self.gazetteer)
        found.extend(lines + after_dateline(doc, lines, self.gazetteer, people))
        found.extend(state_abbreviations(doc, self.gazetteer))
        in_context = spans_in_context(doc, parts, found, self.gazetteer, people)
        found.extend(in_context)
        found.extend(nearby_towns(doc, parts, found, self.gazetteer, people))
        found.extend(towns_on_rivers(doc, found, self.gazetteer, people))  # "Izmail on the Danube"
        found.extend(route_towns(doc, parts, found, self.gazetteer, people))
        found.extend(listed_unknowns(doc, parts, found, self.gazetteer, people))
        found.extend(line_label_places(doc, found, self.gazetteer, people))  # "- Izium: ..."
        found.extend(places_leading_institutions(doc, self.gazetteer, people))  # "Kanawha Court"
        found.extend(party_home_towns(doc, self.gazetteer))  # "Sen. Ken Cuccinelli, R-Fairfax,"
        found.extend(other_names(doc, found))  # "..., which Argentina calls the Malvinas"
        found.extend(headline_names(doc, found, self.gazetteer))  # "... DRONE FALLS NEAR REZEKNE"
        found.extend(headline_places(doc, found, self.gazetteer))  # "Quake jolts X"
        found.extend(names_over_people(doc, self.gazetteer))  # "Dera" + "Ismail Khan" (PERSON)
        found.extend(unit_named_entities(doc, doc.ents, self.gazetteer))  # "Mykolaiv Oblast"
        cut = [trimmed(s, self.gazetteer) for s in found]
        spans = filter_spans([s for s in cut if s is not None])
        spans = filter_spans(with_particle_runs(doc, spans))  # "Adrar des Ifoghas"
        spans = filter_spans(with_longer_names(doc, spans, self.gazetteer))  # "The Hague"
        said = [*lines, *in_context]  # a name its context placed says place, as a dateline
        spans = filter_spans(spans + repeats(doc, spans, people, self.gazetteer, said))
        spans = filter_spans(spans + [d for d in demonym_spans if not overlaps(d, spans)])
        spans = without_other_named(doc, spans, self.gazetteer)  # people, groups, firms ...
        spans = without_dateline_openers(doc, spans, self.gazetteer)  # "(AP) - Police said"
        spans = filter_spans(spans + foreign_script_names(doc, self.gazetteer, spans))  # «под X»
        doc.spans[TOPONYMS] = toponym_spans(spans)  # no "À¶à" from junk
        return doc

    # -- entities -------------------------------------------------------------------------
    def _from_entity(
        self, ent: Span, person_words: frozenset[str], not_places: frozenset[str]
    ) -> Span | None:
        """The toponym an entity names, or ``None``.

        ``not_places`` are ``person_words`` and the one-word names the model tagged a
        person or an organisation somewhere in the article: a name the gazetteer does
        not know is no place where the model tags it GPE or LOC ("Dropbox").
        """
        label = ent.label_
        core = without_article(ent) if self.facilities else ent
        facility = label in self.ner_labels or (self.facilities and label in FACILITY_LABELS)
        if facility and is_facility(core) and not self._own_name(core.text):
            # "Elm Street", "Oxford Road": the street, not the place it is named after;
            # with ``facilities``, also "the Rogers Centre" (FAC) and "Holy Redeemer
            # Church" (ORG)
            if not_a_name(core, person_words):
                return None
            return Span(ent.doc, core.start, core.end, label=label)
        if label in self.ner_labels and not self.demonyms and self._only_demonym(ent):
            return None  # "Ukrainian" tagged GPE: a demonym, left out unless asked for
        if not self.demonyms and demonym_as_modifier(ent, self.gazetteer):
            return None  # "the Saudi-led coalition", "Saudi officials"
        if label in self.ner_labels:
            sub = best_subspan(ent, self.gazetteer, self.max_tokens, strict=False)
            if sub is not None:
                if not sub.text[:1].isupper() and not sub.text[:1].isdigit():
                    return None
                if is_acronym(sub.text) and not corroborated(sub, label, self.gazetteer):
                    return None
                if len(sub) == 1 and weak_word(sub[0], self.gazetteer, person_words):
                    return None
                return whole_water_name(ent, sub) or with_compass_word(ent, sub) or sub
            if generic_water(ent, self.gazetteer):  # "ports in the Gulf"
                return without_article(ent)
            if not_a_name(natural_feature(ent), not_places) or only_generic_words(ent):
                return None
            if apposed_body(ent):
                return None  # "Kyivstar, Ukraine's largest mobile operator, said"
            return Span(ent.doc, ent.start, ent.end, label=label)
        if label in self.corroborated_labels:
            head = head_name(ent)
            if head is not None and corroborated(head, label, self.gazetteer):
                return Span(ent.doc, head.start, head.end, label=label)
        if short_name(ent) and after_locative(ent, self.gazetteer, person_words):
            return Span(ent.doc, ent.start, ent.end, label=label)
        if unused_name_town(ent, self.gazetteer, person_words):
            return Span(ent.doc, ent.start, ent.end, label=label)
        return None

    def _own_name(self, text: str) -> bool:
        """Whether ``text`` is an entry's own name or curated alias (not another's old name).

        "Washington Square" is an alternate name of Franklin Square, New York: a street
        or square is only ever that street's or square's own entry.
        """
        return bool(own_entries(self.gazetteer, text))

    def _embedded_demonyms(self, ent: Span) -> Iterable[Span]:
        """Demonyms inside an organisation's name ("Canadian" in "Canadian Blood Services")."""
        for tok in ent:
            if not tok.is_title:
                continue
            place = lookup_demonym(self.gazetteer, tok.text)
            if place is not None:
                yield demonym_span(ent.doc, tok.i, tok.i + 1, ent.label_, place)

    def _only_demonym(self, ent: Span) -> bool:
        """Whether an entity is a demonym and no place's name ("Ukrainian", not "Georgia")."""
        text = ent.text
        return lookup_demonym(self.gazetteer, text) is not None and not self.gazetteer.has_name(
            text
        )

    # -- trimming -------------------------------------------------------------------------


@Language.factory(
    "geomap_toponyms",
    default_config={
        "gazetteer": {"@misc": "geomap.gazetteer.v1", "path": None},
        "ner_labels": ["GPE", "LOC", "FAC"],
        "corroborated_labels": ["ORG", "PRODUCT", "NORP"],
        "scan": True,
        "demonyms": False,
        "max_tokens": 6,
        "facilities": False,
    },
)
def make_toponym_recognizer(
    nlp: Language,
    name: str,
    gazetteer: Any,
    ner_labels: list[str],
    corroborated_labels: list[str],
    scan: bool,
    demonyms: bool,
    max_tokens: int,
    facilities: bool,
) -> ToponymRecognizer:
    """Create the ``geomap_toponyms`` component."""
    return ToponymRecognizer(
        gazetteer, ner_labels, corroborated_labels, scan, demonyms, max_tokens, facilities
    )
