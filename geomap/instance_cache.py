"""Caches that live with the object they serve, never past it.

``functools.lru_cache`` on a method (or on a function taking a gazetteer) keys
its entries by the object, so one process-wide cache holds every gazetteer it
ever saw, and its SQLite connection and frames, until the process ends.
:func:`per_instance` gives each instance its own bounded cache, kept in the
instance; :func:`per_first_argument` keeps one per first argument in a
:class:`weakref.WeakKeyDictionary`.  Either way the cache goes when its object
does.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from functools import lru_cache, update_wrapper
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


def _weakly_bound(func: Callable[..., R], obj: Any) -> Callable[..., R]:
    """``func`` with ``obj`` as its first argument, referred to weakly.

    A strong reference would keep ``obj`` alive from its own cache (a weak-key
    dictionary's value) or make a cycle only the garbage collector frees.  The
    caller holds ``obj`` while it calls, so the reference is alive then.
    """
    ref = weakref.ref(obj)

    def bound(*args: Any, **kwargs: Any) -> R:
        return func(ref(), *args, **kwargs)

    return bound


class _PerInstance:
    """A non-data descriptor: the first access on an instance stores its own cache there."""

    def __init__(self, func: Callable[..., Any], maxsize: int | None) -> None:
        self.func = func
        self.maxsize = maxsize
        self.name = func.__name__
        update_wrapper(self, func)  # type: ignore[arg-type]

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        cached = lru_cache(maxsize=self.maxsize)(_weakly_bound(self.func, obj))
        obj.__dict__[self.name] = cached  # later look-ups find it before the descriptor
        return cached


def per_instance(maxsize: int | None = 128) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Cache a method's results per instance (at most ``maxsize`` entries each).

    Parameters
    ----------
    maxsize
        The bound of each instance's cache (``None``: unbounded).

    Returns
    -------
    Callable
        A decorator for methods of classes whose instances have a ``__dict__``.
    """

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        return cast(Callable[P, R], _PerInstance(func, maxsize))

    return decorate


def per_first_argument(
    maxsize: int | None = 128,
) -> Callable[[Callable[Concatenate[T, P], R]], Callable[Concatenate[T, P], R]]:
    """Cache a function's results per first argument, held weakly.

    An object that cannot be referred to weakly is not cached at all.

    Parameters
    ----------
    maxsize
        The bound of each first argument's cache (``None``: unbounded).

    Returns
    -------
    Callable
        A decorator for functions whose first argument is the object served.
    """

    def decorate(func: Callable[Concatenate[T, P], R]) -> Callable[Concatenate[T, P], R]:
        caches: weakref.WeakKeyDictionary[Any, Callable[..., R]] = weakref.WeakKeyDictionary()
        lock = threading.Lock()

        def wrapper(first: T, *args: P.args, **kwargs: P.kwargs) -> R:
            try:
                cached = caches.get(first)
            except TypeError:  # not weakly referable (or unhashable): no cache
                return func(first, *args, **kwargs)
            if cached is None:
                with lock:
                    cached = caches.get(first)
                    if cached is None:
                        bound = _weakly_bound(func, first)
                        cached = cast(Callable[..., R], lru_cache(maxsize=maxsize)(bound))
                        caches[first] = cached
            return cached(*args, **kwargs)

        return update_wrapper(wrapper, func)

    return decorate
