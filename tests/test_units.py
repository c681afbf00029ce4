"""The unit registry: counting units never mix, money scales, points are not percent."""

from __future__ import annotations

from fractions import Fraction

import pytest

from xinhong_metrics import UnitError
from xinhong_metrics.units import (
    conversion_factor,
    is_count_unit,
    require_same_dimension,
    unit_dimension,
)


def test_households_never_compare_with_people() -> None:
    """户 and 人 are different dimensions."""
    with pytest.raises(UnitError, match="cannot compare '户'"):
        require_same_dimension("户", "人")


def test_person_visits_are_not_people() -> None:
    """人次 counts visits, not people."""
    with pytest.raises(UnitError):
        require_same_dimension("人次", "人")


def test_ming_and_wei_count_people() -> None:
    """640名党员 and 60位老人 count people as 人 does."""
    require_same_dimension("名", "人")
    require_same_dimension("位", "人")
    assert is_count_unit("名")


def test_money_scales() -> None:
    """340.1万元 is 3,401,000元; 1亿元 is 10^8元."""
    assert Fraction(3_401_000) == Fraction("340.1") * conversion_factor("万元", "元")
    assert Fraction(10**8) == conversion_factor("亿元", "元")


def test_points_are_not_percent() -> None:
    """百分点 is its own dimension; % is a dimensionless ratio."""
    assert "[]" == unit_dimension("%")
    assert "[percentage_point]" == unit_dimension("百分点")
    with pytest.raises(UnitError):
        require_same_dimension("%", "百分点")


def test_unknown_unit() -> None:
    """A unit the registry lacks is refused by name."""
    with pytest.raises(UnitError, match="unknown unit 'furlong'"):
        unit_dimension("furlong")


def test_money_is_not_a_count() -> None:
    """Whole-number reasoning applies to 人, not to 元."""
    assert is_count_unit("人")
    assert not is_count_unit("元")


def test_capacity_is_power_and_never_energy() -> None:
    """装机 in 千瓦 and 发电量 in 千瓦时 are different dimensions; 万千瓦 converts exactly."""
    from fractions import Fraction

    from xinhong_metrics.units import conversion_factor, require_same_dimension

    assert Fraction(10000) == conversion_factor("万千瓦", "千瓦")
    with pytest.raises(UnitError):
        require_same_dimension("千瓦", "千瓦时")


def test_land_areas_in_square_kilometres() -> None:
    """水土流失治理面积1260平方公里 (hunt 54): an area, a million 平方米 each."""
    assert conversion_factor("平方公里", "平方米") == Fraction(1_000_000)
    assert conversion_factor("平方千米", "平方公里") == Fraction(1)
    assert conversion_factor("平方公里", "公顷") == Fraction(100)


def test_air_quality_as_bulletins_write_it() -> None:
    """PM2.5年均浓度32μg/m³, 一氧化碳1.0mg/m³ (hunt 55): micrograms as 微克/立方米 are,
    milligrams a thousand of them; never a count or a percent."""
    assert conversion_factor("μg/m³", "微克/立方米") == Fraction(1)
    assert conversion_factor("µg/m³", "μg/m³") == Fraction(1)
    assert conversion_factor("mg/m³", "微克/立方米") == Fraction(1000)
    assert conversion_factor("毫克/立方米", "mg/m³") == Fraction(1)
    with pytest.raises(UnitError):
        require_same_dimension("μg/m³", "%")
