"""A place named only inside a body's name that speaks is not a claim about it (user69a A7).

"…, Ukraine's Air Force said." put Ukraine among the places the Air Force claims most
about, in 323 articles of an archive; "Residents of Kerch reported" is about Kerch.
"""

from __future__ import annotations

from geomap.claims.tally import tally_claims
from geomap.mapping.sources import sources_payload
from geomap.records import Claim, Place, Speaker
from geomap.serialize import claim_record

SENTENCE = "Drones struck Kharkiv, Ukraine's Air Force said."
#           0         1         2         3         4
#           0123456789012345678901234567890123456789012345678


def _claim(pid: str, start: int, end: int, kind: str) -> Claim:
    name = "Ukraine's Air Force"
    said = Speaker(name, SENTENCE.index(name), SENTENCE.index(name) + len(name), kind=kind)
    return Claim(pid, "a", SENTENCE, 0, len(SENTENCE), said, "literal", start, end)


def _place(pid: str, name: str) -> Place:
    return Place(pid, name, "country", "UA", None, 1000, 30.0, 50.0, "test")


def test_a_place_inside_a_body_name_is_that_body_s_not_a_claim_about_it() -> None:
    ukraine = SENTENCE.index("Ukraine")
    kharkiv = SENTENCE.index("Kharkiv")
    assert _claim("UA", ukraine, ukraine + 7, "government").in_speaker_name
    assert _claim("UA", ukraine, ukraine + 7, "organisation").in_speaker_name
    assert not _claim("K", kharkiv, kharkiv + 7, "government").in_speaker_name
    # "Residents of Kerch reported": people of a place speak about it
    assert not _claim("UA", ukraine, ukraine + 7, "anonymous").in_speaker_name
    assert not Claim(
        "UA", "a", SENTENCE, 0, 10, None, "literal", ukraine, ukraine + 7
    ).in_speaker_name


def test_claims_by_speaker_and_the_speakers_view_leave_it_out() -> None:
    ukraine, kharkiv = SENTENCE.index("Ukraine"), SENTENCE.index("Kharkiv")
    claims = [
        _claim("UA", ukraine, ukraine + 7, "government"),
        _claim("K", kharkiv, kharkiv + 7, "government"),
    ]
    places = {"UA": _place("UA", "Ukraine"), "K": _place("K", "Kharkiv")}
    rows = tally_claims(claims, places, {}, "speaker")
    assert [(r.group, r.place) for r in rows] == [("Ukraine's Air Force", "Kharkiv")]
    records = [claim_record(c) for c in claims]
    sources, total, _ = sources_payload([(0, [records[0]]), (1, [records[1]])])
    assert total == 1 and sources[0]["places"] == [1]
