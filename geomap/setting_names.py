"""How a message names a run's setting: the command line's option or geoparse()'s keyword.

A status made while reading or parsing tells the user which setting would change it
("name another with --text-field"). The command line and the Python API name the same
setting differently (``--text-field``, ``text_column=``), so a message is made in its
caller's :class:`Wording`, read from :data:`NAMES`, where it is made.
"""

from __future__ import annotations

from enum import Enum


class Wording(Enum):
    """Whose words a message names settings in."""

    #: ``geomap map``'s options: "--language en".
    OPTION = "option"
    #: :func:`geomap.geoparse`'s keyword arguments: "language='en'".
    KEYWORD = "keyword"


#: Each setting a message names: its command-line option and its keyword argument.
NAMES: dict[str, tuple[str, str]] = {
    "language": ("--language", "language"),
    "outlet": ("--outlet", "outlet"),
    "text_field": ("--text-field", "text_column"),
    "id_field": ("--id-field", "id_column"),
    "fields": ("--field", "fields"),
}
#: How a metadata field named for a column opens, in each wording ("--field title=h").
FIELD_OPENINGS: dict[Wording, str] = {Wording.OPTION: "--field ", Wording.KEYWORD: "fields={'"}


def setting(name: str, wording: Wording) -> str:
    """The setting ``name`` as ``wording`` names it.

    >>> setting("text_field", Wording.OPTION), setting("text_field", Wording.KEYWORD)
    ('--text-field', 'text_column=')
    """
    option, keyword = NAMES[name]
    return option if wording is Wording.OPTION else f"{keyword}="


def setting_value(name: str, value: str, wording: Wording) -> str:
    """The setting ``name`` given ``value``, as ``wording`` writes it.

    >>> setting_value("language", "en", Wording.OPTION)
    '--language en'
    >>> setting_value("language", "en", Wording.KEYWORD)
    "language='en'"
    """
    if wording is Wording.OPTION:
        return f"{NAMES[name][0]} {value}"
    return f"{NAMES[name][1]}='{value}'"


def field_setting(field: str, column: str, wording: Wording) -> str:
    """The metadata ``field`` named for ``column``, as ``wording`` writes it.

    >>> field_setting("title", "h", Wording.OPTION), field_setting("title", "h", Wording.KEYWORD)
    ('--field title=h', "fields={'title': 'h'}")
    """
    opening = FIELD_OPENINGS[wording]
    if wording is Wording.OPTION:
        return f"{opening}{field}={column}"
    return f"{opening}{field}': '{column}'}}"
