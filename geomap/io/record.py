"""One corpus record (a JSON object, a CSV row, a DataFrame row) becomes one article.

Field names are matched ignoring case, spaces, hyphens and underscores ("Article Body" is
``articlebody``; :func:`geomap.metadata.field_key`): the text from :data:`TEXT_FIELDS`
(or an ``html`` field, whose main text is extracted; a text field holding HTML is read as
a page, :mod:`geomap.io.html_fields`), the id from
:data:`ID_FIELDS` (:mod:`geomap.io.record_ids`), the metadata from
:data:`geomap.field_names.FIELD_ALIASES`;
:class:`RecordFields` names other fields.  Every other scalar field is kept
in :attr:`Article.metadata` as it is.
"""

from __future__ import annotations

from collections.abc import Mapping

from geomap.field_names import alias_keys, field_key, qualifier
from geomap.io.headlines import with_headline
from geomap.io.html_fields import html_text, without_link_blocks
from geomap.io.markdown_marks import without_emphasis
from geomap.io.mojibake import repair
from geomap.io.named_fields import fallback_warnings, named_here
from geomap.io.nested_fields import lift_metadata, lift_nested, plain_value
from geomap.io.record_fields import (
    DEFAULT_FIELDS,
    HTML_FIELDS,
    ID_FIELDS,
    TEXT_FIELDS,
    RecordFields,
)
from geomap.io.record_fields import HTML_KEYS as _HTML_KEYS
from geomap.io.record_fields import SUMMARY_KEYS as _SUMMARY_KEYS
from geomap.io.record_fields import TEXT_KEYS as _TEXT_KEYS
from geomap.io.record_ids import kind_name, pick, record_id
from geomap.io.text_fallbacks import without_cut_marker
from geomap.metadata import ARTICLE_FIELDS, article_metadata
from geomap.published import with_zone
from geomap.records import Article, InputStatus
from geomap.sanitize import has_surrogates, has_visible_text, quoted, valid_unicode
from geomap.setting_names import setting
from geomap.text import link_only_warning, normalize_text, without_escapes

ReadResult = Article | InputStatus


def _wanted(fields: RecordFields) -> str:
    """The text fields looked for, for a message: the one named, or the usual ones."""
    return (
        f"no field {quoted(fields.text)}" if fields.text else f"expected one of {fields.describe()}"
    )


def _field_names(given: Mapping[str, str], shown: int = 10) -> str:
    """The record's field names, for a message saying none holds the text."""
    names = list(given.values())
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return (", ".join(quoted(n) for n in names[:shown]) or "no fields") + more


def _clean(value: str, what: str, warnings: list[str]) -> str:
    if "\x00" in value:  # SQLite, GDAL and C readers cut a string at its first NUL
        warnings.append(f"NUL characters in the {what} replaced by U+FFFD")
        value = value.replace("\x00", "\ufffd")
    if has_surrogates(value):
        warnings.append(f"invalid Unicode (a lone surrogate) in the {what} replaced by U+FFFD")
        return valid_unicode(value)
    return value


def _field_quoted(given: Mapping[str, str], picked: tuple[str, object] | None) -> str:
    """The picked field's name as the record spells it, quoted for a message."""
    return quoted(given[picked[0]] if picked else "text")


