"""A several years' total against the years' own levels, as the reports state them.

累计新增城镇就业5870万人 (a report on 2008–2012) against 1113万, 1102万, 1168万, 1221万
and 1266万, the new urban jobs of each of those years as the reports of 2009–2013 give
them: the total of a flow is the sum of its years. The check only ever confirms or shows:
a year's level may be revised after its first release (an economic census, the final
account), so a total that misfits the first releases is `unverifiable`, never an error.
"""

from __future__ import annotations

import re
from fractions import Fraction

from xinhong_metrics.concepts import Concept, catalog
from xinhong_metrics.errors import UnitError
from xinhong_metrics.findings import Finding, Verdict
from xinhong_metrics.intervals import Interval
from xinhong_metrics.numbers import Rounding
from xinhong_metrics.reports import ReportSet, StatedValue

__all__ = ["CUMULATIVE_ID", "cumulative_findings"]

CUMULATIVE_ID = "cumulative"

# Words of a total's name that say it is one of several years (五年全国新增城镇就业,
# 累计新增城镇就业): off, the measure's own name is left.
_SPAN_WORDS = re.compile(
    r"(?:[五十三两四六七八九]|\d{1,2})年|累计|共计|合计|全国|全省|全市|全区|全县"
)
# A flow's names say it: 新增, 新设 … A stock (余额, 企业数) summed over years is nothing.
_FLOW = re.compile(r"新增|净增|新设|新登记|新建|新开工|新引进|新认定")


def cumulative_findings(reports: ReportSet, rounding: Rounding) -> list[Finding]:
    """Each several years' total of a flow against the sum of its years' levels.

    A total is checked when every year of its span but one at most has a level of the
    same concept in some report of its entity. With all years stated, the sum's interval
    must meet the total's (consistent) or it does not (unverifiable, a revised year being
    as likely as an error); with one year missing, the finding says what the total
    implies for it.
    """
    findings: list[Finding] = []
    for loaded in reports:
        for indicator in loaded.report.indicators:
            concept = _flow_concept(indicator.concept or indicator.name)
            if concept is None:
                continue
            for value in indicator.values:
                if value.years is None or value.target or value.estimate:
                    continue
                total = StatedValue(loaded, indicator, value)
                finding = _against_years(reports, total, concept, rounding)
                if finding is not None:
                    findings.append(finding)
    return findings


def _flow_concept(name_or_id: str) -> Concept | None:
    """The catalog's flow concept a total's name (or a concept id) measures, if any."""
    known = catalog()
    concept = known.concepts.get(name_or_id) or known.match(_SPAN_WORDS.sub("", name_or_id))
    if concept is None or not any(_FLOW.search(n) for n in (concept.name, *concept.names)):
        return None
    return concept


def _against_years(
    reports: ReportSet, total: StatedValue, concept: Concept, rounding: Rounding
) -> Finding | None:
    first, last = (int(y) for y in (total.value.years or "").split("-"))
    entity = total.report.report.report.entity
    unit = total.indicator.unit
    levels: dict[int, StatedValue] = {}
    for year in range(first, last + 1):
        stated = [
            v
            for v in reports.values(entity, concept.id, year)
            if v.value.years is None and not v.value.target and not v.value.span
        ]
        if stated:
            # The year's first release: the earliest report that states it.
            levels[year] = min(stated, key=lambda v: v.report.report.report.period or 0)
    missing = [y for y in range(first, last + 1) if y not in levels]
    if len(missing) > 1 or len(levels) < 2:  # noqa: PLR2004 (a sum of one year is no test)
        return None
    try:
        parts = [levels[y].converted(unit).interval(rounding) for y in sorted(levels)]
    except UnitError:
        return None
    summed = parts[0]
    for part in parts[1:]:
        summed = summed.add(part)
    own = total.interval(rounding)
    years = "、".join(f"{y}年 {levels[y].shown} ({levels[y].report_id})" for y in sorted(levels))
    if missing:
        implied = ""
        if _bounded(own, summed):
            left = Interval(own.lo - summed.hi, own.hi - summed.lo, False, False)  # type: ignore[operator]
            implied = f", which leaves {_shown(left, total)} for it"
        verdict = Verdict.UNVERIFIABLE
        message = (
            f"no report states {missing[0]}; the other years ({years}) sum to "
            f"{_shown(summed, total)}{implied}"
        )
    elif summed.overlaps(own):
        verdict = Verdict.CONSISTENT
        message = f"the years' levels ({years}) sum to {_shown(summed, total)}: it fits"
    else:
        verdict = Verdict.UNVERIFIABLE
        message = (
            f"the years' levels as first stated ({years}) sum to {_shown(summed, total)}, "
            f"not {total.shown}; a year revised after its release would explain it, so "
            "nothing is concluded"
        )
    return Finding(
        check=CUMULATIVE_ID,
        verdict=verdict,
        entity=entity,
        report=(
            total.report_id,
            *sorted({v.report_id for v in levels.values()} - {total.report_id}),
        ),
        indicator=total.indicator.name,
        periods=tuple(sorted(levels)),
        quote=total.value.quote,
        stated=total.shown,
        recomputed=_shown(summed, total),
        message=message,
        file=str(total.report.path),
        line=total.report.text_line(total.value.offset),
        offset=total.value.offset,
    )


def _bounded(a: Interval, b: Interval) -> bool:
    return None not in (a.lo, a.hi, b.lo, b.hi)


def _shown(interval: Interval, total: StatedValue) -> str:
    """An interval in the total's own scale and unit: [5869.5, 5870.5)万人, not 58695000人."""
    scale = total.value.number().scale
    word = _SCALE_WORDS.get(scale, "")
    shown = interval.scale(Fraction(1, scale)) if word else interval
    return shown.format(unit=(word if word else "") + total.indicator.unit)


_SCALE_WORDS = {10**4: "万", 10**8: "亿", 10**12: "万亿"}
