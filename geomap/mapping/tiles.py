"""Online tile layers a map may offer beside its offline basemap (never the default).

Kept apart from the map builder so the command line can check ``--tiles``
without importing folium.
"""

from __future__ import annotations

#: Online base layers offered by ``tiles=`` (never the default).
ONLINE_TILES: dict[str, dict[str, str]] = {
    "osm": {
        "tiles": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "name": "OpenStreetMap (online)",
        "attr": "&copy; OpenStreetMap contributors",
    },
    "cartodb": {
        "tiles": "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png",
        "name": "CartoDB positron (online)",
        "attr": "&copy; OpenStreetMap contributors &copy; CARTO",
    },
}


def tile_keys(tiles: str | None) -> list[str]:
    """Online tile layers named by ``tiles`` ("osm", "cartodb", "osm,cartodb"; None: none).

    Raises
    ------
    ValueError
        If ``tiles`` names an unknown layer (the CLI checks this before any work).
    """
    if tiles is None:
        return []
    keys = [t.strip().lower() for t in tiles.replace("+", ",").split(",") if t.strip()]
    keys = [k for k in keys if k not in ("none", "offline")]
    if keys in (["all"], ["both"]):
        return list(ONLINE_TILES)
    unknown = [k for k in keys if k not in ONLINE_TILES]
    if unknown:
        raise ValueError(
            f"unknown tiles {', '.join(map(repr, unknown))}: use 'none' (the offline "
            "basemap only, the default), 'osm', 'cartodb' or 'osm,cartodb'"
        )
    return keys
