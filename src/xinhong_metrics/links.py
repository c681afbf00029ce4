"""Which values a report set links across reports, and which it keeps apart, and why.

A user sees the links before trusting a cross-year verdict (``xinhong-metrics links``).
"""

from __future__ import annotations

import polars as pl

from xinhong_metrics.concepts import catalog, linkable_name, specific_name
from xinhong_metrics.reports import ReportSet, StatedValue, written_figure
from xinhong_metrics.units import RANK_UNIT

__all__ = ["LINK_COLUMNS", "links_frame"]

# A link needs values from at least two reports.
_PAIR = 2

LINK_COLUMNS = ("entity", "indicator", "linked_by", "period", "figure", "report", "quote")
_KEPT_APART = {"target": "a target (plan part): never linked with an actual"}


def links_frame(reports: ReportSet) -> pl.DataFrame:
    """One row per value that links with another report's value, then the values kept apart.

    Args:
        reports: the report set.

    Returns:
        A frame with :data:`LINK_COLUMNS`. ``linked_by`` is ``concept gdp`` or ``id gdp``
        for a linked value, or ``kept apart: <reason>`` for a value the set does not link.
    """
    rows: list[dict[str, object]] = []
    for entity in reports.entities():
        for indicator_id in reports.indicator_ids(entity):
            stated = [
                v
                for p in reports.periods(entity, indicator_id)
                for v in reports.values(entity, indicator_id, p)
            ]
            if len({v.report_id for v in stated}) < _PAIR:
                continue  # one report alone links nothing
            for value in stated:
                concept = value.indicator.concept
                drafted = value.report.report.report.drafted
                by = f"concept {concept}" if concept else f"id {indicator_id}"
                if not concept and drafted:
                    # As the cross-year decision has it: a specific name concludes.
                    verdict = (
                        "a misfit is an error"
                        if specific_name(value.indicator.name)
                        else "a misfit is for review"
                    )
                    by = f"name {value.indicator.name} (no concept: {verdict})"
                rows.append(
                    {
                        "entity": entity,
                        "indicator": value.indicator.name,
                        "linked_by": by,
                        "period": value.value.period,
                        "figure": value.shown,
                        "report": value.report_id,
                        "quote": value.value.quote,
                    }
                )
    rows.extend(_reworded_rows(reports))
    for loaded in reports:
        meta = loaded.report.report
        for indicator in loaded.report.indicators:
            # A rank (进出口总额世界位次) holds its measure's name and is no part of it.
            ranked = indicator.unit == RANK_UNIT
            near = _kept_apart_by_name(indicator.name) if meta.drafted and not ranked else None
            if indicator.concept is None and near is not None:
                # 交通固定资产投资: a part or another scope of a concept, never linked to it.
                rows.extend(
                    {
                        "entity": meta.entity,
                        "indicator": indicator.name,
                        "linked_by": f"kept apart: {near}",
                        "period": value.period,
                        "figure": written_figure(value.figure, indicator.unit),
                        "report": meta.id,
                        "quote": value.quote,
                    }
                    for value in indicator.values
                    if not value.target
                )
            # A target of a concept is the look-alike of next year's actual, and a figure of
            # a several-year review the look-alike of its last year's level: listed. Others,
            # and drafted indicators without a concept, are only counted.
            if indicator.concept is None and not _curated_id_elsewhere(reports, indicator.id):
                continue
            for apart in (v for v in indicator.values if v.target or v.years):
                why = (
                    _KEPT_APART["target"]
                    if apart.target
                    else f"stated for the years {apart.years}: no one year's level"
                )
                rows.append(
                    {
                        "entity": meta.entity,
                        "indicator": indicator.name,
                        "linked_by": f"kept apart: {why}",
                        "period": apart.period,
                        "figure": written_figure(apart.figure, indicator.unit),
                        "report": meta.id,
                        "quote": apart.quote,
                    }
                )
    schema = dict.fromkeys(LINK_COLUMNS, pl.String) | {"period": pl.Int64}
    return pl.DataFrame(rows, schema=schema)


def _reworded_rows(reports: ReportSet) -> list[dict[str, object]]:
    """The values a check links under a reworded name (智慧教室, then 智慧课堂教室): for review.

    As the checks have it: a drafted indicator with no value of the year before under its
    own id, and one name of another report's that rewords its own.
    """
    rows: list[dict[str, object]] = []
    for loaded in reports:
        entity = loaded.report.report.entity
        for indicator in loaded.report.indicators:
            for value in (v for v in indicator.values if not v.target and not v.years):
                earlier = reports.reworded_apart(loaded, indicator, value.period - 1)
                if not earlier:
                    continue
                by = (
                    f"reworded name: {earlier[0].indicator.name} and {indicator.name} "
                    "(a link for review)"
                )
                later = StatedValue(loaded, indicator, value)
                rows.extend(
                    {
                        "entity": entity,
                        "indicator": v.indicator.name,
                        "linked_by": by,
                        "period": v.value.period,
                        "figure": v.shown,
                        "report": v.report_id,
                        "quote": v.value.quote,
                    }
                    for v in (earlier[0], later)
                )
    return rows


def _kept_apart_by_name(name: str) -> str | None:
    """Why a drafted name that holds a concept's name is not that concept, if it is so."""
    found = catalog().near(name)
    if found is None:
        return None
    concept, words = found
    return f"{words} makes it a part or another scope of {concept.name} (concept {concept.id})"


def unlinked_drafted(reports: ReportSet) -> int:
    """How many drafted indicators link nothing until reviewed.

    They carry no concept, and no name specific enough to link by (see
    :func:`xinhong_metrics.concepts.linkable_name`).
    """
    return sum(
        1
        for loaded in reports
        if loaded.report.report.drafted
        for indicator in loaded.report.indicators
        if indicator.concept is None and not linkable_name(indicator.name, indicator.unit)
    )


def _curated_id_elsewhere(reports: ReportSet, indicator_id: str) -> bool:
    return any(
        not loaded.report.report.drafted
        and any(i.id == indicator_id for i in loaded.report.indicators)
        for loaded in reports
    )
