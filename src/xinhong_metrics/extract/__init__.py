"""Draft report files from raw report text (``xinhong-metrics extract``).

- :mod:`~xinhong_metrics.extract.metadata`: title, entity, delivery date, period and the
  plan part of a text;
- :mod:`~xinhong_metrics.extract.patterns`: every pattern and word list, with its reason;
- ``_state`` (the text index and character use), ``_values``, ``_changes`` and
  ``_relations`` (the passes that turn every number into a value, a claim, or a number
  set aside with its reason), ``_review`` (ids, review marks, quotes as published);
- :mod:`~xinhong_metrics.extract.draft`: :func:`draft_report` and :func:`draft_file`.
"""

from __future__ import annotations

from xinhong_metrics.extract._text import MAX_DENSITY, MAX_SENTENCE
from xinhong_metrics.extract.draft import (
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
