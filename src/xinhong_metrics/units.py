"""The units of these reports as a pint registry: counts that never mix, money, percent."""

from __future__ import annotations

import re
from fractions import Fraction
from functools import cache

import pint

from xinhong_metrics.errors import UnitError

__all__ = [
    "COUNT_UNITS",
    "MEASURE_UNITS",
    "PERSON_ALIASES",
    "RANK_UNIT",
    "conversion_factor",
    "counts_whole",
    "is_count_unit",
    "registry",
    "require_same_dimension",
    "unit_dimension",
]

# Each counting unit is its own dimension, so that 户 (households) never compares with
# 人 (people) nor 人次 (visits by people). The list is the classifiers that count
# things in work reports; a unit missing here is refused, never guessed.
COUNT_UNITS: tuple[str, ...] = (
    "人", "人次", "户", "家", "件", "起", "个", "项", "场", "次", "篇",
    "例", "支", "条", "张", "处", "节", "座", "所", "套", "辆", "台", "栋", "幢",
    "间", "批", "期", "届", "类", "大", "级", "轮", "份", "本", "册", "部", "种",
    "组", "队", "站", "点", "块", "宗", "笔", "单", "只", "棵", "株", "标箱",
    "亩", "天", "月", "年", "小时", "周", "课时", "门", "网",
    # Livestock (生猪出栏598.7万头), poultry, ships, aircraft, trains (中欧班列1200列).
    "头", "羽", "艘", "架", "列",
    # A rank on a list (进出口总额居世界第三位): a whole number of places, of its own kind.
    "位次",
    # Counts of times by what is counted (抽检4862批次, 航班1.2万架次): each its own kind.
    "批次", "户次", "家次", "架次", "艘次", "车次", "班次",
)  # fmt: skip
RANK_UNIT = "位次"
# 名 and 位 count people as 人 does (640名党员, 60位老人): same dimension, not new ones.
PERSON_ALIASES: tuple[str, ...] = ("名", "位")
# Physical measures of these reports (areas, lengths, weights, energy): continuous, so
# figures are rounded and whole-number reasoning does not apply.
MEASURE_UNITS: tuple[str, ...] = (
    "平方米",
    "万平方米",
    "公顷",
    "公里",
    "千米",
    "吨",
    "万吨",
    "公斤",
    "斤",
    "千瓦时",
    "千瓦",
    # Batteries and plants in megawatts and gigawatts (锂离子电池产量8.6吉瓦时, 光伏装机
    # 120兆瓦): the same energy and power as 千瓦时 and 千瓦, scaled.
    "兆瓦时",
    "吉瓦时",
    "兆瓦",
    "吉瓦",
    "立方米",
    "万立方米",
    # Land areas of provinces and counties (水土流失治理面积1260平方公里).
    "平方公里",
    "平方千米",
    # Air quality as environment bulletins write it (PM2.5年均浓度32μg/m³, with the micro
    # sign or the Greek mu), and carbon monoxide in milligrams (1.0mg/m³).
    "微克/立方米",
    "μg/m³",
    "µg/m³",
    "毫克/立方米",
    "mg/m³",
    # Ages (人均预期寿命79.3岁): a measure of time lived, rounded like any other.
    "岁",
    # Energy consumed in standard coal (综合能源消费量189.2万吨标准煤): never tonnes of
    # anything else.
    "吨标准煤",
    "万吨标准煤",
    "吨标煤",
    "万吨标煤",
    # Turnover of freight and passengers (货物运输周转量6018.3亿吨公里), and flat glass in
    # weight cases (平板玻璃8127.3万重量箱): each a measure of its own.
    "吨公里",
    "人公里",
    "重量箱",
)


@cache
def registry() -> pint.UnitRegistry:  # type: ignore[type-arg]
    """The registry of report units, built once.

    Returns:
        A pint registry with each counting unit as its own dimension, 元 with 万元 and
        亿元 as scaled units, ``percent`` (alias ``%``) as a dimensionless ratio, and
        百分点 (percentage point) as a dimension of its own, so that a change in points
        is never added to a percent.
    """
    ureg: pint.UnitRegistry = pint.UnitRegistry(  # type: ignore[type-arg]
        filename=None, autoconvert_offset_to_baseunit=False
    )
    ureg.define("dimensionless_unit = [] = one")
    for name in COUNT_UNITS:
        ureg.define(f"{_pint_name(name)} = [{_pint_name(name)}]")
    for alias in PERSON_ALIASES:
        ureg.define(f"{alias} = 人")
    ureg.define("平方米 = [area]")
    ureg.define("万平方米 = 10000 平方米")
    ureg.define("公顷 = 10000 平方米")
    ureg.define("公里 = [length]")
    ureg.define("千米 = 公里")
    ureg.define("吨 = [mass]")
    ureg.define("万吨 = 10000 吨")
    ureg.define("公斤 = 0.001 吨")
    # The 市斤 is half a kilogram by definition (1959), a declared factor: 亿斤 and 万吨
    # compare through it exactly, as the national reports restate grain in both.
    ureg.define("斤 = 0.5 公斤")
    ureg.define("立方米 = [volume]")
    ureg.define("万立方米 = 10000 立方米")
    # Air quality (PM2.5平均浓度33微克/立方米): a concentration of its own.
    ureg.define("微克每立方米 = [concentration]")
    ureg.define("毫克每立方米 = 1000 微克每立方米")
    ureg.define("平方公里 = 1000000 平方米")
    ureg.define("平方千米 = 平方公里")
    ureg.define("岁 = [age]")
    ureg.define("吨公里 = [freight_turnover]")
    ureg.define("人公里 = [passenger_turnover]")
    ureg.define("重量箱 = [weight_case]")
    ureg.define("吨标准煤 = [coal_equivalent]")
    ureg.define("万吨标准煤 = 10000 吨标准煤")
    ureg.define("吨标煤 = 吨标准煤")
    ureg.define("万吨标煤 = 10000 吨标准煤")
    ureg.define("千瓦时 = [energy]")
    # Installed capacity (装机2.9亿千瓦): power, never compared with energy (千瓦时).
    ureg.define("千瓦 = [power]")
    ureg.define("万千瓦 = 10000 千瓦")
    ureg.define("兆瓦 = 1000 千瓦")
    ureg.define("吉瓦 = 1000000 千瓦")
    ureg.define("兆瓦时 = 1000 千瓦时")
    ureg.define("吉瓦时 = 1000000 千瓦时")
    ureg.define("元 = [currency]")
    ureg.define("万元 = 10000 元")
    ureg.define("亿元 = 100000000 元")
    ureg.define("万亿元 = 1000000000000 元")
    # Dollars are their own dimension: no exchange rate is a declared factor.
    ureg.define("美元 = [usd]")
    ureg.define("万美元 = 10000 美元")
    ureg.define("亿美元 = 100000000 美元")
    ureg.define("万亿美元 = 1000000000000 美元")
    ureg.define("percent = 0.01 = pct")
    # Birth and death rates of communiqués (人口出生率6.02‰): per mille, and their changes
    # in 千分点 (提高0.16个千分点), a tenth of a percentage point.
    ureg.define("permille = 0.001")
    ureg.define("百分点 = [percentage_point] = 个百分点 = pp")
    ureg.define("千分点 = 0.1 百分点 = 个千分点")
    ureg.define("倍 = 1 = times")
    return ureg


