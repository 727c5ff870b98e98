"""The ``geomap_local_attribution`` component: who makes each claim outside English.

German, Polish and Ukrainian have no parser on PyPI: with ``parser="patterns"`` their
sentences are read by word order (:mod:`geomap.claims.pattern_frames`); the rest of
this docstring is French and Russian, parsed, and what both share.

The English attribution (:mod:`geomap.claims.attribution`) reads the model's
parse of the whole article; here only the sentences that hold a place mention
and a cue of saying (:data:`geomap.claims.local_lexicon.SAYING_WORDS`) are
parsed (:mod:`geomap.claims.local_syntax`: the French model's parser, or
natasha's for Russian), and each mention gets the same fields as in English:
``span._.source`` (a :class:`~geomap.records.Speaker`: clean name, role, kind,
verb of saying, offsets), ``span._.speaker`` (the name's span) and
``span._.speaker_mention`` (the pronoun it was resolved from).

A sentence's cues are its verbs of saying (the source is their subject: "a
déclaré Volodymyr Zelensky", "Кремль опроверг"; a relative pronoun's noun, a
shared subject of a conjoined verb), "selon X"/"d'après X"/"согласно X", "по
словам X"/"по данным X" and "de source X"; a clause of saying set by "как"/"comme"
("Как сообщил X, Бухарест потребует …") is the source of the clause it hangs from,
as "selon X" is.  A mention takes the outermost cue
whose clause holds it ("X a averti que la France ne reconnaîtrait pas la
Crimée" is X's claim), else the sentence's first cue that names a source and
is not in a relative clause ("X, qui a dénoncé ..., s'est rendu à Strasbourg"
reports nothing about Strasbourg); a
subject in the sentence's dateline ("МОСКВА, 27 января — ...") is no source.  "il",
"elle", "он", "она" and "по его словам" are a person of the latest sentence
(the pronoun's own or the :attr:`LocalAttribution.window` before it) that names
one, as a ``PER`` entity or as a speaker ("Губернатор Курской области заявил"):
its last one named as a subject, else its last ("Le préfet X a rencontré le maire
Y. Il a annoncé" is X); with no person, a body that spoke before ("Министерство
сообщило … Оно уточнило").  A
mention inside a quotation («…», “…”, or a dialogue line opened by a dash and
closed by ", —") that runs over several sentences takes the speaker of the
sentence of the quotation that names one; one in a sentence without a source
takes that of the next sentence when it opens by pointing back at it ("Об этом
сообщил губернатор.", "C'est ce qu'a annoncé le ministère.").

A mention inside the name of the body that is its own source ("Минобороны Украины
заявило") gets the role ``modifier``, as in English (:mod:`geomap.claims.roles`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from geomap.claims.local_frames import DocSources
from geomap.claims.local_lexicon import SAYING_WORDS
from geomap.claims.local_syntax import Word, natasha_words, spacy_words
from geomap.claims.pattern_frames import PatternSources
from geomap.claims.pattern_lexicon import PATTERN_WORDS
from geomap.claims.roles import MODIFIER
from geomap.containment import guarded, unattributed
from geomap.extensions import register_extensions
from geomap.records import Speaker

#: Speaker kinds whose phrase keeps its places literal ("Губернатор Белгородской
#: области Вячеслав Гладков"), as a person's name does in English.
PERSON_KINDS = frozenset({"person"})


def in_own_body(span: Span) -> bool:
    """Whether ``span`` lies inside its source's name and the source is no person."""
    src = span._.source
    if not isinstance(src, Speaker) or src.kind in PERSON_KINDS:
        return False
    return src.start <= span.start_char and span.end_char <= src.end and src.name != span.text


class LocalAttribution:
    """Set ``source``, ``speaker`` and ``speaker_mention`` on the place mentions of a doc.

    Parameters
    ----------
    nlp
        The pipeline; with ``parser="spacy"`` its (possibly disabled) tagger,
        parser and lemmatiser parse the sentences with cues.
    parser
        ``"spacy"`` or ``"natasha"``.
    spans_key
        Key of the span group holding the place mentions.
    window
        How many previous sentences a pronoun may refer back to.
    """

    def __init__(
        self, nlp: Language, parser: str = "spacy", spans_key: str = "toponyms", window: int = 3
    ) -> None:
        register_extensions()
        self.nlp = nlp
        self.patterns = PATTERN_WORDS.get(str(nlp.lang)) if parser == "patterns" else None
        self.lex = self.patterns.words if self.patterns else SAYING_WORDS.get(str(nlp.lang))
        self.parser = parser
        self.spans_key = spans_key
        self.window = max(0, int(window))

    def parses(self) -> bool:
        """Whether this pipeline can parse a sentence at all."""
        if self.lex is None:
            return False
        return self.parser in ("natasha", "patterns") or "parser" in self.nlp.component_names

    def __call__(self, doc: Doc) -> Doc:
        """Annotate the place mentions of ``doc`` in place and return it.

        If a rule fails, the mentions keep no speaker (:mod:`geomap.containment`).
        """
        return guarded(doc, "attribution", self._attribute, unattributed)

    def _attribute(self, doc: Doc) -> Doc:
        spans = list(doc.spans.get(self.spans_key, []))
        if not spans or not self.parses() or not doc.has_annotation("SENT_START"):
            return doc
        sources = PatternSources if self.parser == "patterns" else DocSources
        sources(self, doc).annotate(spans)
        for span in spans:
            if in_own_body(span):
                span._.role = MODIFIER  # "Минобороны Украины заявило"
        return doc

    def words(self, sents: list[Span], text: str) -> list[list[Word]]:
        """The parsed words of each of ``sents`` (``text``: the doc's)."""
        if self.parser == "natasha":
            return natasha_words(sents, text)
        if self.parser == "patterns":  # read by word order (pattern_frames), never parsed
            return [[] for _ in sents]
        return [spacy_words(self.nlp, sent) for sent in sents]


@Language.factory(
    "geomap_local_attribution",
    default_config={"parser": "spacy", "spans_key": "toponyms", "window": 3},
    assigns=["span._.speaker", "span._.speaker_mention", "span._.source"],
)
def make_local_attribution(
    nlp: Language, name: str, parser: str, spans_key: str, window: int
) -> LocalAttribution:
    """Build the ``geomap_local_attribution`` component (see :class:`LocalAttribution`)."""
    return LocalAttribution(nlp, parser=parser, spans_key=spans_key, window=window)
