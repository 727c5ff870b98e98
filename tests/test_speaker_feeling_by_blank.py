"""A document after "by" on a participle of feeling is what is felt, not a speaker.

`The ministry said it was "concerned" by reports of attacks in Adjara`: "concerned by" is
no passive of an act, so the reports do not say the clause; the ministry does
(geomap.claims.agents.FEELINGS).  Hand-built parses on ``spacy.blank``.
"""

from __future__ import annotations

from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row


def _said(participle: str, lemma: str) -> list[Row]:
    """ "The ministry said it was PARTICIPLE by reports of attacks in Adjara ." """
    return [
        ("The", "the", "DET", "det", 1),
        ("ministry", "ministry", "NOUN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("it", "it", "PRON", "nsubjpass", 5),
        ("was", "be", "AUX", "auxpass", 5),
        (participle, lemma, "VERB", "ccomp", 2),
        ("by", "by", "ADP", "agent", 5),
        ("reports", "report", "NOUN", "pobj", 6),
        ("of", "of", "ADP", "prep", 7),
        ("attacks", "attack", "NOUN", "pobj", 8),
        ("in", "in", "ADP", "prep", 9),
        ("Adjara", "Adjara", "PROPN", "pobj", 10),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_the_sayer_speaks_for_what_it_is_concerned_by() -> None:
    assert speaker_of(_said("concerned", "concern"), "Adjara") == "The ministry"


def test_a_report_ranking_by_passive_still_speaks() -> None:
    # "… it was ranked by reports of …": a passive of an act keeps its document agent
    speaker = speaker_of(_said("ranked", "rank"), "Adjara")
    assert speaker is not None and speaker.startswith("reports")
