"""Stated numbers: every figure form of the seed report, precision, qualifiers, models."""

from __future__ import annotations

import contextlib
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xinhong_metrics import FigureError, Interval, NumberKind, Qualifier, Rounding, parse_figure


def iv(lo: str | None, hi: str | None, lo_closed: bool, hi_closed: bool) -> Interval:
    return Interval(
        None if lo is None else Fraction(lo),
        None if hi is None else Fraction(hi),
        lo_closed,
        hi_closed,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Qualified counts as the seed report writes them.
        ("逾500", iv("500", None, False, False)),  # 志愿者逾500人
        ("420余", iv("420", "430", False, False)),  # 420余户沿街商户
        ("10余", iv("10", "20", False, False)),  # 10余支特色分队
        ("11000余", iv("11000", "12000", False, False)),  # 注册志愿者11000余人
        ("2600余", iv("2600", "2700", False, False)),  # 服务项目2600余项
        ("500多", iv("500", "600", False, False)),  # 500多人次
        ("1100多", iv("1100", "1200", False, False)),  # 1100多人
        ("1万多", iv("10000", "20000", False, False)),  # 吸引1万多人
        ("近2万", iv("15000", "20000", True, False)),  # 近2万人参观
        ("近2000", iv("1500", "2000", True, False)),  # 覆盖近2000人
        ("近300", iv("250", "300", True, False)),  # 提供岗位近300个
        # Scale words: the last digit sets the rounding step.
        ("2.7万", iv("26500", "27500", True, False)),  # 2.7万户
        ("340.1万", iv("3400500", "3401500", True, False)),  # 340.1万元
        # Percentages, with their decimals as written.
        ("87.5%", iv("87.45", "87.55", True, False)),
        ("92.13%", iv("92.125", "92.135", True, False)),
        ("100%", iv("99.5", "100.5", True, False)),
        # Changes with a direction word: a fall is negative, ends swap.
        ("下降43.68%", iv("-43.685", "-43.675", False, True)),
        ("增长516%", iv("515.5", "516.5", True, False)),
        ("提升9.87%", iv("9.865", "9.875", True, False)),
    ],
)
def test_seed_figure_interval(text: str, expected: Interval) -> None:
    """Each figure form of the seed report reads into the interval its words allow."""
    assert expected == parse_figure(text).interval()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三", 3),
        ("两", 2),
        ("四", 4),
        ("五", 5),
        ("七", 7),
        ("一", 1),
        ("十四", 14),
        ("二〇二〇", 2020),
    ],
)
def test_chinese_numerals(text: str, value: int) -> None:
    """三大, 两网, 四类, 五大, 七大, 一支: Chinese numerals read as whole counts."""
    number = parse_figure(text)
    assert Fraction(value) == number.value
    assert Interval.point(value) == number.interval(exact=True)


def test_single_digit_numerals_agree_with_cn2an() -> None:
    """一 to 九, 两, 〇 and 零 are read without cn2an; every one reads as cn2an reads it."""
    import cn2an

    from xinhong_metrics.numbers import CN_DIGIT_VALUES, chinese_numeral_value

    for digit in CN_DIGIT_VALUES:
        assert (Fraction(int(cn2an.cn2an(digit, "normal"))), 0) == chinese_numeral_value(digit)
    assert (Fraction(35, 10), 1) == chinese_numeral_value("三点五")


def test_trailing_zero_keeps_precision() -> None:
    """7.0% says [6.95, 7.05); 7% says [6.5, 7.5)."""
    assert iv("6.95", "7.05", True, False) == parse_figure("7.0%").interval()
    assert iv("6.5", "7.5", True, False) == parse_figure("7%").interval()


def test_exact_count_is_a_point_only_when_asked() -> None:
    """147起 is exactly 147 as a count, but 146.5–147.5 as a rounded amount."""
    assert Interval.point(147) == parse_figure("147").interval(exact=True)
    assert iv("146.5", "147.5", True, False) == parse_figure("147").interval()
    assert iv("26500", "27500", True, False) == parse_figure("2.7万").interval(exact=True)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("百分之九十二点五", NumberKind.PERCENT, Fraction("92.5")),
        ("两成", NumberKind.PERCENT, Fraction(20)),
        ("三分之二", NumberKind.FRACTION, Fraction(2, 3)),
        ("1,200", NumberKind.PLAIN, Fraction(1200)),
        ("2.3个百分点", NumberKind.POINTS, Fraction("2.3")),
        ("1.5倍", NumberKind.MULTIPLE, Fraction("1.5")),
        ("-4.1%", NumberKind.PERCENT, Fraction("-4.1")),
        ("０.５％", NumberKind.PERCENT, Fraction("0.5")),
    ],
)
def test_other_forms(text: str, kind: NumberKind, value: Fraction) -> None:
    """Chinese percent, 成, fractions, thousands separators, points, multiples, full width."""
    number = parse_figure(text)
    assert kind is number.kind
    assert value == number.value


