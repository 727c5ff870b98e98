"""HTML pages: the article's main text and metadata, by trafilatura.

Navigation, tickers, footers, scripts and styles are dropped (the CSS
``font-family: Georgia`` is not the country); entities are decoded.  The
extracted text is what geomap reads: every offset indexes it, and
``articles.jsonl`` keeps it.  Paragraphs are separated by a blank line.
Metadata comes from ``<title>``, OpenGraph and ``article:`` meta tags and
JSON-LD (through trafilatura), and ``<html lang>``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from geomap.metadata import clean_text, language_code, parse_date

_LANG_ATTR = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)")
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z:_.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')
#: Meta tags that hold the publication time (name, property or itemprop; lower case).
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate",
    "publishdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "date",
)  # fmt: skip
_DOCUMENT = re.compile(r"<(?:html|body|head)\b", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
#: Largest page (in elements) given to trafilatura's main-text extraction.
MAX_ELEMENTS = 20000
#: trafilatura's metadata fields -> geomap's.
_FIELDS = {"title": "title", "sitename": "outlet", "url": "url", "author": "author"}


@lru_cache(maxsize=1)
def _config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    # No SIGALRM timeout: extraction may run in a worker thread (Dask), where signals fail.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    # trafilatura's extraction is quadratic in the number of elements: a page with more
    # (a hostile one, 8 MB of <p>) is read by the linear baseline instead.
    config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_ELEMENTS))
    # Its extensive date search guesses from any text: a footer's "Copyright 2024" became
    # 2024-01-01, a "2019-04" in the body 2019-04-01; the page's markup is read only.
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag (first 4 KB), if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def published_time(html: str) -> str | None:
    """The publication date a page declares in its meta tags or JSON-LD, if any.

    The first declared date by the order of ``_PUBLISHED_META``, with its time
    and offset (``2024-10-30T14:05:00+01:00``) when a tag gives them for that day.  A declared
    date wins over trafilatura's, which is the day only and drops dates in
    the future or before 1995 for a guess from the page's other markup.
    """
    head = html[:65536]
    found = _meta_contents(head, _PUBLISHED_META)
    match = _LD_PUBLISHED.search(head if "datePublished" in head else html[:262144])
    if match:
        found.setdefault("datepublished", match.group(1))
    dates = [value for key in _PUBLISHED_META if (value := parse_date(found.get(key)))]
    if not dates:
        return None
    return next((v for v in dates if "T" in v and v.startswith(dates[0])), dates[0])


def _meta_contents(head: str, keys: tuple[str, ...]) -> dict[str, str]:
    """The first ``content`` of each ``<meta>`` property, name or itemprop in ``keys``."""
    found: dict[str, str] = {}
    for tag in _META_TAG.findall(head):
        attrs = {k.lower(): a or b for k, a, b in _ATTR.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in keys and attrs.get("content"):
            found.setdefault(key, attrs["content"])
    return found


def _outlet_as_written(outlet: str, html: str) -> str:
    """``outlet`` as the page's ``og:site_name`` spells it, when it is that name.

    trafilatura capitalises a lower-case site name ("bbc" -> "Bbc", "der Spiegel" ->
    "Der Spiegel"): the same outlet would then be two on the map beside a corpus.
    """
    written = clean_text(_meta_contents(html[:65536], ("og:site_name",)).get("og:site_name"))
    return written if written and written.casefold() == outlet.casefold() else outlet


def page_language(html: str) -> str | None:
    """The ``<html lang>`` of a page, as an ISO 639 code."""
    match = _LANG_ATTR.search(html[:4096].encode("utf-8", "replace"))
    return language_code(match.group(1).decode("ascii")) if match else None


def extract_html(html: str) -> tuple[str, dict[str, str]]:
    """Return a page's main text and its metadata (title, outlet, published, url, author...).

    The text is empty when the page has none (a page of links).  A fragment
    (``<p>...</p>``, as feeds carry) is read as a page's body.
    """
    import trafilatura

    if not _DOCUMENT.search(html[:4096]):
        html = f"<html><body>{html}</body></html>"  # a fragment (a feed item's content)
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
        config=_config(),
    )
    meta: dict[str, str] = {}
    text = ""
    if doc is not None:
        found = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        text = str(found.get("text") or "")
        for theirs, ours in _FIELDS.items():
            value = clean_text(found.get(theirs))  # as any other metadata value
            if value:
                meta[ours] = _outlet_as_written(value, html) if ours == "outlet" else value
        published = published_time(html) or parse_date(found.get("date"))
        if published:
            meta["published"] = published
    if not text.strip():
        _, text, _ = trafilatura.baseline(html)  # a short page: its visible text
    language = page_language(html)
    if language:
        meta["language"] = language
    return _paragraphs(text), meta


def _paragraphs(text: str) -> str:
    """One blank line between paragraphs (trafilatura puts each on its own line)."""
    lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
    return "\n\n".join(line for line in lines if line)
