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

from geomap.english_words import common_word
from geomap.gazetteer.builder.exonyms import EXONYM_MIN_POPULATION, is_form_of
from geomap.gazetteer.builder.geonames import read_table
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.names import normalize_name

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


def promote_names_without_article(
    entries: Iterable[Entry], countries: frozenset[str], reserved: Iterable[str] = ()
) -> int:
    """Make the article-less form of a city's articled alternate name an exonym.

    GeoNames gives Al Ḩudaydah "El-Hodeidah" as an alternate name only; English news
    writes "Hodeidah".  :func:`add_names_without_article` indexes "hodeidah" as an
    alternate, which the resolver trusts little.  Here the form becomes an
    ``"exonym"`` when the city has 100,000 people or more
    (:data:`~geomap.gazetteer.builder.exonyms.EXONYM_MIN_POPULATION`), the form
    looks like the city's own name without its article (:func:`~geomap.gazetteer.
    builder.exonyms.is_form_of`: "hodeidah" and "hudaydah"), it is no lower-case
    English word, and no other place bears it under any name, except the city's own
    admin units ("Medina" is many towns' name and stays an alternate).  Only a name
    that had the article is shortened; an article-less alternate keeps its kind.
    Run after :func:`add_names_without_article`; ``reserved`` holds the curated
    aliases' names.  Return how many names were promoted.
    """
    entries = list(entries)
    holders: dict[str, list[Entry]] = {}
    for e in entries:
        for n in e.names:
            holders.setdefault(n, []).append(e)
    reserved = set(reserved)
    promoted = 0
    for e in _notable(entries, countries):
        if e.feature_type != "city" or e.population < EXONYM_MIN_POPULATION:
            continue
        own = normalize_name(e.name)
        own_short = without_article(own) or own
        for n, kind in list(e.names.items()):
            short = without_article(n) if kind == "alternate" else None
            if short is None or e.names.get(short) != "alternate" or short in reserved:
                continue
            if not is_form_of(short, own_short, e.names) or common_word(short):
                continue
            if all(_home(h, e) for h in holders.get(short, ())):
                e.names[short] = "exonym"
                promoted += 1
    return promoted


def _home(holder: Entry, city: Entry) -> bool:
    """Whether ``holder`` is ``city`` itself or an admin unit it lies in."""
    if holder is city:
        return True
    return (
        holder.feature_type in {"admin1", "admin2"}
        and holder.country_code == city.country_code
        and holder.admin1_code == city.admin1_code
    )


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
