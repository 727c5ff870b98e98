"""A language the caller gives for every article, checked once for the CLI and the API.

``geomap map --language XX`` and ``geoparse(..., language="XX")`` override each
article's own language; a code geomap has no pipeline for would skip every article, so
:func:`supported_language` refuses it before any work. Its message names the value
only: each caller names the setting in its own words (``--language``, ``language=``).
"""

from __future__ import annotations

from geomap.errors import InputError
from geomap.sanitize import quoted


def supported_language(value: object) -> str | None:
    """``value`` as a code geomap has a pipeline for (case and spaces ignored).

    >>> supported_language(" EN ")
    'en'
    >>> supported_language("xx")
    Traceback (most recent call last):
    ...
    geomap.errors.InputError: 'xx': geomap has no pipeline for it; it reads en, fr, de, pl, ru, uk

    Raises
    ------
    geomap.errors.InputError
        If geomap has no pipeline for it.
    """
    from geomap.language import SUPPORTED_LANGUAGES

    if value is None:
        return None
    code = str(value).strip().casefold()
    if code not in SUPPORTED_LANGUAGES:
        raise InputError(
            f"{quoted(str(value))}: geomap has no pipeline for it; "
            f"it reads {', '.join(SUPPORTED_LANGUAGES)}"
        )
    return code
