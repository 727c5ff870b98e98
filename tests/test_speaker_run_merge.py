"""One speaker across languages and scripts, and indeclinable Russian surnames (round 70).

"Lavrov" / "Sergueï Lavrov" / "Сергей Лавров", "Alexandre Loukachenko" / "Александр
Лукашенко" are one source of a run (geomap.claims.identity, geomap.claims.run_speakers,
the map's Speakers list); "Майя Санду" is not "Майя Санда" (geomap.claims.name_cases).
"""

from __future__ import annotations

from typing import Any

import pytest

from geomap.claims.identity import speaker_key, surname_owners
from geomap.claims.local_lexicon import RUSSIAN
from geomap.claims.local_sources import with_entity
from geomap.claims.name_cases import nominative, oblique_nominatives
from geomap.claims.run_speakers import speaker_groups
from geomap.mapping.sources import sources_payload
from geomap.records import Speaker


def test_french_ch_and_russian_sh_are_one_letter() -> None:
    assert speaker_key("Alexandre Loukachenko", "person") == speaker_key(
        "Александр Лукашенко", "person"
    )
    assert speaker_key("Oleg Tchernov", "person") == speaker_key("Олег Чернов", "person")
    # only in a person's surname: initials and lone names keep "c" apart from "s"
    assert speaker_key("Claire Jenkins", "person") != speaker_key("Sian Jenkins", "person")
    assert speaker_key("Chen", "person") != speaker_key("SSEN", "organisation")


def test_a_lone_surname_joins_the_one_fuller_person() -> None:
    lavrov = [("lavrov", "organisation", "Lavrov"), ("s lavrov", "person", "Сергей Лавров")]
    assert surname_owners(lavrov) == {"lavrov": "s lavrov"}
    # two persons share the surname: never merged
    sandus = [("sandu", "person", "Sandu"), ("m sandu", "person", "Maia Sandu")]
    assert surname_owners([*sandus, ("i sandu", "person", "Igor Sandu")]) == {}
    # a government named by one word is no surname; a pronoun or a looser skeleton no match
    assert (
        surname_owners([("moldova", "government", "Moldova"), ("a moldova", "person", "A Moldova")])
        == {}
    )
    assert surname_owners([("iu", "person", "you"), ("w iu", "person", "Willie Wai-yiu")]) == {}
    assert surname_owners([("ala", "person", "Alia"), ("a ala", "person", "Anna Ayala")]) == {}


def test_a_run_lists_one_source_under_its_first_name() -> None:
    groups = speaker_groups(
        [("Sergueï Lavrov", "person"), ("Сергей Лавров", "person"), ("Lavrov", "organisation"),
         ("Ivan Lavrov", "person")]
    )  # fmt: skip
    # two Lavrovs of the run: the lone surname joins neither
    assert groups["Сергей Лавров"] == "Sergueï Lavrov"
    assert groups["Lavrov"] == "Lavrov"
    assert groups["Ivan Lavrov"] == "Ivan Lavrov"


def test_the_map_speakers_fold_a_lone_surname() -> None:
    claims = [
        {"speaker": "Sergueï Lavrov", "speaker_kind": "person", "article": "a"},
        {"speaker": "Lavrov", "speaker_kind": "organisation", "article": "b"},
        {"speaker": "Сергей Лавров", "speaker_kind": "person", "article": "c"},
    ]
    sources, total, _ = sources_payload(
        [(0, claims[:2]), (1, claims[2:])], {"a": 0, "b": 1, "c": 2}
    )
    assert total == 1 and sources[0]["name"] == "Sergueï Lavrov" and sources[0]["n"] == 3
    assert sources[0]["kind"] == "person" and sorted(sources[0]["places"]) == [0, 1]


@pytest.fixture(scope="module")
def vocab() -> Any:
    from natasha import MorphVocab

    return MorphVocab()


def test_an_indeclinable_surname_stays(vocab: Any) -> None:
    assert nominative("Майя Санду", vocab) == "Майя Санду"
    assert oblique_nominatives("Майя Санду", vocab) == set()
    assert nominative("Майю Санду", vocab) == "Майя Санду"  # accusative first name
    assert nominative("Марии Захаровой", vocab) == "Мария Захарова"  # still declines


def test_a_lone_indeclinable_surname_is_the_fuller_name(vocab: Any) -> None:
    record = Speaker("Санду", 0, 5, kind="person")
    found = with_entity(
        record, ["Майя Санду"], RUSSIAN, lambda n: nominative(n, vocab), "",
        lambda n: oblique_nominatives(n, vocab),
    )  # fmt: skip
    assert found.entity == "Майя Санду"


def test_claims_by_speaker_counts_one_source_across_scripts() -> None:
    from geomap.claims.tally import tally_claims
    from geomap.records import Claim

    def claim(name: str, kind: str, article: str) -> Claim:
        return Claim("p1", article, f"{name} said.", 0, 5, Speaker(name, 0, len(name), kind=kind))

    claims = [
        claim("Alexandre Loukachenko", "person", "a"),
        claim("Александр Лукашенко", "person", "b"),
        claim("Lavrov", "organisation", "c"),
        claim("Sergueï Lavrov", "person", "d"),
    ]
    rows = tally_claims(iter(claims), {}, {}, "speaker")
    assert sorted((r.group, r.claims, r.articles) for r in rows) == [
        ("Alexandre Loukachenko", 2, 2),
        ("Sergueï Lavrov", 2, 2),  # the lone surname under its fuller name
    ]


def test_a_name_inside_one_fuller_name_of_the_run_is_that_source() -> None:
    groups = speaker_groups(
        [
            ("Mohamed Irfaan Ali", "person"),
            ("Irfaan Ali", "person"),
            ("Ali", "person"),  # its one owner once the two above are one
            ("Hassan Sheikh Mohamud", "person"),
            ("Hassan Sheikh", "person"),
        ]
    )
    assert len(set(groups.values())) == 2
    assert groups["Irfaan Ali"] == groups["Ali"] == groups["Mohamed Irfaan Ali"]
    assert groups["Hassan Sheikh"] == groups["Hassan Sheikh Mohamud"]


def test_a_name_inside_two_fuller_names_joins_neither() -> None:
    groups = speaker_groups(
        [("Anna Maria Berg", "person"), ("Maria Berg", "person"), ("Lisa Maria Berg", "person")]
    )
    assert len(set(groups.values())) == 3
    # words of another order are no run of them: "Ali Hassan" is not in "Hassan Ali Khan"
    assert (
        len(set(speaker_groups([("Hassan Ali Khan", "person"), ("Ali Hassan", "person")]).values()))
        == 2
    )


def test_a_document_named_by_a_description_is_one_source_per_article() -> None:
    groups = speaker_groups(
        [
            ("satellite images", "document", "a1"),
            ("satellite images", "document", "a2"),
            ("Pentagon report", "document", "a1"),
            ("Pentagon report", "document", "a2"),
        ]
    )
    assert groups["satellite images\x00a1"] != groups["satellite images\x00a2"]
    assert groups["Pentagon report"] == "Pentagon report"  # a named document: one source
