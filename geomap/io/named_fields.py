"""Fields named with ``--field`` that a record lacks: the usual fields are read instead.

One run may read two exports that name their fields differently: ``--field
title=headline_text`` for a scraper's flat export must not cost a news API's nested
export (``{"meta": {"title": ...}}``) its titles.  A record without the field named
reads the metadata field from the names geomap knows
(:data:`geomap.field_names.FIELD_ALIASES`), and the warning says which field it read
(:func:`fallback_warnings`, said once per file: :data:`~geomap.io.record_problems.ONCE_PER_FILE`).
"""

from __future__ import annotations

from collections.abc import Mapping

from geomap.field_names import alias_keys, field_key
from geomap.published import GIVEN_FIELD
from geomap.sanitize import quoted
from geomap.setting_names import Wording, field_setting

#: A metadata field as a sentence names it ("the publication date is read from ...").
_SAID = {"published": "publication date", GIVEN_FIELD: "date as given", "url": "address"}
#: How deep a fallen-back field's place in the record is looked for, to name it.
_DEPTH = 3


def said(name: str) -> str:
    """A metadata field's name in a sentence.

    >>> said("published"), said("title")
    ('publication date', 'title')
    """
    return _SAID.get(name, name)


def named_here(named: Mapping[str, str], keys: Mapping[str, object]) -> dict[str, str]:
    """The fields named with ``--field`` that a record (its ``keys``) has.

    A name that is the metadata field's own (``outlet=outlet``, as a geomap output's
    fields are read) is kept even when absent: a geomap output's ``source`` (an input's
    path) is no outlet.

    >>> named_here({"title": "headline_text", "outlet": "portal"}, {"portal": "P"})
    {'outlet': 'portal'}
    """
    return {
        name: field
        for name, field in named.items()
        if field_key(field) == field_key(name) or field_key(field) in keys
    }


def fallback_warnings(
    named: Mapping[str, str],
    keys: Mapping[str, object],
    record: Mapping[str, object],
    meta: Mapping[str, str],
    wording: Wording = Wording.OPTION,
) -> list[str]:
    """A warning for each field named with ``--field`` that a record lacks.

    Parameters
    ----------
    named
        The fields named (``{"title": "headline_text"}``).
    keys
        The record's values by :func:`~geomap.field_names.field_key`, nested metadata lifted.
    record
        The record as read, to name where a fallen-back value was (``meta.title``).
    meta
        The metadata read from the record.
    wording
        Whose words the warning names the field in (``--field``, ``fields=``).

    >>> rec = {"meta": {"title": "T"}, "text": "..."}
    >>> fallback_warnings({"title": "headline_text"}, {"title": "T"}, rec, {"title": "T"})
    ["no field 'headline_text' (--field title=headline_text): the title is read from 'meta.title'"]
    >>> fallback_warnings({"published": "pub_ts"}, {}, {}, {})[0][-44:]
    'nor a usual one: no publication date is read'
    """
    out = []
    for name, field in named.items():
        if field_key(field) == field_key(name) or field_key(field) in keys:
            continue
        head = f"no field {quoted(field)} ({field_setting(name, field, wording)})"
        key = next((k for k in alias_keys(name) if _has_value(keys.get(k))), None)
        if key is None or name not in meta:
            out.append(f"{head} nor a usual one: no {said(name)} is read")
        else:
            where = _path(record, key) or key
            out.append(f"{head}: the {said(name)} is read from {quoted(where)}")
    return out


def _has_value(value: object) -> bool:
    return value not in (None, "", [], {})


def _path(value: Mapping[str, object], key: str, depth: int = _DEPTH) -> str | None:
    """The dotted path to the first field named ``key`` (nearest first), else ``None``."""
    for k, v in value.items():
        if field_key(str(k)) == key and _has_value(v):
            return str(k)
    for k, v in value.items() if depth > 1 else ():
        if isinstance(v, Mapping):
            inner = _path(v, key, depth - 1)
            if inner:
                return f"{k}.{inner}"
    return None
