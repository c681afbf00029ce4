"""A set of reports, indexed by entity, indicator and period, for work across report years."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from xinhong_metrics.claims import RelativeChange
from xinhong_metrics.concepts import catalog, linkable_name, name_key, reworded
from xinhong_metrics.errors import ReportFileError
from xinhong_metrics.files import LoadedReport, find_report_files, load_report
from xinhong_metrics.intervals import Interval
from xinhong_metrics.model import Indicator, Value
from xinhong_metrics.numbers import Rounding, StatedNumber, growth_figure
from xinhong_metrics.units import RANK_UNIT, conversion_factor, counts_whole

__all__ = ["ReportSet", "StatedValue", "load_reports", "namesakes", "written_figure"]


def level_interval(number: StatedNumber, unit: str, rounding: Rounding, name: str = "") -> Interval:
    """The values a stated level allows: the one rule every check, frame and history uses.

    A count written in full is exact when its unit counts whole things and its name is no
    rate or average (147起 is 147; 日均办件量46件 is not); everything else is an interval
    under the rounding model, with its qualifier (逾500, 近2万) setting the ends. See
    :attr:`StatedNumber.is_exact_count` and :func:`xinhong_metrics.units.counts_whole`.
    """
    return number.interval(rounding, exact=counts_whole(unit, name))


# Qualifiers written after the unit (5.5万人以上, 6.8%左右): shown there again.
_TRAILING_QUALIFIERS = ("以上", "以下", "以内", "左右")


def written_figure(figure: str, unit: str) -> str:
    """A figure with its unit as a report writes it: 5.8亿元, and a rank as 第五位."""
    return f"第{figure}位" if unit == RANK_UNIT else f"{figure}{unit}"


@dataclass(frozen=True)
class StatedValue:
    """One value of one indicator, as one report stated it.

    Attributes:
        report: the report that stated it.
        indicator: the indicator, as that report declares it.
        value: the value, with its quote, scope, span and estimate flag.
    """

    report: LoadedReport
    indicator: Indicator
    value: Value
    unit: str | None = None

    @property
    def report_id(self) -> str:
        """The id of the stating report."""
        return self.report.report.report.id

    @property
    def shown(self) -> str:
        """The figure with its own unit, as the report wrote it: ``11000万元``, ``5.5万人以上``."""
        figure = self.value.figure
        if self.indicator.unit == RANK_UNIT:
            return written_figure(figure, RANK_UNIT)
        for word in _TRAILING_QUALIFIERS:
            if figure.endswith(word):
                return f"{figure.removesuffix(word)}{self.indicator.unit}{word}"
        return f"{figure}{self.indicator.unit}"

    def interval(self, rounding: Rounding) -> Interval:
        """The values the figure allows: exact for a count written in full, else rounded.

        In the indicator's own unit, or in ``unit`` when this value was converted.
        """
        words = self.indicator.name + self.value.quote  # 每千人口拥有3岁以下…托位数4个
        own = level_interval(self.value.number(), self.indicator.unit, rounding, words)
        if self.unit is None or self.unit == self.indicator.unit:
            return own
        return own.scale(conversion_factor(self.indicator.unit, self.unit))

    def converted(self, unit: str) -> StatedValue:
        """This value, compared in ``unit`` (亿元 as 万元).

        Raises:
            UnitError: when ``unit`` measures another dimension.
        """
        conversion_factor(self.indicator.unit, unit)
        return StatedValue(self.report, self.indicator, self.value, unit)

    def point(self) -> Fraction:
        """The figure as printed, in the compared unit."""
        value = self.value.number().value
        if self.unit is None or self.unit == self.indicator.unit:
            return value
        return value * conversion_factor(self.indicator.unit, self.unit)


class ReportSet:
    """Reports keyed by entity, indicator id and period.

    Indicators link across reports by the stable id each report file declares, never by
    name: 区本级财力 and 区本级收入 are different ids and never meet. Targets are
    indexed apart (a target is never an actual; a plan's change is against last year's
    plan), and a drafted report's indicators take part
    only when they carry a catalog concept.
    """

    def __init__(self, reports: Iterable[LoadedReport]) -> None:
        """Index the reports.

        Raises:
            ReportFileError: when two files declare the same report id.
        """
        self._reports: list[LoadedReport] = []
        self._values: dict[tuple[str, str, int], list[StatedValue]] = defaultdict(list)
        self._planned: dict[tuple[str, str, int], list[StatedValue]] = defaultdict(list)
        self._named: dict[tuple[str, int], list[StatedValue]] | None = None
        seen: dict[str, Path] = {}
        reports = list(reports)
        self._series = _series_of({r.report.report.entity for r in reports})
        for loaded in reports:
            meta = loaded.report.report
            if meta.id in seen:
                raise ReportFileError(
                    f"report id {meta.id!r} is also declared by {seen[meta.id]}",
                    file=str(loaded.path),
                    line=loaded.line_of(("report", "id")),
                    field="report.id",
                )
            seen[meta.id] = loaded.path
            self._reports.append(loaded)
            for ind in loaded.report.indicators:
                if meta.drafted and ind.concept is None and not linkable_name(ind.name, ind.unit):
                    # A drafted id is a guess: it links nothing across reports, unless its
                    # name is a measure's, specific enough to be the same in every year.
                    continue
                for value in ind.values:
                    if value.years is not None:
                        continue  # 五年来…: stated for several years, no one year's level
                    key = (self.series(meta.entity), ind.id, value.period)
                    # A target is never another report's actual: plans are kept apart.
                    index = self._planned if value.target else self._values
                    index[key].append(StatedValue(loaded, ind, value))

    def __iter__(self) -> Iterator[LoadedReport]:
        return iter(self._reports)

    def __len__(self) -> int:
        return len(self._reports)

    def series(self, entity: str) -> str:
        """The series an entity's reports belong to: itself, or the one qualified name of it.

        新虹街道 and 闵行区新虹街道 in one set are one series; 城东街道 beside both 海曙区城东
        街道 and 椒江区城东街道 is neither, and stays its own.
        """
        return self._series.get(entity, entity)

    def values(self, entity: str, indicator_id: str, period: int) -> list[StatedValue]:
        """Every statement of this indicator's value for this period, in load order."""
        return list(self._values.get((self.series(entity), indicator_id, period), []))

    def planned(self, entity: str, indicator_id: str, period: int) -> list[StatedValue]:
        """Every planned figure (a target, 拟安排) of this indicator for this period."""
        return list(self._planned.get((self.series(entity), indicator_id, period), []))

    def periods(self, entity: str, indicator_id: str) -> list[int]:
        """The periods for which any report states this indicator, sorted."""
        series = self.series(entity)
        return sorted({p for (e, i, p) in self._values if e == series and i == indicator_id})

    def entities(self) -> list[str]:
        """The reporting entities, sorted."""
        return sorted({r.report.report.entity for r in self._reports})

    def indicator_ids(self, entity: str | None = None) -> list[str]:
        """The indicator ids stated by any report (of one entity), sorted."""
        series = None if entity is None else self.series(entity)
        return sorted({i for (e, i, _) in self._values if series is None or e == series})

    def reworded(
        self, loaded: LoadedReport, indicator: Indicator, period: int
    ) -> list[StatedValue]:
        """Another report's values of ``period`` under the one name that rewords this one.

        A drafted name with no concept and no value of ``period`` under its own id may be
        last year's name reworded (智慧教室, then 智慧课堂教室). The link is made only
        when it is the only one either way: one indicator of the other reports rewords
        it, neither report states the other's name itself, and no other name of this
        report rewords that one. Empty when there is no such link, and for an
        indicator stated by its change alone (nothing to compare). A check on it
        concludes nothing until a person reviews it (see the engine).
        """
        if not loaded.report.report.drafted or indicator.concept is not None:
            return []
        if not any(not v.target for v in indicator.values):
            return []  # known only by its change: a guessed link would decide nothing
        own_id = loaded.report.report.id
        if self._named is None:
            self._named = defaultdict(list)
            for (series, _, at), values in self._values.items():
                for v in values:
                    if v.report.report.report.drafted and v.indicator.concept is None:
                        self._named[(series, at)].append(v)
        series = self.series(loaded.report.report.entity)
        found = [
            v
            for v in self._named.get((series, period), [])
            if v.report_id != own_id and reworded(indicator.name, v.indicator.name)
        ]
        if len({v.indicator.id for v in found}) != 1:
            return []
        other = found[0]
        own_keys = {name_key(i.name) for i in loaded.report.indicators if i.id != indicator.id}
        their_keys = {name_key(i.name) for i in other.report.report.indicators}
        if name_key(other.indicator.name) in own_keys or name_key(indicator.name) in their_keys:
            return []
        rivals = [
            i
            for i in loaded.report.indicators
            if i.id != indicator.id and i.concept is None and reworded(i.name, other.indicator.name)
        ]
        return [] if rivals else found

    def reworded_apart(
        self, loaded: LoadedReport, indicator: Indicator, period: int
    ) -> list[StatedValue]:
        """As :meth:`reworded`, for a value no other report states under the indicator's id.

        What a report set shows as reworded links (``links``, restatements): a value that
        links by its id links so, and is no rewording.
        """
        entity, own = loaded.report.report.entity, loaded.report.report.id
        if any(v.report_id != own for v in self.values(entity, indicator.id, period)):
            return []
        return self.reworded(loaded, indicator, period)

    def growth_rates(
        self, loaded: LoadedReport, indicator: Indicator, period: int
    ) -> list[StatedValue]:
        """Another report's growth of ``period`` of the measure a growth rate is named for.

        地区生产总值增速 (增长5.6%，增速比上年回落0.2个百分点, drafted so) has last year's
        value in the growth last year's report states: 地区生产总值…增长5.8%, a change on
        the measure (its concept, or its name) of that year against the one before, tied
        plainly to it or naming the measure in its own words. Empty when no report, or
        more than one figure, gives it.
        """
        if not indicator.name.endswith("增速") or indicator.unit != "%":
            return []
        measure = indicator.name.removesuffix("增速")
        concept = catalog().match(measure)
        key = name_key(measure)
        series = self.series(loaded.report.report.entity)
        found: list[StatedValue] = []
        for other in self._reports:
            if other is loaded or self.series(other.report.report.entity) != series:
                continue
            ids = {
                i.id
                for i in other.report.indicators
                if (concept is not None and i.concept == concept.id) or name_key(i.name) == key
            }
            for claim in other.report.claims:
                if (
                    isinstance(claim, RelativeChange)
                    and claim.indicator in ids
                    and claim.period == period
                    and claim.against == period - 1
                    and (not claim.review or _measure_named_in(key, claim.quote))
                    and claim.scope is None
                ):
                    level = other.report.indicator(claim.indicator).value_for(period)
                    value = _growth_value(claim, level.span if level else claim.span)
                    if value is not None:
                        found.append(StatedValue(other, _growth_of(indicator, value), value))
        return found if len({v.value.figure for v in found}) == 1 else []

    def restated(self) -> list[list[StatedValue]]:
        """Groups of statements of one indicator and period by more than one report."""
        return [group for group in self._values.values() if len({v.report_id for v in group}) > 1]


