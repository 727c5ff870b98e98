"""A record's text in another shape: one level down, in an object of its own, or a list.

The Guardian's content API gives each result's text in ``fields`` (``bodyText``,
``body`` as HTML, ``headline``, ``byline``) beside its top-level ``webTitle``,
``webPublicationDate`` and ``webUrl``; its single-item answer puts the whole result
in ``content``.  When a record has no text at its top level, :func:`lift_nested`
brings up the fields of the first object inside it that holds a text field; the
record's own fields win over the lifted ones.  :func:`lift_metadata` brings up the
metadata an export keeps in an object of its own beside a top-level text (``{"text": ...,
"meta": {"title": ..., "outlet": ...}}``), and a field named by a dotted path
(``--field title=meta.title``).  :func:`plain_value` reads a text field
holding a list of paragraphs or of text runs, or WordPress's ``{"rendered": ...}``.
"""

from __future__ import annotations

from collections.abc import Mapping

from geomap.metadata import field_key

#: How deep a record's text is looked for: the single-item answer's ``content.fields``.
_DEPTH = 2
#: Objects that hold a record's metadata beside its text, as exports name them
#: (:func:`geomap.metadata.field_key` forms): ``meta``, ``metadata``, GeoJSON's
#: ``properties``, JSON:API's ``attributes``.  An object of another name is not the
#: article's: an ``image`` with its own ``title`` and ``url``, a news API's ``source``
#: whose ``title`` is the outlet's name.
METADATA_OBJECTS = frozenset(
    {"meta", "metadata", "info", "attributes", "properties", "document", "doc", "article",
     "item", "data", "fields", "details"}
)  # fmt: skip


def _holds_text(value: object, text_keys: tuple[str, ...], depth: int = _DEPTH) -> bool:
    """Whether ``value`` has a text field (a string or a list), ``depth`` objects down at most."""
    if not isinstance(value, Mapping) or depth <= 0:
        return False
    return any(
        (isinstance(v, (str, list)) and v and field_key(str(k)) in text_keys)
        or _holds_text(v, text_keys, depth - 1)
        for k, v in value.items()
    )


def lift_nested(
    record: Mapping[str, object], text_keys: tuple[str, ...], depth: int = _DEPTH
) -> Mapping[str, object]:
    """``record`` with a nested object's fields beside its own, when its text is there.

    Parameters
    ----------
    record
        One corpus record.
    text_keys
        The text (and HTML) field names, as :func:`geomap.metadata.field_key` gives them.

    Returns
    -------
    Mapping
        ``record`` itself when a top-level field holds text (a string, a list, a
        WordPress ``{"rendered": ...}``) or no nested object does; else a copy with
        the nested object's fields added (those the record lacks) and the object
        itself left out, again for an object inside that one (``content.fields``).
    """
    own = [(k, v) for k, v in record.items() if field_key(str(k)) in text_keys]
    if any(not isinstance(v, Mapping) or "rendered" in v for k, v in own if v not in ("", None)):
        return record
    for key, value in record.items() if depth > 0 else ():
        if _holds_text(value, text_keys, depth):
            assert isinstance(value, Mapping)
            lifted = {k: v for k, v in record.items() if k != key}
            present = {field_key(str(k)) for k in lifted}
            for k, v in value.items():
                if field_key(str(k)) not in present:
                    lifted[k] = v
            return lift_nested(lifted, text_keys, depth - 1)
    return record


def lift_metadata(
    record: Mapping[str, object], keys: frozenset[str], paths: tuple[str, ...] = ()
) -> Mapping[str, object]:
    """``record`` with the metadata fields its nested objects hold and it lacks.

    Parameters
    ----------
    record
        One corpus record.
    keys
        The metadata field names read (:func:`geomap.metadata.field_key` forms).
    paths
        Fields named by a dotted path (``meta.title``): each is set, under that name,
        to the value the path leads to (each step's name compared as ``keys`` are).

    Returns
    -------
    Mapping
        ``record`` itself when nothing is lifted, else a copy with the values of
        ``keys`` that an object of :data:`METADATA_OBJECTS` (one or two levels down)
        holds and the record has not at its top level, the nearer object first (a
        value may be an object or a list: an author's ``{"name": ...}``).

    >>> rec = {"text": "...", "meta": {"title": "T", "outlet": "O"}, "image": {"url": "u"}}
    >>> dict(lift_metadata(rec, frozenset({"title", "outlet", "url"})))["title"]
    'T'
    >>> "url" in lift_metadata(rec, frozenset({"title", "outlet", "url"}))
    False
    >>> lift_metadata({"a": {"b": 1}}, frozenset(), ("a.b",))["a.b"]
    1
    """
    present = {field_key(str(k)) for k in record}
    added: dict[str, object] = {}
    for path in paths:
        if "." in path and field_key(path) not in present:
            value = _at_path(record, path.split("."))
            if _scalar(value):
                added[path] = value
    level = [v for k, v in record.items() if field_key(str(k)) in METADATA_OBJECTS]
    for _ in range(_DEPTH):
        deeper: list[object] = []
        for obj in level:
            if not isinstance(obj, Mapping):
                continue
            for k, v in obj.items():
                key = field_key(str(k))
                if key in keys and key not in present and v not in ("", None, [], {}):
                    added[str(k)] = v
                    present.add(key)
                elif key in METADATA_OBJECTS:
                    deeper.append(v)
        level = deeper
    return {**record, **added} if added else record


def _at_path(value: object, steps: list[str]) -> object:
    """The value ``steps`` (field names) lead to from ``value``, else ``None``."""
    for step in steps:
        if not isinstance(value, Mapping):
            return None
        wanted = field_key(step)
        value = next((v for k, v in value.items() if field_key(str(k)) == wanted), None)
    return value


def _scalar(value: object) -> bool:
    """Whether ``value`` is a field's value as text or a number (not empty, no object)."""
    return isinstance(value, (str, int, float)) and not isinstance(value, bool) and value != ""


def plain_value(value: object) -> object:
    """A text field's value as text when it holds text in a known shape (else as it is).

    A list of paragraphs is joined by blank lines; a list of runs, strings and objects
    holding a ``text`` (a Telegram export's formatted message: ``["Strike on ",
    {"type": "bold", "text": "Kursk"}, "."]``) is joined as written; WordPress's REST API
    gives ``{"rendered": "<p>...</p>"}``.
    """
    if isinstance(value, Mapping) and isinstance(value.get("rendered"), str):
        return value["rendered"]
    if not isinstance(value, (list, tuple)):
        return value
    if all(isinstance(t, str) for t in value):
        return "\n\n".join(t.strip() for t in value if t.strip())
    runs = [
        t if isinstance(t, str) else t.get("text") if isinstance(t, Mapping) else None
        for t in value
    ]
    if all(isinstance(t, str) for t in runs):
        return "".join(runs)  # type: ignore[arg-type]
    return value
