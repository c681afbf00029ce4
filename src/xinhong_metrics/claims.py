"""The claim kinds of a report file: what a report says about how its figures relate.

Each kind is one model class here and one family module in :mod:`xinhong_metrics.checks`
that decides it. ``REFERENCES`` on a class names the fields that hold indicator ids, so
that loading, checking and the frames read a claim's indicators in one way.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, ClassVar, Literal, get_args

from pydantic import Field, field_validator, model_validator

from xinhong_metrics._fields import YEAR_BEFORE, Id, Offset, Strict, Year, checked, of_kind
from xinhong_metrics.numbers import NumberKind
from xinhong_metrics.phrases import parse_direction, parse_gap, parse_multiple
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
    "PartOfWhole",
    "PointChange",
    "RelativeChange",
    "Share",
    "Threshold",
]


class _ClaimBase(Strict):
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

    # The fields that hold indicator ids, the one the claim is about first.
    REFERENCES: ClassVar[tuple[str, ...]] = ()
    # Whether the indicators it names must have a value of the claim's period; a change
    # or a gap may be stated without the level it is of.
    NEEDS_VALUES: ClassVar[bool] = True

    def references(self) -> Iterator[tuple[str, str]]:
        """The indicators the claim names, as ``(field, indicator id)`` pairs."""
        for field in self.REFERENCES:
            held = getattr(self, field)
            for ref in held if isinstance(held, list) else [held]:
                if ref is not None:
                    yield field, ref

    @property
    def subject(self) -> str:
        """The id of the indicator the claim is about (a share's rate, a part's whole)."""
        return next(ref for _, ref in self.references())


Basis = Literal["nominal", "comparable"]


class ChangeClaim(_ClaimBase):
    """What every change against an earlier period has: indicator, baseline, basis, scope."""

    REFERENCES: ClassVar[tuple[str, ...]] = ("indicator",)
    NEEDS_VALUES: ClassVar[bool] = False

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
    span: str | None = Field(
        default=None,
        description="Part of the period the change covers, as written (1-11月, 上半年), when "
        "no level of the report gives it (1—11月，规模以上工业增加值增长10.1%); absent for "
        "the whole period or the level's own part",
    )

    @model_validator(mode="before")
    @classmethod
    def _year_before(cls, data: object) -> object:
        """Read 上年, 去年 and 上年同期 as the year before the claim's period."""
        if isinstance(data, dict):
            against, period = data.get("against"), data.get("period")
            if (
                isinstance(against, str)
                and against.strip() in YEAR_BEFORE
                and isinstance(period, int)
                and not isinstance(period, bool)
            ):
                return {**data, "against": period - 1}
        return data


class RelativeChange(ChangeClaim):
    """A change in percent against an earlier period: 同比下降45%, 较创建前增长516%."""

    REFERENCES: ClassVar[tuple[str, ...]] = ("indicator", "also_refers_to")

    kind: Literal["relative_change"]
    stated: str = Field(description="The change as written, with direction: 下降45%, -45%")
    also_refers_to: list[Id] = Field(
        default_factory=list,
        description="Other indicators the change could grammatically refer to",
    )

    _check_stated = field_validator("stated")(of_kind(NumberKind.PERCENT, claim="relative change"))


class PointChange(ChangeClaim):
    """A change of a rate in percentage points: 比上年提高2.3个百分点."""

    kind: Literal["point_change"]
    stated: str = Field(description="The change as written: 提高2.3个百分点")

    _check_stated = field_validator("stated")(
        of_kind(NumberKind.POINTS, NumberKind.PERCENT, claim="point change")
    )


class Share(_ClaimBase):
    """A rate or share: 占街道发展总数76%, 问题办结率100%."""

    REFERENCES: ClassVar[tuple[str, ...]] = ("rate", "part", "whole")

    kind: Literal["share"]
    rate: Id = Field(description="The indicator holding the stated rate, in %")
    part: Id | None = Field(default=None, description="The indicator counting the part")
    whole: Id | None = Field(default=None, description="The indicator counting the whole")
    whole_name: str | None = Field(default=None, description="The whole as named, if not stated")
    bounded: bool = Field(default=True, description="Whether the rate is a share (≤ 100%)")


