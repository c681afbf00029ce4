"""The concept catalog: which indicators in different reports are the same thing.

The catalog is data (``concepts.yaml`` in the package), extendable by a catalog file of
the same form in the user's project (``concepts`` in ``[tool.xinhong-metrics]``, or
``--concepts FILE``; :func:`using_catalog` in Python). A name matches a concept when it
contains one of the concept's names and none of its ``not_names``; the longest matching
name wins, so 人均地区生产总值 is gdp-per-capita, never gdp.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from xinhong_metrics._yaml import line_of, read_yaml_mapping
from xinhong_metrics.errors import ReportFileError
from xinhong_metrics.lexicon import AGE_GROUP, BOUNDED_CLASS, NAMED_NUMBER, SIZE_CLASS

__all__ = [
    "Catalog",
    "Concept",
    "catalog",
    "catalog_json_schema",
    "kin_below_national",
    "linkable_name",
    "load_catalog",
    "name_key",
    "product_unit",
    "reworded",
    "shipped_catalog",
    "specific_name",
    "using_catalog",
]

Growth = str  # comparable | nominal | points | none


@dataclass(frozen=True, slots=True)
class Concept:
    """One indicator of the genre, under every name it goes by.

    Attributes:
        id: the stable id drafts take for it (``gdp``).
        name: the canonical name.
        names: every name it goes by across years and levels.
        not_names: words that, in a name, make it another concept (人均).
        dimension: what it measures (currency, percent, people …).
        unit: its usual unit.
        growth: how its growth is stated: comparable (real), nominal, points or none.
        redefines: the id of a series it replaced with another definition, if any.
        loose_names: names that some reports use for another scope (a town's bare 财政收入
            may be its 财政总收入): a misfit between one of them and another of the
            concept's names is not comparable, not an error.
        kin_below_national: ids of concepts that may name the same measure in a report
            below the national level (一般公共预算收入 one year, 区级一般公共预算收入 the
            next): linked when the concept's own is missing, never concluded on.
        same_below_national: ids of concepts that are this measure below the national level
            (a province's or a prefecture's 地方一般公共预算收入 is its 一般公共预算收入):
            linked as kin are, and concluded on.
    """

    id: str
    name: str
    names: tuple[str, ...]
    not_names: tuple[str, ...] = ()
    dimension: str = ""
    unit: str = ""
    growth: Growth = "nominal"
    redefines: str | None = None
    loose_names: tuple[str, ...] = ()
    kin_below_national: tuple[str, ...] = ()
    same_below_national: tuple[str, ...] = ()


# Quotes, brackets, punctuation and 的 do not change a name: 中央财政用于“三农”的支出 is
# 中央财政用于三农支出, whichever a report and the catalog write.
_NOISE = re.compile(r"[\s“”\"'‘’「」《》（）()、，,。：:的]")


# How many more characters than the concept's name a name may have (全年, 全省, 中央财政,
# 全社会) and still be that concept.
_MAX_EXTRA = 6


# Words outside the concept's own name that make a figure a part of it: 民营企业进出口,
# 商贸服务业税收收入, 花炮出口额, 城镇常住人口, 数字经济总量, 中心城区优良天数比例.
_SUBSET = re.compile(
    r"民营|私营|外资|外商|国有|个体|城镇|农村|乡村|商贸|服务业|工业|农业|制造业|花炮|数字|"
    r"高新|跨境|电商|文旅|旅游|其中|城区|市区|园区|开发区"
)


# What may stand around a concept's name without making it a part or another thing: the
# jurisdiction as a whole (全省, 我市), the year, and the verbs and heads of a level
# (实现, 达到, 总额). Anything else (交通, 非, 县城, 对日, 红色, 一般贸易, 新增, 在建) makes
# it a part, a scope or another measure, and it matches no concept.
_NEUTRAL = re.compile(
    r"(?:全国|全省|全市|全区|全县|全州|全镇|全乡|全街道|全年|全社会|我国|我省|我市|我区|我县"
    r"|本市|本省|年度|当年|今年|去年|上年|年底|年末|年初|\d{4}年|实现|完成|达到|达|共有|拥有|共|合计"
    r"|总计|总额|总量|总|规模|额|量|为|预计|初步核算|按可比价格计算|可比价|拟安排|拟|安排"
    r"|跨上|迈上|跃上|突破|超过|修订|修正|调整|决算数|决算|执行数|完成数|总数|有效|平均)*"
)


# A concept name this long, inside another name, says which concept it is kept apart from.
_MIN_NEAR = 3


def _key(name: str) -> str:
    return _NOISE.sub("", name)


# The jurisdiction as a whole, before a name: 全省研发经费投入强度 is 研发经费投入强度; so
# is the year's end a stock is stated at (年末全市…存款余额), and 预计 of an estimate
# (预计全年技工贸总收入 is 技工贸总收入; the value says it is an estimate).
_OWN = re.compile(
    r"^(?:全国|全省|全市|全区|全县|全州|全盟|全旗|全镇|全乡|全街道|全年|我国|我省|我市|我区|我县"
    r"|我旗|我镇|我乡|我街道|本市|本区|本县|本旗|本镇|年末|年底|预计"
    # 街道下辖居民区 is the 居民区 the jurisdiction holds.
    r"|(?:街道|镇|乡|县|区|市)?下辖)+"
)

# The heads a name of a measure ends with (比重, 收入, 总额, 率 …): a name that ends
# otherwise is a phrase, not a measure's name.
_MEASURE_HEAD = re.compile(
    r"(?:总值|收入|支出|产值|增加值|投资|总额|总量|人数|数量|规模|指数|额|量|率|比重|占比|比例"
    r"|利润|税收|存款|贷款|产量|能耗|强度|面积|里程|装机|人次|户数|床位|企业|项目|资金|价格"
    r"|标准|容量|浓度|天数|游客|存栏|出栏|销售|专利|授权|人员|用户|警情|案件|事故|工单|系数"
    r"|出口|进口|在校生|毕业生|招生|单产|亩产|动力|对象|余额|限额|人口|位次"
    # A balance sheet's stocks (流动资产, 负债总计, 所有者权益, 应收账款, 国有资本).
    r"|资产|负债|权益|账款|资本)$"
)


# Heads that name a sum of money (偿还到期政府债务本金, 支付利息, 罚没款, 挽回经济损失): a
# name so ended, counted in 元, is the measure of how much, as a count's name is of how many.
_MONEY_HEAD = re.compile(
    r"(?:债务|债券|本金|利息|贴息|经费|基金|补助|补贴|奖补|拨款|出让金|罚没款|罚款|损失|费)$"
)


# A name opening with the year's end names a stock held then (年末全市有家庭农场, 年底
# 共有博物馆): a measure whatever its head, unless what follows is the year's flow.
_YEAR_END_STOCK = re.compile(r"^(?:年末|年底)(?!.*(?:新增|累计|增加|减少))")

# A drafted name this long at least may link across reports by itself.
_MIN_LINKED_NAME = 4
# Units of area, in which a report measures what it names (超低能耗建筑8.6万平方米, 高标准
# 农田12万亩): such a name, this long, is the measure of its area.
_AREA_UNITS = frozenset(("平方米", "万平方米", "亩", "万亩", "公顷", "平方公里"))

# Units that count things (党组织193个, 整治群租房254户, 发生火灾19起): a name counted so
# is the measure of how many, whatever its head, once it is this long.
_COUNTED = frozenset("家个名户起件所座项人处支条套辆台") | {
    "人次", "家次", "户次", "批次", "架次", "艘次", "车次", "班次"
}  # fmt: skip
_MIN_COUNTED_NAME = 3

# Units a communiqué gives products in (集成电路45.36亿块, 手机5108.6万台, 粗钢1256万吨): a
# product's name, however short, is the measure of its output. A bare head (产量, 总量) is not.
_PRODUCT_UNITS = frozenset(
    (
        "块",
        "台",
        "辆",
        "套",
        "只",
        "部",
        "艘",
        "架",
        "片",
        "吨",
        "千瓦",
        "千瓦时",
        "立方米",
        "重量箱",
    )
)
_SCALES = re.compile(r"^(?:万亿|亿|千万|百万|十万|万|千|百)")


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """A name without punctuation, quotes, 的 and the jurisdiction as a whole before it.

    The same in every year's draft: 全省高新技术产业增加值占规模以上工业增加值的比重 and
    高新技术产业增加值占规模以上工业增加值比重 have one key; so have 限额以上商贸企业 and
    限上商贸企业, the short form a later year may use.
    """
    key = _OWN.sub("", _key(_ASIDE.sub("", name)))
    key = _SYNONYMS.sub(lambda m: _SYNONYM[m.group()], key)
    if key.endswith("利润"):
        # 实现利润20.87亿元 is the year's 利润总额; 净利润 is another measure.
        key = _PROFIT.sub("利润总额", key)
    if "以上" in key:
        key = _SHORT_FORMS.sub(lambda m: _SHORT[m.group()], key)
    if "元" in key:
        # 集体经济收入超10万元的村 and 集体经济收入10万元以上的村: one class, by its bound.
        key = _BOUND_FORMS.sub(lambda m: f"{m['bound'] or m['b2']}以上", key)
    if key.endswith("次"):
        # 食品安全监督抽检批次 and 食品安全监督抽检 (in 批次 both): the unit said twice.
        cut = _UNIT_TAIL.sub("", key)
        key = cut if len(cut) >= _MIN_LINKED_NAME else key
    return key


# A count's unit said again at the end of its name (抽检批次, 接待游客人次).
_UNIT_TAIL = re.compile(r"(?:批次|人次|户次|家次|架次|艘次|车次|班次)$")


# An aside in brackets that another year's name leaves out (审计（调查）项目, 名师（名校长）
# 工作室); one that bounds the scope (（不含土地出让收入）, （按可比口径）) stays.
_ASIDE = re.compile(r"[（(](?![^（()）]*(?:含|除|口径|不|按|以上|以下))[^（()）]{1,8}[）)]")

# Names the genre writes two ways for one measure, each to the form it keeps: the common
# abbreviations (电商, 国企, 医保, 中职), the national renaming of 2023 (市场主体 is now
# 经营主体; 新登记 is 新设), heads written with or without 总 (工业总产值 and 工业产值,
# 用电总量 and 用电量), and the two words for online retail (网上, 网络零售额) and for trade
# in services (服务贸易进出口, 服务进出口).
_SYNONYM = {
    "电子商务": "电商",
    "国有企业": "国企",
    "基本医疗保险": "医保",
    "医疗保险": "医保",
    "中等职业学校": "中职",
    "市场主体": "经营主体",
    "新登记": "新设",
    "新设立": "新设",
    "村级集体": "村集体",
    "实现利润": "利润",
    "总产值": "产值",
    "总面积": "面积",
    "总里程": "里程",
    "网上零售": "网络零售",
    "用电总量": "用电量",
    "服务贸易进出口": "服务进出口",
    # 优良天数比率 and 优良天数比例 (round 48); 工业产品销售率, short 产销率 (round 49).
    "比率": "比例",
    "产品销售率": "产销率",
    # 城镇职工基本养老保险, now written 职工基本养老保险 (round 57), and its medical cover.
    "城镇职工基本养老": "职工基本养老",
    "城镇职工基本医疗保险": "职工医保",
}
_SYNONYMS = re.compile("|".join(sorted(_SYNONYM, key=len, reverse=True)))
# A year's profit, however written: 利润, 实现利润, 利润总额 (not 净利润 or 毛利润).
_PROFIT = re.compile(r"(?<![净毛])利润$")

# A class's lower bound of money, written before or after it (超10万元, 10万元及以上).
_BOUND_FORMS = re.compile(
    r"(?:超过|超|逾)(?P<bound>\d+(?:\.\d+)?(?:万|亿)?元)(?!以)|(?P<b2>\d+(?:\.\d+)?(?:万|亿)?元)及以上"
)
# The long forms of 规上 and 限上, which years trade for each other.
_SHORT = {"规模以上": "规上", "限额以上": "限上"}
_SHORT_FORMS = re.compile("|".join(_SHORT))


# A name this long at least, once the jurisdiction is off, is specific enough that a link by
# it alone may conclude (楼宇税收, 社区工作者, 锂离子电池产量); 毕业生 or 招生 may be of
# another level of schooling in the other year's report.
_SPECIFIC_NAME = 4
# … and written with this many characters at least, before its key spells it out.
_SPECIFIC_WRITTEN = 3


def kin_below_national(concept_id: str | None) -> tuple[str, ...]:
    """The other concepts that may name the same measure in a sub-national report.

    Nationally 地方 is the local governments' part of the whole, another measure; and a
    district's 区级 may be its own level of a 全区 figure: a link, never a verdict. The
    catalog in use says which (``kin_below_national`` of a concept, both ways).
    """
    return catalog().kin_below_national(concept_id)


def _without_named_numbers(key: str) -> str:
    """A name key without the figures that name things (PM2.5, 60岁及以上, 5级及以上)."""
    key = SIZE_CLASS.sub("", key)
    return NAMED_NUMBER.sub("", AGE_GROUP.sub("", BOUNDED_CLASS.sub("", key)))


def specific_name(name: str) -> bool:
    """Whether a linkable drafted name is specific enough for a check across reports on it.

    Over the twelve written test rounds 28–39, the links by a name of four characters or
    more (夏粮产量, 罚没收入, 家庭农场 …: 131 comparisons) were all of one measure, and
    every misfit on such a name was a planted error; the one false misfit was on 毕业生
    (three characters), which another year's report gave for another level of schooling.
    """
    # 利润 keys as 利润总额, yet says no more than two characters do: it stays for review.
    written = _OWN.sub("", _key(_ASIDE.sub("", name)))
    return len(name_key(name)) >= _SPECIFIC_NAME and len(written) >= _SPECIFIC_WRITTEN


# Words that, added to a name, make it another scope, part, flow or stock of a measure
# (国内旅游收入 is a part of 旅游总收入; 新增学位 is the flow of 学位; 区级 is one level),
# so a name with them added is no rewording of the name without.
_SCOPE_WORDS = re.compile(
    r"新增|累计|余额|发放|级|属|口径|城镇|农村|城市|乡村|城乡|国内|国外|国际|境内|境外|海外|出口"
    r"|进口|人均|年均|平均|户均|占|比|其中|地方|本级|以上|以下|总|重点|公办|民办|国有|国企|民营"
    r"|私营|外资|内资|男|女|儿童|老年|当年|年末|年底|在建|新建|竣工|开工|计划|目标|净|直接|间接"
    # 此项, 该项, 上述: words pointing back to another measure of the text.
    r"|非|不|含|除|[外内]|此|该|这|上述|\d"
)
# A rewording adds at most this many characters, in at most two places.
_MAX_REWORDING = 4
_MAX_INSERTIONS = 2


def reworded(first: str, second: str) -> bool:
    """Whether one drafted name may be the other reworded a year later: a link for review.

    The shorter name's characters, in order, inside the longer one, with at most four
    characters added in one or two places, none of them a word of scope, flow or stock:
    智慧教室 and 智慧课堂教室, 重点人群签约服务覆盖率 and 重点人群签约率, 注册志愿者 and
    实名注册志愿者. 国内旅游收入 and 旅游收入 (国内), 新增学位 and 学位 (新增), 区级… (级)
    are not. Never a verdict: reports reword names, and they also name other measures.
    """
    a, b = name_key(first), name_key(second)
    short, long = sorted((a, b), key=len)
    if (
        len(short) < _MIN_LINKED_NAME
        or short == long
        or len(long) - len(short) > _MAX_REWORDING
        or short[-1] != long[-1]
    ):
        return False
    added, runs, i, gap = [], 0, 0, False
    for ch in long:
        if i < len(short) and ch == short[i]:
            i, gap = i + 1, False
            continue
        added.append(ch)
        runs += not gap
        gap = True
    if i < len(short) or runs > _MAX_INSERTIONS:
        return False
    return _SCOPE_WORDS.search("".join(added)) is None


@cache
def product_unit(unit: str) -> bool:
    """Whether products are counted in this unit (万辆, 亿块, 万千瓦时): their output's unit.

    千瓦时 is no 千 of 瓦时: the unit as written is tried first, then without its scale.
    """
    return unit in _PRODUCT_UNITS or _SCALES.sub("", unit) in _PRODUCT_UNITS


def linkable_name(name: str, unit: str = "") -> bool:
    """Whether a drafted name with no concept is specific enough to link across reports.

    It must name a measure (end with 比重, 收入, 总额, 率 …, or open with the year's end
    a stock is held at), hold no figure, and be at least four characters long once the
    jurisdiction is taken off: 高新技术产业增加值占规模以上工业增加值比重, 玉米产量 and
    年末全市有家庭农场 link; 总数, 投资 or 比上年 do not. A name of three characters or more
    counted in things (``unit`` 个, 户, 起 …: 基层党组织, 整治群租房, 发生火灾) links too,
    and so does one of three or more counted in 元 whose head names a sum (偿还到期政府债务
    本金, 支付利息, 罚没款). A check across reports on such a link concludes no error until
    a person reviews it (see the engine).
    """
    key = name_key(name)
    counted = unit in _COUNTED and len(key) >= _MIN_COUNTED_NAME
    if unit in _AREA_UNITS and len(key) >= _MIN_LINKED_NAME:
        counted = True  # 超低能耗建筑21.4万平方米: the area of what it names
    if unit.endswith("元") and len(key) >= _MIN_COUNTED_NAME and _MONEY_HEAD.search(key):
        counted = True  # 偿还到期政府债务本金2074.9亿元: the sum of what it names
    if (
        product_unit(unit)
        and len(key) >= 2  # noqa: PLR2004 (two characters name a product: 手机, 粗钢)
        and _MEASURE_HEAD.fullmatch(key) is None
    ):
        counted = True
    return (
        (len(key) >= _MIN_LINKED_NAME or counted)
        and (
            counted
            or _MEASURE_HEAD.search(key) is not None
            or _YEAR_END_STOCK.match(_key(name)) is not None
        )
        # 60岁及以上人口, 超过10万元的村: the ages and the bound name the group, no figure.
        and not any(ch.isdigit() for ch in _without_named_numbers(key))
        and not key.startswith(("比", "较", "同比", "其中", "占", "?"))
    )


class Catalog:
    """A set of concepts, matched by the longest name a text contains."""

    def __init__(self, concepts: Iterable[Concept]) -> None:
        """Index the concepts by name, longest names first."""
        self.concepts = {c.id: c for c in concepts}
        # Names by their first character, longest first: a name is matched by looking
        # up only the names that can start at each of its characters.
        self._by_first: dict[str, list[tuple[str, Concept]]] = {}
        for concept in self.concepts.values():
            for known in {_key(n) for n in (concept.name, *concept.names)}:
                if known:
                    self._by_first.setdefault(known[0], []).append((known, concept))
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: len(entry[0]), reverse=True)
        # Kin both ways: one concept's declaration is enough.
        self._kin: dict[str, set[str]] = {}
        self._same: set[frozenset[str]] = set()
        for concept in self.concepts.values():
            for other in (*concept.kin_below_national, *concept.same_below_national):
                if other in self.concepts and other != concept.id:
                    self._kin.setdefault(concept.id, set()).add(other)
                    self._kin.setdefault(other, set()).add(concept.id)
            self._same |= {
                frozenset((concept.id, o)) for o in concept.same_below_national if o != concept.id
            }

    def kin_below_national(self, concept_id: str | None) -> tuple[str, ...]:
        """The concepts that may name the same measure as this one below the national level."""
        return tuple(sorted(self._kin.get(concept_id or "", ())))

    def same_below_national(self, first: str | None, second: str | None) -> bool:
        """Whether two concepts are one measure below the national level (see Concept)."""
        return frozenset((first or "", second or "")) in self._same

    def match(self, name: str) -> Concept | None:
        """The concept a name measures, or ``None``.

        Args:
            name: an indicator's name as a report writes it (全省地区生产总值).
        """
        found = self._matched(name)
        return found[1] if found else None

    def loose_name(self, first: str, second: str) -> str | None:
        """The loose name (see :class:`Concept`) that links two names of one concept, if any.

        A town's 财政收入 and 一般公共预算收入 in the next year's report are one concept by
        their names, but the first may be the town's 财政总收入: the loose name is returned.
        The same loose name in both reports is ``None``: it is one usage.
        """
        a, b = self._matched(first), self._matched(second)
        if a is None or b is None or a[1] is not b[1] or a[0] == b[0]:
            return None
        return next((known for known, c in (a, b) if known in c.loose_names), None)

    def _matched(self, name: str) -> tuple[str, Concept] | None:
        best: tuple[str, Concept] | None = None
        name = _key(name)
        for i, char in enumerate(name):
            for known, concept in self._by_first.get(char, ()):
                if best is not None and len(known) <= len(best[0]):
                    break
                if (
                    name.startswith(known, i)
                    and not any(w in name for w in concept.not_names)
                    and _NEUTRAL.fullmatch(name[:i])
                    and _NEUTRAL.fullmatch(name[i + len(known) :])
                ):
                    best = (known, concept)
                    break
        if best is None or len(name) - len(best[0]) > _MAX_EXTRA:
            # 支持社会事业发展的国债投资 is one use of 国债投资, not the total: a name
            # that says much more than the concept's is a part of it, or another thing.
            return None
        return best

    def near(self, name: str) -> tuple[Concept, str] | None:
        """The concept whose name a name contains with words that keep it apart, if any.

        交通固定资产投资 holds 固定资产投资 with 交通 around it: a part or another scope of
        that concept, which :meth:`match` does not take. Returns the concept and the words.
        """
        if self.match(name) is not None:
            return None
        name = _key(name)
        for i, char in enumerate(name):
            for known, concept in self._by_first.get(char, ()):
                if len(known) >= _MIN_NEAR and name.startswith(known, i):
                    extra = name[:i] + "…" + name[i + len(known) :]
                    return concept, extra.strip("…")
        return None

    def __len__(self) -> int:
        return len(self.concepts)

    def extended(self, path: str | Path) -> Catalog:
        """This catalog with the concepts of a user's catalog file added (or replaced).

        Raises:
            ReportFileError: for a file that is unreadable, not YAML, or holds a concept
                with a missing or unknown field or a value of the wrong kind, naming the
                file, the line and the field.
        """
        tree = read_yaml_mapping(Path(path), str(path), what="a concept catalog")
        return Catalog([*self.concepts.values(), *_concepts_of(tree, str(path))])


# The fields of a concept: those the linking reads, and those that document it.
_LISTS = (
    "names",
    "not_names",
    "loose_names",
    "kin_below_national",
    "same_below_national",
    "scope",
    "levels",
    "seen",
)
_STRINGS = ("dimension", "unit", "note")
_GROWTHS = ("comparable", "nominal", "points", "none")


def _read(text: str, origin: str) -> list[Concept]:
    # libyaml's C loader (PyYAML) where the wheel has it: 20 ms, against 300 ms for a
    # pure-Python parser, and the catalog is read whenever a draft is made.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        tree: Any = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise ReportFileError(f"malformed catalog: {exc}", file=origin) from None
    if not isinstance(tree, dict):
        raise ReportFileError("a concept catalog must be a YAML mapping", file=origin)
    return _concepts_of(tree, origin)


def _concepts_of(tree: dict[str, Any], origin: str) -> list[Concept]:
    """The concepts of a catalog read as a mapping, each field checked."""
    for key in tree:
        if key not in ("version", "concepts"):
            raise ReportFileError(
                f"unknown field {key!r} (a catalog has version and concepts)",
                file=origin,
                line=line_of(tree, (str(key),)),
                field=str(key),
            )
    items = tree.get("concepts")
    if not isinstance(items, list):
        raise ReportFileError(
            "a concept catalog needs a list of concepts", file=origin, line=line_of(tree, ())
        )
    seen: dict[str, int] = {}
    concepts = []
    for i, item in enumerate(items):
        concept = _concept(item, _Where(tree, origin, i))
        if concept.id in seen:
            raise _Where(tree, origin, i).error(
                f"the id {concept.id!r} is also concepts[{seen[concept.id]}]", "id"
            )
        seen[concept.id] = i
        concepts.append(concept)
    return concepts


@dataclass(frozen=True, slots=True)
class _Where:
    """One concept of a catalog file, for errors that name its file, line and field."""

    tree: dict[str, Any]
    origin: str
    index: int

    def error(self, reason: str, key: str | None = None) -> ReportFileError:
        path: tuple[str | int, ...] = ("concepts", self.index, *((key,) if key else ()))
        field = f"concepts[{self.index}]" + (f".{key}" if key else "")
        return ReportFileError(reason, file=self.origin, line=line_of(self.tree, path), field=field)


def _concept(item: object, where: _Where) -> Concept:
    """One concept of a catalog file, every field of the right kind, or the error."""
    if not isinstance(item, dict):
        raise where.error("a concept is a mapping with an id and a name")
    for key in item:
        if key not in ("id", "name", "growth", "redefines", *_LISTS, *_STRINGS):
            raise where.error(f"unknown field {key!r}", str(key))
    for key in ("id", "name"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise where.error("a concept needs an id and a name (non-empty strings)", key)
    for key in _LISTS:
        value = item.get(key)
        if value is not None and (
            not isinstance(value, list) or not all(isinstance(v, str) for v in value)
        ):
            raise where.error(f"{key} must be a list of strings", key)
    for key in (*_STRINGS, "redefines"):
        if item.get(key) is not None and not isinstance(item[key], str):
            raise where.error(f"{key} must be a string", key)
    growth = item.get("growth") or "nominal"
    if growth not in _GROWTHS:
        raise where.error(f"growth must be one of {', '.join(_GROWTHS)}, not {growth!r}", "growth")
    return Concept(
        id=item["id"],
        name=item["name"],
        names=tuple(item.get("names") or ()),
        not_names=tuple(item.get("not_names") or ()),
        dimension=item.get("dimension") or "",
        unit=item.get("unit") or "",
        growth=growth,
        redefines=item.get("redefines"),
        loose_names=tuple(item.get("loose_names") or ()),
        kin_below_national=tuple(item.get("kin_below_national") or ()),
        same_below_national=tuple(item.get("same_below_national") or ()),
    )


def catalog_json_schema() -> str:
    """The JSON Schema of concept catalog files, as the text stored in ``schemas/``.

    It says what the loader checks, for an editor to say it while the file is written.
    """
    strings = {"type": "array", "items": {"type": "string"}}
    concept = {
        "type": "object",
        "required": ["id", "name"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string", "minLength": 1, "description": "The id drafts take."},
            "name": {"type": "string", "minLength": 1, "description": "The canonical name."},
            **dict.fromkeys(_LISTS, strings),
            **{key: {"type": "string"} for key in _STRINGS},
            "growth": {"enum": list(_GROWTHS), "default": "nominal"},
            "redefines": {"type": ["string", "null"]},
        },
    }
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "xinhong_metrics concept catalog",
        "type": "object",
        "required": ["concepts"],
        "additionalProperties": False,
        "properties": {
            "version": {"type": "integer"},
            "concepts": {"type": "array", "items": concept},
        },
    }
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


@cache
def shipped_catalog() -> Catalog:
    """The catalog shipped with the package."""
    text = resources.files("xinhong_metrics").joinpath("concepts.yaml").read_text("utf-8")
    return Catalog(_read(text, "concepts.yaml"))


# The catalog drafting and checking use: the shipped one unless a project's file extends it.
_IN_USE: ContextVar[Catalog | None] = ContextVar("xinhong_metrics_catalog", default=None)


def catalog() -> Catalog:
    """The catalog in use: the shipped one, or as :func:`using_catalog` extended it."""
    return _IN_USE.get() or shipped_catalog()


def load_catalog(path: str | Path) -> Catalog:
    """The shipped catalog extended by a project's catalog file (its concepts added or replaced).

    Raises:
        ReportFileError: as :meth:`Catalog.extended`.
    """
    return shipped_catalog().extended(path)


@contextmanager
def using_catalog(chosen: Catalog | str | Path | None) -> Iterator[Catalog]:
    """Draft and check with another catalog inside the block (a path is :func:`load_catalog`).

    ``None`` keeps the catalog in use. Example::

        with using_catalog("concepts.yaml"):
            findings = xm.check(["texts/"])
    """
    if chosen is None:
        yield catalog()
        return
    found = chosen if isinstance(chosen, Catalog) else load_catalog(chosen)
    token = _IN_USE.set(found)
    try:
        yield found
    finally:
        _IN_USE.reset(token)
