"""Words of armed groups' own names, below both :mod:`geomap.nlp` and :mod:`geomap.claims`.

Recognition (:mod:`geomap.nlp.group_names`: "Islamic State Sahel Province" is no mention
of the Sahel) and the speakers' kinds (:mod:`geomap.claims.bodies`: that group speaks as
an armed group, not a government) read a group's name by the same words and the same rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

#: Words of an armed group's own name after a place's ("the Ogaden National Liberation
#: Front", "the Azov Brigade", "the Donetsk People's Militia", "the Jalisco New
#: Generation Cartel").
GROUP_WORDS = frozenset(
    {
        "front", "brigade", "brigades", "battalion", "battalions", "regiment",
        "militia", "militias", "liberation", "mujahideen", "cartel", "cartels",
    }
)  # fmt: skip
#: Words that make the place right before them a criminal group's name also in lower
#: case ("the Sinaloa cartel"; "a Kharkiv brigade" may be a brigade from Kharkiv).
GANG_WORDS = frozenset({"cartel", "cartels"})
#: A unit's word a group calls its branch by ("Islamic State Sahel Province").
BRANCH_WORDS = frozenset({"province", "wilayat"})


def names_a_group(words: Sequence[Token]) -> bool:
    """Whether the capitalised ``words`` before a branch's place name a group.

    A word the model tags an organisation ("ISIS Khorasan Province"), or two words or more
    one of which it tags a group of people ("Islamic State": "Islamic" NORP). One word
    tagged a nationality alone is a demonym of the unit's country ("the Syrian Idlib
    Province", "the Pakistani Punjab Province"), no group.
    """
    if any(t.ent_type_ == "ORG" for t in words):
        return True
    return len(words) >= 2 and any(t.ent_type_ == "NORP" for t in words)
