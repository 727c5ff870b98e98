"""Write ``data/iso3166_2_names.csv`` from the iso-codes package's ISO 3166-2 translations.

iso-codes (Debian package ``iso-codes``, also bundled in pycountry; LGPL-2.1-or-later)
names every ISO 3166-2 subdivision in its own language and translates many of the
names: "Lombardia" is "Lombardei" in German, "Lombardie" in French, "Ломбардия" in
Russian; "Dolnośląskie" is "Niederschlesien".  This script keeps, for every
subdivision, its code, its own name and its names in German, French, Polish, Russian
and Ukrainian (a cell is empty where the translation is the own name), for
``geomap.gazetteer.builder.iso_names``.  Run (from the repository root)::

    python scripts/extract_iso3166_2.py [--iso-codes /usr/share/iso-codes] \
        [--locale /usr/share/locale] [--out data/iso3166_2_names.csv]
"""

from __future__ import annotations

import argparse
import csv
import gettext
import json
from pathlib import Path

LANGUAGES = ("de", "fr", "pl", "ru", "uk")


def _version() -> str:
    """The iso-codes version recorded by Debian, or "unknown"."""
    changelog = Path("/usr/share/doc/iso-codes/changelog.Debian.gz")
    if changelog.exists():
        import gzip

        with gzip.open(changelog, "rt", encoding="utf-8") as fh:
            first = fh.readline()
        return first.split("(", 1)[1].split(")", 1)[0] if "(" in first else "unknown"
    return "unknown"


def main() -> None:
    """Read the JSON and the gettext catalogues; write the CSV."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iso-codes", type=Path, default=Path("/usr/share/iso-codes"))
    parser.add_argument("--locale", type=Path, default=Path("/usr/share/locale"))
    parser.add_argument("--out", type=Path, default=Path("data/iso3166_2_names.csv"))
    args = parser.parse_args()
    rows = json.loads((args.iso_codes / "json/iso_3166-2.json").read_text("utf-8"))["3166-2"]
    catalogues = {
        lang: gettext.translation("iso_3166-2", str(args.locale), languages=[lang])
        for lang in LANGUAGES
    }
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# ISO 3166-2 subdivision names in German, French, Polish, Russian and Ukrainian,\n"
            f"# from iso-codes {_version()} (the Debian package's iso_3166-2.json\n"
            "# and iso_3166-2.mo catalogues; https://salsa.debian.org/iso-codes-team/iso-codes).\n"
            "# Licence: LGPL-2.1-or-later (iso-codes' own), not the project's MIT licence.\n"
            "# Made by scripts/extract_iso3166_2.py; columns: code, parent (empty at the top\n"
            "# level), type, the own name, one per language (empty where the translation is\n"
            "# the own name).\n"
        )
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["code", "parent", "type", "name", *LANGUAGES])
        for row in sorted(rows, key=lambda r: r["code"]):
            name = row["name"]
            local = [catalogues[lang].gettext(name) for lang in LANGUAGES]
            out.writerow(
                [
                    row["code"],
                    row.get("parent", ""),
                    row["type"],
                    name,
                    *("" if x == name else x for x in local),
                ]
            )


if __name__ == "__main__":
    main()
