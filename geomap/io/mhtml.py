"""A web page saved as one file by a browser ("Webpage, Single File": ``.mhtml``, ``.mht``).

The file is a MIME message (RFC 2557): the page's HTML is its first ``text/html``
part, usually quoted-printable, followed by the images, styles and the frames the page
showed (more ``text/html`` parts: advertisements, players).  Only the first is the page.
"""

from __future__ import annotations

from geomap.errors import InputError
from geomap.io.email_message import message_parts
from geomap.outlet_names import web_address

#: Suffixes of pages saved as one MIME file.
MHTML_SUFFIXES = frozenset({".mhtml", ".mht"})
#: A page saved as MHTML may be this many times the article limit: the file holds the
#: page's images (base64) and frames too; its page is held to the limit itself.
MHTML_INFLATION = 8


def mhtml_page(data: bytes, source: str) -> tuple[bytes, str | None, str | None]:
    """The page's HTML bytes in an MHTML file, the charset its part declares, its address.

    The address is the page's ``Content-Location`` (Chrome also writes it in the
    file's header as ``Snapshot-Content-Location``), when it is a web address.

    Raises
    ------
    geomap.errors.InputError
        If the file holds no HTML part (not an MHTML file).

    Examples
    --------
    >>> mail = (b'MIME-Version: 1.0\\r\\nContent-Type: multipart/related; boundary="b"\\r\\n\\r\\n'
    ...         b'--b\\r\\nContent-Type: text/html; charset="utf-8"\\r\\n'
    ...         b'Content-Transfer-Encoding: quoted-printable\\r\\n\\r\\n'
    ...         b'<p>Caf=C3=A9</p>\\r\\n--b--\\r\\n')
    >>> mhtml_page(mail, "a.mhtml")
    (b'<p>Caf\\xc3\\xa9</p>', 'utf-8', None)
    """
    message, parts = message_parts(data, source)
    for part in parts:
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                where = part.get("Content-Location") or message.get("Snapshot-Content-Location")
                url = str(where).strip() if where else ""
                web = url.startswith(("http://", "https://")) and web_address(url)
                return payload, part.get_content_charset(), url if web else None
    raise InputError(f"{source}: no HTML page in it (not a page saved as MHTML)")
