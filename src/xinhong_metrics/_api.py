"""The boundary of the public API: whatever goes wrong inside, callers see a XinhongError.

The functions exported from :mod:`xinhong_metrics` are wrapped here, so that misuse (a
string where a figure belongs, a frame without the columns a check reads, a bogus
rounding model) raises the library's own error naming the function, with the original
exception chained as its cause, instead of an AttributeError from deep inside.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from xinhong_metrics.errors import ArgumentError, UsageError, XinhongError

P = ParamSpec("P")
R = TypeVar("R")


def public(function: Callable[P, R]) -> Callable[P, R]:
    """Wrap a public function so that it raises only :class:`XinhongError` subclasses."""

    @functools.wraps(function)
    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except XinhongError:
            raise
        except (TypeError, AttributeError) as exc:
            raise ArgumentError(f"{function.__name__}(): {_first_line(exc)}") from exc
        except Exception as exc:
            raise UsageError(f"{function.__name__}(): {_first_line(exc)}") from exc

    return call


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": ")
