"""How a language is named in messages: its English name and code (``Russian (ru)``).

Moved from :mod:`geomap.language`, which re-exports these names.
"""

from __future__ import annotations

#: English names of the languages news comes in most, for messages.
LANGUAGE_NAMES = {
    "ar": "Arabic", "be": "Belarusian", "bg": "Bulgarian", "cs": "Czech", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "et": "Estonian",
    "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi",
    "hu": "Hungarian", "it": "Italian", "ja": "Japanese", "ka": "Georgian", "ko": "Korean",
    "lt": "Lithuanian", "lv": "Latvian", "nl": "Dutch", "no": "Norwegian", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sr": "Serbian",
    "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian", "zh": "Chinese",
}  # fmt: skip
#: ISO 639's codes for text in no one language ("zxx": digits, a table, a list of links).
SPECIAL_LANGUAGE_NAMES = {
    "zxx": "no linguistic content",
    "und": "undetermined language",
    "mul": "multiple languages",
    "mis": "uncoded language",
}


def language_name(code: str) -> str | None:
    """A language's English name (or what a special code means), ``None`` if not known.

    >>> language_name("ru"), language_name("und"), language_name("tlh")
    ('Russian', 'undetermined language', None)
    """
    return LANGUAGE_NAMES.get(code) or SPECIAL_LANGUAGE_NAMES.get(code)


def language_label(code: str | None) -> str:
    """How a language is named in messages: its name and code, or the code alone.

    >>> language_label("ru"), language_label("zxx"), language_label("xx")
    ('Russian (ru)', 'no linguistic content (zxx)', 'xx')
    >>> language_label(None)
    'undetermined language'
    """
    if not code:
        return SPECIAL_LANGUAGE_NAMES["und"]
    name = language_name(code)
    return f"{name} ({code})" if name else code
