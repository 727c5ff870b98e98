"""A page saved from a browser: its outlet from the ``<title>`` beside the headline, or its address.

Pages saved with "Save as" often declare no site name; the ``<title>`` holds the
headline and the outlet's name, and the saved-from comment the address.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.records import Article

_BODY = "<p>Drones hit the port of Izmail overnight, the regional governor said on Thursday.</p>"


def _meta(tmp_path: Path, title: str, h1: str, saved: str = "") -> dict[str, str]:
    comment = f"<!-- saved from url=({len(saved):04d}){saved} -->\n" if saved else ""
    page = (
        f"<!DOCTYPE html>\n{comment}<html><head><title>{title}</title></head><body><main><article>"
        f"<h1>{h1}</h1>{_BODY * 3}</article></main></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (art,) = [a for a in read_inputs([path]) if isinstance(a, Article)]
    return art.metadata


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Port of Izmail hit by drones | Harbour Wire", "Harbour Wire"),
        ("Port of Izmail hit by drones - Daily Courier", "Daily Courier"),
        ("Harbour Wire :: Port of Izmail hit by drones", "Harbour Wire"),
        ("Порт Измаил атакован | Медуза", "Медуза"),
    ],
)
def test_the_outlet_beside_the_headline_in_the_title(
    tmp_path: Path, title: str, outlet: str
) -> None:
    h1 = (
        title.replace("| Harbour Wire", "")
        .replace("- Daily Courier", "")
        .replace("Harbour Wire ::", "")
    )
    h1 = h1.replace("| Медуза", "").strip()
    meta = _meta(tmp_path, title, h1)
    assert meta["outlet"] == outlet
    assert meta["title"] == h1


def test_a_headline_holding_a_dash_keeps_it_and_the_outlet_is_the_last_part(tmp_path: Path) -> None:
    h1 = "Drone crashes in Poland - Warsaw blames Minsk"
    meta = _meta(tmp_path, f"{h1} | Harbour Wire", h1)
    assert meta["outlet"] == "Harbour Wire" and meta["title"] == h1


def test_a_title_that_is_only_the_headline_gives_the_saved_address_host(tmp_path: Path) -> None:
    h1 = "Port of Izmail hit by drones"
    meta = _meta(tmp_path, h1, h1, saved="https://www.harbourwire.example/news/1")
    assert meta["outlet"] == "harbourwire.example"  # never the headline itself
    assert meta["url"] == "https://www.harbourwire.example/news/1"


def test_a_long_part_beside_the_headline_is_no_outlet(tmp_path: Path) -> None:
    h1 = "Port of Izmail hit by drones"
    meta = _meta(tmp_path, f"{h1} | Latest news from the Danube region and beyond", h1)
    assert "outlet" not in meta  # no site name, no address: none guessed
