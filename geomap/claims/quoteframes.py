"""The speaker of a quotation that runs over sentences and paragraphs.

:class:`QuoteFrames` is the quotation part of
:class:`geomap.claims.speakers.DocAttribution`: where a quotation's attribution is
(before, after or inside it), a quotation going on from the one before, one introduced
by the sentence before it ("The ZTA boss was scathing. “…”"), and which frames inside a
quotation are its own.  See ``docs/claims.md``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from geomap.claims import lexicon as lx
from geomap.claims.datelines import main_subject
from geomap.claims.frames import Frame, SentenceFrames
from geomap.claims.quote_tails import comma_tag_frame
from geomap.claims.source_nouns import can_speak
from geomap.quotations import region_at

#: What may follow a quotation's full stop before its closing mark: brackets and the
#: closing marks of quotations inside it.
_AFTER_STOP = " )]’'\"”»"


class QuoteFrames:
    """The quotation frames of :class:`geomap.claims.speakers.DocAttribution`."""

    doc: Doc
    text: str
    sents: list[Span]
    quotes: list[tuple[int, int]]
    _quote_frames: list[Frame | None]
    _place_tokens: set[int]

    def frames(self, index: int) -> SentenceFrames:  # pragma: no cover - DocAttribution
        """The frames of sentence ``index``."""
        raise NotImplementedError

    def sentence_index(self, token: Token) -> int:  # pragma: no cover - DocAttribution
        """Index of the sentence that holds ``token``."""
        raise NotImplementedError

    def _sentence_at_char(self, char: int) -> int:  # pragma: no cover - DocAttribution
        raise NotImplementedError

    def _resolve(  # pragma: no cover - DocAttribution
        self, tok: Token, index: int, earlier: list[Frame], *, fallback: bool
    ) -> tuple[Span, Span] | None:
        raise NotImplementedError

    def _quoted_in(self, frame: Frame, region: tuple[int, int]) -> bool:
        """Whether ``frame`` is said inside the quotation ``region``.

        A straight-quote region is trusted only in the sentences where it opens and
        closes: a stray mark (``calm. "Odesa``) can open one that runs over
        sentences with attributions of their own; and in a sentence inside it that
        opens with a mark again, a paragraph of a long quote (``Education. "A census
        report … notes …``, the paragraphs run together).
        """
        start, end = region
        if not start <= frame.anchor.idx < end:
            return False
        if self.text[start] != '"':
            return True
        index = self.sentence_index(frame.anchor)
        if index in (self._sentence_at_char(start), self._sentence_at_char(end - 1)):
            return True
        opening = self.sents[index].start_char
        return start < opening and self.text[opening] == '"'

    def quote_frame(self, k: int, limit: int | None = None) -> Frame | None:
        """The frame of quotation ``k`` (cached).

        The main frame of the sentence where it opens or closes, outside the
        quotation ("“We will hold Kherson. Odesa is safe,” the governor said."), or
        a frame before it in its opening sentence ("X released a statement: “...");
        else, when the quotation follows an attributed one in the next sentence (a
        speaker's quote paragraphs), that quotation's frame; else, when the first
        of them opens a sentence, the main frame of the sentence before
        (:meth:`_frame_before`).

        With ``limit``, only sentences before ``limit`` are read (a pronoun being
        resolved in sentence ``limit`` looks back only).
        """
        if limit is None and k < len(self._quote_frames):
            return self._quote_frames[k]
        found = None
        for j in range(k, max(-1, k - 8), -1):
            start, end = self.quotes[j]
            for char in (start, end - 1, min(end + 1, len(self.text) - 1)):
                index = self._sentence_at_char(char)
                if limit is not None and index >= limit:
                    continue
                frames = self.frames(index)
                before = [f for f in frames.frames if f.anchor.idx < start]
                main = frames.main or (before[-1] if char == start and before else None)
                if main is None and char == end - 1:  # `“…,” X said` hung on the quote
                    main = comma_tag_frame(self.text, frames.frames, end)
                if main is not None and main.anchor.idx >= end and self._ends_sentence(end):
                    continue  # `"… court." Trump threatened …`: the next sentence's speaker
                if main is not None and not start <= main.cue.idx < end:
                    # its word of saying outside the quotation, wherever the parse hung
                    # it (`“China … were blowout years,” according to X`)
                    found = main
                    break
            if found is not None or not j:
                break
            if (
                self._sentence_at_char(self.quotes[j - 1][1] - 1)
                < self._sentence_at_char(start) - 1
            ):
                break
        if found is None:
            found = self._frame_before(j, limit)
        if limit is None:
            self._quote_frames.extend([None] * (k + 1 - len(self._quote_frames)))
            self._quote_frames[k] = found
        return found

    def _ends_sentence(self, end: int) -> bool:
        """Whether the quotation closing at ``end`` ends with a full stop ("… court.").

        Not "?" or "!": `“Is Kyiv safe?” Petrov asked.` is attributed after the mark.
        A quotation closing inside it may come between (`… oligopoly.’”`).
        """
        return self.text[: end - 1].rstrip(_AFTER_STOP).endswith(".")

    def _frame_before(self, k: int, limit: int | None) -> Frame | None:
        """The main frame of the sentence before quotation ``k`` when it opens a sentence.

        `The Foreign Ministry said the aid was a sign of sympathy. "The government
        hopes ..."`: a quotation without attribution goes on from the speaker
        just named.
        """
        start = self.quotes[k][0]
        index = self._sentence_at_char(start)
        sent = self.sents[index]
        if index == 0 or self.text[sent.start_char : start].strip(" \n\t\u2028\u2029-—"):
            return None
        if limit is not None and index - 1 >= limit:
            return None
        main = self.frames(index - 1).main
        if main is None:
            mark = next((t for t in sent if t.idx >= start), sent[0])
            return self._introduced_by(index - 1, mark)
        if region_at(self.quotes, main.anchor.idx, main.anchor.idx + 1):
            return None
        return main

    def _introduced_by(self, index: int, mark: Token) -> Frame | None:
        """The speaker a sentence without attribution introduces for the quotation after it.

        "The ZTA boss was scathing about Air Zimbabwe. “On Air Zimbabwe, …”": the
        subject of the sentence before, when it can speak, says the quotation (a
        ``quote`` frame; its cue is the opening mark).  A sentence that is itself in a
        quotation, or whose subject is a place mention, introduces no one.
        """
        sent = self.sents[index]
        root = sent.root
        if region_at(self.quotes, root.idx, root.idx + 1) is not None:
            return None
        subject = main_subject(root, ("nsubj",))  # past a dateline: "PORT SUDAN — X …"
        if subject is None or subject.i in self._place_tokens:
            return None  # "Kyiv was quiet. “…”": a place mention introduces no one
        found = self._resolve(subject, index, self.frames(index).frames, fallback=True)
        if found is None or not can_speak(found[1]) or found[1].root.lower_ in lx.FIRST_PERSON:
            return None
        return Frame("quote", root, *found, mark)
