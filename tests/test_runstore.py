"""The run store: claims kept on disk, read back place by place."""

from __future__ import annotations

from geomap.records import ArticleResult, Claim, InputStatus, Mention, Place
from geomap.runstore import RunStore
from geomap.serialize import claim_record

KYIV = Place("703448", "Kyiv", "city", "UA", None, 0, 30.5, 50.45, "test")
SENTENCES = ["Talks in Kyiv resumed on Monday.", "Kyiv said the talks resumed on Monday."]


def _article(aid: str, sentence: str) -> ArticleResult:
    start = sentence.index("Kyiv")
    mention = Mention(aid, start, start + 4, "Kyiv", sentence, 0, KYIV, 0.9)
    claim = Claim(KYIV.place_id, aid, sentence, 0, len(sentence), None, "literal", start, start + 4)
    status = InputStatus(f"{aid}.txt", aid, "ok", None, 1, 1)
    return ArticleResult(status, (mention,), (claim,), {"title": f"About {aid}"})


def test_claims_read_back_are_the_records_and_share_their_keys() -> None:
    with RunStore() as store:
        for n, sentence in enumerate(SENTENCES * 3):
            store.add(_article(f"a{n}", sentence))
        claims = list(store.claims_of(KYIV.place_id))
        assert claims[0] == claim_record(
            Claim(KYIV.place_id, "a0", SENTENCES[0], 0, 32, None, "literal", 9, 13),
            {"title": "About a0"},
        )
        assert [c["article"] for c in claims] == [f"a{n}" for n in range(6)]
        # one key string for every record: the map keeps thousands of them at once
        for other in claims[1:]:
            assert all(a is b for a, b in zip(claims[0], other, strict=True))
        store.pair()
        pairs = list(store.pairs_of(KYIV.place_id))
        assert pairs and all(
            a is b for _, claim, _ in pairs for a, b in zip(claims[0], claim, strict=True)
        )
        assert len(list(store.claims_of(KYIV.place_id, limit=2))) == 2
