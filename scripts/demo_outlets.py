"""Write a three-outlet demo corpus (for docs/outlets-map.png) from ../shared/eval texts.

The texts are real news (GeoVirus, WikiNews); the outlets ("Outlet A", "Outlet B",
"Outlet C") and the dates (spread over two weeks) are assigned here, round robin, to
show the map's outlet colours and timeline.  Nothing is written into the repository.

    .venv/bin/python scripts/demo_outlets.py ../shared/eval/GeoVirus.jsonl /tmp/demo.jsonl
    .venv/bin/geomap map /tmp/demo.jsonl -o /tmp/demo-out --title "Three outlets (demo)"
    .venv/bin/python scripts/screenshot_map.py /tmp/demo-out/map.html docs/outlets-map.png \
        --view 42,18,4
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path


def main(source: str, target: str, count: int = 45) -> None:
    """Write ``count`` records of ``source`` with outlets and dates to ``target``."""
    lines = Path(source).read_text(encoding="utf-8").split("\n")
    start = dt.date(2024, 3, 1)
    with Path(target).open("w", encoding="utf-8") as out:
        for n, line in enumerate(x for x in lines if x.strip()):
            if n >= count:
                break
            record = json.loads(line)
            out.write(
                json.dumps(
                    {
                        "id": f"demo-{n:03d}",
                        "text": record["text"],
                        "title": record["text"].split(". ")[0][:80],
                        "outlet": f"Outlet {'ABC'[n % 3]}",
                        "published": (start + dt.timedelta(days=(n * 5) % 14)).isoformat(),
                    }
                )
                + "\n"
            )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
