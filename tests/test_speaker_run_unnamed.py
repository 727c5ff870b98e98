"""A body named only by a noun is one source per article in a run (round 73, fx73s).

Two articles' "armée" (a Burkinabè one and a Sudanese one) were one source of five
claims in the map's Speakers list: merging across articles needs a name.
"""

from __future__ import annotations

from geomap.claims.run_speakers import per_article
from geomap.mapping.sources import sources_payload


def test_a_bare_noun_is_per_article_a_name_is_not() -> None:
    assert per_article("armée", "government")
    assert per_article("l'armée", "government") and per_article("the company", "organisation")
    assert not per_article("Pentagon", "government")
    assert not per_article("the Kremlin", "government")
    assert not per_article("Anna Berg", "person")
    assert not per_article("الجيش", "government")  # no capitals to tell a name by


def test_two_articles_armies_are_two_sources() -> None:
    claims = [
        {"speaker": "armée", "speaker_kind": "government", "article": "a"},
        {"speaker": "armée", "speaker_kind": "government", "article": "b"},
        {"speaker": "Kremlin", "speaker_kind": "government", "article": "a"},
        {"speaker": "Kremlin", "speaker_kind": "government", "article": "b"},
    ]
    sources, total, own = sources_payload([(0, claims[:2]), (1, claims[2:])], {"a": 0, "b": 1})
    assert total == 3 and own == 2  # the two armies: each its article's own
    assert sorted(s["n"] for s in sources) == [1, 1, 2]
