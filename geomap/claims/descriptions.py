"""Antecedents of definite descriptions: "the ministry", "the company", "the Manhattan native".

* a bare definite description ("the ministry", "the town's mayor") refers back to a
  proper name with the same head word among recent speakers and entities, or to a named
  person whose phrase holds the word as a title or role; a noun for an organisation
  ("the company") to the named body (:mod:`geomap.claims.body_referents`);
* a definite description of a person with modifiers ("the Manhattan native and
  Harvard graduate") refers back to the most recent person who spoke, when the sex
  told agrees;
* a bare "the expert", "the official" closing a quotation that opened sentences
  before refers to the named person who spoke in the sentence right before it opened.

The pronoun search they build on is :class:`geomap.claims.antecedents.Antecedents`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from geomap.claims.antecedents import SPEAKER_ENTS, Antecedents
from geomap.claims.body_referents import body_antecedent
from geomap.claims.clause_roles import is_plural, person_description
from geomap.claims.frames import Frame, name_modifiers
from geomap.claims.kinds import gender, speaker_kind
from geomap.claims.name_kinds import apposed_body
from geomap.claims.namespans import SPOKES_NOUNS
from geomap.claims.nps import core_np, entity_phrase, full_np, head_name
from geomap.claims.role_holders import role_holder, titled_by, titled_otherwise
from geomap.claims.source_nouns import BODY_KINDS, descriptor_kind
from geomap.quotations import region_at


class Descriptions(Antecedents):
    """The description search of :class:`geomap.claims.speakers.DocAttribution`."""

    text: str
    quotes: list[tuple[int, int]]

    def _definite_antecedent(self, tok: Token, index: int, earlier: list[Frame]) -> Span | None:
        """A recent speaker named with the same head word as ``tok``.

        "the ministry" -> "the Russian Ministry of Defense"; "the mayor" -> "Kyiv mayor
        Vitali Klitschko" (a named person whose phrase holds the word as a title or role);
        "the ZTA boss" -> "ZTA boss Kaseke" (the names compounded with the description
        must be there too; such a description looks back over the whole article); else,
        over the whole article, the last speaker phrase with the same head noun ("a police
        spokesman" … "the spokesman").  A plural description ("the authors", "the
        officials") is a group: never one named person ("co-author Luke Dollar"); a
        description with names of its own ("The African Union mission") is never a body
        named without them in an earlier sentence.
        """
        lemma = tok.lemma_.lower()
        names = name_modifiers(tok)
        plural = is_plural(tok)
        # a description with a name ("the ZTA boss") is specific: it looks over the article
        window = index if names else self.lex.window
        for frame in self._recent_frames(index, earlier, window):
            phrase = frame.speaker
            if not names <= {t.text for t in frame.mention} | {t.text for t in phrase}:
                continue
            for cand in phrase:
                if cand.i == tok.i or cand.lemma_.lower() != lemma:
                    continue
                if cand.pos_ == "PROPN":
                    return entity_phrase(self.doc[cand.i : cand.i + 1])
                if cand.dep_ in ("poss", "pobj"):
                    continue  # "Anna Berg, the agency's spokeswoman" is not "the agency"
                if not plural and any(t.ent_type_ == "PERSON" for t in phrase):
                    return phrase
        start = self._window_start(index)
        for ent in reversed(self.doc.ents):
            if (
                ent.end <= tok.i
                and ent.start >= start
                and ent.label_ in SPEAKER_ENTS
                and (
                    any(t.lemma_.lower() == lemma for t in ent)
                    or (not plural and titled_by(ent, lemma))  # not "the authors"
                )
                and names <= {t.text for t in ent}
            ):
                return entity_phrase(ent)
        if not plural and not names:
            titled = self._titled_speaker(tok, index, earlier)
            if titled is not None:
                return titled
        for frame in self._recent_frames(index, earlier, index):
            head = frame.speaker.root  # "a police spokesman" … "added the spokesman"
            if head.i != tok.i and head.pos_ == "NOUN" and head.lemma_.lower() == lemma:
                if is_plural(head) != plural:
                    continue  # "a co-author said" … "the authors write": not the one
                return frame.speaker if not names else None
        ents = (e for e in reversed(self.doc.ents) if start <= e.start and e.end <= tok.i)
        body = body_antecedent(tok, self._recent_speakers(tok, index, earlier), ents)
        if body is not None and not names <= {t.text for t in body}:
            return None  # "The African Union mission denied …" is not the Crisis Group
        return body

    def _titled_speaker(self, tok: Token, index: int, earlier: list[Frame]) -> Span | None:
        """A person who spoke lately, titled with ``tok``'s word when first named.

        "Principal Mark Hettmansberger has concerns … (three sentences) … “…,” said
        Hettmansberger. The principal stressed …": the title is out of the window, but the
        person who spoke in it bears it. The first speaker in the window (newest first)
        that is a person whose last word ends a PERSON named before with the title
        (:func:`~geomap.claims.role_holders.titled_by`) or holding the word ("school
        principal Ann Lee").
        """
        lemma = tok.lemma_.lower()
        for frame in self._recent_frames(index, earlier):
            phrase = frame.speaker
            if phrase.end > tok.i or speaker_kind(phrase) != "person":
                continue
            last = phrase[-1].text
            for ent in self.doc.ents:
                if ent.end > tok.i or ent.label_ != "PERSON" or ent[-1].text != last:
                    continue
                if titled_by(ent, lemma):
                    return entity_phrase(ent)
            return None
        return None

    def _description_antecedent(
        self, tok: Token, index: int, earlier: list[Frame], *, own: bool = False
    ) -> Span | None:
        """The person a definite description with modifiers refers back to, if any.

        "“…,” the Manhattan native and Harvard graduate said." after "Flood said": Flood.
        Only "the" and modifiers before a singular noun for a person, no name of its
        own (:func:`person_description`); the person the sentence right before introduced
        as its subject when no one spoke since (:meth:`_introduced_person`); else the most
        recent speaker of the sentence or
        of the ``window`` sentences before it who is a person of the same sex; when
        none of them spoke, the person named as the subject of the nearest of those
        sentences (:meth:`_person_subject`), if of the same sex.  With ``own`` (the
        object of "according to", which names its own source: "…, according to the
        general staff") no one is carried over from before.
        """
        owner = self._spokes_owner(tok, index, earlier)
        if owner is not None:
            return owner
        if own or not person_description(tok):
            return None
        sex = gender(self.doc[tok.i : tok.i + 1])
        holder = role_holder(tok)
        if holder is not None:  # "the Serbian president" after "President Aleksandar Vucic"
            told = gender(holder)
            return holder if sex is None or told is None or told == sex else None
        introduced = self._introduced_person(tok, index, earlier)
        if introduced is not None:
            told = gender(introduced)
            return introduced if sex is None or told is None or told == sex else None
        recent = self._recent_speakers(tok, index, earlier)
        for speaker in recent:
            if speaker.start <= tok.i < speaker.end or speaker_kind(speaker) != "person":
                continue
            if titled_otherwise(speaker, tok):
                return None  # "US envoy James O'Brien" is not "the Serbian president"
            told = gender(speaker)
            if sex is None or told is None or told == sex:
                return head_name(speaker, True)
        if recent:
            return None
        # no one spoke: the person the story was about ("Dr. Lycka isn't surprised ...
        # “…,” says the Edmonton dermatologist")
        for j in range(index - 1, max(-1, index - 1 - self.lex.window), -1):
            subject = self._person_subject(tok, j)
            if subject is not None:
                told = gender(subject)
                return subject if sex is None or told is None or told == sex else None
        return None

    def _quotation_opener(self, tok: Token, index: int) -> Span | None:
        """The named person who introduced the long quotation a bare description closes.

        "Oleksii Andreichenko, a senior analyst …, says … ¶ "The motorization index …
        Potential investors take this into consideration," the expert underlined": a
        bare "the" + singular noun for a person that matched no earlier word
        (:meth:`_definite_antecedent`), right after a quotation that opened in an earlier
        sentence, is the person who spoke in the sentence right before it opened, when
        that speaker is a named person of the sex told; else no one.
        """
        if tok.tag_ != "NN" or name_modifiers(tok) or descriptor_kind(tok) != "person":
            return None
        left = full_np(tok).start_char
        closed = [r for r in self.quotes if r[1] <= left and not _between(self.text, r[1], left)]
        if not closed:
            return None
        opened = next(
            (j for j in range(index, -1, -1) if self.sents[j].start_char <= closed[-1][0]), 0
        )
        if opened in (0, index) or region_at(self.quotes, *_span_chars(self.sents[opened - 1])):
            return None  # a quotation of one sentence, or one opened by another quotation
        speaker = self.sentence_speaker(opened - 1)
        if speaker is None or speaker_kind(speaker) != "person":
            return None
        named = head_name(speaker, True)
        if not any(t.ent_type_ == "PERSON" for t in named):
            return None
        sex, told = gender(self.doc[tok.i : tok.i + 1]), gender(named)
        return named if sex is None or told is None or sex == told else None

    def _introduced_person(self, tok: Token, index: int, earlier: list[Frame]) -> Span | None:
        """The person the sentence right before introduced as its subject, if no one spoke since.

        "… the bill’s sponsor admits …. State Rep. Stephanie Stuckey Benfield has tried and
        failed …. “…,” the Decatur Democrat said": a description of a person follows the one
        just named, not an earlier speaker; only when the sentence before has no speaker and
        nothing in the description's own sentence spoke before it.
        """
        if index == 0 or any(f.speaker.end <= tok.i for f in earlier):
            return None
        if self.sentence_speaker(index - 1) is not None:
            return None
        return self._person_subject(tok, index - 1)

    def _spokes_owner(self, tok: Token, index: int, earlier: list[Frame]) -> Span | None:
        """The body a spokesperson told as "its"/"their" speaks for: "Its spokesperson said".

        The most recent body that spoke in this sentence or the ``window`` before, or was
        the subject of one of those sentences, what its own apposition calls it too
        ("Eskom, the state utility, was more cautious. Its spokesperson said …": Eskom,
        tagged PERSON).  A bare "A spokesperson said" speaks for the body that spoke or was
        the subject in the sentence right before ("Natural Resources Wales has issued six
        flood warnings. A spokesperson said …"), never past a person; a spokesperson
        named in apposition ("Its spokesman, Dmitry Peskov,") is that person.
        """
        if tok.lemma_.lower() not in SPOKES_NOUNS:
            return None
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
            return None  # "Its spokesman, Dmitry Peskov, said": the named person speaks
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        bare = bool(list(tok.children)) and all(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children
        )  # "A spokesperson said", for no one named: the body of the sentence before
        if not bare and (owner is None or owner.lower_ not in ("its", "their")):
            return None
        window = 1 if bare else self.lex.window
        recent = [f.speaker for f in reversed(earlier) if f.speaker.end <= tok.i]
        for j in range(index - 1, max(-1, index - 1 - window), -1):
            speaker = self.sentence_speaker(j)
            root = self.sents[j].root
            nsubj = next((c for c in root.children if c.dep_ == "nsubj"), None)
            subject = None if nsubj is None or nsubj.pos_ == "PRON" else full_np(nsubj)
            recent += [s for s in (speaker, subject) if s is not None]
        for phrase in recent:
            core = core_np(phrase.root)
            if phrase.root.i in self._place_tokens or phrase.root.pos_ == "PRON":
                continue
            if speaker_kind(phrase) in BODY_KINDS or apposed_body(core) in BODY_KINDS:
                return core
            if bare:
                return None  # only the body right before: not past a person who spoke
        return None


#: The kinds of a body a spokesperson speaks for.


def _between(text: str, start: int, end: int) -> str:
    """What stands between a closing quotation and a description, marks and commas aside."""
    return text[start:end].strip(' ,"”’')


def _span_chars(span: Span) -> tuple[int, int]:
    """The first character of ``span``, as a range for :func:`region_at`."""
    return span.start_char, span.start_char + 1
