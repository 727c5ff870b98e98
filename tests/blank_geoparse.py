"""A blank English pipeline that labels names as the small model might, over a tiny gazetteer.

GAZ = TinyGazetteer("geomap.test_x_gazetteer.v1", [place("1", "Kyiv", "city", "UA", 3_000_000)])
doc = GAZ.nlp([("Kyiv", "GPE")])("Rain in Kyiv.")   # "Kyiv" labelled GPE, then geoparsed
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from geomap.extensions import TOPONYMS, register_extensions
from geomap.gazetteer import Gazetteer
from geomap.nlp import recognizer, resolver  # noqa: F401  (register factories)
from geomap.records import Mention, Place


def place(
    pid: str,
    name: str,
    ftype: str,
    cc: str,
    pop: int,
    code: str = "",
    lon: float = 30.0,
    lat: float = 45.0,
) -> Place:
    """A gazetteer entry with only what recognition and resolution read."""
    return Place(pid, name, ftype, cc, None, pop, lon, lat, "test", feature_code=code)


class TinyGazetteer:
    """``places`` as a gazetteer registered under ``name`` in spaCy's misc registry.

    Calling it returns the :class:`~geomap.gazetteer.Gazetteer` (built once), with
    ``demonyms`` (demonym -> place id) and ``other_names`` (``(name, place id, match)``,
    match ``"alternate"`` or ``"exonym"``) and ``aliases`` (alias -> place id) when given.
    """

    def __init__(
        self,
        name: str,
        places: list[Place],
        demonyms: dict[str, str] | None = None,
        other_names: tuple[tuple[str, str, str], ...] = (),
        aliases: dict[str, str] | None = None,
    ) -> None:
        self.places = places
        self.aliases = aliases
        self.demonyms = demonyms
        self.other_names = other_names
        self.ref = {"@misc": name}
        self._built: list[Gazetteer] = []

        def make() -> Gazetteer:
            return self()

        registry.misc(name)(make)

    def __call__(self) -> Gazetteer:
        if not self._built:
            self._built.append(
                Gazetteer.from_places(
                    self.places,
                    demonyms=self.demonyms,
                    other_names=self.other_names,
                    aliases=self.aliases,
                )
            )
        return self._built[0]

    def nlp(self, patterns: list[tuple[str, str]]) -> Language:
        """``spacy.blank("en")``, sentences, an entity ruler labelling ``(text, label)``
        patterns, and geomap's recogniser and resolver over this gazetteer."""
        register_extensions()
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        if patterns:
            ruler = nlp.add_pipe("entity_ruler")
            ruler.add_patterns([{"label": lab, "pattern": text} for text, lab in patterns])  # type: ignore[attr-defined]
        nlp.add_pipe("geomap_toponyms", config={"gazetteer": self.ref})
        nlp.add_pipe("geomap_resolver", config={"gazetteer": self.ref})
        return nlp

    def resolve_named(self, text: str, names: list[str]) -> list[Mention]:
        """Resolve every occurrence of ``names`` in ``text`` as given spans (no recognition)."""
        from geomap.geoparser import Geoparser
        from geomap.settings import Settings

        gp = Geoparser(Settings(), nlp=self.nlp([]))
        spans = sorted(
            (m.start(), m.end()) for name in set(names) for m in re.finditer(re.escape(name), text)
        )
        return gp.resolve_spans("t", text, spans)


def found_toponyms(nlp: Language, text: str, pos: dict[str, str] | None = None) -> list[str]:
    """The toponyms' texts of ``text`` through a blank pipeline's components.

    ``pos`` sets the part of speech of words (a blank pipeline has none); other
    words are PROPN when title-cased, else X.
    """
    doc = nlp.make_doc(text)
    for tok in doc:
        tok.pos_ = (pos or {}).get(tok.text, "PROPN" if tok.is_title else "X")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [s.text for s in doc.spans[TOPONYMS]]


def line_toponyms(nlp: Language, text: str) -> list[str]:
    """The toponyms of ``text`` read as an article is, its line breaks kept on the doc.

    The text goes through :func:`geomap.model_text.model_text` (``doc._.line_breaks``
    tells a headline line); words' parts of speech as in :func:`found_toponyms`.
    """
    from geomap.model_text import model_text

    read = model_text(text)
    doc = nlp.make_doc(read.text)
    doc._.line_breaks = read.breaks
    for tok in doc:
        tok.pos_ = "PROPN" if tok.is_title else "X"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [s.text for s in doc.spans[TOPONYMS]]


def toponyms(nlp: Language, text: str) -> list[str]:
    """The toponyms' texts of ``text`` through the whole pipeline."""
    doc = nlp(text)  # kept: a span group needs its doc alive
    return [s.text for s in doc.spans[TOPONYMS]]


def placed(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """Each toponym of ``text`` with the ``place_id`` it resolved to (or ``None``)."""
    doc = nlp(text)
    return [(s.text, s._.place.place_id if s._.place else None) for s in doc.spans[TOPONYMS]]


#: One parsed token: word, head index, dependency, part of speech, lemma.
Row = tuple[str, int, str, str, str]


def parsed_toponyms(nlp: Language, rows: list[Row]) -> list[str]:
    """The toponyms of a doc parsed by hand (its sentences are the parse's)."""
    doc = Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
    )
    for name, proc in nlp.pipeline:
        if name != "sentencizer":
            doc = proc(doc)
    return [s.text for s in doc.spans[TOPONYMS]]
