"""Stated numbers: a figure's text, read into the interval of values it can stand for."""

from __future__ import annotations

import importlib
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from functools import cache
from typing import Any

from xinhong_metrics.errors import FigureError, UsageError
from xinhong_metrics.intervals import Interval
from xinhong_metrics.lexicon import (
    CN_DIGIT_VALUES,
    CN_DIGITS,
    FIGURE_DECREASE,
    FIGURE_INCREASE,
    QUALIFIER_PREFIXES,
    QUALIFIER_SUFFIXES,
    SCALES,
)

__all__ = [
    "NumberKind",
    "Qualifier",
    "Rounding",
    "StatedNumber",
    "chinese_numeral_value",
    "growth_figure",
    "parse_figure",
]


class Rounding(StrEnum):
    """How a published figure was rounded from the true value.

    ``half_up`` (四舍五入, on the magnitude) is the convention of Chinese statistical
    publishing and the default; ``half_even`` and ``truncate`` are there so that a
    figure that fails under the default can be tested against the other habits.
    """

    HALF_UP = "half_up"
    HALF_EVEN = "half_even"
    TRUNCATE = "truncate"


class Qualifier(StrEnum):
    """What a word around the number says about the true value."""

    EXACT = "exact"  # no qualifier: the figure as rounded
    MORE_THAN = "more_than"  # 逾500, 超过500, 首次超过500: strictly above
    AT_LEAST = "at_least"  # 500以上, 不少于500
    LESS_THAN = "less_than"  # 不足500, 不到500, 少于500
    AT_MOST = "at_most"  # 500以下: the bound itself allowed, as in rules and quotas
    JUST_UNDER = "just_under"  # 近2万: below, within half a step
    ABOUT = "about"  # 约500, 500左右: within half a step either way
    SOMEWHAT_MORE = "somewhat_more"  # 11000余, 1万多: above, by less than a step


class NumberKind(StrEnum):
    """What kind of quantity the digits measure."""

    PLAIN = "plain"  # a level in the indicator's unit
    PERCENT = "percent"  # 45%, 百分之九十二点五, 两成
    POINTS = "points"  # 2.3个百分点
    MULTIPLE = "multiple"  # 2倍, 1.5倍
    FRACTION = "fraction"  # 三分之二


_PREFIX_QUALIFIERS = {word: Qualifier(q) for word, q in QUALIFIER_PREFIXES.items()}
_SUFFIX_QUALIFIERS = {word: Qualifier(q) for word, q in QUALIFIER_SUFFIXES.items()}
_CN_NUMERAL = f"[{CN_DIGITS}十百千万亿]+(?:点[{CN_DIGITS}]+)?"
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