def test_chinese_decimals_keep_their_places() -> None:
    """百分之九十二点五 has one decimal place, like 92.5%."""
    assert parse_figure("92.5%").interval() == parse_figure("百分之九十二点五").interval()


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("约500", Qualifier.ABOUT),
        ("500左右", Qualifier.ABOUT),
        ("500以上", Qualifier.AT_LEAST),
        ("500以下", Qualifier.AT_MOST),
        ("不足500", Qualifier.LESS_THAN),
        ("超过500", Qualifier.MORE_THAN),
        ("首次超过500", Qualifier.MORE_THAN),
        ("近500", Qualifier.JUST_UNDER),
    ],
)
def test_qualifiers(text: str, qualifier: Qualifier) -> None:
    """Each qualifier word maps to its qualifier."""
    assert qualifier is parse_figure(text).qualifier


def test_qualifier_intervals() -> None:
    """约 is two-sided and closed; 以上 includes the bound; 不足 excludes it."""
    assert iv("450", "550", True, True) == parse_figure("约500").interval()
    assert iv("500", None, True, False) == parse_figure("500以上").interval()
    assert iv("0", "500", True, False) == parse_figure("不足500").interval()


def test_rounding_models() -> None:
    """Half-even closes both ends on an even last digit; truncation reads upward."""
    assert iv("6.5", "7.5", False, False) == parse_figure("7%").interval(Rounding.HALF_EVEN)
    assert iv("7.5", "8.5", True, True) == parse_figure("8%").interval(Rounding.HALF_EVEN)
    assert iv("7", "8", True, False) == parse_figure("7%").interval(Rounding.TRUNCATE)
    assert iv("-8", "-7", False, True) == parse_figure("下降7%").interval(Rounding.TRUNCATE)


@pytest.mark.parametrize("text", ["", "abc", "5%%", "逾5余", "3.", "增长", "%"])
def test_bad_figures_raise_figure_error(text: str) -> None:
    """Text that is not a figure raises FigureError naming the text."""
    with pytest.raises(FigureError, match="cannot read"):
        parse_figure(text)


@given(st.text(max_size=12))
def test_parser_raises_only_its_own_error(text: str) -> None:
    """On any text, the parser returns a figure or raises FigureError, nothing else."""
    with contextlib.suppress(FigureError):
        parse_figure(text)


_MODELS = {
    Rounding.HALF_UP: ROUND_HALF_UP,
    Rounding.HALF_EVEN: ROUND_HALF_EVEN,
    Rounding.TRUNCATE: ROUND_DOWN,
}


@given(
    st.decimals(min_value=0, max_value=10**6, places=6, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=3),
    st.sampled_from(list(Rounding)),
)
def test_rounded_text_covers_the_true_value(true: Decimal, places: int, model: Rounding) -> None:
    """A value rounded to text under a model lies in the interval read back under it."""
    text = str(true.quantize(Decimal(1).scaleb(-places), rounding=_MODELS[model]))
    assert parse_figure(text).interval(model).contains(Fraction(true))


def test_chao_before_a_figure_means_more_than() -> None:
    """超3000亿元 is above 3000, as 超过 and 突破 are; 均超千列 too."""
    interval = parse_figure("超3000").interval()
    assert (Fraction(3000), None, False) == (interval.lo, interval.hi, interval.lo_closed)


def test_more_and_less_open_an_amount_of_change() -> None:
    """多3 (比上年多3个) is +3 and 少2 is −2; 3多 and 1万多 stay somewhat more."""
    from xinhong_metrics import parse_figure

    assert (parse_figure("多3").value, parse_figure("多3").signed) == (3, True)
    assert parse_figure("少2").value == -2
    assert parse_figure("1万多").qualifier == "somewhat_more"
    assert not parse_figure("3多").signed
