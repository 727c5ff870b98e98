"""One file, one article: plain text, Markdown (with front matter) and HTML pages.

Text is decoded by :func:`geomap.io.encoding.decode_bytes` (UTF-8, a
byte-order mark, or a detected encoding, noted in the report).  Markdown
front matter (``---`` YAML ``---``) gives the metadata and is blanked out, and
Markdown's marks are removed (:mod:`geomap.io.markdown_marks`): offsets index the
text as read.  A text or Markdown file with no title of its own takes a short first line
followed by a blank line as its headline (:mod:`geomap.io.title_line`).  A site's
promotion lines ("Read more: ...", "Subscribe to ...") are blanked in a text and left out
of a page's (:mod:`geomap.io.promo_lines`); a byline line near the top ("By Marc Davies")
is the author, blanked too (:mod:`geomap.io.byline_line`).  An HTML
page's main text is extracted (:mod:`geomap.io.html`); offsets index that text.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

from geomap.dates import date_warning
from geomap.errors import InputError
from geomap.io.bounded import read_bounded
from geomap.io.byline_line import blank_byline_line
from geomap.io.date_line import ambiguity_note, date_line
from geomap.io.email_message import EMAIL_INFLATION, EMAIL_SUFFIXES, email_body
from geomap.io.encoding import declared_note, decode_bytes, encoding_note
from geomap.io.factiva_text import is_factiva_text
from geomap.io.files import HTML_SUFFIXES, file_kind
from geomap.io.forward_line import blank_forward_line
from geomap.io.headlines import with_headline
from geomap.io.markdown_marks import without_emphasis, without_marks
from geomap.io.mhtml import MHTML_INFLATION, MHTML_SUFFIXES, mhtml_page
from geomap.io.name_dates import name_published
from geomap.io.promo_lines import blank_promo_lines
from geomap.io.source_line import blank_source_line, date_line_source
from geomap.io.title_line import title_line
from geomap.metadata import article_metadata, clean_text
from geomap.published import GIVEN_FIELD
from geomap.records import Article, InputStatus
from geomap.sanitize import has_surrogates, has_visible_text, quoted
from geomap.text import link_only_warning, without_escapes

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
#: Largest front matter read (YAML); a longer block is left as text.
_FRONT_MATTER_LIMIT = 64 * 1024


def front_matter(text: str) -> tuple[str, dict[str, object], str | None]:
    """Split YAML front matter off Markdown: the text with it blanked, its fields, a problem.

    The block is replaced by spaces (newlines kept), so every offset still
    indexes the file.  Text without front matter is returned as it is, with no
    fields; front matter that cannot be read (bad YAML, ``[[[[...`` nesting, a block
    over 64 KB, not a mapping) is kept as text, with no fields and the reason why.
    Dates stay text here (:func:`_loader`): a bad one is left to the metadata's checks.
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        return text, {}, None
    if match.end() > _FRONT_MATTER_LIMIT:
        return text, {}, f"front matter over {_FRONT_MATTER_LIMIT >> 10} KB not read"
    import yaml

    try:
        fields = yaml.load(match.group(1), Loader=_loader())  # a SafeLoader
    except (yaml.YAMLError, ValueError, TypeError, RecursionError, OverflowError) as exc:
        return text, {}, f"front matter not read ({_yaml_problem(exc)}); it is read as text"
    if not isinstance(fields, dict):
        return text, {}, "front matter not read (not a set of fields); it is read as text"
    blank = re.sub(r"[^\n]", " ", match.group(0))
    return blank + text[match.end() :], fields, None


@cache
def _loader() -> type:
    """YAML's safe loader, dates left as text for geomap's own parser to read.

    YAML builds a date itself from ``2024-03-01``, and a date that is none (``2024-13-45``,
    ``2024-02-30``) fails the whole block: the title and outlet were lost with it, and
    the front matter read as the article's text.  As text, a bad date is one field left
    empty, with a warning.
    """
    import yaml

    timestamp = "tag:yaml.org,2002:timestamp"

    class TextDates(yaml.SafeLoader):
        yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, Any]]]] = {
            first: [(tag, pattern) for tag, pattern in resolvers if tag != timestamp]
            for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }

    return TextDates


