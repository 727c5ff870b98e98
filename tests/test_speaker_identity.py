"""One source under its names in two scripts and several romanisations (geomap.claims.identity).

The keys merge the map's sources of a run and let ``claims --speaker`` find a name
written in another script.
"""

from __future__ import annotations

from geomap.claims.identity import name_key, same_source_named, speaker_key
from geomap.claims.select import select_claims
from geomap.mapping.sources import sources_payload
from geomap.records import Claim, Speaker


def test_a_person_has_one_key_in_cyrillic_and_in_latin_romanisations() -> None:
    for names in (
        ("Ігор Ткачук", "Igor Tkachuk", "Ihor Tkachuk", "Ihor Tkatchouk"),
        ("Юлия Соколова", "Yuliya Sokolova", "Julia Sokolova", "Ioulia Sokolova"),
        ("Евгений Жуков", "Yevgeny Zhukov", "Evgeniy Zhukov", "Yevhenii Zhukov"),
    ):
        assert len({speaker_key(n, "person") for n in names}) == 1, names


def test_different_people_and_bodies_keep_different_keys() -> None:
    assert speaker_key("Ihor Tkachuk", "person") != speaker_key("Ihor Tkachenko", "person")
    assert speaker_key("Ihor Tkachuk", "person") != speaker_key("Oleh Tkachuk", "person")
    state = speaker_key("State Border Committee", "government")
    assert state != speaker_key("State Tax Committee", "government")


def test_a_surname_finds_the_name_in_another_script() -> None:
    assert same_source_named("Tkachuk", "Ігор Ткачук", "person")
    assert same_source_named("Ihor Tkatchouk", "Ігор Ткачук", "person")
    assert not same_source_named("Tkachenko", "Ігор Ткачук", "person")
    assert name_key("Ткачук") in name_key("Ігор Ткачук")


def _claim(name: str, article: str) -> Claim:
    speaker = Speaker(name, 0, len(name), kind="person")
    return Claim("1", article, f"{name} said.", 0, 5, speaker)


def test_claims_speaker_filter_matches_across_scripts() -> None:
    claims = [_claim("Ігор Ткачук", "a"), _claim("Anna Berg", "b")]
    chosen = select_claims([], claims, speaker="Tkatchouk")  # French romanisation
    assert [c.article_id for c in chosen] == ["a"]


def test_the_map_counts_one_source_under_two_scripts_once() -> None:
    claims = [
        {"speaker": "Ігор Ткачук", "speaker_kind": "person", "article": "a"},
        {"speaker": "Ihor Tkachuk", "speaker_kind": "person", "article": "b"},
        {"speaker": "Anna Berg", "speaker_kind": "person", "article": "b"},
    ]
    sources, total, _ = sources_payload([(0, claims)], {"a": 0, "b": 1})
    # listed under the name in the script most of the run's sources are named in
    assert total == 2 and sources[0]["name"] == "Ihor Tkachuk" and sources[0]["n"] == 2


def test_names_that_differ_by_a_number_keep_different_keys() -> None:
    assert speaker_key("Unit 12", "organisation") != speaker_key("Unit 13", "organisation")
    assert speaker_key("Unit 1", "organisation") != speaker_key("Unit 11", "organisation")


def test_yo_and_its_romanisations_are_one_letter() -> None:
    # Russian "ё" is "yo" in English romanisation, "e" in anyascii and in most Russian text
    for names in (
        ("Сергей Аксёнов", "Сергей Аксенов", "Sergei Aksyonov", "Sergey Aksenov"),
        ("Пётр Соловьёв", "Pyotr Solovyov", "Petr Solovev"),
    ):
        assert len({speaker_key(n, "person") for n in names}) == 1, names
    assert same_source_named("Аксёнов", "Sergei Aksyonov", "person")
    assert same_source_named("Aksenov", "Sergei Aksyonov", "person")
    assert same_source_named("Aksyonov", "Сергей Аксенов", "person")
    assert speaker_key("Ivan Aksyonov", "person") != speaker_key("Ivan Aksakov", "person")


def test_the_map_counts_a_yo_name_in_two_scripts_once() -> None:
    claims = [
        {"speaker": "Sergei Aksyonov", "speaker_kind": "person", "article": "a"},
        {"speaker": "Сергей Аксёнов", "speaker_kind": "person", "article": "b"},
    ]
    sources, total, _ = sources_payload([(0, claims)], {"a": 0, "b": 1})
    assert total == 1 and sources[0]["n"] == 2
