"""Change phrases in words: multiples (2倍, 增长1.5倍, 翻一番) and directions (略有下降)."""

from __future__ import annotations

import re
import unicodedata
from fractions import Fraction

from xinhong_metrics.errors import FigureError
from xinhong_metrics.intervals import Interval
from xinhong_metrics.lexicon import CN_DIGITS, DECREASE, INCREASE, STEADY
from xinhong_metrics.numbers import (
    NumberKind,
    Rounding,
    chinese_numeral_value,
    parse_figure,
)

__all__ = ["gap_interval", "multiple_ratio", "parse_direction", "parse_gap", "parse_multiple"]


# 翻一番, 翻两番, 翻了一番; 翻番 and 实现翻番 double (n = 1); 以上 and 多 make a floor.
_DOUBLINGS = re.compile(rf"^(?:实现)?翻了?(?P<n>[{CN_DIGITS}十]+|\d+)?番(?P<more>以上|多)?$")
# The genre says 翻番 of a rise somewhat under or well over twofold (增长1.3倍 is 实现
# 翻番 in many reports): 翻n番 allows 0.9 to 1.5 times 2ⁿ.
_DOUBLING_LOW = Fraction(9, 10)
_DOUBLING_HIGH = Fraction(3, 2)


def multiple_ratio(text: str, rounding: Rounding = Rounding.HALF_UP) -> Interval:
    """The ratio of the current to the earlier level that a 倍 phrase states.

    是2006年的2倍 states the ratio (2); 增长1.5倍 / 增加1.5倍 states the increase, so the
    ratio is 2.5; 翻一番 (and 翻番) doubles (×2), 翻两番 quadruples (×4), loosely: from 0.9
    to 1.5 times that, and with 以上 or 多 at least 0.9 times.

    Args:
        text: the phrase as written: ``2倍``, ``1.75倍``, ``增长1.5倍``, ``翻一番``.
        rounding: how the stated multiple was rounded.

    Returns:
        The interval of the ratio.

    Raises:
        FigureError: when the text is not a multiple.
    """
    normal = unicodedata.normalize("NFKC", text).strip()
    doubling = _DOUBLINGS.match(normal)
    if doubling:
        n = doubling.group("n") or "1"
        times = int(n) if n.isdigit() else int(chinese_numeral_value(n)[0])
        ratio = Fraction(2**times)
        high = None if doubling.group("more") else ratio * _DOUBLING_HIGH
        return Interval(ratio * _DOUBLING_LOW, high, True, False)
    number = parse_figure(text)
    if number.kind is not NumberKind.MULTIPLE:
        raise FigureError(f"cannot read {text!r} as a multiple (倍 or 翻…番)")
    if number.sign < 0:
        raise FigureError(f"cannot read {text!r} as a multiple: a fall is not stated in 倍")
    magnitude = number.interval(rounding)
    return magnitude.shift(1) if number.signed else magnitude


def parse_multiple(text: str) -> None:
    """Validate a 倍 phrase (see :func:`multiple_ratio`).

    Raises:
        FigureError: when the text is not a multiple.
    """
    multiple_ratio(text)


def parse_direction(text: str) -> int:
    """The direction of a change stated in words only: +1, -1, or 0 for 持平.

    Args:
        text: ``下降``, ``略有下降``, ``有所增长``, ``基本持平`` ….

    Raises:
        FigureError: when no direction word is found.
    """
    normal = text.strip()
    if any(word in normal for word in STEADY):
        return 0
    ups = any(word in normal for word in INCREASE)
    downs = any(word in normal for word in DECREASE)
    if ups == downs:
        raise FigureError(f"cannot read {text!r} as a direction (增长, 下降, 持平 …)")
    return 1 if ups else -1


# The words of a gap to a benchmark of the same period: 高于全国1.9个百分点.
GAP_ABOVE = ("高于", "快于", "超过", "超出", "优于", "超")
GAP_BELOW = ("低于", "慢于")
_GAP = re.compile(rf"^(?P<word>{'|'.join((*GAP_ABOVE, *GAP_BELOW))})(?P<num>.+)$")


def gap_interval(text: str, rounding: Rounding = Rounding.HALF_UP) -> Interval:
    """The signed gap, in percentage points, that a comparison states.

    Args:
        text: the gap with its word and without the benchmark: ``高于1.9个百分点``,
            ``低于0.5个百分点``.
        rounding: how the stated gap was rounded.

    Returns:
        The interval of the compared figure minus the benchmark's, in points.

    Raises:
        FigureError: when the text is not a gap in points.
    """
    normal = unicodedata.normalize("NFKC", text).strip()
    found = _GAP.match(normal)
    if found is None:
        raise FigureError(f"cannot read {text!r} as a gap (高于…个百分点, 低于…个百分点)")
    number = parse_figure(found.group("num"))
    if number.kind is not NumberKind.POINTS or number.signed:
        raise FigureError(f"cannot read {text!r} as a gap: the gap is in 个百分点, unsigned")
    magnitude = number.interval(rounding)
    return -magnitude if found.group("word") in GAP_BELOW else magnitude


def parse_gap(text: str) -> None:
    """Validate a gap phrase (see :func:`gap_interval`).

    Raises:
        FigureError: when the text is not a gap in points.
    """
    gap_interval(text)
