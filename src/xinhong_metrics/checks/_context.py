"""What a family's decision sees of a report, and what it hands back to the engine."""

from __future__ import annotations

from dataclasses import dataclass

from xinhong_metrics.concepts import kin_below_national
from xinhong_metrics.errors import UnitError
from xinhong_metrics.files import LoadedReport
from xinhong_metrics.findings import Reading, Verdict
from xinhong_metrics.intervals import Interval
from xinhong_metrics.model import ChangeClaim, Indicator
from xinhong_metrics.numbers import Rounding, StatedNumber
from xinhong_metrics.reports import ReportSet, StatedValue

__all__ = ["Context", "Result", "against_label", "no_value", "not_comparable"]


@dataclass(frozen=True)
class Context:
    """One report being checked, the rounding model, and the reports it may lean on."""

    loaded: LoadedReport
    rounding: Rounding
    reports: ReportSet

    @property
    def entity(self) -> str:
        """The reporting entity."""
        return self.loaded.report.report.entity

    @property
    def report_id(self) -> str:
        """The id of the report being checked."""
        return self.loaded.report.report.id

    @property
    def drafted(self) -> bool:
        """Whether the report is an unreviewed draft of ``extract``."""
        return self.loaded.report.report.drafted

    def indicator(self, indicator_id: str) -> Indicator:
        """The report's indicator of that id."""
        return self.loaded.report.indicator(indicator_id)

    def number(self, indicator_id: str, period: int) -> StatedNumber | None:
        """The parsed figure stated in this report for ``period``, if any."""
        value = self.indicator(indicator_id).value_for(period)
        return None if value is None else value.number()

    def stated(self, indicator_id: str, period: int) -> StatedValue | None:
        """The value stated in this report for ``period``, with its report and indicator."""
        ind = self.indicator(indicator_id)
        value = ind.value_for(period)
        return None if value is None else StatedValue(self.loaded, ind, value)

    def interval(self, indicator_id: str, period: int, unit: str | None = None) -> Interval | None:
        """The stated value's interval, converted to ``unit`` when one is given."""
        stated = self.stated(indicator_id, period)
        if stated is not None and unit is not None:
            stated = stated.converted(unit)
        return self.level(stated)

    def level(self, stated: StatedValue | None) -> Interval | None:
        """A stated value's interval under this check's rounding model."""
        return None if stated is None else stated.interval(self.rounding)

    def prior(
        self, indicator_id: str, period: object, *, planned: bool = False
    ) -> StatedValue | None:
        """The level of ``period``: this report's own, else the report covering it, else any.

        A value of another report is converted to this report's unit (11000万元 is compared
        as 1.1亿元); one of another dimension is another indicator, whatever its id. With
        ``planned`` (the change of a plan: 拟安排…比上年减少300亿元), last year's plan in
        an earlier report is the level, when no actual is stated.
        """
        if not isinstance(period, int):
            return None
        own = self.stated(indicator_id, period)
        if own is not None:
            return own
        found = self._converted(
            self.reports.values(self.entity, indicator_id, period), indicator_id
        )
        if not found and self.entity != "全国":
            # 一般公共预算收入 in the earlier report, 区级一般公共预算收入 in this one: the
            # measure under another of its names (a link the decision will not conclude on).
            for kin in kin_below_national(self.indicator(indicator_id).concept):
                found = found or self._converted(
                    self.reports.values(self.entity, kin, period), indicator_id
                )
        if not found and self.drafted:
            # 智慧教室 last year, 智慧课堂教室 this year: a reworded name, for review.
            found = self._converted(
                self.reports.reworded(self.loaded, self.indicator(indicator_id), period),
                indicator_id,
            )
        if not found and self.drafted:
            # 地区生产总值增速: last year's growth, as last year's report states it.
            found = self._converted(
                self.reports.growth_rates(self.loaded, self.indicator(indicator_id), period),
                indicator_id,
            )
        if not found and planned:
            found = self._converted(
                self.reports.planned(self.entity, indicator_id, period), indicator_id
            )
        if not found:
            return None
        original = [v for v in found if v.report.report.report.period == period]
        return (original or found)[0]

    def planned(self, indicator_id: str, period: int) -> StatedValue | None:
        """Another report's target of this indicator for ``period``, in this report's unit.

        城镇新增就业5.5万人以上 in the plan part of the report on 2023 is the target of 2024
        that the report on 2024 says it met (完成年度目标的105.5%).
        """
        found = self._converted(
            self.reports.planned(self.entity, indicator_id, period), indicator_id
        )
        return found[-1] if found else None

    def _converted(self, values: list[StatedValue], indicator_id: str) -> list[StatedValue]:
        """Other reports' values, in this report's unit; those of another dimension left out."""
        unit = self.indicator(indicator_id).unit
        found = []
        for v in values:
            if v.report_id == self.report_id:
                continue
            try:
                found.append(v.converted(unit))
            except UnitError:
                continue
        return found

    def figure_with_unit(self, indicator_id: str, period: int) -> str:
        """The figure as written with its unit (2.7万人), or empty when none is stated."""
        ind = self.indicator(indicator_id)
        value = ind.value_for(period)
        return "" if value is None else f"{value.figure}{ind.unit}"


@dataclass(frozen=True)
class Result:
    """A family's decision on one claim, before the engine attaches file, line and quote."""

    check: str
    indicator: str
    verdict: Verdict
    recomputed: str
    message: str
    readings: tuple[Reading, ...] = ()
    reports: tuple[str, ...] = ()  # other reports the finding rests on


def against_label(claim: ChangeClaim) -> str:
    """The baseline as a reader says it: 2019年, or the named baseline as written."""
    return f"{claim.against}年" if isinstance(claim.against, int) else str(claim.against)


def no_value(check: str, ind: Indicator, period: int) -> Result:
    """The result for a claim whose own level is not stated."""
    message = f"no figure for {ind.name} is stated for {period}"
    return Result(check, ind.name, Verdict.UNVERIFIABLE, "no value stated", message)


def not_comparable(
    check: str,
    ind: Indicator,
    claim: ChangeClaim,
    where: str,
    reason: str,
    reports: tuple[str, ...],
) -> Result:
    """The result for a change whose two levels may not be compared, with the reason."""
    recomputed = f"{against_label(claim)} {where}"
    message = f"not comparable: {reason}"
    return Result(check, ind.name, Verdict.NOT_COMPARABLE, recomputed, message, reports=reports)
