"""The package's __all__ and its public names stay in sync, and load lazily."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

import xinhong_metrics


def test_all_is_sorted_and_complete() -> None:
    """Every public name is exported, resolves, and __all__ is sorted."""
    assert sorted(xinhong_metrics.__all__) == xinhong_metrics.__all__
    assert set(xinhong_metrics._EXPORTS) == set(xinhong_metrics.__all__)
    for name in xinhong_metrics.__all__:
        value = getattr(xinhong_metrics, name)
        source = getattr(value, "__wrapped__", value)
        assert source.__module__.startswith(xinhong_metrics._EXPORTS[name]), name
        if inspect.isfunction(value):
            assert value is not source, f"{name} is not wrapped by _api.public"
    assert set(xinhong_metrics.__all__) <= set(dir(xinhong_metrics))


def test_importing_the_package_loads_no_frame_library() -> None:
    """import xinhong_metrics (and the command line's --help) does not load polars or pint."""
    code = (
        "import sys, xinhong_metrics, xinhong_metrics.cli; "
        "print(sorted(m for m in ('polars', 'pint', 'pandera', 'cn2an') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert "[]" == out.strip()


def test_an_unknown_name_is_an_attribute_error() -> None:
    """A name the package does not export is an AttributeError, as for any module."""
    with pytest.raises(AttributeError, match="no_such_name"):
        xinhong_metrics.no_such_name  # noqa: B018


def test_every_module_imports_on_its_own() -> None:
    """No import cycle: each module of the package imports first, in a fresh module table.

    With the package's names loaded lazily, a user's first import may be any module
    (from xinhong_metrics.checks.points import …); a cycle would break it.
    """
    code = """
import importlib, pkgutil, sys
import xinhong_metrics
names = [
    m.name
    for m in pkgutil.walk_packages(xinhong_metrics.__path__, "xinhong_metrics.")
    if not m.name.endswith("__main__")
]
failed = []
for name in names:
    for loaded in [m for m in sys.modules if m.startswith("xinhong_metrics")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed.append(f"{name}: {exc}")
print(len(names)); print("\\n".join(failed))
"""
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    assert int(out[0]) > 40
    assert [] == [line for line in out[1:] if line]


def test_no_submodule_shadows_an_exported_name() -> None:
    """A submodule named like an exported function would replace it once imported."""
    import pkgutil

    modules = {m.name for m in pkgutil.iter_modules(xinhong_metrics.__path__)}
    assert set() == modules & set(xinhong_metrics.__all__)
