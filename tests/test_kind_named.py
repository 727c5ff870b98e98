"""Lakes, rivers and passes the gazetteer lacks, named with the word for their kind."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.extensions import register_extensions
from geomap.gazetteer import Gazetteer
from geomap.nlp.focus import placeable
from geomap.nlp.kind_named import kind_neighbour, kind_spans, named_by_kind
from geomap.nlp.local import LocalToponymRecognizer
from geomap.records import Place


def _named(lang: str, text: str, ents: tuple[tuple[int, int, str], ...] = ()) -> list[str]:
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return [doc[s:e].text for s, e in kind_spans(doc)]


def test_slavic_kind_word_then_name() -> None:
    assert _named("ru", "Лёд на озере Имандра уже встал, а река Олонка разлилась.") == [
        "Имандра",
        "Олонка",
    ]
    assert _named("pl", "Fale na jeziorze Niegocin i przy przełęczy Kubalonka.") == [
        "Niegocin",
        "Kubalonka",
    ]
    assert _named("ru", "Работы на острове Большой Уссурийский идут.") == ["Большой Уссурийский"]
    # a bank's word says where, not what ("берег Олонки" names no bank called Олонка)
    assert _named("ru", "Дома на берегу Олонки подтоплены.") == []
    # a lowercase word after the kind's is no name; neither is a person's
    assert _named("ru", "Перевал закрыт, а озеро замёрзло.") == []
    assert _named("ru", "Об этом у озера Иван Петров не слышал.", ((4, 6, "PER"),)) == []


def test_adjective_with_the_kind_word_is_the_whole_name() -> None:
    assert _named("uk", "Закрили Ужоцький перевал і рух на Яблуницькому перевалі.") == [
        "Ужоцький перевал",
        "Яблуницькому перевалі",
    ]
    assert _named("pl", "Pieniądze na oczyszczenie Jeziora Żywieckiego.") == ["Jeziora Żywieckiego"]
    assert _named("pl", "Woda w Zbiorniku Jeziorsko rośnie.") == ["Zbiorniku Jeziorsko"]
    # at a sentence's start the capital may be the sentence's: nothing is read
    assert _named("uk", "Річка Ворскла вийшла з берегів.") == []
    # a sentence's first word is capitalised anyway
    assert _named("ru", "Горный перевал закрыт.") == []


def test_french_kind_word_de_and_name_whole() -> None:
    text = "Ils ont fermé le col de la Croix-Haute, le col du Lautaret et le lac d’Annecy."
    assert _named("fr", text) == ["col de la Croix-Haute", "col du Lautaret", "lac d’Annecy"]
    assert _named("fr", "La crue menace le lac Débo et la rive du Niger.") == ["lac Débo"]
    # a river's apposed name alone, a name with "de" whole
    assert _named("fr", "Sur la rivière Nysa Kłodzka et la rivière des Galets.") == [
        "Nysa Kłodzka",
        "rivière des Galets",
    ]


def test_german_compound_names_not_words() -> None:
    text = "Bäume am Walchensee, Schnee über den Albulapass und auf das Timmelsjoch."
    assert _named("de", text) == ["Walchensee", "Albulapass", "Timmelsjoch"]
    # words of the language: a passport, a reservoir, a compass
    assert _named("de", "Er zeigte den Reisepass am Stausee und den Kompass.") == []
    # no article or preposition before it
    assert _named("de", "Gestern Walchensee besucht.") == []
    # compounds of a longer word ("Portal") or a card of a thing ("Digital", "Bibliothek")
    text = "Ins Kundenportal, im Jobportal, den Digitalpass und den Bibliothekspass."
    assert _named("de", text) == []


def test_named_by_kind_lets_the_resolver_place_it() -> None:
    register_extensions()
    nlp = spacy.blank("pl")
    nlp.add_pipe("sentencizer")
    doc = nlp("Fale na jeziorze Niegocin w Giżycku.")
    assert named_by_kind(doc[3:4])
    assert placeable([doc[3:4]])
    assert not named_by_kind(doc[5:6])  # Giżycku: no kind's word names it


def test_the_recogniser_takes_the_name_and_keeps_longer_ones() -> None:
    town = Place("gi", "Giżycko", "city", "PL", None, 29_000, 21.76, 54.04, "curated")
    annecy = Place("an", "Annecy", "city", "FR", None, 130_000, 6.13, 45.9, "curated")
    gz = Gazetteer.from_places(
        [town, annecy], local_names=[("pl", "Giżycko", "gi"), ("fr", "Annecy", "an")]
    )
    nlp = spacy.blank("pl")
    nlp.add_pipe("sentencizer")
    doc = LocalToponymRecognizer(gz)(nlp("Fale na jeziorze Niegocin w Giżycku."))
    assert [s.text for s in doc.spans["toponyms"]] == ["Niegocin", "Giżycku"]
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    doc = LocalToponymRecognizer(gz)(nlp("Les bateaux restent sur le lac d’Annecy."))
    assert [s.text for s in doc.spans["toponyms"]] == ["lac d’Annecy"]


def test_a_known_river_inside_stays_the_river() -> None:
    river = Place("wi", "Vistula", "water", "PL", None, 0, 19.0, 52.0, "curated")
    gz = Gazetteer.from_places([river], local_names=[("pl", "Wisła", "wi")])
    nlp = spacy.blank("pl")
    nlp.add_pipe("sentencizer")
    doc = LocalToponymRecognizer(gz)(nlp("Rzeka Wisła wylała pod miastem."))
    assert [s.text for s in doc.spans["toponyms"]] == ["Wisła"]


def test_kind_neighbour_is_the_nearest_town_of_the_sentence() -> None:
    nlp = spacy.blank("ru")
    nlp.add_pipe("sentencizer")
    doc = nlp("Лёд на озере Имандра под Мончегорском встал. В Казани тепло.")
    mon = Place("mo", "Monchegorsk", "city", "RU", None, 40_000, 32.91, 67.94, "curated")
    kaz = Place("ka", "Kazan", "city", "RU", None, 1_200_000, 49.12, 55.79, "curated")
    region = Place("mu", "Murmansk Oblast", "admin1", "RU", None, 0, 34.5, 67.9, "curated")
    located = [(doc[5:6], mon, 0.9), (doc[9:10], kaz, 0.9)]
    assert kind_neighbour([doc[3:4]], located) == (mon, 0.9)
    # no town in its sentence: its unit; a name no kind's word names: nothing
    assert kind_neighbour([doc[3:4]], [(doc[5:6], region, 0.8)]) == (region, 0.8)
    assert kind_neighbour([doc[5:6]], [(doc[9:10], kaz, 0.9)]) is None
    # a town at home before a nearer one abroad (the article's focus is at home)
    far = Place("sa", "San", "city", "ML", None, 60_000, -4.9, 13.3, "curated")
    doc = nlp("Дорога у озера Имандра возле Сана и Мончегорска.")
    located = [(doc[5:6], far, 0.5), (doc[7:8], mon, 0.9)]
    assert kind_neighbour([doc[3:4]], located, mon) == (mon, 0.9)
    assert kind_neighbour([doc[3:4]], located) == (far, 0.5)


def test_named_by_kind_reads_near_the_span_as_the_whole_doc_would() -> None:
    """named_by_kind looks at the span's own words only: the same answer for every span."""
    texts = {
        "ru": "Лёд на озере Имандра уже встал, а река Олонка разлилась. Закрыли Крестовый перевал.",
        "uk": "Закрили Ужоцький перевал і рух на Яблуницькому перевалі.",
        "pl": "Fale na jeziorze Niegocin. Woda w Zbiorniku Jeziorsko i Jeziora Żywieckiego.",
        "fr": "Le col de la Croix-Haute, le lac d’Annecy, la rivière Nysa Kłodzka, le fleuve Niger",
        "de": "Bäume am Walchensee, Schnee über den Albulapass und auf das Timmelsjoch.",
    }
    for lang, text in texts.items():
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        doc = nlp(text)
        whole = set(kind_spans(doc))
        assert whole
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 6) + 1):
                assert named_by_kind(doc[start:end]) == ((start, end) in whole), (lang, start, end)
