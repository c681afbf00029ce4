"""The registry of claim families: which module decides each kind of claim.

A family is a claim kind (one model class in :mod:`xinhong_metrics.claims`), its check
id, the decision and wording of one claim, how its stated figure is shown, and the frame
function that decides many such claims at once. Each module of this package that
defines ``FAMILIES`` is a family module; the engine asks the registry and never names a
kind itself, so a new claim kind is one model class and one module.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import polars as pl

from xinhong_metrics.checks._context import Context, Result
from xinhong_metrics.claims import CLAIM_KINDS

__all__ = ["Family", "families", "family"]


@dataclass(frozen=True)
class Family:
    """One claim family: a kind of claim and everything that decides it."""

    kind: str  # the claim's ``kind`` in report files
    check: str  # the check id its findings carry
    decide: Callable[[Context, Any], Result]  # one claim of this kind, worded
    stated: Callable[[Context, Any], str]  # the stated figure as the table shows it
    frame: Callable[[pl.LazyFrame], pl.LazyFrame] | None = None  # many at once, vectorised


@cache
def families() -> dict[str, Family]:
    """Every family, by claim kind, found in the modules of :mod:`xinhong_metrics.checks`.

    Raises:
        RuntimeError: when a claim kind has no family or two (a packaging error).
    """
    package = importlib.import_module("xinhong_metrics.checks")
    found: dict[str, Family] = {}
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_") or info.name == "registry":
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for fam in getattr(module, "FAMILIES", ()):
            if fam.kind in found:
                raise RuntimeError(f"claim kind {fam.kind!r} has two families")
            found[fam.kind] = fam
    missing = sorted(set(CLAIM_KINDS) - set(found))
    if missing:
        raise RuntimeError(f"no family decides {', '.join(missing)}")
    return {kind: found[kind] for kind in CLAIM_KINDS}


def family(kind: str) -> Family:
    """The family that decides claims of ``kind``."""
    return families()[kind]