def _yaml_problem(exc: Exception) -> str:
    """What is wrong with front matter, in one short line."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    problem = getattr(exc, "problem", None)  # yaml's MarkedYAMLError
    mark = getattr(exc, "problem_mark", None)
    if problem:
        where = f" on its line {mark.line + 1}" if mark is not None else ""
        return f"invalid YAML: {problem}{where}"
    return f"invalid value: {' '.join(str(exc).split())[:100]}"


#: A script element that is no JSON-LD block (a page its scripts write); its attributes
#: are bounded, so a page of unclosed ``<script`` tags is searched in linear time.
SCRIPT_TAG = re.compile(rb"<script\b(?![^>]{0,500}application/ld\+json)", re.I)


def read_document(
    fh: BinaryIO, path: Path, source: str, label: str, max_bytes: int
) -> Article | InputStatus:
    """Read one text, Markdown or HTML file as an article (or a status saying why not).

    A page saved as MHTML holds its images and frames besides its HTML: the file may
    be :data:`~geomap.io.mhtml.MHTML_INFLATION` times the limit, its page no more than the limit.
    """
    suffix = file_kind(path)[0]
    mhtml = suffix in MHTML_SUFFIXES
    mail = suffix in EMAIL_SUFFIXES
    inflation = MHTML_INFLATION if mhtml else EMAIL_INFLATION if mail else 1
    data = read_bounded(fh, path, max_bytes * inflation)
    warnings: list[str] = []
    notes: list[str] = []
    meta: dict[str, str] = {}
    data, padding = _without_nul_padding(data)
    if padding:
        warnings.append(
            f"{source}: {padding:,} NUL bytes at its end (a write or download cut short?) left out"
        )
    mail_meta: dict[str, str] = {}
    declared = None
    if mail:  # its HTML body read as a page, else its text; its headers as metadata
        data, declared, html_body, headers = email_body(data, source)
        mail_meta, problems = article_metadata(headers)
        warnings.extend(f"{source}: {p}" for p in problems)
        if max_bytes and len(data) > max_bytes:
            raise InputError(
                f"{path}: its text is over the limit of {max_bytes / 1e6:g} MB per "
                "article; raise it with --max-article-mb"
            )
        suffix = ".html" if html_body else ".txt"
    if suffix in HTML_SUFFIXES:
        from geomap.io.html import extract_html
        from geomap.io.page_meta import declared_charset

        saved_at = None
        if mhtml:  # the page is the file's first HTML part
            data, declared, saved_at = mhtml_page(data, source)
            if max_bytes and len(data) > max_bytes:
                raise InputError(
                    f"{path}: its page is over the limit of {max_bytes / 1e6:g} MB per "
                    "article; raise it with --max-article-mb"
                )
        charset = declared or declared_charset(data)
        html, encoding = decode_bytes(data, source, charset)
        mislabel = declared_note(source, data, charset, encoding)
        if mislabel:  # '<meta charset="iso-8859-1">' on a UTF-8 page
            notes.append(mislabel)
        dropped: list[str] = []
        text, meta = extract_html(html, dropped)
        warnings.extend(f"{source}: {p}" for p in dropped)
        meta.update(mail_meta)  # a mail's subject, date and sender over its HTML's
        if saved_at:  # the address the page was saved from, unless the page names its own
            meta.setdefault("url", saved_at)
        notes.append(f"{source}: main text extracted from HTML ({len(text)} characters)")
        doubt = date_warning(meta["published"]) if "published" in meta else None
        if doubt:
            warnings.append(f"{source}: {doubt}")
    else:
        text, encoding = decode_bytes(data, source, declared)
        text = without_escapes(text)  # "\x1b[31mBREAKING\x1b[0m": no words, no run of spaces
        meta = dict(mail_meta)
        if suffix in (".md", ".markdown"):
            text, fields, problem = front_matter(text)
            text = without_marks(text)  # "**Odesa**", "[Istanbul](https://...)": the words
            if problem:
                warnings.append(f"{source}: {problem}")
            if fields:
                meta, problems = article_metadata(fields)
                warnings.extend(f"{source}: {p}" for p in problems)
                if meta.get("title"):  # "Port of **Odesa** reopens": the words
                    meta["title"] = without_marks(meta["title"]).strip() or meta["title"]
        else:  # a message pasted from a messaging app: "from **Sumy** region"
            text = without_emphasis(text)
        text = blank_forward_line(text, meta)  # "Forwarded from X": no headline
        text = blank_promo_lines(text)  # "Read more: ...": blanked, offsets index the file
        if not mail and "title" not in meta:  # "Floods hit Kharkiv" then a blank line
            headline = clean_text(title_line(text))
            if headline:
                meta["title"] = headline
        text = blank_byline_line(text, meta)  # "By Marc Davies": the author, blanked
        text = blank_source_line(text, meta)  # "Source: Reuters": the outlet, blanked
        if "outlet" not in meta:  # "4. März 2026, 11:02 Uhr, Quelle: dpa"
            agency = date_line_source(text, meta.get("title"))
            if agency:
                meta["outlet"] = agency
    if not mail and "published" not in meta and not is_factiva_text(text):
        dated = date_line(text)  # "Publié le : 04/03/2026 - 09:02"
        if dated is not None:
            meta["published"] = dated[0]
            if dated[1] != dated[0]:  # "20 ноября 2026": the date as the text gives it
                meta[GIVEN_FIELD] = dated[1]
            read = f"{source}: date read from its line {quoted(dated[1])}"
            ambiguous = ambiguity_note(dated[1])  # "03/11/2026": which reading was taken
            notes.append(f"{read}; {ambiguous}" if ambiguous else read)
            doubt = date_warning(dated[0])
            if doubt:
                warnings.append(f"{source}: {doubt}")
    if not mail and "published" not in meta and suffix not in HTML_SUFFIXES:
        name_published(path, meta, source, notes, warnings)  # "2026-01-06_story.txt"
    note = encoding_note(source, encoding)
    if note:
        notes.insert(0, note)
    if not has_visible_text(text):  # nothing, or only control characters (as a record's text)
        what = "empty article (no text)"
        if suffix in HTML_SUFFIXES and data.strip():
            what = "no main text in the page"
            if SCRIPT_TAG.search(data[:1_000_000]):
                what += (
                    " (it may be written by its scripts: save it from the browser once it "
                    "shows the article, as .mhtml or 'Webpage, Complete')"
                )
        return InputStatus(source, label, "empty", f"{source}: {what}")
    if has_surrogates(path.name):
        warnings.append(f"{source}: file name is not valid Unicode; its id spells the bad bytes")
    link_only = link_only_warning(text)
    if link_only:  # a list of addresses: nothing to read, nothing to guess a language from
        return InputStatus(source, label, "skipped", f"{source}: {link_only}")
    if not mail and (suffix in HTML_SUFFIXES or suffix in (".md", ".markdown")):
        text = with_headline(meta.get("title"), text)  # a page's headline: its places read
    return Article(
        article_id=label,
        text=text,
        source=source,
        metadata=meta,
        warnings=tuple(warnings),
        notes=tuple(notes),
    )


def _without_nul_padding(data: bytes) -> tuple[bytes, int]:
    """``data`` without a run of NUL bytes at its end, when it holds no other NUL.

    A file whose write was cut short (a crash, a full disk, a download tool that
    reserves the file's size first) ends in NULs after its text; it was refused
    whole as binary.  Text with NULs inside (UTF-16, an image) is left alone.
    """
    body = data.rstrip(b"\x00")
    if len(body) == len(data) or not body or b"\x00" in body:
        return data, 0
    return body, len(data) - len(body)
