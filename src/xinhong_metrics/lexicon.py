"""The vocabulary of the genre in one place: numerals, scales, directions, qualifiers.

Also the classifiers, and the words with numerals that are not numbers. numbers
(reading a figure), scan (finding numbers), units and extract all take their words
from here, so a word is added once and read the same way everywhere.
"""

from __future__ import annotations

import re
from typing import Final

# Verbs and adverbs that open a clause before the thing counted: 召开党工委会议25次
# names 党工委会议, not 召开党工委会议.
LEADING_VERBS: Final = (
    "新建成", "同步推进", "持续推进", "全面开展", "累计推出", "累计排查", "累计隔离",
    "推进好", "召开", "开展", "完成", "组织", "累计", "共计", "实现", "提供", "举办", "办理",
    "扶持", "抽调", "组建", "建成", "发动", "吸引", "惠及", "覆盖", "改造", "设置", "成立",
    "推出", "打造", "依托", "开发", "聚焦", "推进", "新发展", "收集", "录入", "指导", "受理",
    "接待", "给予", "对", "为", "有", "现有", "全街道共有", "共有", "其中",
    "以及", "下设", "辖区", "今年", "全年", "全区", "共", "达到", "达", "在全区",
    # 全镇实现农业总产值: the jurisdiction, then the verb, before the name.
    "全市", "全省", "全县", "全镇", "全乡", "全街道",
    "拟发行", "拟安排", "拟投入", "发行", "安排", "力争", "争取", "确保",
)  # fmt: skip
# 新增 is no leading verb: 新增城镇就业 and 新增高新技术企业 are measures of their own, the
# year's additions, never the stock named without it.

# Words between a name and its figure: 签约率完成91%, 积案化解率为91%, 数达到72家.
LINKING_WORDS: Final = (
    "控制在",
    "保持在",
    "完成",
    "达到",
    "达",
    "为",
    "是",
    "共计",
    "共",
    "累计",
    "约",
    "增加至",
    "增至",
    # A level reached (占比升至41%, 事项扩大到300项): the verb is not the name.
    "增加到",
    "升至",
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "扩大到",
    "扩大至",
    "降至",
    "降低到",
    "下降到",
    "下降至",
    "稳定在",
    # 川渝通办事项扩展至355项, 上升到第3位: the verb of the level reached, not the name.
    "扩展至",
    "扩展到",
    "拓展至",
    "拓展到",
    "增长到",
    "增长至",
    "上升到",
    "上升至",
    "减少到",
    "减少至",
    "减至",
    # 农民专业合作社发展到1126家, 家庭农场发展至486家: grown to, as 增加到.
    "发展到",
    "发展至",
    # 科技型中小企业入库1.86万家, 评价入库2.1万家: registered, the way such firms are counted.
    "评价入库",
    "入库",
    # A goal's words between its name and figure (招商引资实际到位资金力争达到350亿元).
    "力争",
    "争取",
    "确保",
)

# Names and idioms written with numerals: never quantities.
NAMES: Final = (
    "长三角", "一网统管", "一网通办", "最后一公里", "盗三车", "七莘路", "三重一大", "二次装修",
    "第三方", "一对一", "四史", "五定", "两新", "双最", "三中心", "一线", "一体化", "一站式",
    "一门式", "一件事", "一张网", "一盘棋", "十大", "四责协同", "两个共同学", "五级防疫",
    "五项文明行为", "水上十景", "三人", "一网", "两网融合", "三网融合", "三网",
)  # fmt: skip

# The heads of the names of measures in money: 一般性支出, 规模以上工业产值, 营业收入.
MONEY_HEADS: Final = (
    "收入", "支出", "经费", "资金", "投资", "税收", "产值", "增加值", "总值", "总额", "销售额",
    "营业额", "利润", "存款", "贷款", "余额", "成交额", "交易额", "费用", "零售额", "消费额",
)  # fmt: skip

# Service numbers that appear as numbers in these reports.
HOTLINES: Final = ("12345", "110", "119", "120", "12315", "12348", "12319", "962121", "12388")
# The words a service number is said with (12345热线, 110报警).
HOTLINE_WORDS: Final = "投诉|热线|接报|报警|平台|服务|市民|政务|便民"
# Digits that are part of a name, not a figure: PM2.5平均浓度, 110报警类警情, 12345热线.
NAMED_NUMBER: Final = re.compile(
    rf"PM_?2\.5|PM10|(?<!\d)(?:{'|'.join(HOTLINES)})(?!\d)(?={HOTLINE_WORDS})"
    # 5G基站, 5G移动电话用户: a generation of networks, no figure.
    r"|(?<![\dA-Za-z.])[2-6]G(?![A-Za-z\d])"
    # 臭氧日最大8小时平均第90百分位浓度: the statistic's window and percentile name it.
    r"|(?<=最大)\d+小时(?=平均|滑动)|第\d+百分位"
)

