"""Screenshot a geomap map.html to PNG, offline (headless Chromium, network blocked).

.venv/bin/python scripts/screenshot_map.py out/map.html docs/seed-map.png
.venv/bin/python scripts/screenshot_map.py out/map.html popup.png --place 798544
.venv/bin/python scripts/screenshot_map.py out/map.html speakers.png --speakers
"""

from __future__ import annotations

from geomap.mapping.snapshot import main

if __name__ == "__main__":
    raise SystemExit(main())