def record_article(
    record: Mapping[str, object],
    where: str,
    default_id: str,
    max_bytes: int,
    fields: RecordFields = DEFAULT_FIELDS,
) -> ReadResult:
    """Turn one corpus record into an article, or a status saying what is wrong with it."""
    warnings: list[str] = []
    notes: list[str] = []
    original = record
    record = lift_nested(record, fields.text_fields + _HTML_KEYS)  # the Guardian's "fields"
    record = lift_metadata(record, fields.metadata_names(), tuple(fields.metadata.values()))
    lower: dict[str, object] = {}
    given: dict[str, str] = {}  # each key's name as the record spells it, for messages
    present_keys = {field_key(key): None for key in record}
    named = named_here(
        fields.metadata, present_keys
    )  # a field named that is absent: the usual ones
    dated = _published_keys(named)
    for key, value in record.items():
        if field_key(key) in dated:  # "Published (UTC)": the zone its header names
            value = with_zone(value, qualifier(key))
        lower.setdefault(field_key(key), value)
        given.setdefault(field_key(key), str(key).strip())
    picked_id, art_id = record_id(lower, given, fields.id_fields, default_id, warnings)
    picked = pick(lower, fields.text_fields)
    page_meta: dict[str, str] = {}
    if picked is None and not fields.text:
        picked = pick(lower, _HTML_KEYS)
        if picked is not None and isinstance(picked[1], str):
            from geomap.io.html import extract_html

            extracted, page_meta = extract_html(without_link_blocks(picked[1]))
            picked = (picked[0], extracted)
    if picked is None and not fields.text:  # NewsAPI's "content": null beside a description
        picked = pick(lower, _SUMMARY_KEYS)
        if picked is not None:
            notes.append(
                f"{where}: no text field; its {quoted(given[picked[0]])} (a summary) was read"
            )
    text = plain_value(picked[1]) if picked else None
    if picked is not None and not isinstance(text, str):
        return InputStatus(
            where,
            art_id,
            "error",
            f"{where}: the text field {quoted(given[picked[0]])} holds a {kind_name(text)}, "
            "not text",
        )
    if not isinstance(text, str) or not text.strip():
        keys = fields.text_fields + (() if fields.text else _HTML_KEYS)
        present = [given[k] for k in keys if k in given]
        why = (
            f"its {quoted(present[0])} field is empty"
            if present
            else f"{_wanted(fields)}; found {_field_names(given)}; "
            f"name another with {setting('text_field', fields.wording)}"
        )
        return InputStatus(where, art_id, "empty", f"{where}: no text ({why})")
    if not has_visible_text(text):
        return InputStatus(
            where,
            art_id,
            "empty",
            f"{where}: no text (the {_field_quoted(given, picked)} field holds only "
            "control characters)",
        )
    if picked is not None and picked[0] not in _HTML_KEYS:
        text, page_meta = html_text(text, f"{where}: the {quoted(given[picked[0]])} field", notes)
    if picked is not None and not text.strip():  # "<div></div>": markup and no word
        reason = f"{where}: no text (the {_field_quoted(given, picked)} field holds markup only)"
        return InputStatus(where, art_id, "empty", reason)
    text, repaired = repair(_clean(text, "text", warnings))
    text = without_emphasis(without_escapes(text))  # "**Sumy**", "\x1b[31m": the words
    if not has_visible_text(text):  # "\x1b[31m" alone
        reason = f"{where}: no text (the {_field_quoted(given, picked)} field holds only "
        return InputStatus(where, art_id, "empty", reason + "control characters)")
    if repaired:  # "KrakÃ³w": UTF-8 an export decoded as Windows-1252
        notes.append(f'{where}: text was UTF-8 read as Windows-1252 ("Ã³"); read as written')
    text, cut = without_cut_marker(text)
    warnings.extend([cut] if cut else [])
    if cut and not has_visible_text(text):  # "[+5 chars]" alone is no text
        return InputStatus(
            where,
            art_id,
            "empty",
            f"{where}: no text (the {_field_quoted(given, picked)} field holds only "
            "a service's cut mark)",
        )
    link_only = link_only_warning(text)
    if link_only:  # a list of addresses: nothing to read, nothing to guess a language from
        return InputStatus(where, art_id, "skipped", f"{where}: {link_only}")
    size = len(text.encode("utf-8", "replace"))
    if max_bytes and size > max_bytes:
        return InputStatus(
            where,
            art_id,
            "error",
            f"{where}: article of {size / 1e6:.1f} MB is over the limit of "
            f"{max_bytes / 1e6:g} MB; raise it with --max-article-mb",
        )
    # The metadata fields come from article_metadata only (checked and normalised): a
    # raw "published" that is not a date must not come back through the extras.
    used = {picked[0] if picked else ""} | {picked_id[0] if picked_id else ""} | set(_HTML_KEYS)
    used |= {field_key(f) for f in ARTICLE_FIELDS} | set(_TEXT_KEYS)  # bodyText: the text again
    extra = {
        _clean(str(k), "field names", warnings): _clean(str(v), f"field {quoted(k)}", warnings)
        for k, v in record.items()
        if field_key(k) not in used and isinstance(v, (str, int, float)) and not isinstance(v, bool)
    }
    meta, meta_warnings = article_metadata(lower, named, day_first=fields.day_first)
    warnings.extend(fallback_warnings(fields.metadata, lower, original, meta, fields.wording))
    meta = {k: _clean(v, f"field {quoted(k)}", warnings) for k, v in meta.items()}
    warnings.extend(meta_warnings)
    return Article(
        article_id=art_id,
        text=normalize_text(with_headline(meta.get("title"), text)),  # its places read
        source=where,
        metadata={**extra, **page_meta, **meta},
        warnings=tuple(f"{where}: {w}" for w in warnings),
        notes=tuple(notes),
    )


def _published_keys(named: Mapping[str, str]) -> frozenset[str]:
    """The keys (:func:`~geomap.metadata.field_key`) the publication date is read from."""
    field = named.get("published")
    return frozenset((field_key(field),) if field else alias_keys("published"))


__all__ = [
    "DEFAULT_FIELDS",
    "HTML_FIELDS",
    "ID_FIELDS",
    "TEXT_FIELDS",
    "ReadResult",
    "RecordFields",
    "record_article",
]
