"""The names exporters give each metadata field, and how geomap compares them.

A spreadsheet's "Date Published", a news API's ``publishedAt`` and a French
newsroom's "Date de publication" are the same field: :func:`field_key` compares
names with case, spaces, hyphens, underscores, invisible marks and a unit or time zone
in brackets after the name ("Published (UTC)", "Time [UTC+1]") ignored, and
:func:`alias_keys` gives every name a field is read from.
"""

from __future__ import annotations

import re

from geomap.model_text import FORMAT_CHARACTERS
from geomap.published import GIVEN_FIELD
from geomap.sanitize import BIDI_CONTROLS

#: Field names read for each metadata field, in order of preference (compared by
#: :func:`field_key`).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "og:title", "webTitle"),
    "outlet": (
        "outlet", "source", "publisher", "site_name", "sitename", "og:site_name",
        "source_domain", "domain", "media", "newspaper", "publication", "publication_name",
        "publication_title", "pubtitle", "source_name", "source_title", "media_name",
        "SourceCommonName", "website", "site", "media_outlet", "news_outlet", "outlet_name",
        "media_source", "news_source", "publisher_name",
    ),
    "published": (
        "published", "date", "published_at", "publishedat", "pubdate", "date_publish",
        "publish_date", "published_time", "article:published_time", "datepublished",
        "datetime", "seendate", "webPublicationDate", "publication_date", "published_date",
    ),
    GIVEN_FIELD: (GIVEN_FIELD,),  # geomap's own output read again
    "url": ("url", "link", "canonical", "og:url", "source_url", "webUrl", "DocumentIdentifier"),
    "author": (
        "author", "authors", "byline", "creator", "writer", "writers", "reporter", "journalist",
        "journalists", "correspondent", "author_name",
    ),
    "language": ("language", "lang", "inlanguage", "og:locale"),
}  # fmt: skip
#: The same fields as spreadsheets in the other languages geomap reads name them (a
#: French, German, Polish, Russian or Ukrainian newsroom's export: "Titre", "Datum",
#: "Автор"), the words of each language for them; tried after the English names.
#: Words that are a field's name in English too ("data", "source") are left out.
LOCAL_FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("titre", "titel", "überschrift", "tytuł", "nagłówek", "заголовок"),
    "outlet": ("média", "quelle", "medium", "źródło", "издание", "источник", "видання", "джерело"),
    "published": (
        "date de publication", "datum", "veröffentlicht", "data publikacji", "дата",
        "дата публикации", "дата публікації",
    ),
    "url": ("lien", "adresse", "odnośnik", "ссылка", "посилання"),
    "author": ("auteur", "autor", "verfasser", "автор"),
}  # fmt: skip


_SEPARATORS = re.compile(r"[\s_\-]+")
#: Invisible format characters a header picks up (a BOM, zero-width spaces and joiners,
#: bidi marks from a right-to-left spreadsheet, a soft hyphen): "\u200btext" is "text".  The
#: characters the model's text drops (:data:`~geomap.model_text.FORMAT_CHARACTERS`), the bidi
#: controls, and the other invisible format characters (U+180E, U+2061-2064, U+206A-206F).
_INVISIBLE = re.compile(f"[{FORMAT_CHARACTERS}{BIDI_CONTROLS}\u180e\u2061-\u2064\u206a-\u206f]")


#: A unit or time zone in brackets after a field's name: "Published (UTC)", "Date (GMT)",
#: "Time [UTC+1]", "Length (words)".  Not geomap's own "(column 7)" of a repeated name.
_QUALIFIER = re.compile(r"(?<=\S)\s*[(\[]\s*(?!column \d+\))([^()\[\]]{1,24}?)\s*[)\]]\s*$")


def field_key(name: object) -> str:
    """A field name as geomap matches it: case, spaces, hyphens, underscores, marks ignored.

    A spreadsheet's "Article Body" or "Date Published" is the ``articleBody`` or
    ``date_published`` field an exporter names otherwise; "Published (UTC)" is
    "Published" with its time zone named (:func:`qualifier`).

    >>> field_key(" Article Body"), field_key("full_text"), field_key("\ufeffDate-Published")
    ('articlebody', 'fulltext', 'datepublished')
    >>> field_key("Published (UTC)"), field_key("Time [UTC+1]"), field_key("(notes)")
    ('published', 'time', '(notes)')
    """
    return plain_key(_QUALIFIER.sub("", str(name)))


def plain_key(name: object) -> str:
    """:func:`field_key` with a bracketed unit or zone kept: "Date" and "Date (UTC)" differ."""
    return _SEPARATORS.sub("", _INVISIBLE.sub("", str(name)).lower())


def qualifier(name: object) -> str | None:
    """The unit or time zone in brackets after a field's name, if any.

    >>> qualifier("Published (UTC)"), qualifier("Date"), qualifier("notes (column 7)")
    ('UTC', None, None)
    """
    found = _QUALIFIER.search(str(name))
    return found.group(1) if found else None


#: :data:`FIELD_ALIASES` as :func:`field_key` compares them.
_ALIAS_KEYS = {
    name: tuple(dict.fromkeys(field_key(a) for a in aliases + LOCAL_FIELD_ALIASES.get(name, ())))
    for name, aliases in FIELD_ALIASES.items()
}


def alias_keys(name: str) -> tuple[str, ...]:
    """The keys (:func:`field_key`) a metadata field is read from, in English and local names.

    >>> alias_keys("author")[-2:]
    ('verfasser', 'автор')
    """
    return _ALIAS_KEYS[name]
