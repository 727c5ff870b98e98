"""The written form of a speaker's name: markup, link targets and bidi controls removed.

"[Vilnius](https://…)" -> "Vilnius", "Poland&rsquo;s defence ministry" -> "Poland’s
defence ministry", "\u2067Ahmed Saleh\u2069" -> "Ahmed Saleh" (:func:`clean_text`).
"""

from __future__ import annotations

import html
import re

from geomap.text import MARKUP_TAG, flatten

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)?")
_MARKS = "[]()*_#|<>`"


def clean_text(text: str) -> str:
    """``text`` without markup or bidi controls, entities decoded, one-spaced."""
    text = MARKUP_TAG.sub("", _LINK.sub(r"\1", flatten(html.unescape(text))))
    text = re.sub(r"\]\([^)]*\)?|\(https?:\S*|https?:\S*", "", text)
    text = " ".join(text.replace("[", " ").replace("]", " ").split())
    out = text.strip(_MARKS + " ,;:")
    if out.count("(") > out.count(")") and text[text.index(out) + len(out) :].startswith(")"):
        out += ")"  # "… Geoinformation (NASMG)": the bracket the name opened stays closed
    return out
