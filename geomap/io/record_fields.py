"""Which fields of a corpus record hold the text, the id and the metadata.

Moved from :mod:`geomap.io.record` (which re-exports these names and reads a record by
them): the usual names (:data:`TEXT_FIELDS`, :data:`ID_FIELDS`, :data:`HTML_FIELDS`),
and :class:`RecordFields`, the names a run gives (``--text-field``, ``--id-field``,
``--field``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from geomap.errors import InputError
from geomap.field_names import alias_keys, field_key
from geomap.io.text_fallbacks import SUMMARY_FIELDS
from geomap.metadata import ARTICLE_FIELDS
from geomap.setting_names import Wording

if TYPE_CHECKING:
    from geomap.settings import Settings

#: ``uuid``: news API exports (webz.io) that name each post by one, beside its url.
ID_FIELDS = (
    "id", "article_id", "doc_id", "story_id", "item_id", "document_id", "record_id", "guid", "uuid",
    "uid",
    "url",
)  # fmt: skip
#: ``articlebody``: schema.org's NewsArticle (exports of JSON-LD beside ``headline``);
#: ``article_text``, ``body_text``, ``story_text``: spreadsheet headers ("Article Text");
#: ``content_text``: JSON Feed (``content_html`` is among :data:`HTML_FIELDS`).
#: ``texte``...: the word in French, German, Polish, Russian, Ukrainian spreadsheets.
TEXT_FIELDS = (
    "text", "body", "content", "article", "maintext", "story", "full_text", "articlebody",
    "article_text", "body_text", "story_text", "content_text",
    "texte", "contenu", "inhalt", "tekst", "treść", "текст", "содержание", "зміст",
)  # fmt: skip
HTML_FIELDS = ("html", "raw_html", "content_html", "body_html")
#: The field lists as :func:`geomap.metadata.field_key` compares them ("Article Body").
TEXT_KEYS = tuple(field_key(f) for f in TEXT_FIELDS)
ID_KEYS = tuple(field_key(f) for f in ID_FIELDS)
HTML_KEYS = tuple(field_key(f) for f in HTML_FIELDS)
SUMMARY_KEYS = tuple(field_key(f) for f in SUMMARY_FIELDS)


@dataclass(frozen=True)
class RecordFields:
    """Which fields of a record hold the text, the id and the metadata.

    Attributes
    ----------
    text
        The text field (``--text-field``); ``None``: the first of :data:`TEXT_FIELDS`.
    id
        The id field (``--id-field``); ``None``: the first of :data:`ID_FIELDS`.
    metadata
        Field to read for a metadata field (``--field title=headline``).
    day_first
        Whether "05/03/2024" is 5 March (a CSV separated by semicolons: Excel's list
        separator where dates are written day first).
    wording
        Whose words the readers' messages name these settings in (``--text-field`` or
        ``text_column=``: :mod:`geomap.setting_names`).
    """

    text: str | None = None
    id: str | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    day_first: bool = False
    wording: Wording = Wording.OPTION

    def __post_init__(self) -> None:
        unknown = sorted(set(self.metadata) - set(ARTICLE_FIELDS))
        if unknown:
            raise InputError(
                f"unknown metadata field(s) {', '.join(unknown)}; "
                f"known: {', '.join(ARTICLE_FIELDS)}"
            )

    @classmethod
    def of(cls, settings: Settings) -> RecordFields:
        """The fields a run's settings name (``--text-field``, ``--id-field``, ``--field``)."""
        return cls(settings.text_field, settings.id_field, dict(settings.fields))

    @property
    def text_fields(self) -> tuple[str, ...]:
        """Text field names tried, as :func:`~geomap.metadata.field_key` compares them."""
        return (field_key(self.text),) if self.text else TEXT_KEYS

    @property
    def id_fields(self) -> tuple[str, ...]:
        """Id field names tried, as :func:`~geomap.metadata.field_key` compares them."""
        return (field_key(self.id),) if self.id else ID_KEYS

    def for_output(self) -> RecordFields:
        """These fields as they apply to the ``articles.jsonl`` of a geomap run.

        The id is read from ``article`` and each metadata field from its own name
        (the file's ``source``, the input's path, is no outlet), unless named otherwise.
        """
        own = {name: name for name in ARTICLE_FIELDS}
        return RecordFields(self.text or "text", self.id or "article", {**own, **self.metadata})

    def has_text(self, names: list[str], *, summaries: bool = False) -> bool:
        """Whether ``names`` hold a text (or HTML) field; or a summary, if ``summaries``.

        A table's header (a feed reader's CSV: ``title``, ``link``, ``description``) may
        hold a summary only; a JSON object's ``description`` (a JSON Feed's) is no article.
        """
        lower = {field_key(n) for n in names}
        wanted = self.text_fields if self.text else self.text_fields + HTML_KEYS
        if summaries and not self.text:
            wanted += SUMMARY_KEYS
        return any(f in lower for f in wanted)

    def read_names(self) -> frozenset[str]:
        """Every key (:func:`~geomap.metadata.field_key`) text, id or metadata is read from."""
        names = set(self.text_fields + self.id_fields)
        if not self.text:
            names.update(HTML_KEYS)
        return frozenset(names) | self.metadata_names()

    def metadata_names(self) -> frozenset[str]:
        """Every key (:func:`~geomap.metadata.field_key`) metadata is read from.

        The usual names of a field named by ``--field`` too: a record without the field
        named reads them (:mod:`geomap.io.named_fields`).
        """
        names: set[str] = set()
        for name in ARTICLE_FIELDS:
            named = self.metadata.get(name)
            names.update(alias_keys(name))
            names.update((field_key(named),) if named else ())
        return frozenset(names)

    def describe(self) -> str:
        """The text fields looked for, for messages."""
        return self.text or ", ".join(TEXT_FIELDS + HTML_FIELDS)


DEFAULT_FIELDS = RecordFields()
