"""Offices in German, Polish and Ukrainian sources: the person an office names.

Read by :class:`geomap.claims.pattern_sentences.SentenceReader` (round 73, fx73s):

* a name set after a comma closing the sentence is the office's holder ("…, sagt der
  Landrat von Cham, Max Roth.", "– powiedział rzecznik urzędu, Jan Nowak.");
* a bare office ("– powiedział minister") is the person an earlier sentence named
  with it as a word of its role ("Minister obrony Jan Nowak");
* a German definite description after the verb ("…“, sagte der CDU-Politiker") is the
  last person an earlier sentence named with a title and a two-word name.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from geomap.claims.local_frames import Frame
from geomap.claims.local_sources import Cue
from geomap.claims.pattern_phrases import lemma, tokens, word_class
from geomap.records import Speaker

if TYPE_CHECKING:
    from geomap.claims.pattern_sentences import SentenceReader


def apposed(reader: SentenceReader, frame: Frame, n: int, end: int) -> Frame:
    """A role's name set after a comma at the sentence's end is the source.

    "…, sagt der Landrat von Cham, Max Roth.", "– powiedział rzecznik urzędu, Jan
    Nowak.": the clause read up to the comma names an office; the name closes it.
    """
    cue, record, _ = frame
    office = record is None or record.kind == "anonymous" or bool(record.role)
    toks = reader.toks
    if not office or n >= end or end >= len(toks) or toks[end].text != ",":
        return frame
    run = end + 1
    while run < len(toks) and toks[run].word and run not in reader.places:
        if word_class(toks[run], reader.lex, reader.lang) != "name":
            return frame
        run += 1
    closed = run == len(toks) or toks[run].text in ".!?"
    if not closed or not 0 < run - end - 1 <= 3:
        return frame
    lo = n + (toks[n].low in reader.lex.words.determiners)
    start, stop = toks[end + 1].start, toks[run - 1].end
    named = Speaker(
        reader.text[start:stop], start, stop, role=reader.text[toks[lo].start : toks[end - 1].end],
        kind="person", verb=cue.text, lemma=cue.lemma, verb_start=cue.start,
        verb_end=cue.end, phrase=reader.text[toks[lo].start : stop],
    )  # fmt: skip
    return cue, named, None


def titled(reader: SentenceReader, office: str, cue: Cue) -> Speaker | None:
    """The person an earlier sentence named with the bare ``office`` as a word of its role."""
    if " " in office:
        return None
    word = lemma(office, reader.lang).lower()
    for j in range(reader.k - 1, max(0, reader.k - reader.owner.owner.window) - 1, -1):
        for _, record, _ in reversed(reader.owner.sentence(j)[1]):
            if record is None or record.kind != "person" or not record.role:
                continue
            if word in {lemma(w, reader.lang).lower() for w in record.role.lower().split()}:
                return replace(
                    record, verb=cue.text, lemma=cue.lemma, verb_start=cue.start,
                    verb_end=cue.end, phrase=office,
                )  # fmt: skip
    return None


def titled_before(reader: SentenceReader, cue: Cue, phrase: str) -> Speaker | None:
    """The last person an earlier sentence names with a title ("Minister Hans Weber")."""
    for j in range(reader.k - 1, max(0, reader.k - reader.owner.owner.window) - 1, -1):
        sent = reader.owner.sents[j]
        toks = tokens(reader.text, sent.start_char, sent.end_char)
        found: Speaker | None = None
        for i, t in enumerate(toks[:-1]):
            if word_class(t, reader.lex, reader.lang) != "role":
                continue
            run = i + 1
            while run < len(toks) and run - i <= 2 and toks[run].word:
                if word_class(toks[run], reader.lex, reader.lang) != "name":
                    break
                run += 1
            if run - i == 3:  # a title and a two-word name
                a, b = toks[i + 1].start, toks[run - 1].end
                found = Speaker(
                    reader.text[a:b], a, b, role=t.text, kind="person", verb=cue.text,
                    lemma=cue.lemma, verb_start=cue.start, verb_end=cue.end, phrase=phrase,
                )  # fmt: skip
        if found is not None:
            return found
    return None
