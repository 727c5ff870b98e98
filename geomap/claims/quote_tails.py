"""The attribution after a quotation that closes on a comma, hung by the parser elsewhere.

`"We found debris outside Tulcea, and we are treating this as a violation," the
minister said.`: the small model may make the quotation's first verb the root and the
tag's "said" a conjunct of it with a subject of its own, so no frame speaks for the
whole sentence (:func:`geomap.claims.frames.main_frame`).  A quotation closing on a
comma is followed by its attribution, so the first verb frame after it, whose speaker
is named after the mark, is the quotation's (:func:`comma_tag_frame`).
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.claims.frames import Frame

#: What may follow a quotation's last word before its closing mark is reached.
_CLOSING = " )]’'\"”»"


def comma_tag_frame(text: str, frames: Sequence[Frame], end: int) -> Frame | None:
    """The verb frame tagging the quotation that closes at ``end`` on a comma, if any.

    Parameters
    ----------
    text
        The doc's text.
    frames
        The frames of the sentence where the quotation closes.
    end
        The character offset just after the quotation's closing mark.

    Returns
    -------
    Frame or None
        The first frame of a verb of saying after the mark whose speaker phrase is
        after it too (`…,” Romania's defence minister, Radu Ionescu, said`); ``None``
        when the quotation does not close on a comma or no such frame follows.
    """
    if not text[: end - 1].rstrip(_CLOSING).endswith(","):
        return None
    return next(
        (
            f
            for f in frames
            if f.kind == "verb" and f.cue.idx >= end and f.mention.start_char >= end
        ),
        None,
    )
