"""The points of view Natural Earth records for disputed areas (``--worldview``).

Kept apart from :mod:`geomap.mapping.disputed` so that checking the option does not
import geopandas.
"""

from __future__ import annotations

#: Points of view Natural Earth records (``--worldview``), ISO 3166-1 alpha-2.
WORLDVIEWS: tuple[str, ...] = (
    "AR", "BD", "BR", "CN", "DE", "EG", "ES", "FR", "GB", "GR", "ID", "IL", "IN", "IT", "JP",
    "KO", "MA", "NL", "NP", "PK", "PL", "PS", "PT", "RU", "SA", "SE", "TR", "TW", "UA", "US",
    "VN",
)  # fmt: skip
