"""An e-mail saved as a file (``.eml``): a press release, a newsletter, a tip.

A mail client saves a message as its MIME source (RFC 5322): headers, then a body
that is often quoted-printable or base64, in a text and an HTML alternative, with
attachments.  Read as plain text, its headers, its MIME boundaries and both
alternatives became the article ("Gen=C3=A8ve", every place twice).  The article is the
message's HTML part (its main text extracted, as a page's) or else its plain text
part; the subject is the title, the date the publication date, the sender the author.
Attachments are not read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geomap.errors import InputError

if TYPE_CHECKING:
    from email.message import Message

#: Suffixes of e-mails saved as files.
EMAIL_SUFFIXES = frozenset({".eml"})
#: A message may be this many times the article limit: it holds its attachments
#: (base64) too; its text is held to the limit itself.
EMAIL_INFLATION = 8


def email_body(data: bytes, source: str) -> tuple[bytes, str | None, bool, dict[str, str]]:
    """A saved message's body bytes, their declared charset, whether HTML, its headers.

    The headers are ``title`` (Subject), ``published`` (Date) and ``author`` (the
    sender's name, else address), decoded from RFC 2047 (``=?UTF-8?Q?...?=``).

    Raises
    ------
    geomap.errors.InputError
        If the message has no text or HTML part (only attachments).

    Examples
    --------
    >>> mail = (b"From: Press Office <press@example.org>\\r\\n"
    ...         b"Subject: =?UTF-8?Q?Talks_in_Gen=C3=A8ve?=\\r\\n"
    ...         b"Content-Type: text/plain; charset=utf-8\\r\\n"
    ...         b"Content-Transfer-Encoding: quoted-printable\\r\\n\\r\\n"
    ...         b"Talks in Gen=C3=A8ve resumed.\\r\\n")
    >>> body, charset, html, meta = email_body(mail, "a.eml")
    >>> body.decode(charset), html, meta["title"], meta["author"]
    ('Talks in Genève resumed.\\r\\n', False, 'Talks in Genève', 'Press Office')
    """
    from email.utils import parseaddr

    message, walked = message_parts(data, source)
    meta: dict[str, str] = {}
    for name, header in (("title", "Subject"), ("published", "Date"), ("author", "From")):
        value = _header_text(message.get(header))
        if name == "author" and value:
            shown, address = parseaddr(value)
            value = shown or address
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
