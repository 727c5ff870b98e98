"""Records that pass between the stages of a run, not written to any output.

:class:`ModelPiece` and :class:`ModelRead` carry what the model read from a
worker to :class:`geomap.stages.RuleStage`; :class:`Reused` carries an article a
previous run parsed (:mod:`geomap.reuse`) through the parsers untouched.
"""

from __future__ import annotations

from dataclasses import dataclass

from geomap.records import Article, ArticleResult


@dataclass(frozen=True)
class ModelPiece:
    """A piece of an article as the model read it: its serialised doc and where it lies."""

    doc: bytes
    start: int
    end: int
    last: bool


@dataclass(frozen=True)
class ModelRead:
    """An article the model has read, for :class:`geomap.stages.RuleStage` to finish."""

    pieces: tuple[ModelPiece, ...]


@dataclass(frozen=True, slots=True)
class Reused:
    """An article whose records a previous run parsed (:mod:`geomap.reuse`).

    It passes through the parsers as a read status does, untouched, in its place
    in the input order.
    """

    result: ArticleResult
    article: Article
