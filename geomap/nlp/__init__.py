"""spaCy side of geomap: extensions, recognition and resolution components, the geoparser.

Importing this package registers nothing; :func:`geomap.extensions.register_extensions`
and the component modules are imported by :func:`geomap.pipeline.build_pipeline`, or by
spaCy through the ``spacy_factories`` entry points.
"""