_FIGURE = re.compile(
    rf"""^
    (?P<direction>{"|".join(FIGURE_INCREASE + FIGURE_DECREASE)}|[+\-−])?
    (?P<prefix>{"|".join(sorted(_PREFIX_QUALIFIERS, key=len, reverse=True))})?
    (?:
        百分之(?P<cn_percent>{_CN_NUMERAL})
      | (?P<fraction_den>[{CN_DIGITS}十百]+)分之(?P<fraction_num>{_CN_NUMERAL})
      | (?P<arabic>{_ARABIC})
      | (?P<chinese>{_CN_NUMERAL})
    )
    (?P<scale>万亿|亿|万|千)?
    (?P<mid>余|多)?
    (?P<kind>%|个百分点|百分点|pp|个千分点|千分点|倍|成)?
    (?P<suffix>以上|以下|以内|左右|余|多)?
    $""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class StatedNumber:
    """A figure as the report writes it, with everything needed to recover its interval.

    Attributes:
        text: the figure exactly as given (``"逾500"``, ``"-43.68%"``, ``"2.7万"``).
        mantissa: the digits as a non-negative rational, before the scale word.
        decimals: digits written after the decimal point (``"7.0"`` has 1).
        scale: the factor of the scale word (万 = 10**4), or 1.
        sign: -1 for a stated decrease (下降, ``-``), else 1.
        kind: percent, percentage points, multiple, fraction, or a plain level.
        qualifier: what 逾/近/约/余/以上 … say about the true value.
        signed: whether the text carried a direction (增长/下降/+/-).
    """

    text: str
    mantissa: Fraction
    decimals: int
    scale: int
    sign: int
    kind: NumberKind
    qualifier: Qualifier
    signed: bool = False

    @property
    def magnitude(self) -> Fraction:
        """The figure's size as written, scale applied, sign dropped."""
        return self.mantissa * self.scale

    @property
    def value(self) -> Fraction:
        """The figure as a signed point value, in its own unit (percent stays in %)."""
        return self.sign * self.magnitude

    @property
    def step(self) -> Fraction:
        """One unit of the last written digit, scale applied (``2.7万`` → 1000)."""
        return Fraction(1, 10**self.decimals) * self.scale

    @property
    def significant_step(self) -> Fraction:
        """The step that 余/多/近/约 move by: the place of the last non-zero digit.

        ``11000余`` is between 11000 and 12000, ``10余`` between 10 and 20, ``1万多``
        between 10000 and 20000.
        """
        if self.decimals > 0 or self.mantissa.denominator != 1:
            return self.step
        digits = str(self.mantissa.numerator)
        zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
        return Fraction(10**zeros) * self.scale

    @property
    def is_whole(self) -> bool:
        """Whether the figure is written as a whole number without a scale word."""
        return self.decimals == 0 and self.scale == 1 and self.mantissa.denominator == 1

    @property
    def is_exact_count(self) -> bool:
        """Whether the figure, if it counts whole things, is the count itself.

        The one rule for it: a plain whole figure, written in full without a scale word
        or a qualifier (147起 is 147; 2.7万人, 逾500, 1200余 and 3倍 are not exact).
        Whether the figure counts at all is its unit's business
        (:func:`xinhong_metrics.units.is_count_unit`); see :func:`level_interval`.
        """
        return self.is_whole and self.qualifier is Qualifier.EXACT and self.kind is NumberKind.PLAIN

    def interval(self, rounding: Rounding = Rounding.HALF_UP, *, exact: bool = False) -> Interval:
        """The values the figure can stand for, in its own unit, sign applied.

        Args:
            rounding: how the figure was rounded from the true value.
            exact: read a whole figure without scale word as exact (counts of people,
                cases, households are written in full; 147起 means 147, not 146.5-147.5).

        Returns:
            The interval, with ends open or closed as the rounding model implies.
        """
        magnitude = self._magnitude_interval(rounding, exact=exact)
        return -magnitude if self.sign < 0 else magnitude

    def _magnitude_interval(self, rounding: Rounding, *, exact: bool) -> Interval:
        m = self.magnitude
        step = self.significant_step
        match self.qualifier:
            case Qualifier.MORE_THAN:
                return Interval(m, None, False, False)
            case Qualifier.AT_LEAST:
                return Interval(m, None, True, False)
            case Qualifier.LESS_THAN:
                return Interval(Fraction(0), m, True, False)
            case Qualifier.AT_MOST:
                return Interval(Fraction(0), m, True, True)
            case Qualifier.JUST_UNDER:
                return Interval(m - step / 2, m, True, False)
            case Qualifier.ABOUT:
                return Interval(m - step / 2, m + step / 2, True, True)
            case Qualifier.SOMEWHAT_MORE:
                return Interval(m, m + step, False, False)
            case Qualifier.EXACT:
                pass
        if self.kind is NumberKind.FRACTION or (exact and self.is_exact_count):
            return Interval.point(m)
        return _rounding_interval(m, self.step, self._last_digit_even(), rounding)

    def _last_digit_even(self) -> bool:
        scaled = self.mantissa * Fraction(10) ** self.decimals
        return int(scaled.numerator) % 2 == 0

    def __str__(self) -> str:
        return self.text


def _rounding_interval(m: Fraction, step: Fraction, even: bool, rounding: Rounding) -> Interval:
    half = step / 2
    match rounding:
        case Rounding.HALF_UP:
            lo, hi, lo_closed, hi_closed = m - half, m + half, True, False
        case Rounding.HALF_EVEN:
            # A tie rounds to the even digit: both ends belong when the digit is even.
            lo, hi, lo_closed, hi_closed = m - half, m + half, even, even
        case Rounding.TRUNCATE:
            lo, hi, lo_closed, hi_closed = m, m + step, True, False
        case _:
            known = ", ".join(model.value for model in Rounding)
            raise UsageError(f"rounding must be one of {known}, not {rounding!r}")
    if lo < 0:
        # A magnitude is never negative: "0.0%" is [0, 0.05), not [-0.05, 0.05).
        lo, lo_closed = Fraction(0), True
    return Interval(lo, hi, lo_closed, hi_closed)


def parse_figure(text: str) -> StatedNumber:
    """Read a figure's text into a :class:`StatedNumber`, keeping what was written.

    Accepts Arabic digits (with thousands separators and full-width forms), Chinese
    numerals, scale words (千, 万, 亿), qualifiers (逾, 近, 约, 余, 多, 以上, 不足, 超过,
    左右), direction words (增长, 下降 …) or a sign, and percent (%, 百分之, 成),
    percentage points (个百分点), multiples (倍) and fractions (三分之二).

    Args:
        text: the figure without its unit, e.g. ``"逾500"``, ``"-43.68%"``, ``"2.7万"``.

    Returns:
        The parsed figure.

    Raises:
        FigureError: when the text is not a figure this grammar reads.
    """
    if not isinstance(text, str):
        raise FigureError(f"a figure must be text, got {type(text).__name__}")
    normal = unicodedata.normalize("NFKC", text).strip().replace("−", "-")
    match = _FIGURE.match(normal)
    if match is None or not normal:
        raise FigureError(f"cannot read {text!r} as a figure")
    groups = match.groupdict()
    direction = groups["direction"]
    sign = -1 if direction in FIGURE_DECREASE or direction == "-" else 1
    kind = _kind(groups["kind"])
    scale = SCALES[groups["scale"]] if groups["scale"] else 1
    if groups["arabic"] is not None:
        mantissa, decimals = _arabic_value(groups["arabic"])
    elif groups["cn_percent"] is not None:
        if kind is not NumberKind.PLAIN:
            raise FigureError(f"cannot read {text!r} as a figure: 百分之 with a unit")
        mantissa, decimals = chinese_numeral_value(groups["cn_percent"])
        kind = NumberKind.PERCENT
    elif groups["fraction_num"] is not None:
        num, _ = chinese_numeral_value(groups["fraction_num"])
        den, _ = chinese_numeral_value(groups["fraction_den"])
        if den == 0:
            raise FigureError(f"cannot read {text!r} as a figure: denominator zero")
        mantissa, decimals, kind = num / den, 0, NumberKind.FRACTION
    else:
        mantissa, decimals = chinese_numeral_value(groups["chinese"])
    if groups["kind"] == "成":
        # 两成 is 20%, to the nearest 成.
        scale, kind = scale * 10, NumberKind.PERCENT
    qualifier = _qualifier(groups["prefix"], groups["mid"], groups["suffix"], text)
    return StatedNumber(
        text=text,
        mantissa=mantissa,
        decimals=decimals,
        scale=scale,
        sign=sign,
        kind=kind,
        qualifier=qualifier,
        signed=direction is not None,
    )


_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def growth_figure(stated: str) -> str | None:
    """A stated growth as the figure of a rate in %: ``-2.1`` for 下降2.1%, ``5.8`` for 增长5.8%.

    ``None`` for a bound (增长10%以上, 增长超20%) or approximate (左右) growth, which gives
    no rate, and for a text that is no growth in percent.
    """
    try:
        number = parse_figure(stated)
    except FigureError:
        return None
    digits = _DIGITS.search(unicodedata.normalize("NFKC", stated))
    if number.kind is not NumberKind.PERCENT or number.qualifier is not Qualifier.EXACT:
        return None
    if digits is None:
        return None
    return ("-" if number.sign < 0 else "") + digits.group()


def _kind(word: str | None) -> NumberKind:
    if word == "%":
        return NumberKind.PERCENT
    if word in ("个百分点", "百分点", "pp", "个千分点", "千分点"):
        return NumberKind.POINTS
    if word == "倍":
        return NumberKind.MULTIPLE
    return NumberKind.PLAIN


def _qualifier(prefix: str | None, mid: str | None, suffix: str | None, text: str) -> Qualifier:
    found = [
        q
        for q in (
            _PREFIX_QUALIFIERS.get(prefix or ""),
            _SUFFIX_QUALIFIERS.get(mid or ""),
            _SUFFIX_QUALIFIERS.get(suffix or ""),
        )
        if q is not None
    ]
    if len(found) > 1:
        raise FigureError(f"cannot read {text!r} as a figure: more than one qualifier")
    return found[0] if found else Qualifier.EXACT


def _arabic_value(digits: str) -> tuple[Fraction, int]:
    plain = digits.replace(",", "")
    decimals = len(plain.split(".", 1)[1]) if "." in plain else 0
    return Fraction(plain), decimals


@cache
def _cn2an() -> Any:
    """cn2an, imported when a Chinese numeral is first read: it costs 0.25 s at import."""
    return importlib.import_module("cn2an")


def chinese_numeral_value(numeral: str) -> tuple[Fraction, int]:
    """Read a Chinese numeral already cut from its text (三, 两, 十四, 九十二点五, 二〇二〇).

    The whole part goes through ``cn2an``; decimals are read digit by digit so that
    the number of decimal places written is kept.

    Args:
        numeral: the numeral alone, without classifier or unit.

    Returns:
        The value and the number of decimal places written.

    Raises:
        FigureError: when the text is not a Chinese numeral.
    """
    whole, _, frac = numeral.partition("点")
    try:
        if len(whole) == 1 and whole in CN_DIGIT_VALUES:
            # 一 to 九 and 两 are most numerals of the genre; cn2an is left unimported.
            whole_value = CN_DIGIT_VALUES[whole]
        else:
            # 千亿, 万亿, 百亿: a leading unit word counts one of it (一千亿).
            whole = "一" + whole if whole[:1] in ("百", "千", "万", "亿") else whole
            whole_value = int(_cn2an().cn2an(whole, "normal")) if whole else 0
    except (ValueError, KeyError, IndexError) as exc:
        raise FigureError(f"cannot read {numeral!r} as a Chinese numeral") from exc
    if not frac:
        return Fraction(whole_value), 0
    try:
        digits = "".join(str(CN_DIGIT_VALUES[ch]) for ch in frac)
    except KeyError as exc:
        raise FigureError(f"cannot read {numeral!r} as a Chinese numeral") from exc
    return Fraction(whole_value) + Fraction(int(digits), 10 ** len(digits)), len(digits)
