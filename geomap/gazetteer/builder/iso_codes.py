"""iso-codes' ISO 3166-2 subdivisions with their names in other languages.

Read at build time from the copy of iso-codes (LGPL-2.1) that ``pycountry`` installs
(:func:`iso_codes`, :func:`read_iso_names`); never copied into this repository.
:mod:`geomap.gazetteer.builder.iso_names` indexes the names.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from geomap.gazetteer.lemmas import LOCAL_LANGUAGES
from geomap.language import OWN_LANGUAGE_COUNTRIES


@dataclass(frozen=True, slots=True)
class Subdivision:
    """One ISO 3166-2 subdivision and its names in other languages."""

    code: str
    top_level: bool
    type: str
    name: str
    #: ``(language, name)`` for each translation that differs from :attr:`name`.
    local: tuple[tuple[str, str], ...]

    @property
    def country(self) -> str:
        """The ISO 3166-1 alpha-2 code of the subdivision's country."""
        return self.code.split("-", 1)[0]


def iso_codes() -> Path | None:
    """The folder of the iso-codes data pycountry installs, ``None`` without pycountry."""
    import importlib.util

    spec = importlib.util.find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    return folder if (folder / "databases" / "iso3166-2.json").is_file() else None


def read_iso_names(folder: Path) -> Iterator[Subdivision]:
    """Yield every subdivision of iso-codes' ISO 3166-2 with its names in other languages.

    ``folder`` holds ``databases/iso3166-2.json`` and the gettext catalogues
    ``locales/<lang>/LC_MESSAGES/iso3166-2.mo`` (pycountry's layout).  A
    translation equal to the own name counts only in a country that speaks the
    language (:data:`OWN_LANGUAGE_COUNTRIES`).
    """
    import gettext
    import json

    rows = json.loads((folder / "databases" / "iso3166-2.json").read_text("utf-8"))["3166-2"]
    catalogues = {
        lang: gettext.translation("iso3166-2", str(folder / "locales"), [lang], fallback=True)
        for lang in LOCAL_LANGUAGES
    }
    for row in sorted(rows, key=lambda r: r["code"]):
        names = {lang: c.gettext(row["name"]) for lang, c in catalogues.items()}
        yield subdivision(row["code"], bool(row.get("parent")), row["type"], row["name"], names)


def subdivision(
    code: str, has_parent: bool, kind: str, own: str, names: dict[str, str]
) -> Subdivision:
    """A subdivision with its ``names`` by language (a translation equal to ``own`` is none).

    Only in a country that speaks the language does the own name count as that
    language's ("Tirol" in German).
    """
    own, country = own.strip(), code.split("-", 1)[0]
    local = []
    for lang in LOCAL_LANGUAGES:
        name = (names.get(lang) or "").strip() or own
        if name != own or country in OWN_LANGUAGE_COUNTRIES.get(lang, ()):
            local.append((lang, name))
    return Subdivision(code, not has_parent, kind, own, tuple(local))
