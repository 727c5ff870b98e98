"""Mechanisms of the fifth issue-18 generalisation step (branch ``lang39``).

A preposition governs the list it opens, whether or not its first name is known
("w Korczowej i Medyce"); a German compound noun's last part names a kind of place
("den Donauhafen Ismajil", "der Grenzfluss Oder"); a run of words never ends in a
lowercase function word ("accusé Moscou de vouloir", "Plus de 150") and an elided
French article before a common noun is no name ("L’étang"); a river's namesake
village abroad is no town read from a preposition ("вода з Дунаю" in Ukrainian).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.gazetteer import Gazetteer
from geomap.nlp.local import LocalToponymRecognizer
from geomap.nlp.local_context import compound_kind
from geomap.nlp.local_kinds import over_namesakes
from geomap.nlp.local_reading import AREA_LABEL, reading
from geomap.records import Place


def _place(pid: str, name: str, ftype: str, cc: str | None, pop: int, code: str) -> Place:
    return Place(pid, name, ftype, cc, None, pop, 20.0, 50.0, "t", code)


def _recognise(
    gz: Gazetteer, lang: str, text: str, ents: tuple[tuple[int, int, str], ...] = ()
) -> list[str]:
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return [s.text for s in LocalToponymRecognizer(gz)(doc).spans["toponyms"]]


def test_a_preposition_governs_the_list_it_opens() -> None:
    gz = Gazetteer.from_places(
        [_place("medyka", "Medyka", "city", "PL", 2_800, "PPL")],
        local_names=[("pl", "Medyka", "medyka")],
    )
    # the first name is unknown; the second is a village that needs a preposition
    assert _recognise(gz, "pl", "Kierowcy jadą w Korczowej i Medyce stoją.") == ["Medyce"]
    assert _recognise(gz, "pl", "Kierowcy jadą w Medyce.") == ["Medyce"]
    # no preposition before the list, or a comma rather than a conjunction: no support
    assert _recognise(gz, "pl", "Kowalski i Medyce stoją.") == []
    assert _recognise(gz, "pl", "Byli w Korczowej , Medyce stoją.") == []


def test_a_german_compound_names_the_kind_of_place() -> None:
    gz = Gazetteer.from_places(
        [
            _place("izmail", "Izmail", "city", "UA", 70_000, "PPL"),
            _place("oder", "Oder", "water", None, 0, "STM"),
        ],
        local_names=[("de", "Ismajil", "izmail"), ("de", "Oder", "oder")],
    )
    text = "Die Drohnen flogen über den Donauhafen Ismajil."
    assert _recognise(gz, "de", text) == ["Ismajil"]
    assert _recognise(gz, "de", "Die Drohnen flogen über den Export Ismajil.") == []
    doc = spacy.blank("de")("Der Grenzfluss Oder trat über die Ufer.")
    assert reading(doc[2:3])[0] == AREA_LABEL
    assert compound_kind("hafenstadt", "de") == "city"
    assert compound_kind("grenzfluss", "de") == "water"
    assert compound_kind("ferieninsel", "de") == "landform"
    assert compound_kind("export", "de") is None  # "-port" is no "-ort"
    assert compound_kind("hafenstadt", "pl") is None


def test_a_run_of_words_never_ends_in_a_function_word() -> None:
    gz = Gazetteer.from_places(
        [
            _place("mow", "Moscow", "city", "RU", 10_000_000, "PPLC"),
            _place("wv", "West Virginia", "admin1", "US", 1_800_000, "ADM1"),
            _place("etang", "L'Étang", "city", "FR", 4_600, "PPL"),
        ],
        # names as the lemma index happens to key them: an alternate that ends in "de"
        local_names=[
            ("fr", "Moscou", "mow"),
            ("fr", "Moscou de", "mow"),
            ("fr", "Plus de", "wv"),
            ("fr", "L'étang", "etang"),
        ],
    )
    text = "La présidente a accusé Moscou de vouloir déstabiliser le pays."
    assert _recognise(gz, "fr", text, ((4, 5, "LOC"),)) == ["Moscou"]
    assert _recognise(gz, "fr", "Plus de 150 feux étaient actifs.") == []
    assert _recognise(gz, "fr", "Il pleut. L’étang déborde.") == []


def test_a_river_namesake_village_abroad_is_no_town_by_its_preposition() -> None:
    gz = Gazetteer.from_places(
        [
            _place("danube", "Danube", "water", None, 0, "STM"),
            _place("dunay", "Dunay", "city", "RU", 8_400, "PPL"),
        ],
        local_names=[("uk", "Дунай", "danube"), ("uk", "Дунай", "dunay")],
    )
    span = spacy.blank("uk")("У Вилковому вода з Дунаю підтопила двори .")[4:5]

    def kept(g: Gazetteer) -> set[str]:
        cands = list(g.candidates(span.text, "uk"))
        return {c.place.place_id for c in over_namesakes(cands, [span])}

    assert kept(gz) == {"danube"}  # "з" reads as a town's, but the village is in Russia
    home = Gazetteer.from_places(
        [_place("danube", "Danube", "water", None, 0, "STM"),
         _place("dunayua", "Dunay", "city", "UA", 3_000, "PPL")],
        local_names=[("uk", "Дунай", "danube"), ("uk", "Дунай", "dunayua")],
    )  # fmt: skip
    assert kept(home) == {"danube", "dunayua"}  # a village at home stays a town's reading