# A class by a bound of money, which names the things counted: 集体经济收入超过10万元的村,
# 注册资本1000万元以上企业.
BOUNDED_CLASS: Final = re.compile(
    r"(?:超过|超|逾)\d+(?:\.\d+)?(?:万|亿)?元|\d+(?:\.\d+)?(?:万|亿)?元及?以[上下]"
)
# A class of works by the size that bounds it: 流量5立方米每秒及以上的水闸, 5级及以上堤防.
SIZE_CLASS: Final = re.compile(
    r"\d+(?:\.\d+)?(?:立方米每秒|立方米每日|立方米/秒|千瓦|级)及?以上的?"
)
# An age group, which names a population by its ages: 0—15岁, 60周岁及以上, 65岁以上.
AGE_GROUP: Final = re.compile(
    r"(?<![\d.])\d{1,3}(?:[—–\-－~～至到]\d{1,3})?周?岁(?:及以下|及以上|以下|以上)?"
)

# Words after a change that say it is a change against the year before, or a base.
CHANGE_CONTEXT: Final = (
    "与上年同期相比", "与去年同期相比", "比上年同期", "较上年同期", "比去年同期", "较去年同期",
    "同比去年", "同比", "比上年末", "较上年末", "比上年", "较上年", "比去年", "较去年",
    "与上年相比", "较同期", "比同期", "比年初", "较年初",
)  # fmt: skip
INCREASE: Final = ("增长", "增加", "提高", "提升", "上升", "上涨")
# 压减, 压降, 削减, 缩减: cut by policy (融资平台数量削减55.9%, 入企检查频次压减45%).
DECREASE: Final = ("下降", "减少", "降低", "回落", "下滑", "压减", "压降", "削减", "缩减")
# In a stated figure a bare 增 or 减 also gives the direction (增5.2%), as tables write
# it; in running text a bare 增 is too often part of a word (增收, 增效) to be one.
# 多 and 少 open a stated amount compared with last year's (比上年多3个, 少2起).
# A ratio's change (城乡居民收入比缩小0.05) narrows or widens it. A rank's move
# (较上年前移9位) takes its number down, 后移 up; a growth rate quickens (加快) or slows.
FIGURE_INCREASE: Final = (*INCREASE, "增产", "增收", "扩大", "后移", "后退", "加快", "增", "多")
FIGURE_DECREASE: Final = (
    *DECREASE, "减产", "减收", "缩小", "收窄", "前移", "前进", "放缓", "减缓", "减", "少"
)  # fmt: skip
# A change stated as none: 与上年持平.
STEADY: Final = ("持平", "基本持平", "保持稳定")

