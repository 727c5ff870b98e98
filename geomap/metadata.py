"""Article metadata: which outlet published what, when, under which headline.

Every reader (corpora, HTML pages, Markdown front matter, DataFrames) turns
what it finds into the same fields, :data:`ARTICLE_FIELDS`, read from the
field names people's exports use (:data:`FIELD_ALIASES`, case-insensitive).
The outputs carry these fields with every mention and claim.

>>> article_metadata({"Headline": "Troops move", "source": "Reuters",
...                   "date": "March 1, 2024"})[0]
{'title': 'Troops move', 'outlet': 'Reuters', 'published': '2024-03-01', \
'published_given': 'March 1, 2024'}
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Mapping

from geomap.dates import parse_date
from geomap.field_names import alias_keys, field_key
from geomap.outlet_names import OUTLET_ADDRESS, address_problem, outlet_from_url, without_outlet
from geomap.published import GIVEN_FIELD, output_published, published_day, read_published
from geomap.sanitize import BIDI_CONTROLS
from geomap.text import MARKUP_TAG, without_escapes

#: The metadata every output carries for an article (``None`` when unknown).
ARTICLE_FIELDS: tuple[str, ...] = (
    "title", "outlet", "published", GIVEN_FIELD, "url", "author", "language",
)  # fmt: skip

#: The field geomap derives for an article: the id of the article of the run whose text
#: it nearly repeats (:mod:`geomap.copies`); never read from an input.
COPY_FIELD = "copy_of"
#: The article fields every output carries: the metadata read, and :data:`COPY_FIELD`.
OUTPUT_FIELDS: tuple[str, ...] = (*ARTICLE_FIELDS, COPY_FIELD)


_CONTROLS = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}]")
#: A script or style element, its body with it (a title's "<script>alert(1)</script>").
_HIDDEN = re.compile(r"<(script|style)\b[^<>]{0,500}>.*?(?:</\1\s*>|$)", re.I | re.S)
#: A byline's label before the name: "By", and as pages in the other languages write
#: it ("Von", "Par", "Autor:", "Автор:", "Текст:"); a label but "By" only capitalised.
_BYLINE = re.compile(
    r"^(?:(?i:by)|Von|Par|Autor(?:ka)?|Tekst|Автор(?:ка)?|Текст)(?:\s*:\s*|\s+)(?=\w)"
)
_LANG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")
#: Longest value kept for a metadata field (a "title" holding a whole article is cut).
MAX_FIELD_CHARS = 1000


#: The key of an object that names it, first present (a JSON-LD person, a news API's
#: source, the New York Times API's headline and byline, WordPress's REST API's title).
_NAME_KEYS = ("name", "title", "main", "original", "rendered")


def _text(value: object, nested: bool = True) -> str | None:
    """A metadata value as one line of text (a list of names joined), or ``None``.

    Only one level of list or object is read: a deeply nested (or aliased,
    in YAML) value cannot make this walk grow.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (list, tuple)):
        if not nested:
            return None
        parts = [t for t in (_text(v, False) for v in value[:50]) if t]
        return "; ".join(parts)[:MAX_FIELD_CHARS] or None
    if isinstance(value, Mapping):
        # JSON-LD {"@type": "Person", "name": ...}, also inside a list of authors; news
        # APIs' {"title": "BBC"} (a source), {"main": ...} (a headline), {"original": ...}
        name = next((value[k] for k in _NAME_KEYS if value.get(k) is not None), None)
        return _text(name, False) if not isinstance(name, (list, tuple, Mapping)) else None
    if isinstance(value, float) and value != value:  # NaN from a DataFrame
        return None
    if not isinstance(value, (str, int, float, dt.date)):
        return None
    text = str(value)
    if "<" in text or "&" in text:  # "<b>Bold</b> &amp; title" from an HTML export
        text = html.unescape(MARKUP_TAG.sub(" ", _HIDDEN.sub(" ", text)))
    # one line of text: no terminal escapes ("\x1b[31m" whole), control characters or bidi
    text = " ".join(_CONTROLS.sub(" ", without_escapes(text)).split())
    return text[:MAX_FIELD_CHARS] or None


def author_name(value: object) -> str | None:
    """An author value as a name: no byline's label ("By ", "Автор:"), ``None`` for an id.

    A page's byline may run on into its date or reading time, set off by a dot or a
    bar ("Reuters · Tue; March 3", "Jane Doe | 5 min read"): the parts with a number
    are left out.

    >>> author_name("By Marc Santora"), author_name(3), author_name("12")  # WordPress ids
    ('Marc Santora', None, None)
    >>> author_name("Reuters · Tue; March 3")
    'Reuters'
    """
    name = _BYLINE.sub("", _text(value) or "")
    parts = _BYLINE_PARTS.split(name)
    if len(parts) > 1:
        named = [p for p in parts if p.strip() and not any(ch.isdigit() for ch in p)]
        name = " · ".join(p.strip() for p in named) if named else name
    return None if name.isdigit() else name or None


#: Marks that set a byline's parts off ("Reuters · Tue; March 3", "Jane Doe | 5 min read").
_BYLINE_PARTS = re.compile(r"\s+[·|•]\s+")


def clean_value(value: object) -> str | None:
    """A metadata value read elsewhere (a WARC header) cleaned as the fields are (:func:`_text`)."""
    return _text(value)


