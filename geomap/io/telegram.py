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


def telegram_records(value: Mapping[str, Any]) -> tuple[list[Any], int]:
    """The export's messages as records, and how many service messages were left out.

    >>> recs, service = telegram_records({"name": "Wire", "type": "public_channel",
    ...     "messages": [{"id": 1, "type": "service", "action": "create_channel"},
    ...                  {"id": 2, "type": "message", "from": "Wire", "text": "Kyiv"}]})
    >>> [(r["outlet"], r["author"], r["id"]) for r in recs], service
    ([('Wire', 'Wire', 2)], 1)
    """
    chat = value.get("name")
    records: list[Any] = []
    service = 0
    for message in value["messages"]:
        if isinstance(message, Mapping) and message.get("type") == "service":
            service += 1
            continue
        if isinstance(message, Mapping):
            own = dict(message)
            if isinstance(chat, str) and chat.strip():
                own.setdefault("outlet", chat)
            if isinstance(message.get("from"), str):
                own.setdefault("author", message["from"])
            message = own
        records.append(message)
    return records, service
