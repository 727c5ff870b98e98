"""A three-outlet corpus over three days, for the map's browser tests.

Reuters (r1, r2), TASS (t1) and the Kyiv Independent (k1), dated 2024-03-01 to 03-03;
r1 is in English, t1 in Russian.  Poland is named by two outlets, Kyiv by all three,
Minsk by Reuters only, Berlin once with a low confidence, Africa (a continent) by TASS.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from map_fixtures import basemap_frame, shape_of

from geomap import frames
from geomap.claims.collect import claims_from_mentions
from geomap.mapping import write_map
from geomap.records import Mention, Place, Speaker

INFO = {
    "r1": {
        "title": "Troops mass near border",
        "outlet": "Reuters",
        "published": "2024-03-01",
        "language": "en",
    },
    "r2": {"title": "Drills continue", "outlet": "Reuters", "published": "2024-03-02"},
    "t1": {
        "title": "Exercises are routine",
        "outlet": "TASS",
        "published": "2024-03-02",
        "language": "ru",
    },
    "k1": {"title": "Kyiv warns", "outlet": "Kyiv Independent", "published": "2024-03-03"},
}
DAYS = sorted({str(a["published"]) for a in INFO.values()})
POLAND = Place("798544", "Poland", "country", "PL", None, 0, 19.4, 52.1, "test")
MINSK = Place("625144", "Minsk", "city", "BY", None, 0, 27.57, 53.9, "test")
BERLIN = Place("2950159", "Berlin", "city", "DE", None, 0, 13.41, 52.52, "test")
KYIV = Place("703448", "Kyiv", "city", "UA", None, 0, 30.52, 50.45, "test")
AFRICA = Place("6255146", "Africa", "continent", None, None, 0, 21.1, 7.2, "test", "CONT")


def _mention(
    article: str, place: Place, confidence: float = 0.95, form: str | None = None
) -> Mention:
    form = form or place.name
    sentence = f"Officials spoke about {form} on Monday."
    start = sentence.index(form)
    speaker = Speaker("Jan Nowak", 0, 9) if article == "t1" else None
    return Mention(
        article, start, start + len(form), form, sentence, 0, place, confidence, speaker=speaker
    )


MENTIONS = [
    _mention("r1", POLAND),
    _mention("r2", POLAND),
    _mention("t1", POLAND),  # two outlets: drawn in the "several" colour
    _mention("r1", MINSK),
    _mention("r2", MINSK, form="Mińsk"),  # Reuters only: Reuters' colour
    _mention("k1", BERLIN, confidence=0.3),  # low confidence
    _mention("t1", AFRICA),  # a continent: left out of the opening view
    _mention("r2", KYIV),  # three outlets, one article each
    _mention("t1", KYIV),
    _mention("k1", KYIV),
    _mention("k1", KYIV, form="Kiev"),
]


def write_outlets_map(path: Path, **kwargs: Any) -> Path:
    """Write the corpus's map to ``path`` (``kwargs`` go to ``write_map``)."""
    places = frames.places_frame(MENTIONS, claims_from_mentions(MENTIONS), INFO)
    return write_map(
        places,
        frames.mentions_frame(MENTIONS, INFO),
        path,
        basemap=basemap_frame(),
        shape_of=shape_of,
        article_info=INFO,
        **kwargs,
    )


def articles_per_outlet(shown: Callable[[str], bool]) -> dict[str, Counter[str]]:
    """Per place id, its articles per outlet among those ``shown`` lets through.

    Computed from the mentions, not from the page.  A place none of whose articles
    passes keeps all of them (the page draws a hidden place as itself).
    """
    arts: dict[str, set[str]] = {}
    for m in MENTIONS:
        assert m.place is not None
        arts.setdefault(m.place.place_id, set()).add(m.article_id)
    out = {}
    for pid, named in arts.items():
        kept = {a for a in named if shown(a)} or named
        out[pid] = Counter(str(INFO[a]["outlet"]) for a in kept)
    return out
