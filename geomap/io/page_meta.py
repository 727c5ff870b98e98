"""A page's metadata as its markup declares it: charset, language, publication time, outlet, title.

Read from the page's ``<meta>`` tags, JSON-LD and ``<html lang>`` beside
trafilatura's metadata (:mod:`geomap.io.html`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from geomap.dates import parse_date
from geomap.metadata import clean_text, language_code
from geomap.outlet_names import OUTLET_SEPARATOR, without_outlet

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_LANG_ATTR = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)")
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z:_.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')
#: Meta tags that hold the publication time (name, property or itemprop; lower case).
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate",
    "publishdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "date",
)  # fmt: skip
#: The address a browser saved a page from, in its first line (Internet Explorer's and
#: Chrome's "Mark of the Web": ``<!-- saved from url=(0062)https://... -->``).
_SAVED_FROM = re.compile(
    r"<!--\s*saved from url=\(\d{1,5}\)(https?://[^\s<>\"']{1,2000}?)\s*-->", re.I
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag (first 4 KB), if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def published_time(
    html: str,
    extracted: str | None = None,
    declared: str | None = None,
    foreign: Collection[str] = (),
) -> str | None:
    """The page's publication date: as it declares it, else ``extracted`` (trafilatura's).

    ``article:published_time`` or ``og:published_time`` first; then ``declared``,
    the ``datePublished`` of the page's JSON-LD article
    (:func:`geomap.io.json_ld.declared_article`); then trafilatura's date (the day
    only; it weighs a page's JSON-LD and microdata, where a related article's date
    may come first, but drops dates after today or before 1995); then the first
    other declared date (a JSON-LD ``datePublished`` anywhere, ``pubdate``...), unless
    it is the day of one of ``foreign``, the dates of other stories the page shows
    (:func:`geomap.io.page_dates.drop_foreign_dates`, a JSON-LD list's:
    :func:`geomap.io.json_ld.listed_dates`): then none; trafilatura's date neither.
    With its time and offset (``2024-10-30T14:05:00+01:00``) when a tag gives them
    for that day.
    """
    head = html[:65536]
    found = meta_contents(head, _PUBLISHED_META)
    match = _LD_PUBLISHED.search(head if "datePublished" in head else html[:262144])
    if match:
        found.setdefault("datepublished", match.group(1))
    dates = {key: value for key in _PUBLISHED_META if (value := parse_date(found.get(key)))}
    own = [dates[key] for key in _PUBLISHED_META[:2] if key in dates]
    article = parse_date(declared)
    if article:
        own.append(article)
        dates.setdefault("article", article)
    theirs = {parse_date(value) for value in foreign}  # other stories' days
    others = [dates[key] for key in dates if key != "article" and dates[key] not in theirs]
    guessed = extracted if extracted not in theirs else None
    day = own[0] if own else guessed or next(iter(others), None)
    if not day:
        return None
    return next((v for v in dates.values() if "T" in v and v.startswith(day)), day)


def meta_contents(head: str, keys: tuple[str, ...]) -> dict[str, str]:
    """The first ``content`` of each ``<meta>`` property, name or itemprop in ``keys``."""
    found: dict[str, str] = {}
    for tag in _META_TAG.findall(head):
        attrs = {k.lower(): a or b for k, a, b in _ATTR.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in keys and attrs.get("content"):
            found.setdefault(key, attrs["content"])
    return found


def outlet_as_written(outlet: str, html: str) -> str:
    """``outlet`` as the page's ``og:site_name`` spells it, when it is that name.

    trafilatura capitalises a lower-case site name ("bbc" -> "Bbc", "der Spiegel" ->
    "Der Spiegel"): the same outlet would then be two on the map beside a corpus.
    """
    written = page_outlet(html)
    return written if written and written.casefold() == outlet.casefold() else outlet


def page_language(html: str) -> str | None:
    """The ``<html lang>`` of a page, as an ISO 639 code."""
    match = _LANG_ATTR.search(html[:4096].encode("utf-8", "replace"))
    return language_code(match.group(1).decode("ascii")) if match else None


def page_title(html: str, tree: HtmlElement | None, outlet: str | None = None) -> str | None:
    """The page's headline from its markup, for a page trafilatura gave none.

    ``og:title`` (or ``twitter:title``) first, the headline the publisher declares;
    then the first ``<h1>`` with text; then ``<title>``, without the outlet's name
    after it ("Storm in Odesa - Example News").  Each as any metadata value
    (:func:`geomap.metadata.clean_text`); ``None`` when the page has none.
    """
    declared = meta_contents(html[:65536], ("og:title", "twitter:title"))
    for key in ("og:title", "twitter:title"):
        title = clean_text(declared.get(key))
        if title:
            return title
    if tree is None:
        return None
    for heading in tree.iter("h1"):
        title = clean_text(heading.text_content())
        if title:
            return title
    element = tree.find(".//title")
    title = clean_text(element.text_content()) if element is not None else None
    if title and outlet:
        title = without_outlet(title, outlet)
    return title


def title_outlet(tree: HtmlElement | None, headline: str | None) -> str | None:
    """The outlet a page's ``<title>`` names beside its headline ("Port hit | RT"), if any.

    A page saved from a browser often declares no site name: its ``<title>`` is the
    headline and the outlet's name, on either side of a separator. The part that is
    not the headline is the outlet when it is short (at most five words).  A page saved
    from a front page or section's view may give the section's label instead of the
    headline (``Home - The Morning Post``, :data:`SECTION_LABELS`): the other part.
    """
    element = tree.find(".//title") if tree is not None else None
    title = clean_text(element.text_content()) if element is not None else None
    if not title or not headline:
        return None
    title, head, sep = (
        " ".join(title.split()),
        re.escape(" ".join(headline.split())),
        OUTLET_SEPARATOR.pattern,
    )
    found = re.fullmatch(f"{head}{sep}(.+)", title, re.I) or re.fullmatch(
        f"(.+?){sep}{head}", title, re.I
    )
    name = found.group(1).strip() if found else _beside_section(title)
    return name if 0 < len(name.split()) <= _OUTLET_WORDS else None


#: What a ``<title>`` names beside the site instead of a headline: its front page or a
#: section's (``Home - The Morning Post``, ``Startseite | Elbe Kurier``), in the
#: supported languages; compared case-folded.
SECTION_LABELS = frozenset(
    {"home", "homepage", "home page", "front page", "news", "latest news", "top stories"}
    | {"startseite", "nachrichten", "aktuelles", "accueil", "actualités", "actualites"}
    | {"la une", "strona główna", "wiadomości", "aktualności", "главная", "новости"}
    | {"главная страница", "головна", "новини", "головна сторінка"}
)


def _beside_section(title: str) -> str:
    """The site's name in a ``<title>`` of a section label and it, "" if not such a title."""
    parts = [part.strip() for part in OUTLET_SEPARATOR.split(title)]
    if len(parts) != 2:
        return ""
    first, second = (part.casefold() in SECTION_LABELS for part in parts)
    return parts[1] if first and not second else parts[0] if second and not first else ""


#: Longest outlet name read from a ``<title>``, in words.
_OUTLET_WORDS = 5


def saved_from(html: str) -> str | None:
    """The address a browser saved the page from, as it wrote it in the page's opening.

    >>> saved_from('<!DOCTYPE html>\\n<!-- saved from url=(0026)https://kh.example/a/1 -->')
    'https://kh.example/a/1'
    >>> saved_from('<p><!-- saved from url=(0010)javascript:x --></p>') is None
    True
    """
    match = _SAVED_FROM.search(html[:4096])
    return match.group(1) if match else None


def page_outlet(html: str) -> str | None:
    """The outlet a page's ``og:site_name`` names (for a page trafilatura gave none)."""
    return clean_text(meta_contents(html[:65536], ("og:site_name",)).get("og:site_name"))
