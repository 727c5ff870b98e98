"""A hypothesis strategy for JSON values, shared by the streamed writers' tests."""

from __future__ import annotations

from hypothesis import strategies as st


def json_values(max_size: int, max_leaves: int) -> st.SearchStrategy[object]:
    """Nested JSON values: scalars, lists and string-keyed objects of ``max_size`` items."""
    return st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(),
        lambda inner: (
            st.lists(inner, max_size=max_size)
            | st.dictionaries(st.text(), inner, max_size=max_size)
        ),
        max_leaves=max_leaves,
    )
