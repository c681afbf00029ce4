"""The typed model of a report file: its metadata, indicators with values, and claims.

The claim kinds live in :mod:`xinhong_metrics.claims` and are named here as well, so
that ``from xinhong_metrics.model import Share`` reads as the whole file's model.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field, ValidationInfo, field_validator

from xinhong_metrics._fields import Id, Offset, Strict, Year, checked, checked_figure
from xinhong_metrics.claims import (
    CLAIM_KINDS,
    AbsoluteChange,
    AverageGrowth,
    ChangeClaim,
    Claim,
    Direction,
    Gap,
    ListedCount,
    Multiple,
    PartOfWhole,
    PointChange,
    RelativeChange,
    Share,
    Threshold,
)
from xinhong_metrics.numbers import StatedNumber, parse_figure
from xinhong_metrics.units import unit_dimension

__all__ = [
    "CLAIM_KINDS",
    "AbsoluteChange",
    "AverageGrowth",
    "ChangeClaim",
    "Claim",
    "Direction",
    "Gap",
    "ListedCount",
    "Multiple",
    "NotMetric",
    "NotMetricCategory",
    "PartOfWhole",
    "PointChange",
    "RelativeChange",
    "Report",
    "ReportKind",
    "ReportMeta",
    "Share",
    "Source",
    "Threshold",
    "Value",
]


class ReportKind(StrEnum):
    """The genre of a report."""

    WORK_REPORT = "work_report"  # 工作报告 of a party committee or sub-district
    GOVERNMENT_WORK_REPORT = "government_work_report"  # 政府工作报告
    WORK_SUMMARY = "work_summary"  # 工作总结
    FINAL_ACCOUNTS = "final_accounts"  # 决算报告 and budget execution reports
    STATISTICAL_COMMUNIQUE = "statistical_communique"  # 国民经济和社会发展统计公报
    OTHER = "other"


class Source(Strict):
    """Where the report was published and where its text lies beside the report file."""

    url: str | None = Field(default=None, description="Address of the published report")
    text: str | None = Field(
        default=None,
        description="Path of the bundled source text, relative to the report file; "
        "absent when the figures were taken from a summary without the full text",
    )
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")

    @field_validator("text")
    @classmethod
    def _plain_path(cls, text: str | None) -> str | None:
        if text is not None and (not text.strip() or "\0" in text):
            raise ValueError("must be a file name or a relative path, without NUL characters")
        return text


class ReportMeta(Strict):
    """Who reports, on what period, when, and from which source."""

    id: Id
    entity: str = Field(min_length=1, description="The reporting body as it names itself")
    title: str = Field(min_length=1)
    kind: ReportKind = ReportKind.WORK_REPORT
    period: Year = Field(description="The year the report covers")
    published: dt.date | Year = Field(description="Date (or year) of publication")
    source: Source
    drafted: bool = Field(
        default=False,
        description="Written by `extract` and not yet reviewed: its indicators link to other "
        "reports through their catalog concept, or by a measure's name specific enough to "
        "be the same every year (a misfit on such a link is for review); never by a "
        "positional id",
    )


class Value(Strict):
    """One stated value of an indicator, with the words it was stated in."""

    period: Year
    figure: str = Field(description="The figure as written, without unit: 147, 2.7万, 逾500")
    quote: str = Field(min_length=1, description="Verbatim source text containing the figure")
    offset: Offset | None = Field(default=None, description="Where the quote starts")
    scope: str | None = Field(default=None, description="口径 qualifier, e.g. 同口径, 不含免抵调")
    span: str | None = Field(
        default=None,
        description="Part of the period the value covers, as written (上半年, 1-11月); "
        "absent for the whole period",
    )
    years: str | None = Field(
        default=None,
        pattern=r"^(?:19|20)\d{2}-(?:19|20)\d{2}$",
        description="The years a figure of a several-year review is stated for, first-last "
        "(2021-2025 for 五年来… or “十四五”时期… with no year of its own): a total over them "
        "or a level in them, never one year's level, so it links to no other report's value; "
        "the period is one of them",
    )
    estimate: bool = Field(default=False, description="Whether the value is an estimate (预计)")
    target: bool = Field(
        default=False,
        description="Whether the figure is a target (主要预期目标, 力争, 控制在…以内), not an "
        "actual: it is never linked with another report's actual",
    )

    _check_figure = field_validator("figure")(checked_figure)

    @field_validator("years")
    @classmethod
    def _years_hold_the_period(cls, years: str | None, info: ValidationInfo) -> str | None:
        if years is None:
            return None
        first, last = (int(y) for y in years.split("-"))
        period = info.data.get("period")
        if first >= last:
            raise ValueError(f"years {years}: the first year must come before the last")
        if isinstance(period, int) and not first <= period <= last:
            raise ValueError(f"years {years} do not hold the value's period {period}")
        return years

    def number(self) -> StatedNumber:
        """The figure, parsed."""
        return parse_figure(self.figure)


class Indicator(Strict):
    """Something the report measures, with its unit and stated values."""

    id: Id
    name: str = Field(min_length=1, description="The indicator's name as the report writes it")
    unit: str = Field(description="A unit of the registry: 人, 户, 起, 元, 万元, %, …")
    concept: str | None = Field(
        default=None,
        pattern=r"^[a-z0-9][a-z0-9._-]*$",
        description="The catalog concept the indicator measures (gdp, retail-sales); in a "
        "draft, an indicator without one links across reports only by a specific name",
    )
    values: list[Value] = Field(
        default_factory=list,
        description="Stated values; empty for an indicator known only by its change "
        "(偷盗类接报数同比下降50.9%)",
    )

    _known_unit = field_validator("unit")(checked(unit_dimension))

    def value_for(self, period: int) -> Value | None:
        """The value stated for ``period``, if any: one year's own before a several years'."""
        of_period = sorted(
            (v for v in self.values if v.period == period), key=lambda v: bool(v.years)
        )
        return of_period[0] if of_period else None


class NotMetricCategory(StrEnum):
    """Why a number in the text is not a quantity to check."""

    DATE = "date"
    YEAR = "year"
    PLAN = "plan"  # 十四五, 七五普法
    ID = "id"  # B-003, P9, 25-05
    HOTLINE = "hotline"  # 12345, 110
    VERSION = "version"  # 2.0
    ORDINAL = "ordinal"  # 第三届, 十九大, 二期
    NAME = "name"  # 长三角, 一网统管, 盗三车, 七莘路, 三人专班
    DEFINITION = "definition"  # 35周岁以下: a number that defines a group
    DURATION = "duration"  # 24小时 service, 为期2个月
    TARGET = "target"  # a planned change in the plan part: 预期增长5%左右
    TIME = "time"  # a time phrase: 一年来, 过去五年, 关键一年, 新一轮
    ANNIVERSARY = "anniversary"  # 成立75周年
    WORD = "word"  # a numeral as an article or inside a word: 一条新路子, 一部分, 统一大市场


class NotMetric(Strict):
    """A number in the text that is recognised and set aside, with its reason."""

    text: str = Field(min_length=1)
    offset: Offset
    category: NotMetricCategory


class Report(Strict):
    """One report file: metadata, indicators, claims and the numbers set aside."""

    report: ReportMeta
    indicators: list[Indicator] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    not_metrics: list[NotMetric] = Field(default_factory=list)

    def indicator(self, indicator_id: str) -> Indicator:
        """The indicator with this id.

        Raises:
            KeyError: when the report has no such indicator.
        """
        for ind in self.indicators:
            if ind.id == indicator_id:
                return ind
        raise KeyError(indicator_id)
