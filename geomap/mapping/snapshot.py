"""Screenshot a written ``map.html`` to PNG (for docs), offline."""

from __future__ import annotations

from pathlib import Path

from geomap.mapping.browser import offline_page
from geomap.mapping.place_entry import DEFAULT_FOCUS_ZOOM


def screenshot(
    html_path: str | Path,
    png_path: str | Path,
    *,
    width: int = 1400,
    height: int = 900,
    place_id: str | None = None,
    view: tuple[float, float, float] | None = None,
    speakers: bool = False,
    settle_ms: int = 600,
) -> Path:
    """Render ``html_path`` in headless Chromium (network blocked) and save a PNG.

    Parameters
    ----------
    html_path
        The map file written by :func:`geomap.mapping.write_map`.
    png_path
        Where to write the PNG; parent folders are created.
    width, height
        Viewport size in CSS pixels.
    place_id
        If given, open this place's popup first: a city's as a click on its row would,
        a wider place's (a region, a country, a sea) at a view fitted to its outline.
    view
        ``(lat, lon, zoom)`` to show instead of the opening view (applied before
        ``place_id``).
    speakers
        Open the side panel's Speakers list (the run's sources and their places).
    settle_ms
        Time to let Leaflet finish animations before the shot.

    Returns
    -------
    Path
        The written PNG.

    Raises
    ------
    RuntimeError
        If Playwright or Chromium is missing, or the page logged errors.
    """
    out = Path(png_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with offline_page(html_path, width=width, height=height) as state:
        page = state.page
        if view is not None:
            page.evaluate(
                "(v) => window.geomapApps[0].map.setView([v[0], v[1]], v[2], {animate: false})",
                list(view),
            )
        if place_id is not None:
            page.evaluate(_OPEN_PLACE, place_id)
        if speakers:
            page.evaluate(OPEN_SPEAKERS)
        page.wait_for_timeout(settle_ms)
        if state.console_errors:
            raise RuntimeError(f"map page logged errors: {state.console_errors}")
        page.screenshot(path=str(out))
    return out


#: Open a place's popup at a view fitted to its type: a city as a click on its row does
#: (:func:`app.focus`, its zoom from the marker); a place whose zoom is wider (a region,
#: a country, a sea: :data:`geomap.mapping.place_entry.FOCUS_ZOOM`) fitted to its
#: outline, or at its zoom when it has none, so that a marker cluster does not zoom in
#: to it (Crimea was shown at a 20 km scale, filling the screen, with no context).
_OPEN_PLACE = """(pid) => {
  const app = window.geomapApps[0], map = app.map;
  const i = app.data.places.findIndex(p => p.id === pid);
  if (i < 0) { return; }
  const p = app.data.places[i];
  if (p.zoom >= CITY_ZOOM) { app.focus(i); return; }
  map.closePopup();
  const shapes = app.shapes.filter(x => x.p === i && x.layer && x.layer.getBounds);
  const panel = document.getElementById("geomap-panel");
  const left = panel && !document.body.classList.contains("geomap-panel-collapsed")
    ? panel.offsetWidth : 0;
  let at = p.ll;
  if (shapes.length) {
    const b = L.latLngBounds([]);
    shapes.forEach(x => b.extend(x.layer.getBounds()));
    map.fitBounds(b.pad(0.5), {paddingTopLeft: [left + 20, 20], animate: false});
    at = at || b.getCenter();
  } else if (at) {
    map.setView(at, p.zoom, {animate: false});
  }
  if (at) { L.popup({maxWidth: 420}).setLatLng(at).setContent(app.popupContent(i)).openOn(map); }
}""".replace("CITY_ZOOM", str(DEFAULT_FOCUS_ZOOM))


#: Open the side panel's Speakers list, as a click on its heading does.
OPEN_SPEAKERS = """() => { const box = document.getElementById("geomap-sources");
  if (box) { box.open = true; box.scrollIntoView({block: "start"}); } }"""


def main(argv: list[str] | None = None) -> int:
    """``scripts/screenshot_map.py MAP.html OUT.png [--place ID] [--view L,L,Z] [--speakers]``."""
    import argparse

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("html")
    ap.add_argument("png")
    ap.add_argument("--place", default=None, help="place_id whose popup to open")
    ap.add_argument("--view", default=None, help="LAT,LON,ZOOM to show (default: the opening view)")
    ap.add_argument("--speakers", action="store_true", help="open the panel's Speakers list")
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=900)
    ns = ap.parse_args(argv)
    view: tuple[float, float, float] | None = None
    if ns.view:
        parts = [float(x) for x in ns.view.split(",")]
        if len(parts) != 3:
            ap.error("--view takes LAT,LON,ZOOM")
        view = (parts[0], parts[1], parts[2])
    shot = screenshot(
        ns.html,
        ns.png,
        width=ns.width,
        height=ns.height,
        place_id=ns.place,
        view=view,
        speakers=ns.speakers,
    )
    print(shot)
    return 0
