"""The README's table of output files names every field geomap writes in them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from geomap.metadata import OUTPUT_FIELDS

ROOT = Path(__file__).resolve().parents[1]


def _row(name: str) -> str:
    """The README's table row of output file ``name``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(rf"^\| `{re.escape(name)}` \|(.*)$", readme, re.M)
    assert found, name
    return found.group(1)


def _named(row: str) -> set[str]:
    return set(re.findall(r"`([a-z_0-9]+)`", row)) | set(re.findall(r"[{,] ?([a-z_]+)", row))


@pytest.mark.model
def test_the_readme_names_every_property_of_the_geojson_files(
    seed_outputs: dict[str, Path],
) -> None:
    metadata = set(OUTPUT_FIELDS)  # the README names them once, before the table
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in readme for name in OUTPUT_FIELDS)
    out = Path(seed_outputs["report"]).parent
    for name in ("mentions.geojson", "places.geojson"):
        features = json.loads((out / name).read_text(encoding="utf-8"))["features"]
        written = {k for f in features for k in f["properties"]}
        missing = written - _named(_row(name)) - metadata
        assert not missing, (name, sorted(missing))
    places = json.loads((out / "places.geojson").read_text(encoding="utf-8"))["features"]
    claim_keys = {k for f in places for c in f["properties"]["claims"] for k in c}
    assert claim_keys and not claim_keys - _named(_row("places.geojson")), sorted(
        claim_keys - _named(_row("places.geojson"))
    )