class PartOfWhole(_ClaimBase):
    """Figures that are parts of a total: 32家, 其中18家…."""

    REFERENCES: ClassVar[tuple[str, ...]] = ("whole", "parts")

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

    REFERENCES: ClassVar[tuple[str, ...]] = ("indicator",)

    kind: Literal["listed_count"]
    indicator: Id = Field(description="The indicator holding the stated count")
    items: list[str] = Field(min_length=1, description="The items named in the list")
    open_list: bool = Field(description="Whether 等 leaves the list open")


class Multiple(ChangeClaim):
    """A ratio to an earlier level: 是2006年的2倍 (×2), 增长1.5倍 (×2.5), 翻一番 (×2)."""

    kind: Literal["multiple"]
    stated: str = Field(description="As written: 2倍, 1.75倍, 增长1.5倍, 翻一番")

    _check_stated = field_validator("stated")(checked(parse_multiple))


class AverageGrowth(ChangeClaim):
    """Average annual growth between two years: 2006-2011年均增长15.3%."""

    kind: Literal["average_growth"]
    stated: str = Field(description="The yearly rate as written: 15.3%, 增长15.3%")

    _check_stated = field_validator("stated")(
        of_kind(NumberKind.PERCENT, claim="average annual growth")
    )


class Threshold(_ClaimBase):
    """A level against a bound: 首次超过500亿元, 突破1000亿元."""

    REFERENCES: ClassVar[tuple[str, ...]] = ("indicator",)

    kind: Literal["threshold"]
    indicator: Id
    stated: str = Field(description="The bound as written, with its word: 首次超过500, 超过500")
    first_time: bool = Field(
        default=False, description="首次: the bound was not reached in the year before"
    )

    _check_stated = field_validator("stated")(
        of_kind(NumberKind.PLAIN, NumberKind.PERCENT, claim="threshold")
    )


class Direction(ChangeClaim):
    """A change stated by direction only: 同比略有下降, 有所增长."""

    kind: Literal["direction"]
    stated: str = Field(description="The direction word as written: 下降, 略有下降, 增长")

    _check_stated = field_validator("stated")(checked(parse_direction))


class AbsoluteChange(ChangeClaim):
    """A change stated as an amount: 比上年增加2787亿元, 比上年减少300亿元."""

    kind: Literal["absolute_change"]
    stated: str = Field(description="The amount with its direction, without unit: 增加2787")
    unit: str = Field(description="The amount's unit (亿元); of the indicator's dimension")

    _check_stated = field_validator("stated")(of_kind(NumberKind.PLAIN, claim="absolute change"))

    _known_unit = field_validator("unit")(checked(unit_dimension))


class Gap(_ClaimBase):
    """A figure against a benchmark's of the same period: 增长5.4%、高于全国1.9个百分点."""

    REFERENCES: ClassVar[tuple[str, ...]] = ("indicator",)
    NEEDS_VALUES: ClassVar[bool] = False

    kind: Literal["gap"]
    indicator: Id = Field(description="The indicator whose rate or change is compared")
    figure: str | None = Field(
        default=None,
        description="The compared figure as written (its rate 89%, or its change 增长5.4%); "
        "absent when the text gives none (实际利用外资增速高于全国30.6个百分点)",
    )
    benchmark: str = Field(
        min_length=1, description="What it is compared with, as written: 全国, 全省平均水平"
    )
    stated: str = Field(description="The gap with its word: 高于1.9个百分点, 低于0.5个百分点")

    _check_stated = field_validator("stated")(checked(parse_gap))

    @field_validator("figure")
    @classmethod
    def _percent_figure(cls, text: str | None) -> str | None:
        return None if text is None else _GAP_FIGURE(text)


_GAP_FIGURE = of_kind(NumberKind.PERCENT, claim="gap")


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
    | Direction
    | Gap,
    Field(discriminator="kind"),
]


# Every kind, in the order of the union above, read from the classes themselves.
CLAIM_KINDS: tuple[str, ...] = tuple(
    get_args(cls.model_fields["kind"].annotation)[0] for cls in get_args(get_args(Claim)[0])
)
