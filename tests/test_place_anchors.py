"""Places both articles name are evidence however spelled (user68a A6).

Two outlets report one event two days apart: one writes a town's old name
("Krasnoarmeysk") and the other places' Russian spellings ("Kharkov", "Mirnograd"),
the other the current ones.  Their capitalised words differ; the places they
resolve to do not.
"""

from __future__ import annotations

from test_compare import at

from geomap.claims import compare
from geomap.records import Place

POKROVSK = Place("t-pok", "Pokrovsk", "city", "UA", None, 0, 37.2, 48.3, "test")
KHARKIV = Place("t-kha", "Kharkiv", "city", "UA", None, 0, 36.2, 50.0, "test")
MYRNOHRAD = Place("t-myr", "Myrnohrad", "city", "UA", None, 0, 37.3, 48.3, "test")

A_STRIKE = "Drones struck Kharkov overnight, the regional governor said."
A_TAKEN = (
    "A Defence Ministry spokesman said Russian troops had seized new positions"
    " on the edge of Krasnoarmeysk."
)
A_BACK = "According to the ministry, the defenders pulled back toward Mirnograd."
B_TAKEN = (
    "Moscow's Defence Ministry claimed its soldiers had seized positions on the edge of Pokrovsk."
)
B_STRIKE = "In Kharkiv, officials said the drone strike had damaged a power plant."
B_SHELLED = "Shelling also hit Myrnohrad, the ministry said."
B_HOSPITAL = "A field hospital in Pokrovsk was evacuated after its generator failed."
DATES = {"a": "2026-05-01", "b": "2026-05-03"}


def _article_a(taken: bool = True) -> list:  # type: ignore[type-arg]
    out = [at("a", A_STRIKE, 0, "Kharkov", KHARKIV), at("a", A_BACK, 300, "Mirnograd", MYRNOHRAD)]
    return [*out, at("a", A_TAKEN, 100, "Krasnoarmeysk", POKROVSK)] if taken else out


def _article_b(said: str) -> list:  # type: ignore[type-arg]
    return [
        at("b", said, 0, "Pokrovsk", POKROVSK),
        at("b", B_STRIKE, 200, "Kharkiv", KHARKIV),
        at("b", B_SHELLED, 300, "Myrnohrad", MYRNOHRAD),
    ]


def test_one_event_in_other_spellings_is_paired() -> None:
    found = compare([*_article_a(), *_article_b(B_TAKEN)], dates=DATES).place("t-pok")
    assert found is not None
    (pair,) = found.pairs
    assert {pair.claim_a.sentence, pair.claim_b.sentence} == {A_TAKEN, B_TAKEN}
    assert pair.evidence is not None
    assert {"Kharkiv", "Myrnohrad"} <= set(pair.evidence.shared_names)
    assert "Pokrovsk" not in pair.evidence.shared_names  # the place compared is no anchor


def test_another_thing_said_of_the_place_is_not_paired() -> None:
    found = compare([*_article_a(), *_article_b(B_HOSPITAL)], dates=DATES).place("t-pok")
    assert found is not None and found.pairs == ()


def test_a_streamed_run_pairs_them_too() -> None:
    from geomap.claims import claims_from_mentions
    from geomap.records import ArticleResult, InputStatus
    from geomap.runstore import RunStore

    with RunStore() as store:
        for aid, mentions in (("a", _article_a()), ("b", _article_b(B_TAKEN))):
            status = InputStatus(f"{aid}.txt", aid, "ok", None, len(mentions), len(mentions))
            meta = {"published": DATES[aid], "language": "en"}
            claims = tuple(claims_from_mentions(mentions))
            store.add(ArticleResult(status, tuple(mentions), claims, meta))
        store.pair()
        ((a, b, _, evidence),) = list(store.pairs_of("t-pok"))
    assert {a["sentence"], b["sentence"]} == {A_TAKEN, B_TAKEN}
    assert evidence is not None and "Kharkiv" in evidence["shared_names"]