def _measure_named_in(key: str, quote: str) -> bool:
    """Whether a growth's quote names the measure itself, with no list to share it.

    全市固定资产投资增长4.6% (a change with no level, drafted for review) is plainly the
    measure's growth; …、…分别增长… or one after a 其中 may be another's.
    """
    return key in name_key(quote) and not any(w in quote for w in ("、", "分别", "其中", "和"))


def _growth_value(claim: RelativeChange, span: str | None) -> Value | None:
    """A stated growth (增长5.8%, 下降2.1%) as a value in %, or ``None`` for a bound.

    Of the part of the year its level has (``span``), as the growth is.
    """
    figure = growth_figure(claim.stated)
    if figure is None:
        return None
    return Value(
        period=claim.period,
        figure=figure,
        quote=claim.quote,
        offset=claim.offset,
        span=span,
        estimate="预计" in claim.quote,
    )


def _growth_of(indicator: Indicator, value: Value) -> Indicator:
    """The growth-rate indicator as the other report would have drafted it, with ``value``."""
    return Indicator(id=indicator.id, name=indicator.name, unit="%", values=[value])


# A drafted id of a name stated again as another figure in the same report: n-f4798ef1-2.
_AGAIN = re.compile(r"(n-[0-9a-f]+)-\d+")


def _first_of(indicator_id: str) -> str:
    again = _AGAIN.fullmatch(indicator_id)
    return again.group(1) if again else indicator_id


