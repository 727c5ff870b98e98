"""Two stages of one parse: the model in a worker, geomap's rules beside the writers.

With one parsing process (``--workers 1`` on Linux), the process that reads the
inputs and writes the outputs waits most of the time while the worker runs the
model.  Once the pool's queue is full (a run of more than a few batches: a short
one never builds the rules), the worker stops after the model's own components
(:meth:`geomap.geoparser.Geoparser.model_pieces`) and sends each article as it was
read: its pieces' docs, serialised (:class:`ModelRead`).  Here, in the process
that writes, a blank pipeline with geomap's rule components
(:data:`geomap.pipeline.RULE_PIPES`: recognition rules, resolution, attribution)
finishes them (:class:`RuleStage`).  The components and their order are those of
the one-process pipeline, so the records are the same; the model's work and
geomap's run on two cores at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from geomap.records import Article, ArticleResult, InputStatus, Mention
from geomap.settings import Settings
from geomap.stage_records import ModelRead


class RuleStage:
    """geomap's rule components over a blank pipeline, finishing :class:`ModelRead` articles.

    Parameters
    ----------
    settings
        The run's settings (gazetteer, options), as the workers have them.
    lang
        The language of the worker's model (its vocabulary's rules).
    """

    def __init__(self, settings: Settings, lang: str = "en") -> None:
        import spacy

        from geomap.entry_points import skip_empty_entry_points
        from geomap.memory_zones import WarmZones
        from geomap.pipeline import add_rule_components

        skip_empty_entry_points()  # every doc restored reads srsly's msgpack registries
        self.nlp = add_rule_components(spacy.blank(lang), settings)
        self._warm = WarmZones()

    def finish(
        self, articles: Sequence[Article], results: Sequence[Any]
    ) -> list[ArticleResult | InputStatus]:
        """A batch's results (one per article, in order) with each :class:`ModelRead` finished.

        An article whose rules fail is reported as failed, as in a worker
        (:func:`geomap.batches.failed_status`); a broken gazetteer stops the run.
        """
        from geomap.batches import or_failed

        out: list[ArticleResult | InputStatus] = []
        chars = sum(
            len(a.text) for a, r in zip(articles, results, strict=True) if isinstance(r, ModelRead)
        )
        with self._warm.zone(self.nlp, "en", chars):
            for article, item in zip(articles, results, strict=True):
                if isinstance(item, ModelRead):
                    item = or_failed(article, self._result, article, item)
                out.append(item)
        return out

    def _result(self, article: Article, read: ModelRead) -> ArticleResult:
        """The article's records from its pieces (:meth:`mentions`)."""
        from geomap.batches import article_result

        return article_result(article, self.mentions(article.text, read))

    def mentions(self, text: str, read: ModelRead) -> list[Mention]:
        """The mentions of an article (``text``) from its pieces as the model read them."""
        from spacy.tokens import Doc

        from geomap.doc_mentions import article_mentions

        vocab = self.nlp.vocab
        docs = (
            (self._run(Doc(vocab).from_bytes(p.doc)), text[p.start : p.end], p.start, p.last)
            for p in read.pieces
        )
        return next(article_mentions(docs))

    def _run(self, doc: Any) -> Any:
        for _name, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc
