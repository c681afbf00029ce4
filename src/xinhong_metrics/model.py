"""The typed model of a report file: its metadata, indicators with values, and claims."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from xinhong_metrics.errors import XinhongError
from xinhong_metrics.numbers import (
    NumberKind,
    StatedNumber,
    parse_direction,
    parse_figure,
    parse_multiple,
)
from xinhong_metrics.units import unit_dimension

__all__ = [
    "CLAIM_KINDS",
    "AbsoluteChange",
    "AverageGrowth",
    "ChangeClaim",
    "Claim",
    "Direction",
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

_ID = r"^[a-z0-9][a-z0-9._-]*$"
Id = Annotated[str, Field(pattern=_ID, description="A stable id: lower-case letters, digits, -._")]
Year = Annotated[int, Field(ge=1949, le=2100, description="A calendar year")]
# A report text of a billion characters does not exist; the bound keeps offsets inside
# the 64-bit columns of the frames, whatever a file says.
MAX_OFFSET = 10**9
Offset = Annotated[
    int, Field(ge=0, le=MAX_OFFSET, description="Character offset of the quote in the source")
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


def _checked(parse: Callable[[str], object]) -> Callable[[str], str]:
    """A pydantic validator that reads text with ``parse`` and keeps the text as written."""

    def validate(text: str) -> str:
        try:
            parse(text)
        except XinhongError as exc:
            raise ValueError(exc.reason) from None
        return text

    return validate


_figure = _checked(parse_figure)


def _of_kind(*kinds: NumberKind, claim: str) -> Callable[[str], str]:
    """A validator that reads a stated change and requires one of ``kinds`` of figure.

    倍 and 百分点 are never read as a relative percent (增长2.6倍 is ×3.6, not +2.6%), nor
    % as percentage points: a stated figure of another kind is refused where it is written.
    """
    names = {
        NumberKind.PERCENT: "a percent (增长5%)",
        NumberKind.POINTS: "percentage points (提高2个百分点)",
        NumberKind.MULTIPLE: "a multiple (2倍)",
        NumberKind.PLAIN: "a level",
        NumberKind.FRACTION: "a fraction",
    }

    def validate(text: str) -> str:
        try:
            number = parse_figure(text)
        except XinhongError as exc:
            raise ValueError(exc.reason) from None
        if number.kind not in kinds:
            wanted = " or ".join(names[k] for k in kinds)
            raise ValueError(
                f"{text!r} is {names[number.kind]}, but a {claim} is stated as {wanted}"
            )
        return text

    return validate


# The year before, in the words reports use for it.
_YEAR_BEFORE = frozenset({"上年", "去年", "上年同期", "去年同期", "同期", "前一年", "上一年"})


class ReportKind(StrEnum):
    """The genre of a report."""

    WORK_REPORT = "work_report"  # 工作报告 of a party committee or sub-district
    GOVERNMENT_WORK_REPORT = "government_work_report"  # 政府工作报告
    WORK_SUMMARY = "work_summary"  # 工作总结
    FINAL_ACCOUNTS = "final_accounts"  # 决算报告 and budget execution reports
    OTHER = "other"


class Source(_Strict):
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


class ReportMeta(_Strict):
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
        "reports only through their catalog concept, never by a drafted id",
    )


class Value(_Strict):
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
    estimate: bool = Field(default=False, description="Whether the value is an estimate (预计)")
    target: bool = Field(
        default=False,
        description="Whether the figure is a target (主要预期目标, 力争, 控制在…以内), not an "
        "actual: it is never linked with another report's actual",
    )

    _check_figure = field_validator("figure")(_figure)

    def number(self) -> StatedNumber:
        """The figure, parsed."""
        return parse_figure(self.figure)


class Indicator(_Strict):
    """Something the report measures, with its unit and stated values."""

    id: Id
    name: str = Field(min_length=1, description="The indicator's name as the report writes it")
    unit: str = Field(description="A unit of the registry: 人, 户, 起, 元, 万元, %, …")
    concept: str | None = Field(
        default=None,
        pattern=r"^[a-z0-9][a-z0-9._-]*$",
        description="The catalog concept the indicator measures (gdp, retail-sales); in a "
        "draft, only indicators with a concept link across reports",
    )
    values: list[Value] = Field(
        default_factory=list,
        description="Stated values; empty for an indicator known only by its change "
        "(偷盗类接报数同比下降50.9%)",
    )

    _known_unit = field_validator("unit")(_checked(unit_dimension))

    def value_for(self, period: int) -> Value | None:
        """The value stated for ``period``, if any."""
        return next((v for v in self.values if v.period == period), None)


class _ClaimBase(_Strict):
    id: Id | None = Field(default=None, description="Optional stable id of the claim")
    period: Year = Field(description="The period the claim is about")
    quote: str = Field(min_length=1, description="Verbatim source text of the claim")
    offset: Offset | None = None
    note: str | None = Field(default=None, description="A curator's remark")
    review: bool = Field(
        default=False,
        description="Drafted with a link, name or period the extractor is unsure of: until "
        "a person reviews it and removes this flag, a failing check is reported as "
        "ambiguous (the draft may have misread the text), never as inconsistent",
    )


Basis = Literal["nominal", "comparable"]


class ChangeClaim(_ClaimBase):
    """What every change against an earlier period has: indicator, baseline, basis, scope."""

    indicator: Id
    against: Year | str = Field(
        description="The year compared with; 上年, 去年 or 上年同期 for the year before the "
        "claim's period; or a named baseline as written (2017—2018年创建前)"
    )
    basis: Basis | None = Field(
        default=None,
        description="Price basis of the stated change: comparable (可比价) or nominal; when "
        "absent, 可比 in the quote or an output indicator (生产总值) means comparable",
    )
    scope: str | None = Field(
        default=None, description="口径 of the change itself when the text names one (同口径)"
    )

    @model_validator(mode="before")
    @classmethod
    def _year_before(cls, data: object) -> object:
        """Read 上年, 去年 and 上年同期 as the year before the claim's period."""
        if isinstance(data, dict):
            against, period = data.get("against"), data.get("period")
            if (
                isinstance(against, str)
                and against.strip() in _YEAR_BEFORE
                and isinstance(period, int)
                and not isinstance(period, bool)
            ):
                return {**data, "against": period - 1}
        return data


