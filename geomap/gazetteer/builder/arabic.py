"""Arabic place names as English news writes them: without the definite article.

GeoNames romanises Arabic names with the article ("Al Qāmishlī", "Ar Raqqah",
"El-Hodeidah" among Al Ḩudaydah's alternate names); English usage mostly drops it
("Qamishli", "Raqqa", "Hodeidah"). In the countries whose first language is
Arabic (GeoNames ``countryInfo.txt``, column *Languages*), each name of a notable
place that starts with a romanised article ("al", "el", and the assimilated forms
"ar", "as", "ash", "ad", "an", "at", "az" ...) is also indexed without it: the
place's own name as an ``"exonym"`` match (its English form), an alternate name as
an ``"alternate"``. Elsewhere the same words are Spanish or French articles
("El Paso", "Es Castell") and stay.

The final *ta marbuta* is written both ways too ("Sulaimaniya" and "Sulaimaniyah",
"Falluja" and "Fallujah"): :func:`add_final_h_forms` indexes each such name of a
notable place in those countries with the other ending as well.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from geomap.gazetteer.builder.geonames import read_table
from geomap.gazetteer.builder.model import Entry

#: Romanisations of the Arabic article, normalised (the "l" assimilates to sun letters).
ARTICLES = frozenset(
    "al el ar er as es ash esh ad ed adh an en at et ath az ez".split()  # noqa: SIM905
)
#: Shorter remainders are not indexed alone ("Al Ain" stays "Al Ain").
MIN_REMAINDER = 4
#: Places this large, or seats of government, have their names indexed without the article.
MIN_POPULATION = 1000
SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2", "ADM1", "ADM2"})
TYPES = frozenset({"city", "admin1", "admin2"})


def arabic_countries(country_info: Path) -> frozenset[str]:
    """ISO codes of the countries whose first listed language is Arabic (``ar``, ``ar-SY`` ...)."""
    out = set()
    for c in read_table(country_info):
        if len(c) > 15 and c[15].split(",")[0].split("-")[0] == "ar":
            out.add(c[0])
    return frozenset(out)


def without_article(norm: str) -> str | None:
    """A normalised name without its leading Arabic article, or ``None``.

    >>> without_article("al qamishli"), without_article("el hodeidah"), without_article("al ain")
    ('qamishli', 'hodeidah', None)
    """
    head, _, rest = norm.partition(" ")
    if head not in ARTICLES or len(rest.replace(" ", "")) < MIN_REMAINDER:
        return None
    return rest


def add_names_without_article(entries: Iterable[Entry], countries: frozenset[str]) -> int:
    """Index the article-less names of notable places in ``countries``; return how many."""
    added = 0
    for e in _notable(entries, countries):
        for n, kind in list(e.names.items()):
            short = without_article(n)
            if short is None:
                continue
            new = "exonym" if kind in {"name", "exonym"} else "alternate"
            old = e.names.get(short)
            if old is None or (old == "alternate" and new == "exonym"):
                added += old is None
                e.names[short] = new
    return added


#: Shortest last word whose final "a" / "ah" is read as a ta marbuta.
MIN_FINAL_WORD = 4


def final_h_form(norm: str) -> str | None:
    """A normalised name with the other romanisation of a final ta marbuta, or ``None``.

    >>> final_h_form("sulaimaniya"), final_h_form("fallujah"), final_h_form("homs")
    ('sulaimaniyah', 'falluja', None)
    """
    last = norm.rsplit(" ", 1)[-1]
    if len(last) < MIN_FINAL_WORD:
        return None
    if last.endswith("ah"):
        return norm[:-1]
    if last.endswith("a"):
        return norm + "h"
    return None


def add_final_h_forms(entries: Iterable[Entry], countries: frozenset[str]) -> int:
    """Index the other ta marbuta form of the names of notable places in ``countries``."""
    added = 0
    for e in _notable(entries, countries):
        for n, kind in list(e.names.items()):
            form = final_h_form(n)
            if form is None or form in e.names:
                continue
            e.names[form] = "exonym" if kind in {"name", "exonym"} else "alternate"
            added += 1
    return added


def _notable(entries: Iterable[Entry], countries: frozenset[str]) -> Iterator[Entry]:
    """The entries of ``countries`` notable enough for another form of their names.

    A place of :data:`TYPES` with at least :data:`MIN_POPULATION` people, or a seat of
    government (:data:`SEAT_CODES`) whatever its population.
    """
    for e in entries:
        if e.country_code not in countries or e.feature_type not in TYPES:
            continue
        if e.population >= MIN_POPULATION or e.feature_code in SEAT_CODES:
            yield e
