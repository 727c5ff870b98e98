"""A Telegram Desktop export (``result.json``): its channel is the outlet of its messages.

Telegram Desktop's "Export chat history" writes one JSON object: the chat's ``name``,
``type`` (``public_channel``, ``private_group`` ...) and ``id``, and its ``messages``,
each with an ``id``, a ``type`` (``message``, or ``service`` for "channel created",
"message pinned"), a ``date``, ``from`` (the channel or the member who posted), a
``forwarded_from`` when it was forwarded, and its ``text`` (a string, or formatted runs:
:func:`geomap.io.nested_fields.plain_value`).  Read as any JSON corpus, every message
had no outlet and the service messages were counted as empty articles.
:func:`telegram_records` gives each message the chat's name as its outlet and its poster
as its author (unless the message has its own) and leaves the service messages out;
``forwarded_from`` is kept with the article's other fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: Chat types Telegram Desktop writes in an export's ``type``.
CHAT_TYPES = frozenset(
    {"public_channel", "private_channel", "public_supergroup", "private_supergroup",
     "private_group", "personal_chat", "bot_chat", "saved_messages"}
)  # fmt: skip


def is_telegram_export(value: object) -> bool:
    """Whether a parsed JSON value is a Telegram Desktop chat export.

    >>> is_telegram_export({"name": "Wire", "type": "public_channel", "messages": []})
    True
    >>> is_telegram_export({"messages": [{"text": "..."}]})
    False
    """
    return (
        isinstance(value, Mapping)
        and value.get("type") in CHAT_TYPES
        and isinstance(value.get("messages"), list)
    )


def telegram_records(
    value: Mapping[str, Any], label: str | None = None
) -> tuple[list[Any], int, list[str | None]]:
    """The export's messages as records, how many service messages were left out, their ids.

    A message's id is numbered in its channel alone (every channel has a post 2): with
    ``label`` (the file's, as a folder's files are named: ``telegram_uk/result``) it is
    qualified by it, ``telegram_uk/result:2``, in every export alike, not only in the
    second one read (where the run's rule for a repeated id qualified it).  The third
    list is each record's message id as text (``None`` when it has none), to name the
    message in messages ("result.json:22: no text", not its place in the list).

    >>> export = {"name": "Wire", "type": "public_channel",
    ...     "messages": [{"id": 1, "type": "service", "action": "create_channel"},
    ...                  {"id": 2, "type": "message", "from": "Wire", "text": "Kyiv"}]}
    >>> recs, service, ids = telegram_records(export, "tg/result")
    >>> [(r["outlet"], r["author"], r["id"]) for r in recs], service, ids
    ([('Wire', 'Wire', 'tg/result:2')], 1, ['2'])
    """
    chat = value.get("name")
    records: list[Any] = []
    ids: list[str | None] = []
    service = 0
    for message in value["messages"]:
        if isinstance(message, Mapping) and message.get("type") == "service":
            service += 1
            continue
        number = None
        if isinstance(message, Mapping):
            own = dict(message)
            if isinstance(chat, str) and chat.strip():
                own.setdefault("outlet", chat)
            if isinstance(message.get("from"), str):
                own.setdefault("author", message["from"])
            raw = message.get("id")
            whole = isinstance(raw, int) and not isinstance(raw, bool)
            if whole or (isinstance(raw, str) and raw):
                number = str(raw)
                if label:
                    own["id"] = f"{label}:{number}"
            message = own
        records.append(message)
        ids.append(number)
    return records, service, ids