def _pint_name(unit: str) -> str:
    # pint unit names must be identifiers: "%" and 微克/立方米 are spelled as such.
    return _IDENTIFIERS.get(unit, unit)


_IDENTIFIERS = {
    "%": "percent",
    "‰": "permille",
    "微克/立方米": "微克每立方米",
    "μg/m³": "微克每立方米",
    "µg/m³": "微克每立方米",
    "毫克/立方米": "毫克每立方米",
    "mg/m³": "毫克每立方米",
}


@cache
def unit_dimension(unit: str) -> str:
    """Name the dimension of a report unit (``户`` → ``[户]``, ``万元`` → ``[currency]``).

    Raises:
        UnitError: when the unit is not in the registry.
    """
    try:
        parsed = registry().parse_units(_pint_name(unit))
    except (pint.UndefinedUnitError, AttributeError, ValueError, TypeError) as exc:
        raise UnitError(f"unknown unit {unit!r}") from exc
    dims = str(parsed.dimensionality)
    return "[]" if dims == "dimensionless" else dims


def conversion_factor(source: str, target: str) -> Fraction:
    """The exact factor that turns a figure in ``source`` units into ``target`` units.

    亿元 → 万元 is 10000; 万吨 → 斤 is 20000000. Only units of one dimension convert.

    Raises:
        UnitError: for an unknown unit, or units of different dimensions.
    """
    if source == target:
        return Fraction(1)
    require_same_dimension(source, target)
    ureg = registry()
    magnitude = ureg.Quantity(1, _pint_name(source)).to(_pint_name(target)).magnitude
    # The registry's factors are powers of ten and halves: exact in decimal notation.
    return Fraction(repr(float(magnitude)))


def registry_units() -> list[str]:
    """The report units the registry defines (人, 户, 万元, 亿美元, 个百分点 …)."""
    return [name for name in registry()._units if not name.isascii()]


def base_factor(unit: str) -> tuple[str, Fraction]:
    """The unit's dimension and the exact factor to that dimension's base unit.

    万元 → (``[currency]``, 10000); two units of one dimension compare once both are in
    the base unit, which is how a table of many units is converted in one pass.

    Raises:
        UnitError: for an unknown unit.
    """
    dimension = unit_dimension(unit)
    magnitude = registry().Quantity(1, _pint_name(unit)).to_base_units().magnitude
    return dimension, Fraction(repr(float(magnitude)))


def is_count_unit(unit: str) -> bool:
    """Whether the unit counts whole things, so that whole-number reasoning applies."""
    return unit in COUNT_UNITS or unit in PERSON_ALIASES


# Names of a figure in a counting unit that is no count: a rate per head (每万人口发明专利
# 拥有量25件, 万人刑事案件发案数46起), an average (日均办件量46件, 平均用时3天, 每天受理
# 117件, 校均), a density.
_NOT_WHOLE = re.compile(
    # 每天受理117件, 每个村3.2个, 校均, 村均, 百户拥有: averages all the same.
    r"每[十百千万天日周月年场个村户人次所]|^[十百千万]人|[日月周年户人场校班床村所店]均|平均|均值|密度"
    r"|百户"
)
# Counting units of a measure that reports round: an area in 亩 (造林92亩).
_ROUNDED_UNITS = frozenset({"亩"})


def counts_whole(unit: str, name: str = "") -> bool:
    """Whether a figure of this unit and name is a whole count, written exactly.

    147起 is 147; 每万人口发明专利拥有量25件, 日均办件量46件 and 造林92亩 are rounded like any
    measure, so whole-number reasoning does not apply to them.
    """
    return is_count_unit(unit) and unit not in _ROUNDED_UNITS and not _NOT_WHOLE.search(name)


def require_same_dimension(a: str, b: str) -> None:
    """Refuse to compare figures of two units unless they measure the same dimension.

    Raises:
        UnitError: naming both units and their dimensions.
    """
    da, db = unit_dimension(a), unit_dimension(b)
    if da != db:
        raise UnitError(f"cannot compare {a!r} ({da}) with {b!r} ({db})")
