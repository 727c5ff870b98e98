"""A name and a kind word written after it in lower case: the name alone is the mention.

"the Galwan valley", "the Doklam plateau", "the Golan heights": the gazetteer's own name
holds the kind word ("Galwan Valley"), but written in lower case the word is the text's
description of the place, not part of its name, as in "the Danube delta" or "the Kherson
region"; annotators stop the name before it.  The gazetteer scan's match then stops
before the word when the words before it name that same place and no other
(:func:`without_kind_tail`); "the Gaza strip" stays whole ("Gaza" is the city).
"""

from __future__ import annotations

from typing import Any

#: Lower-case kind words that may end a gazetteer name's match.
KIND_TAILS = frozenset(
    {"valley", "valleys", "plateau", "triangle", "gorge", "heights", "peninsula", "islands",
     "island", "islets", "atoll", "shoal", "reef", "mountains", "hills", "desert", "plain",
     "corridor", "strip", "pass"}
)  # fmt: skip


def without_kind_tail(names: Any, whole: str, head: str, last: str) -> bool:
    """Whether the match ``whole`` ends with a lower-case kind word ``last`` to leave out.

    ``head`` is ``whole`` without that word; ``names`` the gazetteer (its
    ``candidates``).  True when every place ``head`` names by an own name or alias is
    a place ``whole`` names.

    >>> from geomap.gazetteer import Gazetteer
    >>> from geomap.records import Place
    >>> valley = Place("v", "Galwan Valley", "region", "IN", None, 0, 78.2, 34.75, "curated")
    >>> gz = Gazetteer.from_places([valley], other_names=[("Galwan", "v", "alias")])
    >>> without_kind_tail(gz, "Galwan valley", "Galwan", "valley")
    True
    >>> without_kind_tail(gz, "Galwan Valley", "Galwan", "Valley")
    False
    """
    if last not in KIND_TAILS:
        return False
    wanted = {"name", "alias"}
    long = {c.place.place_id for c in names.candidates(whole) if c.match in wanted}
    short = {c.place.place_id for c in names.candidates(head) if c.match in wanted}
    return bool(short) and short <= long
