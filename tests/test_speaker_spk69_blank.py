"""Speaker rules of round 69 (issue 17, spk69): quotation regions of flattened copy.

From the dev items of ``speakers_gold`` (real news): copy whose paragraph breaks were
lost moves a paragraph's closing mark past the space that replaced the break
(``… to do that. "Jones, who was unseated …, is a close friend of McCoy's.``), so the
quotation ran on over the narrative after it and gave its places the quote's speaker.
Pure functions of the text and where its line breaks were (a parsed doc reads them as
spaces and keeps their offsets), with controls.
"""

from __future__ import annotations

from geomap.quotations import quote_regions


def _quoted(text: str, breaks: tuple[int, ...] = ()) -> list[str]:
    return [text[a:b] for a, b in quote_regions(text, breaks)]


FLATTENED = (
    '"I talked to Roy today," Lewis said. "He said yes. I think it is good. '
    '"Added Hall: "Most pastors do that. "Jones, who was unseated in DeSoto Parish, '
    'is a friend of McCoy\'s. McCoy said he would add a "white minister, too." Jones is black.'
)


def test_a_closing_mark_moved_past_the_space_closes_the_quotation() -> None:
    quoted = _quoted(FLATTENED)
    assert quoted == [
        '"I talked to Roy today,"',
        '"He said yes. I think it is good. "',
        '"Most pastors do that. "',
        '"white minister, too."',
    ]
    assert not any("DeSoto Parish" in q for q in quoted)


def test_a_quotation_reopened_for_its_next_paragraph_reads_on_to_its_closing_mark() -> None:
    text = 'She said: "We sent a crew. "We treated him," she said. Then Odesa.'
    assert _quoted(text) == ['"We sent a crew. "We treated him,"']


def test_a_reopening_after_a_line_break_is_unchanged() -> None:
    text = 'She said: "We sent a crew.\n\n"We treated him. "Odesa is safe," she said.'
    assert _quoted(text) == ['"We sent a crew.\n\n"We treated him. "Odesa is safe,"']


def test_an_opening_mark_with_no_quotation_open_still_opens() -> None:
    text = 'It rained. "Kyiv is calm," he said. "Lviv too."'
    assert _quoted(text) == ['"Kyiv is calm,"', '"Lviv too."']


def test_a_mark_before_a_lower_case_word_is_no_displaced_close() -> None:
    text = 'He said: "We left. "and then we came back," he said.'
    assert _quoted(text) == ['"We left. "and then we came back,"']


def test_a_line_break_read_as_a_space_keeps_the_reopening() -> None:
    text = 'She said: "We sent a crew.  "We treated him. "Odesa is safe," she said.'
    gap = text.index('  "We') + 1  # the doc's space where the article had its blank line
    assert _quoted(text, (gap - 1, gap)) == [text[10 : text.index(" she")]]
    assert [text[a:b] for a, b in quote_regions(text)] == [text[10 : text.index(" she")]]
