"""Who a frame's subject or source stands for: the speaker behind a word.

:class:`SubjectSpeakers` is the part of :class:`geomap.claims.speakers.DocAttribution`
that turns the subject of a verb of saying, or the source of a speech noun, into the
speaker it names: a relative pronoun's head ("a letter … which claimed"), a counted
group ("All three sources say"), a pronoun's antecedent, a speech noun's owner ("her
letters"), a definite description's antecedent ("the ministry").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from geomap.claims import lexicon as lx
from geomap.claims.cues import is_speech_noun
from geomap.claims.datelines import titled_dateline_name
from geomap.claims.descriptions import Descriptions
from geomap.claims.frames import Frame, is_bare_definite
from geomap.claims.nps import counted_back, counted_description, full_np, person_above, thing_above
from geomap.claims.subjects import speech_source


class SubjectSpeakers(Descriptions):
    """The speaker search of :class:`geomap.claims.speakers.DocAttribution`."""

    def _resolve(
        self, tok: Token, index: int, earlier: list[Frame], *, fallback: bool, own: bool = False
    ) -> tuple[Span, Span] | None:
        """Return ``(mention, speaker)`` for a subject/source token.

        ``own``: the phrase names its own source ("according to the general staff"): a
        description is never taken for someone named before
        (:meth:`~geomap.claims.descriptions.Descriptions._description_antecedent`).
        """
        low = tok.lower_
        if low in lx.RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            head = tok.head.head
            if low == "which":
                head = thing_above(head)  # "a letter sent to … Helen Clark which claimed"
            elif low == "who":
                head = person_above(head)  # "Thomas, candidate for the seat, who said"
            return self._resolve(head, index, earlier, fallback=fallback)
        if counted_description(tok):  # "All three sources say", after "X, Y and Z report"
            group = self._group_antecedent(tok, index, earlier)
            if group is not None:
                return full_np(tok), group
        if counted_back(tok):  # "All three indicate …": the group that spoke before
            found = self._pronoun_antecedent(tok, index, earlier)
            if found is not None:
                return full_np(tok), found
        if tok.pos_ == "PRON":
            mention = self.doc[tok.i : tok.i + 1]
            if low in lx.PERSON_PRONOUNS or low in lx.GROUP_PRONOUNS:
                found = self._pronoun_antecedent(tok, index, earlier)
                return mention, found if found is not None else mention
            return mention, mention
        if is_speech_noun(tok, self.lex):
            source = speech_source(tok, self.lex)
            if source is not None and source.i != tok.i:
                owner = self._resolve(source, index, earlier, fallback=fallback)
                if owner is None or source.pos_ != "PRON" or owner[1].root.pos_ != "PRON":
                    return owner
                # "her letters show …" with no one for "her" to be: the letters speak
            elif not fallback:
                return None
        phrase = titled_dateline_name(tok) or full_np(tok)  # "X (TASS) - Governor Y Z said"
        if is_bare_definite(tok):
            found = self._definite_antecedent(tok, index, earlier)
            found = found if found is not None else self._quotation_opener(tok, index)
            if found is not None:
                return phrase, found
        found = self._description_antecedent(tok, index, earlier, own=own)
        if found is not None:
            return phrase, found
        return phrase, phrase

    def _group_antecedent(self, tok: Token, index: int, earlier: list[Frame]) -> Span | None:
        """The most recent speaker named by its members ("X, Y and Z"), for a counted plural."""
        recent = [f.speaker for f in reversed(earlier) if f.speaker.end <= tok.i]
        for j in range(index - 1, max(-1, index - 1 - self.lex.window), -1):
            speaker = self.sentence_speaker(j)
            if speaker is not None:
                recent.append(speaker)
        return next((s for s in recent if any(t.dep_ == "conj" for t in s)), None)
