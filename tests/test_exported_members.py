"""The package's __all__ and its public names stay in sync."""

from __future__ import annotations

import xinhong_metrics


def test_all_is_sorted_and_complete() -> None:
    """Every public name is exported, and __all__ is sorted."""
    public = {
        name
        for name, value in vars(xinhong_metrics).items()
        if not name.startswith("_")
        and getattr(value, "__module__", "").startswith("xinhong_metrics")
    }
    assert sorted(xinhong_metrics.__all__) == xinhong_metrics.__all__
    assert public == set(xinhong_metrics.__all__)
