"""The run store: claims kept on disk, read back place by place."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

import numpy as np

from geomap.records import ArticleResult, Claim, InputStatus, Mention, Place
from geomap.runstore import RunStore
from geomap.serialize import claim_record

KYIV = Place("703448", "Kyiv", "city", "UA", None, 0, 30.5, 50.45, "test")
SENTENCES = [
    "Talks in Kyiv between Olena Bondar and Ivan Petrov resumed on Monday.",
    "Kyiv said talks between Olena Bondar and Ivan Petrov resumed on Monday.",
]


def _article(aid: str, sentence: str, published: str | None = None) -> ArticleResult:
    start = sentence.index("Kyiv")
    mention = Mention(aid, start, start + 4, "Kyiv", sentence, 0, KYIV, 0.9)
    claim = Claim(KYIV.place_id, aid, sentence, 0, len(sentence), None, "literal", start, start + 4)
    status = InputStatus(f"{aid}.txt", aid, "ok", None, 1, 1)
    meta = {"title": f"About {aid}"} | ({"published": published} if published else {})
    return ArticleResult(status, (mention,), (claim,), meta)


def test_claims_read_back_are_the_records_and_share_their_keys() -> None:
    with RunStore() as store:
        for n, sentence in enumerate(SENTENCES * 3):
            store.add(_article(f"a{n}", sentence))
        claims = list(store.claims_of(KYIV.place_id))
        assert claims[0] == claim_record(
            Claim(KYIV.place_id, "a0", SENTENCES[0], 0, len(SENTENCES[0]), None, "literal", 9, 13),
            {"title": "About a0"},
        )
        assert [c["article"] for c in claims] == [f"a{n}" for n in range(6)]
        # one key string for every record: the map keeps thousands of them at once
        for other in claims[1:]:
            assert all(a is b for a, b in zip(claims[0], other, strict=True))
        store.pair()
        pairs = list(store.pairs_of(KYIV.place_id))
        assert pairs and all(
            a is b for _, claim, _, _ in pairs for a, b in zip(claims[0], claim, strict=True)
        )
        # why they are one event, read back as stored
        assert pairs[0][3] is not None
        assert pairs[0][3]["shared_names"] == ["Bondar", "Ivan", "Olena", "Petrov"]
        assert len(list(store.claims_of(KYIV.place_id, limit=2))) == 2


def test_a_streamed_run_pairs_only_articles_published_close_together() -> None:
    with RunStore() as store:
        store.add(_article("a", SENTENCES[0], "2024-03-01"))
        store.add(_article("b", SENTENCES[1], "2024-03-02"))
        store.add(_article("c", SENTENCES[1], "2024-03-20"))
        store.pair()
        pairs = [(x["article"], y["article"]) for x, y, _, _ in store.pairs_of(KYIV.place_id)]
        assert pairs == [("a", "b")]
        assert [c["article"] for c in store.unpaired_of(KYIV.place_id)] == ["c"]


def test_pairing_lets_go_of_what_it_cached() -> None:
    with RunStore() as store:
        for aid in "abc":
            store.add(_article(aid, SENTENCES[0], "2024-03-01"))
        cached: list[int] = []
        evidence = store.index.evidence

        def spy(*args: object, **kwargs: object) -> object:
            found = evidence(*args, **kwargs)  # type: ignore[arg-type]
            cached.append(len(store.index._cache) + len(store.index._pairs))
            return found

        store.index.evidence = spy  # type: ignore[method-assign]
        store.pair()
        assert cached and max(cached) > 0  # pairing used the caches...
        assert not store.index._cache and not store.index._pairs  # ...and emptied them
        assert list(store.pairs_of(KYIV.place_id))  # the pairs are stored


def test_each_claim_is_stored_with_its_own_sentences_terms() -> None:
    from geomap.claims.similarity import TermCounts, terms

    lviv = Place("702550", "Lviv", "city", "UA", None, 0, 24.03, 49.84, "test")
    one, two = SENTENCES[0] + " Lviv too.", "Lviv and Kyiv signed it."
    claims = tuple(
        Claim(p.place_id, "a", s, 0, len(s), None, "literal", s.index(p.name), 0)
        for s, p in ((one, KYIV), (one, lviv), (two, lviv), (two, KYIV), (one, KYIV))
    )  # two claims of a sentence, two of another, the first sentence again
    mentions = tuple(
        Mention("a", s.index(p.name), s.index(p.name) + 4, p.name, s, 0, p, 0.9)
        for s, p in ((one, KYIV), (one, lviv))
    )
    with RunStore() as store:
        store.add(ArticleResult(InputStatus("a.txt", "a", "ok", None, 2, 2), mentions, claims))
        stored = store._db.execute("SELECT terms FROM claims ORDER BY id").fetchall()
        assert [np.frombuffer(t, dtype=np.int32).tolist() for (t,) in stored] == [
            terms(c.sentence) for c in claims
        ]
        counted = TermCounts()
        counted.add_terms([terms(c.sentence) for c in claims])
        assert store.terms.n == counted.n == 5
        assert np.array_equal(store.terms.df, counted.df)


def test_comparison_json_writes_each_claim_once_and_pairs_by_position(tmp_path: Path) -> None:
    from geomap.io.base import Finished, WriteOptions
    from geomap.io.comparison_json import ComparisonJSON
    from geomap.mapping.popup import normalise_comparison

    with RunStore() as store:
        for aid in "abc":
            store.add(_article(aid, SENTENCES[0], "2024-03-01"))
        store.add(_article("d", SENTENCES[1], "2024-03-30"))  # too late: unpaired
        writer = ComparisonJSON(tmp_path / "comparison.json", WriteOptions())
        writer.finish(Finished(cast(Any, None), store, None, {}))
        pairs = list(store.pairs_of(KYIV.place_id))
    data = json.loads((tmp_path / "comparison.json").read_text(encoding="utf-8"))
    (place,) = data["places"]
    claims = place["claims"]
    assert [c["article"] for c in claims] == ["a", "b", "c", "d"]  # each claim once
    assert len(place["pairs"]) == len(pairs) >= 3  # a claim is in two pairs or more
    for pair, (x, y, _, _) in zip(place["pairs"], pairs, strict=True):
        assert claims[pair["claim_a"]] == x and claims[pair["claim_b"]] == y
        assert (pair["a"], pair["b"]) == (x["article"], y["article"])
    assert place["unpaired"] == [3]
    # the map's reader gives the claims back in full
    entry = normalise_comparison(data)[KYIV.place_id]
    assert [(p["claim_a"], p["claim_b"]) for p in entry["pairs"]] == [
        (x, y) for x, y, _, _ in pairs
    ]
    assert entry["only_claims"] == [claims[3]] and entry["only_in"] == ["d"]


def test_pair_indices_are_the_positions_of_the_pairs_claims_in_claims_of() -> None:
    lviv = Place("702550", "Lviv", "city", "UA", None, 0, 24.03, 49.84, "test")
    with RunStore() as store:
        for n in range(8):  # Kyiv's claims interleaved with another place's: ids not 0..n
            sentence = SENTENCES[n % 2]
            store.add(_article(f"k{n}", sentence, f"2024-03-0{1 + n % 3}"))
            text = "Lviv said talks between Olena Bondar and Ivan Petrov resumed."
            mention = Mention(f"l{n}", 0, 4, "Lviv", text, 0, lviv, 0.9)
            claim = Claim(lviv.place_id, f"l{n}", text, 0, len(text), None, "literal", 0, 4)
            status = InputStatus(f"l{n}.txt", f"l{n}", "ok", None, 1, 1)
            store.add(ArticleResult(status, (mention,), (claim,), {"title": f"About l{n}"}))
        store.pair()
        for place in (KYIV, lviv):
            claims = list(store.claims_of(place.place_id))
            naive = [
                (x["article"], y["article"], claims.index(x), claims.index(y), sim, ev)
                for x, y, sim, ev in store.pairs_of(place.place_id)
            ]
            assert len(naive) > 3
            assert list(store.pair_indices_of(place.place_id)) == naive


def test_the_map_reads_an_older_comparison_json_whose_pairs_hold_whole_claims(
    tmp_path: Path,
) -> None:
    from geomap.io.base import Finished, WriteOptions
    from geomap.io.comparison_json import ComparisonJSON
    from geomap.mapping.popup import normalise_comparison

    with RunStore() as store:
        for aid in "abc":
            store.add(_article(aid, SENTENCES[0], "2024-03-01"))
        store.add(_article("d", SENTENCES[1], "2024-03-30"))
        ComparisonJSON(tmp_path / "comparison.json", WriteOptions()).finish(
            Finished(cast(Any, None), store, None, {})
        )
    data = json.loads((tmp_path / "comparison.json").read_text(encoding="utf-8"))
    older = json.loads(json.dumps(data))  # as earlier versions wrote it: claims in full
    for place in older["places"]:
        claims = place.pop("claims")
        place["unpaired"] = [claims[i] for i in place["unpaired"]]
        for pair in place["pairs"]:
            pair["claim_a"], pair["claim_b"] = claims[pair["claim_a"]], claims[pair["claim_b"]]
    entry = normalise_comparison(older)[KYIV.place_id]
    assert entry == normalise_comparison(data)[KYIV.place_id]
    assert len(entry["pairs"]) >= 3 and entry["only_in"] == ["d"]
    assert all(p["claim_a"]["article"] == p["a"] for p in entry["pairs"])


def test_articles_in_two_languages_are_listed_apart_not_paired(tmp_path: Path) -> None:
    from geomap.io.base import Finished, WriteOptions
    from geomap.io.comparison_json import ComparisonJSON
    from geomap.mapping.popup import comparison_entry, normalise_comparison

    reni = Place("696643", "Reni", "city", "UA", None, 0, 28.27, 45.46, "test")
    texts = {
        "en": ("Drones hit Kyiv and Reni overnight, 20 people were hurt.", "2024-03-01"),
        "ru": ("Дроны атаковали Kyiv и Reni, пострадали 20 человек.", "2024-03-02"),
        "uk": ("Kyiv: новини дня.", "2024-03-01"),  # Kyiv only: nothing else shared
    }
    with RunStore() as store:
        for lang, (text, day) in texts.items():
            claims, mentions = [], []
            for place in (KYIV, reni):
                if place.name not in text:
                    continue
                at = text.index(place.name)
                end = at + len(place.name)
                mentions.append(Mention(lang, at, end, place.name, text, 0, place, 0.9))
                claims.append(
                    Claim(place.place_id, lang, text, 0, len(text), None, "literal", at, end)
                )
            status = InputStatus(f"{lang}.txt", lang, "ok", None, 1, 1)
            meta = {"published": day, "language": lang}
            store.add(ArticleResult(status, tuple(mentions), tuple(claims), meta))
        writer = ComparisonJSON(tmp_path / "comparison.json", WriteOptions())
        writer.finish(Finished(cast(Any, None), store, None, {}))
    data = json.loads((tmp_path / "comparison.json").read_text(encoding="utf-8"))
    kyiv = next(p for p in data["places"] if p["place_id"] == KYIV.place_id)
    assert kyiv["pairs"] == [] and kyiv["unpaired"] == [0, 1, 2]  # no claim set beside another
    assert kyiv["other_languages"] == [
        {
            "a": "en",
            "b": "ru",
            "language_a": "en",
            "language_b": "ru",
            "days_apart": 1,
            "shared_places": ["Reni"],
            "shared_figures": [20.0],
        }
    ]  # the Ukrainian article shares nothing but Kyiv and a date: not listed
    assert "never paired" in data["method"]["across_languages"]
    # the map's popup reads them apart from the pairs
    entry = comparison_entry(normalise_comparison(data)[KYIV.place_id])
    assert entry is not None and entry["pairs"] == []
    assert entry["other"] == [
        {"a": "en", "b": "ru", "days": 1, "places": ["Reni"], "figures": ["20.0"]}
    ]
