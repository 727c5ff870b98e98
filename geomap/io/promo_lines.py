"""A site's own promotion lines inside a story's text: not the story.

A page's body (and a story pasted as text) carries lines the site puts between its
paragraphs: "Read more: Heatwave in Athens leaves tourists stranded", "Читайте
также: В Новосибирске ударили морозы", "Subscribe to our Telegram channel for updates
from Warsaw and Vilnius".  Their places were mapped as the article's claims.  A line
is such a promotion (:func:`promo_spans`) when

* it stands on its own: the text's first line, or after a blank line or a line that
  ends a sentence (not the middle of hard-wrapped prose);
* it is short: at most :data:`MAX_PROMO_CHARS` characters; and
* it opens, in capitals, with a cue of the supported languages (en, ru, uk, pl, fr,
  de): a "read also"/"see also" cue (:data:`_ALSO`), a "read more"/"related" cue
  followed by a colon or a dash (:data:`_COLON`; "Read more than 300 people ..." is a
  story's), or an imperative "subscribe"/"follow us" cue (:data:`_SUBSCRIBE`;
  "Subscribers said ..." is a story's).

Cues are the sites' words, never a place's.  A page's text loses such lines
(:func:`without_promo_lines`); a text file's are blanked, so offsets still index the
file (:func:`blank_promo_lines`).
"""

from __future__ import annotations

import re

from geomap.text import ends_sentence

#: Longest line read as a promotion (characters).
MAX_PROMO_CHARS = 200
#: Marks a promotion line may open with (a bullet, an arrow), never a quotation mark.
_MARKS = r"[ \t>*•▶►→#|\-–—]*"
#: "Read also" cues: a promotion whatever follows.
_ALSO = (
    r"(?:read|see|watch) also|also read|also see"  # en
    r"|читайте также|смотрите также|читать также|читайте по теме|читайте нас"  # ru
    r"|читайте також|дивіться також|також читайте|читайте нас"  # uk
    r"|(?:czytaj|przeczytaj|zobacz|sprawdź) (?:też|także)"  # pl
    r"|(?:à |a )?lire aussi|(?:à |a )?voir aussi|lire également|voir également"  # fr
    r"|lesen sie auch|siehe auch|auch interessant|mehr zum thema"  # de
    r"|das könnte sie auch interessieren"
)
#: "Read more" cues: a promotion when a colon or a dash follows.
_COLON = (
    r"(?:read|see) more|more|related(?: stories| articles)?|recommended|watch|listen"  # en
    r"|подробнее|по теме|читайте|смотрите|читать далее"  # ru
    r"|детальніше|по темі|читайте|дивіться"  # uk
    r"|czytaj więcej|więcej|polecamy|czytaj|zobacz"  # pl
    r"|lire|à lire|a lire|voir|en savoir plus|lire la suite"  # fr
    r"|mehr|lesen sie|weiterlesen|auch lesenswert"  # de
)
#: Imperative "subscribe" and "follow us" cues: a promotion whatever follows.
_SUBSCRIBE = (
    r"subscribe (?:to|for|now)|follow us|sign up (?:to|for)"  # en
    r"|подписывайтесь|подпишитесь|следите за нами"  # ru
    r"|підписуйтесь|підписуйтеся|підпишіться|слідкуйте за нами|стежте за нами"  # uk
    r"|subskrybuj|obserwuj nas|zapisz się (?:na|do)"  # pl
    r"|abonnez-vous|suivez-nous|inscrivez-vous"  # fr
    r"|abonnieren sie|folgen sie uns|jetzt abonnieren"  # de
)
_PROMO = re.compile(
    rf"{_MARKS}(?:(?:{_ALSO}|{_SUBSCRIBE})\b|(?:{_COLON})\s*[:—–-])",
    re.IGNORECASE,
)


def promo_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each promotion line of ``text`` (its line break left out)."""
    spans: list[tuple[int, int]] = []
    start, previous = 0, ""
    for line in text.split("\n"):
        end = start + len(line.rstrip("\r"))
        if _is_promo(line) and (not previous.strip() or ends_sentence(previous.strip())):
            spans.append((start, end))
        start, previous = start + len(line) + 1, line
    return spans


def _is_promo(line: str) -> bool:
    """Whether ``line`` is short and opens with a cue in capitals (module docstring)."""
    words = line.strip()
    if not words or len(words) > MAX_PROMO_CHARS:
        return False
    first = next((ch for ch in words if ch.isalpha()), "")
    return first.isupper() and _PROMO.match(line) is not None


def without_promo_lines(text: str) -> str:
    """``text`` without its promotion lines (a page's extracted text, paragraphs apart).

    A paragraph break left doubled where a line went is made one.
    """
    spans = promo_spans(text)
    if not spans:
        return text
    parts, at = [], 0
    for start, end in spans:
        parts.append(text[at:start])
        at = end
    parts.append(text[at:])
    return re.sub(r"\n{3,}", "\n\n", "".join(parts)).strip("\n")


def blank_promo_lines(text: str) -> str:
    """``text`` with its promotion lines' characters as spaces: offsets still index the file."""
    for start, end in promo_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text