class RelativeChange(ChangeClaim):
    """A change in percent against an earlier period: 同比下降45%, 较创建前增长516%."""

    kind: Literal["relative_change"]
    stated: str = Field(description="The change as written, with direction: 下降45%, -45%")
    also_refers_to: list[Id] = Field(
        default_factory=list,
        description="Other indicators the change could grammatically refer to",
    )

    _check_stated = field_validator("stated")(_of_kind(NumberKind.PERCENT, claim="relative change"))


class PointChange(ChangeClaim):
    """A change of a rate in percentage points: 比上年提高2.3个百分点."""

    kind: Literal["point_change"]
    stated: str = Field(description="The change as written: 提高2.3个百分点")

    _check_stated = field_validator("stated")(
        _of_kind(NumberKind.POINTS, NumberKind.PERCENT, claim="point change")
    )


class Share(_ClaimBase):
    """A rate or share: 占街道发展总数76%, 问题办结率100%."""

    kind: Literal["share"]
    rate: Id = Field(description="The indicator holding the stated rate, in %")
    part: Id | None = Field(default=None, description="The indicator counting the part")
    whole: Id | None = Field(default=None, description="The indicator counting the whole")
    whole_name: str | None = Field(default=None, description="The whole as named, if not stated")
    bounded: bool = Field(default=True, description="Whether the rate is a share (≤ 100%)")


class PartOfWhole(_ClaimBase):
    """Figures that are parts of a total: 32家, 其中18家…."""

    kind: Literal["part_of_whole"]
    whole: Id
    parts: list[Id] = Field(min_length=1)
    relation: Literal["parts", "complete", "uncertain"] = Field(
        default="parts",
        description="parts: disjoint parts, sum ≤ whole; complete: they sum to the whole; "
        "uncertain: the text does not say whether they are parts of the whole",
    )


class ListedCount(_ClaimBase):
    """A count next to the items it lists: 图书馆、……等5家分站点."""

    kind: Literal["listed_count"]
    indicator: Id = Field(description="The indicator holding the stated count")
    items: list[str] = Field(min_length=1, description="The items named in the list")
    open_list: bool = Field(description="Whether 等 leaves the list open")


class Multiple(ChangeClaim):
    """A ratio to an earlier level: 是2006年的2倍 (×2), 增长1.5倍 (×2.5), 翻一番 (×2)."""

    kind: Literal["multiple"]
    stated: str = Field(description="As written: 2倍, 1.75倍, 增长1.5倍, 翻一番")

    _check_stated = field_validator("stated")(_checked(parse_multiple))


class AverageGrowth(ChangeClaim):
    """Average annual growth between two years: 2006-2011年均增长15.3%."""

    kind: Literal["average_growth"]
    stated: str = Field(description="The yearly rate as written: 15.3%, 增长15.3%")

    _check_stated = field_validator("stated")(
        _of_kind(NumberKind.PERCENT, claim="average annual growth")
    )


class Threshold(_ClaimBase):
    """A level against a bound: 首次超过500亿元, 突破1000亿元."""

    kind: Literal["threshold"]
    indicator: Id
    stated: str = Field(description="The bound as written, with its word: 首次超过500, 超过500")
    first_time: bool = Field(
        default=False, description="首次: the bound was not reached in the year before"
    )

    _check_stated = field_validator("stated")(
        _of_kind(NumberKind.PLAIN, NumberKind.PERCENT, claim="threshold")
    )


class Direction(ChangeClaim):
    """A change stated by direction only: 同比略有下降, 有所增长."""

    kind: Literal["direction"]
    stated: str = Field(description="The direction word as written: 下降, 略有下降, 增长")

    _check_stated = field_validator("stated")(_checked(parse_direction))


class AbsoluteChange(ChangeClaim):
    """A change stated as an amount: 比上年增加2787亿元, 比上年减少300亿元."""

    kind: Literal["absolute_change"]
    stated: str = Field(description="The amount with its direction, without unit: 增加2787")
    unit: str = Field(description="The amount's unit (亿元); of the indicator's dimension")

    _check_stated = field_validator("stated")(_of_kind(NumberKind.PLAIN, claim="absolute change"))

    _known_unit = field_validator("unit")(_checked(unit_dimension))


Claim = Annotated[
    RelativeChange
    | AbsoluteChange
    | PointChange
    | Share
    | PartOfWhole
    | ListedCount
    | Multiple
    | AverageGrowth
    | Threshold
    | Direction,
    Field(discriminator="kind"),
]


CLAIM_KINDS: tuple[str, ...] = (
    "relative_change",
    "absolute_change",
    "point_change",
    "share",
    "part_of_whole",
    "listed_count",
    "multiple",
    "average_growth",
    "threshold",
    "direction",
)


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


class NotMetric(_Strict):
    """A number in the text that is recognised and set aside, with its reason."""

    text: str = Field(min_length=1)
    offset: Offset
    category: NotMetricCategory


class Report(_Strict):
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
