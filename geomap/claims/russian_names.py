"""A Russian person's name read with natasha's morphology: a name, its nominative, its readings.

Moved from :mod:`geomap.claims.local_frames`: each binds a function of
:mod:`geomap.claims.name_cases` to natasha's vocabulary, loaded on first use.
"""

from __future__ import annotations


def russian_name(name: str) -> bool:
    """Whether every word of ``name`` is a Russian person's name in the nominative."""
    from geomap import natasha_models
    from geomap.claims.name_cases import is_name

    return is_name(name, natasha_models.syntax_models()[1])


def russian_nominative(name: str) -> str:
    """A Russian person's name in the nominative (:mod:`geomap.claims.name_cases`)."""
    from geomap import natasha_models
    from geomap.claims.name_cases import nominative

    return nominative(name, natasha_models.syntax_models()[1])


def russian_readings(name: str) -> set[str]:
    """The nominatives a Russian name may stand for in an oblique case."""
    from geomap import natasha_models
    from geomap.claims.name_cases import oblique_nominatives

    return oblique_nominatives(name, natasha_models.syntax_models()[1])


def russian_body_nominative(name: str) -> str:
    """A Russian body's name in the nominative (:mod:`geomap.claims.body_cases`)."""
    from geomap import natasha_models
    from geomap.claims.body_cases import body_nominative

    return body_nominative(name, natasha_models.syntax_models()[1])
