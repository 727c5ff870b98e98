"""The geoparser: articles in, :class:`~geomap.records.Mention` records out."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from itertools import groupby
from typing import TYPE_CHECKING, Any, cast

from spacy.language import Language
from spacy.tokens import Doc

from geomap import pieces
from geomap.doc_mentions import article_mentions, sentence_starts, span_mention
from geomap.extensions import TOPONYMS, doc_text, known_text, register_extensions
from geomap.memory_zones import WarmZones
from geomap.model_text import OffsetMap, model_text
from geomap.nlp.given_spans import aligned, gold_spans, split_at
from geomap.pieces import MODEL_BATCH_CHARS, model_batches, piece_offset, split_pieces
from geomap.records import Mention
from geomap.setting_names import Wording
from geomap.settings import Settings
from geomap.stage_records import ModelPiece

if TYPE_CHECKING:
    from geomap.gazetteer import Gazetteer
    from geomap.nlp.line_wraps import KnownWords


class Geoparser:
    """Recognise and resolve place mentions in article texts.

    Parameters
    ----------
    settings
        Model, gazetteer and options; defaults from :meth:`Settings.from_env`.
    nlp
        A ready pipeline (with geomap's components) to use instead of building one.

    Examples
    --------
    >>> gp = Geoparser()                                   # doctest: +SKIP
    >>> [m.place.name for m in gp.parse("a", "Troops left Kyiv.")]  # doctest: +SKIP
    ['Kyiv']
    """

    def __init__(
        self,
        settings: Settings | None = None,
        nlp: Language | None = None,
        wording: Wording = Wording.OPTION,
    ) -> None:
        self.settings = settings or Settings.from_env()
        #: Whose words the statuses name settings in (:mod:`geomap.setting_names`).
        self.wording = wording
        self._nlp = nlp
        #: The pipelines of languages other than English, built on first use.
        self._pipelines: dict[str, Language] = {}
        self._warm = WarmZones()  # the characters each pipeline read outside a zone
        #: The words each route's pipeline knows (model_text's hyphenated words).
        self._known: dict[str, KnownWords] = {}

    def route(self, language: str | None) -> str | None:
        """The pipeline that reads an article in ``language``, ``None`` if none does.

        An unknown language (a short text) is read as English; a language
        without a pipeline is not read (:data:`geomap.language.SUPPORTED_LANGUAGES`).
        A pipeline given to the constructor reads its own language.
        """
        from geomap.language import SUPPORTED_LANGUAGES

        if language is None or language == "en":
            return "en"
        if self._nlp is not None and language == self._nlp.lang:
            return "en"  # the given pipeline reads it
        return language if language in SUPPORTED_LANGUAGES else None

    def nlp_for(self, route: str | None) -> Language:
        """The pipeline of a :meth:`route` (``"en"`` or ``None``: the main one)."""
        if route is None or route == "en":
            return self.nlp
        if route not in self._pipelines:
            from geomap.language import language_label
            from geomap.pipeline import build_language_pipeline
            from geomap.progress import loading

            what = f"the {language_label(route)} pipeline"
            with loading(what, self.settings.progress_s):
                self._pipelines[route] = build_language_pipeline(route, self.settings)
        return self._pipelines[route]

    def memory_zone(self, route: str | None, chars: int) -> AbstractContextManager[Any]:
        """The memory zone of a batch of ``chars`` characters: none for the first ones.

        A pipeline's batches are read outside a zone until it has read
        :data:`~geomap.memory_zones.WARM_CHARS` characters: later batches need not
        make the words most articles use ("the", "said") again, nor split them again.  Each later
        batch's new words are freed after it, so memory stays flat.
        """
        key = route or "en"
        return self._warm.zone(self.nlp_for(route), key, chars)

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, built on first use."""
        if self._nlp is None:
            from geomap.pipeline import build_pipeline

            self._nlp = build_pipeline(self.settings)
        return self._nlp

    def model_info(self) -> dict[str, str]:
        """The spaCy model the pipeline was built from (loads it if needed)."""
        import spacy

        meta = self.nlp.meta
        return {
            "package": self.settings.model,
            "name": f"{meta.get('lang', '')}_{meta.get('name', '')}",
            "version": str(meta.get("version", "")),
            "spacy_version": str(spacy.__version__),
        }

    def gazetteer(self) -> Gazetteer | None:
        """The gazetteer the pipeline's components actually use (``None`` if none does)."""
        for _name, proc in self.nlp.pipeline:
            found = getattr(proc, "gazetteer", None)
            if found is not None:
                return cast("Gazetteer", found)
        return None

    def make_doc(self, article_id: str, text: str, route: str | None = None) -> Doc:
        """Tokenise an article's :func:`~geomap.model_text.model_text`.

        Whitespace runs read as one space, format characters dropped; where the
        line breaks were (``doc._.line_breaks``, for sentences) and the map back to
        ``text``'s offsets (``doc._.offset_map``) are kept on the doc.
        """
        register_extensions()
        read = model_text(text, self.known_words(route))
        doc = self.nlp_for(route).make_doc(read.text)
        known_text(doc, read.text)  # doc.text would join every token again
        doc._.article_id = article_id
        doc._.line_breaks = read.breaks
        doc._.offset_map = read.offsets.pairs()
        return doc

    def known_words(self, route: str | None = None) -> KnownWords:
        """The words a route's pipeline knows (:class:`~geomap.nlp.line_wraps.KnownWords`).

        A word hyphenated at a line's end is read whole when joined it is one of
        them (:func:`geomap.line_hyphens.soft_break`).
        """
        key = route or "en"
        if key not in self._known:
            from geomap.nlp.line_wraps import KnownWords

            self._known[key] = KnownWords.of(self.nlp_for(route))
        return self._known[key]

    def parse_docs(
        self, items: Iterable[tuple[str, str]], route: str | None = None
    ) -> Iterator[tuple[Doc, str]]:
        """Run a pipeline over ``(article_id, text)`` pairs; yield ``(doc, text)``.

        The model reads at most ``batch_size`` texts and :data:`~geomap.pieces.MODEL_BATCH_CHARS`
        characters at once (:func:`model_batches`).
        """
        nlp = self.nlp_for(route)
        for group in model_batches(items, self.settings.batch_size, MODEL_BATCH_CHARS):
            pairs = ((self.make_doc(aid, text, route), text) for aid, text in group)
            yield from nlp.pipe(pairs, as_tuples=True, batch_size=len(group))

    def route_text(self, text: str) -> str:
        """The pipeline for a text by its detected language (English if unsure or unsupported).

        A short text the detector is unsure of goes by its names (:meth:`names_language`).
        """
        from geomap.language import detect_language

        if self._nlp is not None and not self.settings.language and self._nlp.lang != "en":
            return "en"  # a given non-English pipeline reads everything
        code = self.settings.language or detect_language(text)[0] or self.names_language(text)
        return self.route(code) or "en"

    def names_language(self, text: str) -> str | None:
        """The language a short text the detector is unsure of writes its names in, if one.

        :func:`geomap.name_languages.language_of_names`: "Ostrzał: Kupiańsk." is Polish.
        """
        from geomap.language import best_guess
        from geomap.name_languages import language_of_names, short_latin

        if not short_latin(text) or (self._nlp is not None and self._nlp.lang != "en"):
            return None
        return language_of_names(text, self.gazetteer(), best_guess(text))

    def parse_many(
        self, items: Iterable[tuple[str, str]], route: str | None = None
    ) -> Iterator[list[Mention]]:
        """Yield the mentions of each ``(article_id, text)`` pair, in order.

        ``route`` names the pipeline (:meth:`route`); by default each text's
        detected language picks it (:meth:`route_text`), so a Russian article
        is read by the Russian pipeline.
        """
        if route is not None:
            yield from self._parse_route(items, route)
            return
        for key, group in groupby(items, key=lambda item: self.route_text(item[1])):
            yield from self._parse_route(group, key)

    def _parse_route(self, items: Iterable[tuple[str, str]], route: str) -> Iterator[list[Mention]]:
        """Yield the mentions of each pair, all read by one pipeline.

        An article longer than :data:`~geomap.pieces.CHUNK_CHARS` (or the model's ``max_length``)
        is parsed in pieces cut at paragraph and sentence boundaries; its
        mentions' offsets and sentence numbers are the article's.
        """
        # (start, end, last piece?) of each piece sent to the pipeline and not yet
        # back: the queue holds about one batch.
        cuts: deque[tuple[int, int, bool]] = deque()
        parts = split_pieces(items, self._chunk_limit(route), cuts, self.settings.progress_s)
        docs = self.parse_docs(parts, route)
        yield from article_mentions(
            (doc, text, *piece_offset(cuts.popleft())) for doc, text in docs
        )

    def _chunk_limit(self, route: str) -> int:
        """The longest piece of text a route's pipeline reads as one doc."""
        return min(pieces.CHUNK_CHARS, self.nlp_for(route).max_length - 1)

    def model_pieces(
        self, items: Iterable[tuple[str, str]], route: str
    ) -> Iterator[tuple[ModelPiece, ...]]:
        """The first stage of :meth:`parse_many`: each article's pieces as read by the model.

        Every component up to the model's entities runs here; the rule
        components (:data:`geomap.pipeline.RULE_PIPES`) are left to the process
        that writes (:class:`geomap.stages.RuleStage`), which finishes each piece
        from its serialised doc.  Yields one tuple of pieces per article, in order.
        """
        from geomap.pipeline import RULE_PIPES

        nlp = self.nlp_for(route)
        cuts: deque[tuple[int, int, bool]] = deque()
        found: list[ModelPiece] = []
        with nlp.select_pipes(disable=[p for p in RULE_PIPES if p in nlp.pipe_names]):
            parts = split_pieces(items, self._chunk_limit(route), cuts, self.settings.progress_s)
            for doc, _text in self.parse_docs(parts, route):
                start, end, last = cuts.popleft()
                found.append(ModelPiece(doc.to_bytes(exclude=["tensor"]), start, end, last))
                if last:
                    yield tuple(found)
                    found = []

    def parse(self, article_id: str, text: str) -> list[Mention]:
        """Return the mentions of one article."""
        return next(self.parse_many([(article_id, text)]))

    def resolve_spans(
        self, article_id: str, text: str, spans: Sequence[tuple[int, int]]
    ) -> list[Mention]:
        """Resolve given character spans (gold toponyms): one mention per span, in order.

        Recognition is skipped; the spans go straight to resolution and attribution.
        """
        route = self.route_text(text)
        doc = self.make_doc(article_id, text, route)
        given = OffsetMap(doc._.offset_map)
        size = len(doc_text(doc))
        on_doc = given.model_spans(spans, size)
        doc = split_at(doc, on_doc)  # tokens end at spans
        doc._.given_spans = True  # every span is a place name: the focus may place any
        for name, proc in self.nlp_for(route).pipeline:
            if name in ("geomap_toponyms", "geomap_local_toponyms"):
                doc.spans[TOPONYMS] = gold_spans(doc, on_doc)
            else:
                doc = proc(doc)
        by_offsets = {(s.start_char, s.end_char): s for s in doc.spans[TOPONYMS]}
        index = sentence_starts(doc)
        out: list[Mention] = []
        for (start, end), (doc_start, doc_end) in zip(spans, on_doc, strict=True):
            key = aligned(doc, doc_start, doc_end)
            span = by_offsets.get(key) if key is not None else None
            out.append(
                span_mention(doc, text, span, start, end, index, given)
                if span is not None
                else Mention(article_id, start, end, text[start:end], "", 0, None, 0.0)
            )
        return out
