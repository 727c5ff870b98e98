"""Cross-article comparison: TF-IDF pairing, only-in places, comparison.json."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from geomap.claims import claims_from_mentions, compare
from geomap.claims.sameevent import DEFAULT_RULE
from geomap.claims.similarity import tfidf_similarity
from geomap.metadata import OUTPUT_FIELDS
from geomap.records import Claim, Mention, Place, Speaker
from geomap.result import Result

KHERSON = Place("706448", "Kherson", "city", "UA", None, 0, 32.6, 46.6, "test")
ODESA = Place("698740", "Odesa", "city", "UA", None, 0, 30.7, 46.5, "test")
LVIV = Place("702550", "Lviv", "city", "UA", None, 0, 24.0, 49.8, "test")

# two reports of the same days in Kherson: they share names besides the place's
A_BRIDGE = (
    "The governor said the Antonivsky bridge near Kherson was destroyed by shelling overnight."
)
A_GRAIN = "Grain exports from Kherson port resumed after months of blockade, Nibulon said."
B_GRAIN = "Officials at Nibulon confirmed that grain exports from the Kherson port had resumed."
B_BRIDGE = (
    "Shelling overnight destroyed the Antonivsky bridge close to Kherson, "
    "Governor Oleh Prokudin said."
)
B_FLOOD = "Floods hit villages downstream of Kherson."
A_PROKUDIN = "Oleh Prokudin said Odesa was quiet."


def at(article: str, sentence: str, start: int, name: str, place: Place, **kw: object) -> Mention:
    i = sentence.index(name)
    return Mention(
        article, start + i, start + i + len(name), name, sentence, start, place, 1.0,
        **kw,  # type: ignore[arg-type]
    )  # fmt: skip


MENTIONS = [
    at("a", A_BRIDGE, 0, "Kherson", KHERSON, speaker=Speaker("The governor", 0, 12)),
    at("a", A_GRAIN, 100, "Kherson", KHERSON),
    at("a", A_PROKUDIN, 200, "Odesa", ODESA),
    at("b", B_GRAIN, 0, "Kherson", KHERSON),
    at("b", B_BRIDGE, 100, "Kherson", KHERSON, speaker=Speaker("the army", 180, 188)),
    at("b", B_FLOOD, 200, "Kherson", KHERSON),
    at("b", "Lviv hosted talks.", 300, "Lviv", LVIV),
]


def test_tfidf_similarity_ranks_the_paraphrase_highest() -> None:
    sims = tfidf_similarity([A_BRIDGE, A_GRAIN, B_GRAIN, B_BRIDGE])
    assert sims.shape == (4, 4)
    assert np.allclose(np.diag(sims), 1.0)
    assert sims[0, 3] > sims[0, 2] and sims[1, 2] > sims[1, 3]
    assert np.allclose(sims, sims.T)


def test_tfidf_similarity_degenerate_inputs() -> None:
    assert tfidf_similarity([]).shape == (0, 0)
    assert not tfidf_similarity(["the and of", "it is"]).any()  # only stop words


def test_pairs_similar_claims_and_lists_the_rest() -> None:
    cmp = compare(MENTIONS)
    assert cmp.articles == ("a", "b")
    kherson = cmp.place(KHERSON.place_id)
    assert kherson is not None and kherson.shared and kherson.name == "Kherson"
    pairs = {(p.claim_a.sentence, p.claim_b.sentence) for p in kherson.pairs}
    assert pairs == {(A_BRIDGE, B_BRIDGE), (A_GRAIN, B_GRAIN)}
    for pair in kherson.pairs:
        assert (pair.a, pair.b) == ("a", "b")
        assert cmp.threshold <= pair.similarity <= 1.0
    # the greedy matcher takes the best pair first
    assert kherson.pairs[0].similarity >= kherson.pairs[1].similarity
    assert [c.sentence for c in kherson.unpaired] == [B_FLOOD]


def test_threshold_drops_weak_pairs() -> None:
    kherson = compare(MENTIONS, threshold=0.99).place(KHERSON.place_id)
    assert kherson is not None
    assert kherson.pairs == ()
    assert len(kherson.unpaired) == 5


def test_single_article_places_are_only_in() -> None:
    cmp = compare(MENTIONS, articles=["a", "b", "c"])
    assert cmp.only_in == {"a": ["Odesa"], "b": ["Lviv"], "c": []}
    odesa = cmp.place(ODESA.place_id)
    assert odesa is not None and not odesa.shared and odesa.pairs == ()
    assert [c.article_id for c in odesa.unpaired] == ["a"]


def test_three_articles_pair_each_article_pair() -> None:
    extra = at(
        "c",
        "The Antonivsky bridge at Kherson was destroyed, Oleh Prokudin told Nibulon.",
        0,
        "Kherson",
        KHERSON,
    )
    cmp = compare([*MENTIONS, extra])
    kherson = cmp.place(KHERSON.place_id)
    assert kherson is not None
    assert kherson.articles == ("a", "b", "c")
    assert {(p.a, p.b) for p in kherson.pairs} >= {("a", "b"), ("a", "c"), ("b", "c")}


def test_compare_claims_with_names_from_places() -> None:
    claims = claims_from_mentions(MENTIONS)
    named = compare(claims, places={KHERSON.place_id: KHERSON, LVIV.place_id: "Lviv"})
    assert [p.name for p in named.places] == ["Kherson", ODESA.place_id, "Lviv"]
    from_claims = compare(claims).place(KHERSON.place_id)
    from_mentions = compare(MENTIONS).place(KHERSON.place_id)
    assert from_claims is not None and from_mentions is not None
    assert from_claims.pairs == from_mentions.pairs
    assert from_claims.name == KHERSON.place_id  # no names without places


def test_empty_input() -> None:
    cmp = compare([], articles=["a"])
    assert cmp.places == () and cmp.only_in == {"a": []}


def test_comparison_json_structure(tmp_path: Path) -> None:
    data = json.loads(json.dumps(compare(MENTIONS).to_dict()))
    assert set(data) == {"articles", "places", "only_in", "method"}
    assert data["articles"] == ["a", "b"]
    assert data["only_in"] == {"a": ["Odesa"], "b": ["Lviv"]}
    method = data["method"]
    assert method["pairs"] == "same event" and method["similarity"] == "tfidf-cosine"
    assert method["same_event"] == DEFAULT_RULE.to_dict()
    assert method["threshold"] == pytest.approx(DEFAULT_RULE.min_cosine)
    kherson = next(p for p in data["places"] if p["place_id"] == KHERSON.place_id)
    assert set(kherson) == {
        "place_id", "name", "articles", "shared", "claims", "pairs", "unpaired",
    }  # fmt: skip
    assert kherson["shared"] is True and kherson["articles"] == ["a", "b"]
    claims = kherson["claims"]
    # each claim once; pairs and unpaired name claims by their position
    assert len(claims) == len({json.dumps(c, sort_keys=True) for c in claims})
    named = [i for p in kherson["pairs"] for i in (p["claim_a"], p["claim_b"])]
    assert sorted(set(named) | set(kherson["unpaired"])) == list(range(len(claims)))
    pair = next(p for p in kherson["pairs"] if claims[p["claim_a"]]["sentence"] == A_BRIDGE)
    assert set(pair) == {"a", "b", "similarity", "evidence", "claim_a", "claim_b"}
    # "Oleh" opens a sentence of article a: no name there
    assert pair["evidence"]["shared_names"] == ["Antonivsky", "Nibulon", "Prokudin"]
    assert pair["evidence"]["days_apart"] is None  # no dates given
    kh = A_BRIDGE.index("Kherson")
    assert claims[pair["claim_a"]] == {
        "article": "a",
        "sentence": A_BRIDGE,
        "sentence_start": 0,
        "sentence_end": len(A_BRIDGE),
        "mention": "Kherson",
        "mention_start": kh,
        "mention_end": kh + len("Kherson"),
        "speaker": "The governor",
        "speaker_role": None,
        "speaker_kind": None,  # a bare Speaker(name, start, end): kind unknown
        "speaker_entity": None,
        "verb": None,
        "verb_lemma": None,
        "speaker_start": 0,
        "speaker_end": 12,
        "role": "literal",
        "confidence": 1.0,
        "reason": None,
        "context_names": [],
        # the article's metadata (none given here)
        **dict.fromkeys(OUTPUT_FIELDS),
    }
    assert claims[pair["claim_b"]]["speaker"] == "the army"
    assert [claims[u]["sentence"] for u in kherson["unpaired"]] == [B_FLOOD]
    lviv = next(p for p in data["places"] if p["name"] == "Lviv")
    assert lviv["shared"] is False and lviv["pairs"] == []


def test_by_place_summary_for_the_map() -> None:
    summary = compare(MENTIONS).by_place()
    entry = summary[KHERSON.place_id]
    assert entry["articles"] == ["a", "b"]
    assert {(p["claim_a"], p["claim_b"]) for p in entry["pairs"]} == {
        (A_BRIDGE, B_BRIDGE),
        (A_GRAIN, B_GRAIN),
    }
    assert entry["only_in"] == ["b"]
    assert summary[LVIV.place_id] == {"articles": ["b"], "pairs": [], "only_in": ["b"]}


def test_claim_records_are_frozen() -> None:
    cmp = compare(MENTIONS)
    with pytest.raises(AttributeError):
        cmp.articles = ()  # type: ignore[misc]
    assert all(isinstance(c, Claim) for p in cmp.places for c in p.claims)


@pytest.mark.model
def test_seed_comparison(seed_result: Result) -> None:
    """On the seeds, the Poland/Baltic claims of the two articles are paired."""
    mentions = list(seed_result.records.mentions)
    cmp = compare(mentions)
    assert len(cmp.articles) == 2
    by_name = {p.name: p for p in cmp.places}
    poland = by_name["Poland"]
    assert poland.shared
    (pair,) = [p for p in poland.pairs if "according to the source" in p.claim_a.sentence]
    assert "cited satellite imagery" in pair.claim_b.sentence
    assert pair.claim_a.speaker is not None and pair.claim_a.speaker.text == "the source"
    # paired as one story: the two articles name the same actors besides Poland
    assert pair.evidence is not None and {"NATO", "Moscow"} <= set(pair.evidence.shared_names)
    only = cmp.only_in
    assert "Lithuania" in only[cmp.articles[1]]
    assert "Ukraine" in only[cmp.articles[0]]


def test_best_candidates_same_in_blocks_of_any_size(monkeypatch: pytest.MonkeyPatch) -> None:
    # a place with many claims is compared a few rows at a time: same candidates
    from geomap.claims import similarity

    rng = np.random.default_rng(7)
    words = [A_BRIDGE, A_GRAIN, B_GRAIN, B_BRIDGE, B_FLOOD]
    sentences = [" ".join(rng.choice(" ".join(words).split(), 12)) for _ in range(300)]
    counts = similarity.TermCounts()
    counts.add(sentences)
    vectors = counts.vectors(sentences)
    ranks = [i // 4 for i in range(len(sentences))]
    whole = similarity.best_candidates(vectors, ranks, k=5, threshold=0.1)
    monkeypatch.setattr(similarity, "BLOCK_CELLS", 7 * len(sentences))
    assert similarity.block_rows(len(sentences)) == 7
    assert similarity.best_candidates(vectors, ranks, k=5, threshold=0.1) == whole
    assert len(whole) > 100


LYON = Place("2996944", "Lyon", "city", "FR", None, 0, 4.85, 45.75, "test")


def _lyon(article: str, sentence: str) -> Mention:
    return at(article, sentence, 0, "Lyon", LYON)


def test_same_place_different_events_are_not_paired() -> None:
    # same topic, same place, shared words ("fire", "brigade"): two different fires
    warehouse = _lyon("a", "A fire destroyed a textile warehouse in Lyon, the fire brigade said.")
    restaurant = _lyon("b", "A fire broke out in a restaurant in Lyon, the fire brigade said.")
    cmp = compare([warehouse, restaurant])
    lyon = cmp.place(LYON.place_id)
    assert lyon is not None and lyon.pairs == () and len(lyon.unpaired) == 2
    # the words alone would have paired them (geomap before the same-event rule)
    assert tfidf_similarity([warehouse.sentence, restaurant.sentence])[0, 1] > 0.3


STORY_A = (
    "Mayor Diane Kerr said the City Council approved the Lyon budget, and Paul Mendes welcomed it."
)
STORY_B = (
    "The City Council in Lyon backed the budget of Diane Kerr, "
    "and Paul Mendes said the council vote was necessary."
)


def test_a_pair_is_made_from_shared_names() -> None:
    cmp = compare([_lyon("a", STORY_A), _lyon("b", STORY_B)])
    lyon = cmp.place(LYON.place_id)
    assert lyon is not None
    (pair,) = lyon.pairs
    assert pair.evidence is not None
    # not the place's own name, nor "Council", which the run also writes in lower case
    assert pair.evidence.shared_names == ("City", "Diane", "Kerr", "Mendes", "Paul")
    assert DEFAULT_RULE.holds(pair.evidence)
    # one name fewer than the rule asks for: not the same event
    strict = replace(DEFAULT_RULE, min_anchors=len(pair.evidence.shared_names) + 1)
    assert (
        compare([_lyon("a", STORY_A), _lyon("b", STORY_B)], rule=strict).place(LYON.place_id).pairs
        == ()
    )  # type: ignore[union-attr]


def test_the_same_sentence_in_two_articles_is_paired_without_anchors() -> None:
    # user58: a short wire story two outlets ran a day apart, unpaired for want of names
    copy = "Ukrainian forces repelled an assault on positions west of Lyon on Friday."
    other = "A fire broke out in a restaurant in Lyon, the fire brigade said."
    cmp = compare(
        [_lyon("a", copy), _lyon("b", copy)], dates={"a": "2024-09-13", "b": "2024-09-14"}
    )
    (pair,) = cmp.place(LYON.place_id).pairs  # type: ignore[union-attr]
    assert pair.evidence is not None and pair.evidence.shared_names == ()
    # without the copy, the same words alone pair nothing; nor does a copy a week later
    plain = replace(DEFAULT_RULE, copy_cosine=1.01)
    assert (
        compare([_lyon("a", copy), _lyon("b", copy)], rule=plain).place(LYON.place_id).pairs == ()
    )  # type: ignore[union-attr]
    far = compare(
        [_lyon("a", copy), _lyon("b", copy)], dates={"a": "2024-09-01", "b": "2024-09-14"}
    )
    assert far.place(LYON.place_id).pairs == ()  # type: ignore[union-attr]
    assert compare([_lyon("a", copy), _lyon("b", other)]).place(LYON.place_id).pairs == ()  # type: ignore[union-attr]


def test_dates_far_apart_are_different_events() -> None:
    mentions = [_lyon("a", STORY_A), _lyon("b", STORY_B)]
    near = compare(mentions, dates={"a": "2024-01-17", "b": "2024-01-18"})
    far = compare(mentions, dates={"a": "2024-01-17", "b": "2024-01-24"})
    (pair,) = near.place(LYON.place_id).pairs  # type: ignore[union-attr]
    assert pair.evidence is not None and pair.evidence.days == 1
    assert far.place(LYON.place_id).pairs == ()  # type: ignore[union-attr]


def test_pairing_from_terms_found_as_articles_arrive_is_pairing_from_sentences() -> None:
    from geomap.claims.articles import ContextFacts
    from geomap.claims.pairing import pair_place
    from geomap.claims.similarity import TermCounts, terms

    sentences = [
        "Officials in Kharkiv said 1,200 people left after the shelling on Monday.",
        "Kharkiv officials said 1,200 people had left after Monday's shelling.",
        "Rain is expected in Kharkiv.",
    ]
    counts = TermCounts()
    counts.add(sentences)
    # the terms found as the articles arrived give the vectors the sentences give
    found = pair_place([terms(s) for s in sentences], [0, 1, 2], counts)
    best = max(found, key=lambda t: t[2] or 0.0)
    assert best[:2] == (0, 1) and (best[2] or 0.0) > 0.5
    vectors = counts.vectors_of([terms(s) for s in sentences])
    assert (vectors != counts.vectors(sentences)).nnz == 0
    facts = ContextFacts.of(" ".join(sentences))
    assert ContextFacts.from_json(facts.to_json()) == facts
    assert facts.figures == (1200.0,) and "monday" not in facts.names


def test_term_counts_count_each_sentence_once_per_bucket() -> None:
    """Document frequencies: a bucket counts once per sentence, however often it repeats."""
    from geomap.claims.similarity import N_FEATURES, TermCounts

    counts = TermCounts()
    counts.add_terms([[5, 5, 7], [7, N_FEATURES - 1], []])
    counts.add_terms([[5]])
    assert counts.n == 4
    assert {int(b): int(counts.df[b]) for b in np.flatnonzero(counts.df)} == {
        5: 2,
        7: 2,
        N_FEATURES - 1: 1,
    }


def test_bucket_counts_hold_each_rows_sorted_buckets_with_their_counts() -> None:
    """Each row: its distinct buckets in order, each with how often the row has it."""
    from collections import Counter

    from geomap.claims.similarity import N_FEATURES, bucket_counts

    rows = [[7, 3, 7, 7, 0], [], [N_FEATURES - 1, 3], [], [3]]
    x = bucket_counts(rows)
    assert x.shape == (5, N_FEATURES)
    assert x.indptr.tolist() == [0, 3, 3, 5, 5, 6]
    for i, row in enumerate(rows):
        start, end = x.indptr[i], x.indptr[i + 1]
        counts = Counter(row)
        assert x.indices[start:end].tolist() == sorted(counts)
        assert x.data[start:end].tolist() == [float(counts[b]) for b in sorted(counts)]
    assert x.data.dtype == np.float64
    assert bucket_counts([]).shape == (0, N_FEATURES)


def test_two_short_dated_reports_sharing_all_their_names_are_paired() -> None:
    # user65: two outlets' two-line reports of one strike, the same governor quoted; each
    # has two names besides the place, so three shared anchors could never be found
    a = _lyon("a", "Drones hit the port of Lyon overnight, governor Oleh Kiper said.")
    b = _lyon("b", "A drone attack set fire to Lyon's port, governor Oleh Kiper said.")
    same_day = {"a": "2026-12-03", "b": "2026-12-03"}
    (pair,) = compare([a, b], dates=same_day).place(LYON.place_id).pairs  # type: ignore[union-attr]
    assert pair.evidence is not None and pair.evidence.shared_names == ("Kiper", "Oleh")
    assert pair.evidence.fewest == 2
    # undated, two shared names are not enough (the rule asks three)
    assert compare([a, b]).place(LYON.place_id).pairs == ()  # type: ignore[union-attr]
    # nor when each names more than the two both give
    more = _lyon("a", "Drones hit the port of Lyon overnight, Nibulon's governor Oleh Kiper said.")
    longer = _lyon(
        "b", "Ivan Bondar and Olena Petrova saw a drone hit Lyon's port, governor Oleh Kiper said."
    )
    found = compare([more, longer], dates=same_day).place(LYON.place_id)
    assert found is not None and found.pairs == ()
    # a week apart, never
    far = compare([a, b], dates={"a": "2026-12-03", "b": "2026-12-10"}).place(LYON.place_id)
    assert far is not None and far.pairs == ()
