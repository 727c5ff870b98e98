"""Antecedents of pronouns: "he", "she", "it", "they", "who".

* he/she/they/it: an earlier speaker in the sentence, else the speaker of one of
  the previous ``window`` sentences (a quotation's speaker for a sentence inside
  it), the most recent one that agrees (:func:`geomap.claims.kinds.agrees`: a
  person for he/she, a body for it) or, for he/she, a person who is the subject of
  that sentence, else the nearest previous entity of the
  right type, a subject before an object ("Kowalska met Petrov ... she": Kowalska;
  never a place mention for he/she, nor a name the article's geoparse reads as a
  place elsewhere: :func:`place_tokens`; nor one state or city for they); for he/she
  that nothing else took, a recent speaker named like a person whatever its tag
  (:mod:`geomap.claims.personal_names`);

Definite descriptions ("the ministry", "the Manhattan native") are
:mod:`geomap.claims.descriptions`'s.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from geomap.claims import lexicon as lx
from geomap.claims.apposed_subjects import set_off_saying
from geomap.claims.clause_roles import (
    is_subject,
    named_person,
    where_or_whose,
)
from geomap.claims.datelines import main_subject
from geomap.claims.document_referents import document_subject
from geomap.claims.frames import Frame, SentenceFrames
from geomap.claims.kinds import agrees, same_gender
from geomap.claims.lexicon import Lexicon
from geomap.claims.name_text import clean_text
from geomap.claims.nps import core_np, entity_phrase, full_np, head_name
from geomap.claims.person_referents import described_persons, other_party
from geomap.claims.personal_names import (
    after_possessive,
    first_name_cut,
    personal_name,
    set_off_name,
    stranded_subject,
)
from geomap.claims.source_nouns import can_speak
from geomap.claims.titles import titled_name

SPEAKER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


class Antecedents:
    """The antecedent search of :class:`geomap.claims.speakers.DocAttribution`."""

    doc: Doc
    lex: Lexicon
    sents: list[Span]
    _place_tokens: set[int]
    _subjects: dict[int, Span | None]  # a he/she subject's antecedent, by token index
    pronoun_persons: set[str]  # speakers' names a he/she showed to be persons

    def frames(self, index: int) -> SentenceFrames:  # pragma: no cover - DocAttribution
        """The frames of sentence ``index``."""
        raise NotImplementedError

    def sentence_speaker(self, j: int) -> Span | None:  # pragma: no cover - DocAttribution
        """Who speaks in sentence ``j``."""
        raise NotImplementedError

    def _recent_frames(
        self, index: int, earlier: list[Frame], window: int | None = None
    ) -> list[Frame]:
        """Frames before this point: the sentence's, then previous sentences' (newest first)."""
        out = list(reversed(earlier))
        window = self.lex.window if window is None else window
        for j in range(index - 1, max(-1, index - 1 - window), -1):
            out.extend(reversed(self.frames(j).frames))
        return out

    def _window_start(self, index: int) -> int:
        return self.sents[max(0, index - self.lex.window)].start

    def _pronoun_antecedent(self, tok: Token, index: int, earlier: list[Frame]) -> Span | None:
        """The most recent compatible speaker: a person for he/she, a body for it/they."""
        person = tok.lower_ in lx.PERSON_PRONOUNS
        for frame in reversed(earlier):
            speaker = frame.speaker
            if speaker.root.pos_ != "PRON" and speaker.end <= tok.i and self._agrees(tok, speaker):
                return head_name(speaker, person)
        found = self._clause_subject(tok)
        if found is not None:
            return found
        for j in range(index - 1, max(-1, index - 1 - self.lex.window), -1):
            previous = self.sentence_speaker(j)
            if previous is not None and self._agrees(tok, previous):
                return head_name(previous, person)
            subject = (
                self._person_subject(tok, j) if person else document_subject(tok, self.sents[j])
            )
            if subject is not None:
                return subject
        reported = self._reported_subject(tok)
        if reported is not None:
            return reported
        labels = {"PERSON"} if person else {"ORG", "GPE", "NORP"}
        start = self._window_start(index)
        candidates = [
            ent
            for ent in reversed(self.doc.ents)
            if ent.end <= tok.i and ent.start >= start
            if ent.label_ in labels or (person and self._known_person(ent))
            if not (person and self._place_tokens.intersection(range(ent.start, ent.end)))
            if not (person and (_where_or_whose(ent) or other_party(ent, tok)))
            if not person or same_gender(tok, entity_phrase(ent))
            if not (tok.lower_ in _PLURAL and ent.label_ == "GPE" and not _coordinated(ent))
        ]
        ent = next((e for e in candidates if is_subject(e) or stranded_subject(e)), None)
        ent = ent or next(iter(candidates), None)
        if ent is None and person:
            return self._named_speaker(tok, index, earlier)
        if ent is not None and stranded_subject(ent):
            return set_off_name(ent)  # "resident Margaret Hale", not the place before it
        return None if ent is None else entity_phrase(ent)

    def _named_speaker(self, tok: Token, index: int, earlier: list[Frame]) -> Span | None:
        """The most recent speaker named like a person, for a he/she nothing else took.

        "…, said Amara Diallo. She said …", the name tagged ORG: the pronoun is the
        evidence (:mod:`geomap.claims.personal_names`); the name is remembered in
        :attr:`pronoun_persons` so that its records have kind person.
        """
        recent = self._recent_speakers(tok, index, earlier)
        for speaker in recent:
            root = speaker.root
            for head in (root, *(t for t in speaker if t.dep_ == "appos")):
                name = after_possessive(core_np(head))  # "PolitiFact's Angie Holan"
                inside = speaker.start <= name.start and name.end <= speaker.end
                if head.pos_ != "PROPN" or not inside:
                    continue
                if personal_name(name, self._place_tokens) and same_gender(tok, name):
                    self.pronoun_persons.add(clean_text(name.text) or name.text)
                    return name
        return None

    def _recent_speakers(self, tok: Token, index: int, earlier: list[Frame]) -> list[Span]:
        """The speakers before ``tok``: its sentence's (newest first), then previous sentences'."""
        recent = [f.speaker for f in reversed(earlier) if f.speaker.end <= tok.i]
        for j in range(index - 1, max(-1, index - 1 - self.lex.window), -1):
            speaker = self.sentence_speaker(j)
            if speaker is not None:
                recent.append(speaker)
        return recent

    def _agrees(self, pronoun: Token, antecedent: Span) -> bool:
        """:func:`~geomap.claims.kinds.agrees`, or he/she and a known person or titled name.

        A known person's surname, or a titled name ("Lieutenant General Morrison"),
        whatever type the model tagged it; never a place name for he/she.
        """
        person = pronoun.lower_ in lx.PERSON_PRONOUNS
        if person and antecedent.root.i in self._place_tokens:
            return False
        if agrees(pronoun, antecedent):
            return True
        if not person or not same_gender(pronoun, antecedent):
            return False
        return self._known_person(antecedent) or titled_name(antecedent) is not None

    def _known_person(self, name: Span) -> bool:
        """Whether ``name`` ends a longer PERSON name of the article, whatever its type.

        "Hrytsenko said ... he said": "Hrytsenko", tagged ORG, after "Oleh Hrytsenko";
        or a name the article describes as a person (:func:`described_persons`).
        """
        if len(name) > 2 or any(t.pos_ != "PROPN" or t.i in self._place_tokens for t in name):
            return False
        last, n = name[-1].text, len(name)
        if last in self._described_persons:
            return True  # "Georgia O’Keeffe, the artist …": "O’Keeffe ended up …"
        return any(
            e.label_ == "PERSON" and len(e) > n and e[-1].text == last for e in self.doc.ents
        )

    @cached_property
    def _described_persons(self) -> frozenset[str]:
        """:func:`described_persons` of the doc, once."""
        return described_persons(self.doc)

    def _clause_subject(self, tok: Token) -> Span | None:
        """The subject of a clause above the pronoun's own, when it agrees.

        "... the council has been fighting rebels, which it claims are armed from
        Dnipro": the council.
        """
        person = tok.lower_ in lx.PERSON_PRONOUNS
        node = tok.head
        if set_off_saying(node):
            return None  # "Another 15 were wounded, he said": not the 15
        while node.head.i != node.i:
            node = node.head
            if node.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.i > tok.i:
                continue
            if subject.pos_ == "PRON" or subject.i in self._place_tokens:
                return None
            phrase = full_np(subject)
            return head_name(phrase, person) if self._agrees(tok, phrase) else None
        return None

    def _reported_subject(self, tok: Token) -> Span | None:
        """The subject of the clause a closing "…, they said" reports, when no one spoke.

        "Police in Kingston are looking for a man …, they said in a news release.": with
        no speaker before, the pronoun is the reported clause's subject if it agrees and
        can speak (a pronoun, a place or a thing is no such subject).
        """
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.i < tok.i:
            return None
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < tok.i), None)
        if clause is None:
            return None
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ == "PRON" or subject.i in self._place_tokens:
            return None
        phrase = full_np(subject)
        if not can_speak(phrase) or not self._agrees(tok, phrase):
            return None
        return head_name(phrase, tok.lower_ in lx.PERSON_PRONOUNS)

    def _person_subject(self, tok: Token, j: int) -> Span | None:
        """The person named as the subject of sentence ``j``'s main verb, if any.

        "Kowalska met Petrov ... She explained": Kowalska; a he/she subject is followed to
        its own antecedent ("Petrenko faulted ... He wrote ... He said": Petrenko); a
        dateline the parser made a first subject is passed over ("PORT SUDAN — Dr. Hiba
        Omer … has not slept": Hiba Omer).
        """
        root = self.sents[j].root
        subject = main_subject(root)  # "PORT SUDAN — Dr. Hiba Omer … has not slept"
        if subject is None or self._place_tokens.intersection((subject.i,)):
            return None
        if subject.pos_ == "PRON":
            if subject.lower_ not in lx.PERSON_PRONOUNS:
                return None
            if subject.i not in self._subjects:  # each pronoun followed back once
                self._subjects[subject.i] = self._pronoun_antecedent(
                    subject, j, self.frames(j).frames
                )
            return self._subjects[subject.i]
        phrase = full_np(subject)
        if subject.ent_type_ == "PERSON" and agrees(tok, phrase):
            return head_name(phrase, True)
        named = named_person(subject)
        if named is not None and same_gender(tok, phrase):
            return named  # "Mr Levinson's wife, Christine, decided ..."
        core = core_np(subject)
        if first_name_cut(core, self._place_tokens) and same_gender(tok, core):
            self.pronoun_persons.add(clean_text(core.text) or core.text)
            return core  # "Tomasz Wrobel has farmed …" with "Wrobel" tagged a place
        return core if self._known_person(core) else None


#: Plural pronouns: one state or city is "it", never "they" ("They call this the largest
#: expo in the Midwest" after "Miles from Chicago": not Chicago).
_PLURAL = frozenset({"they", "them", "their"})


def _where_or_whose(ent: Span) -> bool:
    """:func:`where_or_whose`, but not for a :func:`stranded_subject`."""
    return where_or_whose(ent) and not stranded_subject(ent)


def _coordinated(ent: Span) -> bool:
    """Whether an entity is one of several joined by "and"/"or" ("Kyiv and Warsaw")."""
    return ent.root.dep_ == "conj" or any(c.dep_ == "conj" for c in ent.root.children)


def place_tokens(doc: Doc, places: Iterable[Span]) -> set[int]:
    """The tokens of the place mentions and of every entity named like one of them.

    The small model tags some town names PERSON ("La Motte is already bracing
    itself ... “...,” she says"); a name the article's geoparse reads as a place at
    one mention is a place at the others too, so never the antecedent of he/she.
    The surname of a longer PERSON name of the article ("Jordan" after "Michael
    Jordan") stays a person.
    """
    spans = list(places)
    tokens = {i for span in spans for i in range(span.start, span.end)}
    names = {span.text.casefold() for span in spans}
    surnames = {e[-1].text.casefold() for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    for ent in doc.ents:
        name = ent.text.casefold()
        if name in names and not (len(ent) == 1 and name in surnames):
            tokens.update(range(ent.start, ent.end))
    return tokens
