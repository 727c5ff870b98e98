"""Toponym recognition in French, German, Polish, Russian and Ukrainian.

``geomap_local_toponyms`` fills ``doc.spans["toponyms"]`` from the gazetteer's
names in the document's language, matched by their lemmas ("под Харьковом",
"we Lwowie", "Polens": :meth:`geomap.gazetteer.Gazetteer.candidates` with
``lang``), and from the language model's location entities where the
pipeline has a NER (French, Russian).

The context rules that decide whether a run of words is a place are
:func:`geomap.nlp.local_accept.acceptable` (capitalisation, prepositions,
articles, kinds, datelines).  A town beside a found toponym in a list ("X і
Y") is taken too; a name the model tags as a person or organisation is
skipped, unless the whole entity is a country or a city of a million ("Киев
заявил").

Spans of two or more words may start lowercase ("mer Noire", "сектор Газа",
"obwodzie królewieckim"). Overlaps go to the longest span.  Every span is
labelled ``GAZ``: these models' ``LOC`` covers every kind of place, unlike the
English model's, whose label the resolver weighs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from geomap.containment import by_sentence, guarded
from geomap.extensions import TOPONYMS, register_extensions
from geomap.gazetteer.towns_abroad import CYRILLIC_LANGUAGES
from geomap.nlp import registry  # noqa: F401  (registry functions used in the config)
from geomap.nlp.adjective_homographs import outside_adjective_homographs
from geomap.nlp.adjective_towns import adjective_towns
from geomap.nlp.attack_nouns import after_attack_noun
from geomap.nlp.city_districts import outside_city_districts
from geomap.nlp.colon_lists import colon_listed
from geomap.nlp.french_tails import outside_compass_tails, with_elided_tails
from geomap.nlp.kind_named import kind_named
from geomap.nlp.local_accept import acceptable
from geomap.nlp.local_context import capitalised, locative
from geomap.nlp.local_entities import (
    adjective_of_next,
    after_common_noun,
    cuts_name,
    person_after_preposition,
    place_runs_into_words,
    run_into_words,
)
from geomap.nlp.local_kinds import town
from geomap.nlp.local_lists import listed_towns
from geomap.nlp.local_nearby import nearby_home_towns
from geomap.nlp.local_position import dateline, quoted
from geomap.nlp.local_repeats import inflected_repeats, repeated
from geomap.nlp.local_spans import (
    article_of_name,
    elided_capital,
    entity_core,
    inflected_acronym,
    kind_widened,
    noun_widened,
    outside_organisations,
    splits_compound,
    window_end,
)
from geomap.nlp.lone_persons import lone_person_place, named_surnames
from geomap.nlp.named_countries import (
    GUESSED_TOWN_LANGUAGES,
    entity_countries,
    town_abroad_entity,
    town_of_named_country,
)
from geomap.nlp.nominative_towns import nominative_town
from geomap.nlp.person_titles import outside_person_titles
from geomap.nlp.river_towns import river_before_town
from geomap.nlp.shared_heads import shared_head_spans
from geomap.nlp.street_names import outside_streets
from geomap.nlp.symbol_names import toponym_spans
from geomap.nlp.town_in_unit import towns_in_units
from geomap.nlp.vocab import BIG_CITY

#: Entity labels of places, and of names that are not places.
PLACE_LABELS = frozenset({"LOC", "GPE"})
OTHER_LABELS = frozenset({"PER", "PERSON", "ORG", "MISC"})


class LocalToponymRecognizer:
    """Find place mentions in a language other than English; see the module docstring."""

    def __init__(self, gazetteer: Any, max_tokens: int = 4) -> None:
        register_extensions()
        self.gazetteer = gazetteer
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc.spans["toponyms"]`` (a failing rule contained: sentence by sentence)."""
        return guarded(doc, "recognition", self._recognise, self._by_sentence)

    def _by_sentence(self, doc: Doc) -> None:
        by_sentence(doc, self._recognise, "recognition", PLACE_LABELS)

    def _recognise(self, doc: Doc) -> Doc:
        lang = doc.lang_
        blocked: set[int] = set()
        persons: set[int] = set()  # one-word person entities: a town in a list may be one
        runs: set[int] = set()  # a location's first word before lowercase words: the same
        found: list[Span] = []
        countries: set[str] | None = None  # the article's countries, read when needed
        people = named_surnames(doc)  # "Сергей Лавров": "Лаврова" stays a person
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS:
                span = self._entity(ent, lang)
                if span is None and lang in CYRILLIC_LANGUAGES:  # "в Эрбиле" (Iraq named)
                    if countries is None:
                        countries = entity_countries(self.gazetteer, doc)
                    if town_abroad_entity(self.gazetteer, ent, countries):
                        span = Span(doc, ent.start, ent.end, label="GAZ")
                if span is not None:
                    found.append(span)
                blocked.update(range(ent.start, ent.end))
                if span is None and place_runs_into_words(ent, lang):
                    runs.add(ent.start)  # "и Иртыша подтоплены" (LOC): listed alone
            elif ent.label_ in OTHER_LABELS:
                if self._speaks_as_place(ent, lang):
                    found.append(Span(doc, ent.start, ent.end, label="GAZ"))
                elif lone_person_place(self.gazetteer, ent, lang, people):
                    found.append(Span(doc, ent.start, ent.end, label="GAZ"))  # "по Оби"
                elif lang in GUESSED_TOWN_LANGUAGES and person_after_preposition(ent, lang):
                    if countries is None:
                        countries = entity_countries(self.gazetteer, doc)
                    cands = self.gazetteer.candidates(ent.text, lang)
                    if town_of_named_country(ent, cands, countries):  # "у Кагула"
                        found.append(Span(doc, ent.start, ent.end, label="GAZ"))
                # a dateline stays a dateline when the model calls it an organisation or
                # runs it into the next words ("HELSINKI –" as ORG)
                first = ent.start + dateline(doc[ent.start])
                if run_into_words(ent, lang):  # "в Купянске повреждены школа" (ORG)
                    first = ent.start + 1  # the first word is judged like any other
                blocked.update(range(first, ent.end))
                if ent.label_ in ("PER", "PERSON") and len(ent) == 1:
                    persons.add(ent.start)
        found.extend(self._scan(doc, lang, blocked))
        spans = filter_spans(found)
        spans = filter_spans(spans + repeated(doc, spans, blocked))  # one sense per article
        spans = filter_spans(spans + inflected_repeats(self.gazetteer, doc, spans, blocked))
        spans = filter_spans(spans + nearby_home_towns(self.gazetteer, doc, spans, blocked))
        spans = filter_spans(spans + kind_named(self.gazetteer, doc, spans, blocked))
        spans = filter_spans(spans + list(colon_listed(self.gazetteer, doc, spans, blocked)))
        spans = filter_spans(
            spans + list(listed_towns(self.gazetteer, doc, lang, spans, blocked - persons - runs))
        )
        spans = filter_spans(
            spans + list(towns_in_units(self.gazetteer, doc, lang, spans, blocked))
        )
        spans = filter_spans(spans + list(shared_head_spans(self.gazetteer, doc, spans)))
        spans = filter_spans(spans + list(adjective_towns(self.gazetteer, doc, spans, blocked)))
        spans = outside_organisations(spans, self.gazetteer)
        spans = outside_city_districts(spans, self.gazetteer, lang)  # "в Киевском районе города"
        spans = outside_compass_tails(outside_streets(spans, self.gazetteer))  # "ul. X", "du Nord"
        spans = filter_spans(with_elided_tails(spans, self.gazetteer))  # "Fada N'Gourma"
        spans = outside_person_titles(spans)  # "pan Stanisław", "Herr Weimar"
        spans = outside_adjective_homographs(spans, lang)  # "Polska ambasada w Dakarze"
        doc.spans[TOPONYMS] = toponym_spans(spans)  # no "À¶à" from junk
        return doc

    # -- the model's entities --------------------------------------------------------
    def _entity(self, ent: Span, lang: str) -> Span | None:
        """A location entity, or the longest part of it the gazetteer knows well.

        The whole entity is tried first ("Le Havre"); a part of it only when it
        is a country, region, admin unit, sea or big city ("Куйбышевского района",
        "Площадь Победы" are no towns).
        """
        doc = ent.doc
        # the entity, then without its article or a trailing function word ("La Loire",
        # "Амуре напротив"); each first with the lowercase word after it, where the
        # model stopped early ("l'Europe centrale")
        core = entity_core(ent, lang)
        wider = kind_widened(ent, lang)  # "péninsule de Kola": the model took "Kola"
        wider = wider or noun_widened(ent, lang)  # "corridor de Suwałki": the model took "Suwałki"
        spans = [wider] if wider is not None else []
        spans += [e] if (e := elided_capital(ent, lang)) is not None else []  # N’Djamena
        spans += [(ent.start, ent.end)] + ([] if core is None else [core])
        for start, end in spans:
            nxt = doc[end] if end == ent.end and end < len(doc) else None
            ends = [end + 1, end] if nxt is not None and nxt.is_alpha and nxt.is_lower else [end]
            if len(ends) > 1 and splits_compound(doc[start : end + 1]):
                ends.insert(0, end + 3)  # "Генического" + "р-на": the whole compound
            for stop in ends:
                if acceptable(self.gazetteer, doc[start:stop], lang, entity=True):
                    # "près de La Grave": an article with a capital inside a sentence is
                    # the name's own, though the gazetteer knows the name without it
                    own = start > ent.start and article_of_name(ent, lang)
                    return Span(doc, ent.start if own else start, stop, label="GAZ")
        tail = after_common_noun(ent, lang)
        if tail is not None and acceptable(self.gazetteer, tail, lang, entity=True):
            return Span(doc, tail.start, tail.end, label="GAZ")
        for length in range(len(ent) - 1, 0, -1):
            for i in range(ent.start, ent.end - length + 1):
                sub = doc[i : i + length]
                # "La Pologne" -> "Pologne", never "La"; a capitalised last word of two
                # is a name's ("Grand Est")
                named_end = len(sub) > 1 and sub[-1].is_title
                if (
                    sub[0].is_punct
                    or sub[-1].is_punct
                    or sub[0].is_stop
                    or (sub[-1].is_stop and not named_end)
                ):
                    continue
                if splits_compound(sub):
                    continue  # "Тянь" of "Тянь-Шаня"
                if adjective_of_next(sub, ent, lang) or cuts_name(sub, ent):
                    continue  # "Северную" of "Северную Осетию", "région Grand" of "… Grand Est"
                attacked = (
                    len(sub) == 1 and sub.start > ent.start and after_attack_noun(sub[0], lang)
                )
                if attacked and acceptable(self.gazetteer, sub, lang, entity=True):
                    return Span(doc, sub.start, sub.end, label="GAZ")  # "Обстрел Лозовой"
                if acceptable(self.gazetteer, sub, lang, entity=True, part=True):
                    return Span(doc, sub.start, sub.end, label="GAZ")
        return None

    def _speaks_as_place(self, ent: Span, lang: str) -> bool:
        """A person or organisation entity that is a country's or a big city's name.

        After a preposition of place, a one-word person entity or an organisation
        entity may be a city of :data:`BIG_CITY` ("près de Galați", "в Баня-Луке").
        """
        if ent.label_ in ("PER", "PERSON") and len(ent) > 1:
            return False
        if any(inflected_acronym(t.text) for t in ent):
            return False  # "На ГАЗе": an organisation's acronym with a case ending
        if quoted(ent):
            return False  # «Ростов»: the club, though the model calls it an organisation
        cands = self.gazetteer.candidates(ent.text, lang)
        if len(ent) == 1 and after_attack_noun(ent[0], lang):  # "Обстрел: Купянск" (PER)
            return any(town(c, lang) for c in cands)
        if len(ent) == 1 and river_before_town(ent, cands, self.gazetteer):
            return True
        if len(ent) == 1 and nominative_town(self.gazetteer, ent[0], cands, lang, entity=True):
            return True  # "Купянск снова под обстрелом" (PER): a town's own nominative
        if ent.label_ in ("PER", "PERSON", "ORG") and locative(ent[0], lang):
            return any(c.match != "alternate" and c.place.population >= BIG_CITY for c in cands)
        return any(
            c.match in ("name", "alias", "exonym")
            and (
                c.place.feature_type in ("country", "admin1")
                or (c.place.feature_type == "city" and c.place.population >= 1_000_000)
            )
            for c in cands
        )

    # -- gazetteer scan ----------------------------------------------------------------
    def _scan(self, doc: Doc, lang: str, blocked: set[int]) -> Iterable[Span]:
        i = 0
        while i < len(doc):
            match = None if i in blocked else self._longest(doc, i, lang, blocked)
            if match is None:
                i += 1
                continue
            yield match
            i = match.end

    def _longest(self, doc: Doc, i: int, lang: str, blocked: set[int]) -> Span | None:
        if not doc[i].is_alpha and not capitalised(doc[i]):
            return None
        sent_end = doc[i].sent.end if doc.has_annotation("SENT_START") else len(doc)
        end = window_end(doc, i, self.max_tokens, min(len(doc), sent_end))  # "Дар-эс-Салам"
        for j in range(end, i, -1):
            if any(k in blocked for k in range(i, j)):
                continue
            span = doc[i:j]
            closed = span[-1].text == ")" and span.text.count("(") == span.text.count(")")
            if not closed and (span[-1].is_punct or not any(ch.isalpha() for ch in span[-1].text)):
                continue  # but "Frankfurt (Oder)" keeps its bracket
            if splits_compound(span):
                continue
            if acceptable(self.gazetteer, span, lang):
                return Span(doc, i, j, label="GAZ")
        return None


@Language.factory(
    "geomap_local_toponyms",
    default_config={
        "gazetteer": {"@misc": "geomap.gazetteer.v1", "path": None},
        "max_tokens": 4,
    },
)
def make_local_recognizer(
    nlp: Language, name: str, gazetteer: Any, max_tokens: int
) -> LocalToponymRecognizer:
    """Create the ``geomap_local_toponyms`` component."""
    return LocalToponymRecognizer(gazetteer, max_tokens)
