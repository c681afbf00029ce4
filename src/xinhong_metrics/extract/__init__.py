"""Draft report files from raw report text (``xinhong-metrics extract``).

- :mod:`~xinhong_metrics.extract.metadata`: title, entity, delivery date, period and the
  plan part of a text;
- :mod:`~xinhong_metrics.extract._extractor`: the passes that turn every number into a
  value, a claim, or a number set aside with its reason.
"""

from __future__ import annotations

from xinhong_metrics.extract._extractor import (
    MAX_DENSITY,
    MAX_SENTENCE,
    Coverage,
    Draft,
    draft_file,
    draft_report,
    iter_text_files,
)
from xinhong_metrics.extract.metadata import Metadata, read_metadata

__all__ = [
    "MAX_DENSITY",
    "MAX_SENTENCE",
    "Coverage",
    "Draft",
    "Metadata",
    "draft_file",
    "draft_report",
    "iter_text_files",
    "read_metadata",
]
