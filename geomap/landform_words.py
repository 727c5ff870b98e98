"""Generic words of a landform's name, below both :mod:`geomap.nlp` and :mod:`geomap.claims`.

Recognition leaves a landform the gazetteer lacks unplaced rather than at a city's
point (:mod:`geomap.nlp.landform_names`); ``geomap claims`` says why such a name has
no claims (:func:`geomap.claims.render.unplaced_note`).
"""

from __future__ import annotations

#: Generic words of a landform, first or last word of its name: a landform the gazetteer
#: lacks is no city's point ("the Taman Peninsula", "the Arabat Spit", "Snake Island",
#: "the Carpathian Mountains", "Cape Tarkhankut").
LANDFORM_WORDS = frozenset(
    """
    peninsula spit cape island islands isle isles islet mount mountain mountains range
    ridge hills highlands plateau upland uplands pass gorge valley gap canyon desert steppe
    """.split()  # noqa: SIM905
)