def namesakes(loaded: LoadedReport, indicator_id: str) -> list[StatedValue]:
    """The figures a drafted report states under this indicator's name, when more than one.

    A review's 审计发现问题金额2.93亿元 and its section's 审计发现问题金额5683万元 are two
    indicators of one name (``n-…`` and ``n-…-2``): the name alone does not say which one
    another report's 审计发现问题金额 is. Empty for a reviewed report, and for a name
    stated as one indicator.
    """
    if not loaded.report.report.drafted:
        return []
    first = _first_of(indicator_id)
    found = [ind for ind in loaded.report.indicators if _first_of(ind.id) == first]
    if len(found) < 2:  # noqa: PLR2004 (one indicator is no namesake)
        return []
    return [StatedValue(loaded, ind, v) for ind in found for v in ind.values if not v.target]


def _series_of(entities: set[str]) -> dict[str, str]:
    """Each bare entity name that exactly one qualified name of the set ends with, mapped to it.

    A sub-district or town is often named alone (新虹街道) and sometimes with its district
    (闵行区新虹街道); two places of one name in two districts stay apart.
    """
    mapping: dict[str, str] = {}
    for bare in (e for e in entities if e.endswith(("街道", "镇", "乡"))):
        longer = [e for e in entities if e != bare and e.endswith(bare)]
        if len(longer) == 1 and not any(e.endswith(longer[0]) and e != longer[0] for e in entities):
            mapping[bare] = longer[0]
    return mapping


def load_reports(paths: str | Path | Iterable[str | Path]) -> ReportSet:
    """Load every report file under the given files and folders into a :class:`ReportSet`.

    A plain ``str`` is one path, never the characters of one.

    Raises:
        ReportFileError: for the first file that cannot be read or does not validate, or
            a report id declared twice.
    """
    return ReportSet(load_report(p) for p in find_report_files(paths))
