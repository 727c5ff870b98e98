"""An e-mail saved as a file (``.eml``): a press release, a newsletter, a tip.

A mail client saves a message as its MIME source (RFC 5322): headers, then a body
that is often quoted-printable or base64, in a text and an HTML alternative, with
attachments.  Read as plain text, its headers, its MIME boundaries and both
alternatives became the article ("Gen=C3=A8ve", every place twice).  The article is the
message's HTML part (its main text extracted, as a page's) or else its plain text
part; the subject is the title (without the "Re:", "Fwd:", "AW:", "WG:", "TR:" its
replies and forwards put before it: :func:`subject_title`), the date the publication
date, the sender the author, unless the sender's name is a desk's or a newsroom's
("AFP Desk", "Redaktion", "Press Office": :func:`desk_name`), which is no author.
Attachments are not read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.errors import InputError

if TYPE_CHECKING:
    from email.message import Message

#: Suffixes of e-mails saved as files.
EMAIL_SUFFIXES = frozenset({".eml"})
#: A message may be this many times the article limit: it holds its attachments
#: (base64) too; its text is held to the limit itself.
EMAIL_INFLATION = 8

#: The prefixes mail clients put before a reply's or a forward's subject, repeated
#: ("Fwd: RE: ..."), in the clients' languages: Re, Fw/Fwd, AW/WG (German), TR (French),
#: Odp/PD (Polish), Отв/Пересл (Russian), Відп/Перес (Ukrainian); "[2]" counts as some write.
_REPLY_PREFIXES = re.compile(
    r"^(?:\s*(?:re|fwd?|aw|wg|tr|odp|pd|отв|пересл|відп|перес)(?:\s*\[\d+\])?\s*:\s*)+",
    re.IGNORECASE,
)
#: Words of a sender's name that make it a desk's, a service's or a newsroom's, not a
#: person's, in the languages geomap reads ("AFP Desk", "Wire Service", "Redakcja").
DESK_WORDS = frozenset(
    {"desk", "newsdesk", "newsroom", "news", "editors", "editorial", "team", "staff"}
    | {"office", "press", "service", "wire", "newsletter", "alerts", "noreply", "no-reply"}
    | {"redaktion", "nachrichten", "pressestelle", "rédaction", "actualités"}
    | {"redakcja", "serwis", "biuro", "редакция", "редакція", "служба", "новости", "новини"}
)


def subject_title(subject: str) -> str:
    """A subject without the reply and forward prefixes before it ("Fwd: Re: Quake" -> "Quake").

    >>> subject_title("Fwd: RE: Quake hits eastern Turkey")
    'Quake hits eastern Turkey'
    """
    return _REPLY_PREFIXES.sub("", subject).strip() or subject


def desk_name(name: str) -> bool:
    """Whether a sender's name is a desk's or a newsroom's, not a person's ("AFP Desk").

    >>> desk_name("AFP Desk"), desk_name("Anna Desková")
    (True, False)
    """
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name.casefold())
    return any(word in DESK_WORDS or word.split("-")[-1] in DESK_WORDS for word in words)


def email_body(data: bytes, source: str) -> tuple[bytes, str | None, bool, dict[str, str]]:
    """A saved message's body bytes, their declared charset, whether HTML, its headers.

    The headers are ``title`` (Subject, without reply and forward prefixes),
    ``published`` (Date) and ``author`` (the sender's name, else address; none when the
    name is a desk's, :func:`desk_name`), decoded from RFC 2047 (``=?UTF-8?Q?...?=``).

    Raises
    ------
    geomap.errors.InputError
        If the message has no text or HTML part (only attachments).

    Examples
    --------
    >>> mail = (b"From: Anna Berg <anna@example.org>\\r\\n"
    ...         b"Subject: Re: =?UTF-8?Q?Talks_in_Gen=C3=A8ve?=\\r\\n"
    ...         b"Content-Type: text/plain; charset=utf-8\\r\\n"
    ...         b"Content-Transfer-Encoding: quoted-printable\\r\\n\\r\\n"
    ...         b"Talks in Gen=C3=A8ve resumed.\\r\\n")
    >>> body, charset, html, meta = email_body(mail, "a.eml")
    >>> body.decode(charset), html, meta["title"], meta["author"]
    ('Talks in Genève resumed.\\r\\n', False, 'Talks in Genève', 'Anna Berg')
    """
    from email.utils import parseaddr

    message, walked = message_parts(data, source)
    meta: dict[str, str] = {}
    for name, header in (("title", "Subject"), ("published", "Date"), ("author", "From")):
        value = _header_text(message.get(header))
        if name == "author" and value:
            shown, address = parseaddr(value)
            value = None if shown and desk_name(shown) else shown or address
        if name == "title" and value:
            value = subject_title(value)
        if value:
            meta[name] = value
    parts: dict[str, Message] = {}
    for part in walked:
        kind = part.get_content_type()
        if kind in ("text/html", "text/plain") and not _attached(part):
            parts.setdefault(kind, part)
    for kind in ("text/html", "text/plain"):
        if kind not in parts:
            continue
        part = parts[kind]
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            return payload, part.get_content_charset(), kind == "text/html", meta
    raise InputError(f"{source}: an e-mail without a text or HTML body (only attachments?)")


def message_parts(data: bytes, source: str) -> tuple[Message, list[Message]]:
    """A saved message (an e-mail, an MHTML page) and all its parts, in order.

    Raises
    ------
    geomap.errors.InputError
        If its parts are nested too deeply to read (Python's parser recurses per level:
        a hostile file of a few kilobytes per level stopped the whole run).
    """
    import email
    from email import policy

    try:
        message = email.message_from_bytes(data, policy=policy.compat32)
        return message, list(message.walk())
    except RecursionError as exc:
        raise InputError(f"{source}: not read: its MIME parts are nested too deeply") from exc


def _attached(part: Message) -> bool:
    disposition = str(part.get("Content-Disposition") or "")
    return disposition.strip().lower().startswith("attachment")


def _header_text(value: object) -> str | None:
    """A header's value decoded from RFC 2047 words, on one line."""
    if value is None:
        return None
    from email.header import decode_header, make_header

    try:
        text = str(make_header(decode_header(str(value))))
    except (UnicodeError, LookupError, ValueError):
        text = str(value)
    return " ".join(text.split()) or None