def clean_text(value: object) -> str | None:
    """A metadata value as one clean line: tags, entities, control and bidi characters gone."""
    return _text(value)


def language_code(value: object) -> str | None:
    """An ISO 639 code from ``"en"``, ``"en-US"``, ``"pl_PL"`` (lower-case), else ``None``."""
    text = _text(value)
    match = _LANG.match(text or "")
    return match.group(1).lower() if match else None


def _outlet(raw: object) -> str | None:
    """An outlet's name; one given as a web address is its host (:func:`outlet_from_url`)."""
    text = _text(raw)
    if text and OUTLET_ADDRESS.match(text):
        return outlet_from_url(text) or text
    return text


def article_metadata(
    record: Mapping[str, object],
    names: Mapping[str, str] | None = None,
    *,
    day_first: bool = False,
) -> tuple[dict[str, str], list[str]]:
    """Read :data:`ARTICLE_FIELDS` from a record; return them and warnings.

    Parameters
    ----------
    record
        Field name to value (a JSON object, a CSV row, HTML meta tags).
    names
        Field to read for a metadata field, overriding the aliases
        (``{"title": "headline_en"}``).
    day_first
        Read "05/03/2024" as 5 March (:func:`geomap.dates.parse_date`).

    Returns
    -------
    metadata, warnings
        The fields found (only those with a value), and what could not be read
        (a date that is not a date).
    """
    lower: dict[str, object] = {}
    for key, value in record.items():
        lower.setdefault(field_key(key), value)
    meta: dict[str, str] = {}
    warnings: list[str] = []
    for name in ARTICLE_FIELDS:
        named = names.get(name) if names else None
        fields = (field_key(named),) if named else alias_keys(name)
        raw = next((lower[f] for f in fields if _text(lower.get(f)) is not None), None)
        if raw is None:
            continue
        if name == "published":
            value, given, problems = read_published(raw, _text(raw), day_first=day_first)
            warnings.extend(problems)
            if given and not meta.get(GIVEN_FIELD):
                meta[GIVEN_FIELD] = given
        elif name == GIVEN_FIELD:  # geomap's own output read again: its date, not another
            value = _given_again(_text(raw), meta, day_first)
            if value is None:
                continue
        elif name == "language":
            value = language_code(raw)
            if value is None:
                continue
        elif name == "outlet":
            value = _outlet(raw)
        elif name == "author":
            value = author_name(raw)
        elif name == "url":
            value = _text(raw)
            given = raw.strip() if isinstance(raw, str) else value  # before markup is cut
            problem = address_problem(given) if value and given else None
            if problem:  # "javascript:...", "here", "http://x/\"><script>"
                warnings.append(problem)
                continue
        else:
            value = _text(raw)
        if value is not None:
            meta[name] = value
    if "title" in meta and "outlet" in meta:  # NewsAPI's "Shelling hits Kharkiv - Reuters"
        meta["title"] = without_outlet(meta["title"], meta["outlet"])
        author = meta.get("author")
        if author and meta["outlet"].casefold() in AGGREGATORS:
            # an aggregator's item (NewsAPI's "Google News") gives the outlet it came from
            # as the author and at the title's end: "... falls in Romania - The Guardian"
            cut = without_outlet(meta["title"], author)
            if cut != meta["title"]:
                meta["title"], meta["outlet"] = cut, author
    if "outlet" not in meta:
        host = outlet_from_url(meta.get("url"))
        if host:
            meta["outlet"] = host
    return {name: meta[name] for name in ARTICLE_FIELDS if name in meta}, warnings


#: Services that list other outlets' articles under their own name (NewsAPI's source).
AGGREGATORS = frozenset(
    {"google news", "yahoo news", "yahoo", "msn", "bing news", "apple news", "newsnow",
     "flipboard", "smartnews", "newsbreak", "ground news"}
)  # fmt: skip


def _given_again(given: str | None, meta: Mapping[str, str], day_first: bool) -> str | None:
    """An input's own ``published_given``, kept only when it dates the input's ``published``.

    ``published_given`` in the outputs is geomap's, from the input's ``published``: one an
    input carries (geomap's output read again) is kept only when ``published`` is a day
    (month, year) alone and it reads as that day; otherwise it is dropped.
    """
    published = meta.get("published")
    if not given or not published or published_day(published) != published:
        return None  # no date, or one saying more than its day: geomap derives the given one
    if meta.get(GIVEN_FIELD):
        return None
    return given if published_day(parse_date(given, day_first=day_first)) == published else None


def article_fields(meta: Mapping[str, str] | None) -> dict[str, str]:
    """Only the :data:`OUTPUT_FIELDS` that have a value (what the outputs carry)."""
    fields: dict[str, str | None] = {**(meta or {}), **output_published(meta or {})}
    return {name: value for name in OUTPUT_FIELDS if (value := fields.get(name))}


def metadata_fields(meta: Mapping[str, str] | None) -> dict[str, str | None]:
    """Every field of :data:`OUTPUT_FIELDS`, ``None`` where unknown (stable columns)."""
    fields: dict[str, str | None] = {**(meta or {}), **output_published(meta or {})}
    return {name: fields.get(name) for name in OUTPUT_FIELDS}
