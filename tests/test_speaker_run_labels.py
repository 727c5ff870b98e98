"""One person of a run under a surname, an "al-" name and a French spelling; labels; anonymous.

``claims --by speaker`` and the map's sources view (geomap.claims.run_speakers,
geomap.mapping.sources); ``claims --speaker`` and possessors (geomap.claims.select).
"""

from __future__ import annotations

from geomap.claims.identity import speaker_key
from geomap.claims.run_speakers import speaker_groups
from geomap.claims.select import select_claims
from geomap.claims.tally import tally_claims
from geomap.mapping.sources import sources_payload
from geomap.records import Claim, Speaker


def _claim(name: str, kind: str, article: str, role: str = "") -> Claim:
    speaker = Speaker(name, 0, len(name), kind=kind, role=role)
    return Claim("p1", article, f"{name} said.", 0, 5, speaker)


def test_an_arabic_article_and_a_french_final_e_are_no_part_of_the_key() -> None:
    key = speaker_key("Karim Nabil al-Mansour", "person")
    assert speaker_key("Karim Nabil al-Mansoure", "person") == key  # French spelling
    assert speaker_key("Карим Набиль аль-Мансур", "person") == key
    assert speaker_key("Karim Nabil al-Mansouri", "person") != key


def test_a_surname_joins_a_name_with_an_al_particle() -> None:
    groups = speaker_groups(
        [("Mansour", "organisation")] * 3
        + [("Karim Nabil al-Mansour", "person")] * 2
        + [("Karim Nabil al-Mansoure", "person"), ("Lina Haddad", "person")]
    )
    assert {groups["Mansour"], groups["Karim Nabil al-Mansoure"]} == {"Karim Nabil al-Mansour"}
    assert groups["Lina Haddad"] == "Lina Haddad"


def test_a_source_is_labelled_in_the_runs_main_script() -> None:
    named = [("Арам Мелкумян", "person")] * 2 + [("Aram Melkumyan", "person")]
    named += [("Lina Haddad", "person"), ("John Reed", "person")]
    assert speaker_groups(named)["Арам Мелкумян"] == "Aram Melkumyan"
    claims = [
        {"speaker": n, "speaker_kind": k, "article": str(i)} for i, (n, k) in enumerate(named)
    ]
    sources, _, _ = sources_payload([(0, claims)], {})
    assert sources[0] == {**sources[0], "name": "Aram Melkumyan", "n": 3}


def test_anonymous_sources_of_two_articles_are_two_sources() -> None:
    claims = [
        _claim("officials", "anonymous", "a"),
        _claim("officials", "anonymous", "a"),
        _claim("officials", "anonymous", "b"),
        _claim("Lina Haddad", "person", "a"),
        _claim("Lina Haddad", "person", "b"),
    ]
    rows = tally_claims(iter(claims), {}, {}, "speaker")
    assert sorted((r.group, r.claims) for r in rows) == [
        ("Lina Haddad", 2),
        ("officials (a)", 2),
        ("officials (b)", 1),
    ]
    payload = [
        {"speaker": c.speaker.name, "speaker_kind": c.speaker.kind, "article": c.article_id}
        for c in claims
        if c.speaker is not None
    ]
    sources, total, _ = sources_payload([(0, payload)], {"a": 0, "b": 1})
    assert total == 3
    assert sorted((s["name"], s["n"]) for s in sources) == [
        ("Lina Haddad", 2),
        ("officials (a)", 2),
        ("officials (b)", 1),
    ]


def test_speaker_filter_skips_a_possessor() -> None:
    claims = [
        _claim("Mansour", "person", "a"),
        _claim("Mansour's government", "government", "b"),
        _claim("Omar Saleh", "person", "c", role="Mansour's deputy"),
        _claim("Omar Saleh", "person", "d", role="adviser to Mansour"),
    ]
    chosen = select_claims([], claims, speaker="Mansour")
    assert [c.article_id for c in chosen] == ["a", "d"]
    chosen = select_claims([], claims, speaker="Mansour's government")
    assert [c.article_id for c in chosen] == ["b"]
