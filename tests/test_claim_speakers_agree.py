"""A claim and the mention that marks it agree on who says it (claims.csv against
mentions.geojson): a dateline's "KYIV" without a speaker marked the claim while its
speaker came from the sentence's later "Kyiv" (new user)."""

from __future__ import annotations

import dataclasses

from geomap.claims import claims_from_mentions
from geomap.records import Speaker
from geomap.serialize import claim_record, mention_record
from tests.test_claims import KYIV, mention


def test_a_claim_takes_the_speaker_of_the_mention_that_marks_it() -> None:
    sentence = "KYIV (Reuters) - The governor said shelling hit Kyiv overnight."
    governor = Speaker("The governor", 17, 29)
    dateline = mention("d", sentence, 0, "KYIV", KYIV)
    sourced = mention("d", sentence, 0, "Kyiv", KYIV, speaker=governor)
    (claim,) = claims_from_mentions([dateline, sourced])
    # the sourced mention marks the claim: its offsets and speaker, as mentions.geojson has
    assert (claim.mention_start, claim.mention_end) == (sourced.start, sourced.end)
    assert claim.speaker == governor
    record = claim_record(claim)
    features = [mention_record(m) for m in (dateline, sourced)]
    same = next(f for f in features if f["start"] == record["mention_start"])
    assert same["speaker"] == record["speaker"] == "The governor"
    # no mention with a speaker: the first marks it, and the claim has none
    (plain,) = claims_from_mentions([dateline, dataclasses.replace(sourced, speaker=None)])
    assert plain.mention_start == 0 and plain.speaker is None


def test_among_focus_placed_mentions_one_with_a_speaker_marks_the_claim() -> None:
    """What the docstring and docs/claims.md say (review fix49): naming mentions first,
    each kind with a speaker before one without."""
    sentence = "Route 9 and Main Street were shut, the mayor said."
    mayor = Speaker("the mayor", 35, 44)
    route = dataclasses.replace(mention("f", sentence, 0, "Route 9", KYIV), located_by="focus")
    street = dataclasses.replace(
        mention("f", sentence, 0, "Main Street", KYIV, speaker=mayor), located_by="focus"
    )
    (claim,) = claims_from_mentions([route, street])
    assert (claim.mention_start, claim.speaker) == (street.start, mayor)
    named = mention("f", sentence, 0, "Route 9", KYIV)  # names the place, no speaker
    (claim,) = claims_from_mentions([street, named])
    assert (claim.mention_start, claim.speaker) == (named.start, None)