# Chinese numerals: the digits (〇 as 零, 两 as 二) and, with the small units, every
# character a numeral of these reports is written with.
CN_DIGITS: Final = "零〇一二两三四五六七八九"
CN_DIGIT_VALUES: Final = dict(zip(CN_DIGITS, (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
CN_NUMERALS: Final = CN_DIGITS + "十百千"
# The scales a figure is written with, largest first where one is a prefix of another.
SCALES: Final = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 10**3}

# Words around a figure and what they say about the true value (see numbers.Qualifier,
# whose values these are). Before the figure:
QUALIFIER_PREFIXES: Final = {
    "首次超过": "more_than",
    "首次突破": "more_than",
    "超过": "more_than",
    "突破": "more_than",
    "超": "more_than",  # 超3000亿元, 均超千列
    "多于": "more_than",
    "逾": "more_than",
    "不少于": "at_least",
    # 不超过3%, 不高于: a ceiling, never 超过's floor; 不低于每人每年670元 a floor.
    "不超过": "at_most",
    "不高于": "at_most",
    "不多于": "at_most",
    "不低于": "at_least",
    "至少": "at_least",
    "不足": "less_than",
    "不到": "less_than",
    "少于": "less_than",
    "近": "just_under",
    "将近": "just_under",
    "接近": "just_under",
    "大约": "about",
    "约": "about",
}
# After the figure (余 and 多 also between the figure and its scale: 1万多, 11000余).
QUALIFIER_SUFFIXES: Final = {
    "以上": "at_least",
    "以下": "at_most",
    "以内": "at_most",
    "左右": "about",
    "余": "somewhat_more",
    "多": "somewhat_more",
}

# The measure words after which a Chinese numeral counts something (scan). 大 and 类 are
# there for 三大系统 and 四类网格, 公里 and 车 for the idioms 最后一公里 and 盗三车, so
# that those are found and can be set aside. The counting units a report file may use
# are units.COUNT_UNITS; this list is wider (time words, idioms) and narrower (units
# written with digits only) on purpose: it finds numerals, it does not measure.
CLASSIFIERS: Final = (
    "个|大|类|项|条|家|名|级|届|轮|次|期|位|人|张|支|处|批|场|件|种|网|卷|景|"
    "公里|车|成|倍|户|座|所|套|年|月|天|周|部|份|本|册|段|片|栋|幢|间|台|辆|例|起|篇|节"
)

# Full-width digits, point, percent and signs as published (７．４万亿元, ５％) and their
# ASCII forms, one character for one, so that offsets stay where they were.
HALF_WIDTH: Final = str.maketrans("０１２３４５６７８９．％＋－", "0123456789.%+-")
_FULL_WIDTH = re.compile("[０-９．％＋－]")


def half_width(text: str) -> str:
    """The text with full-width digits and signs in ASCII, one character for one.

    A text with none is returned as it is: searching is some twenty times cheaper than
    translating a long text.
    """
    return text.translate(HALF_WIDTH) if _FULL_WIDTH.search(text) else text


# A rate in % lies in 0–100% only when it is a share of something (比重, 覆盖率, 失业率);
# a growth rate (增速 -2.3%, 增长156%), a price change (涨幅) or a margin can be below 0
# or above 100. A name with any of these words is not bounded; nor is one without a
# share word, since an unknown rate is not assumed to be a share.
GROWTH_WORDS: Final = (
    "增速", "增长", "增幅", "降幅", "涨幅", "跌幅", "上涨", "下降", "速度", "利润率",
    "收益率", "回报率", "贡献率", "拉动", "价格", "指数", "完成", "目标",
)  # fmt: skip
SHARE_WORDS: Final = ("比重", "占比", "比例", "率", "份额", "覆盖面", "普及")
# Rates that are ratios of one amount to another, not a part of its whole: they pass 100%
# (毛入学率 101.2%, 拨备覆盖率, 粮食自给率, 产销率, 综合债务率, 预算执行率, 资金到位率) or
# fall below 0 (通胀率, 毛利率, 人口净流入率, 净稳定资金比例 aside).
RATIO_WORDS: Final = (
    "毛入", "拨备", "流动性", "资本充足", "净稳定", "自给", "产销", "债务", "负债", "杠杆",
    "投资率", "执行率", "到位", "去化", "通胀", "通货膨胀", "毛利", "净", "周转", "偿债",
    "存贷", "超额", "兑付", "储蓄率", "使用率", "征缴", "收缴", "出栏率", "结案率", "回收率",
    "赔付", "清收", "载客率",
)  # fmt: skip


def is_share_name(name: str) -> bool:
    """Whether an indicator named so is a share, and so lies in 0–100%."""
    return any(w in name for w in SHARE_WORDS) and not any(
        w in name for w in (*GROWTH_WORDS, *RATIO_WORDS)
    )


# Parts of the year written two ways: 前三季度 is 1—9月, 截至9月末 is 9月末.
_NAMED_SPANS: Final = {
    "一季度": "1-3月",
    "第一季度": "1-3月",
    "上半年": "1-6月",
    "前三季度": "1-9月",
}
_SPAN_DASH: Final = re.compile(r"\s*[—–~～〜至到－-]\s*")
_SPAN_MARK: Final = re.compile(r"（[^）]*）$")


def span_key(span: str | None) -> str | None:
    """A part of the year in one spelling, for comparing two: 前三季度 and 1—9月 are one.

    截至9月末, 9月末 and 9月底 are one point of the year; a mark after the span (（据段首）,
    a span the paragraph's opening gives) is kept, as it says how the span was read.
    """
    if span is None:
        return None
    mark = _SPAN_MARK.search(span)
    core = span[: mark.start()] if mark else span
    core = core.replace("份", "").removeprefix("截至").removeprefix("截止")
    core = core.removesuffix("底") + ("末" if core.endswith("底") else "")
    core = _NAMED_SPANS.get(core, core)
    core = _SPAN_DASH.sub("-", core)
    return core + (mark.group() if mark else "")
