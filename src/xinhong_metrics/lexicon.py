"""Words of the genre that extraction needs: verbs to strip, names made of numerals, hotlines."""

from __future__ import annotations

from typing import Final

# Verbs and adverbs that open a clause before the thing counted: 召开党工委会议25次
# names 党工委会议, not 召开党工委会议.
LEADING_VERBS: Final = (
    "新建成", "同步推进", "持续推进", "全面开展", "累计推出", "累计排查", "累计隔离",
    "召开", "开展", "完成", "组织", "新增", "累计", "共计", "实现", "提供", "举办", "办理",
    "扶持", "抽调", "组建", "建成", "发动", "吸引", "惠及", "覆盖", "改造", "设置", "成立",
    "推出", "打造", "依托", "开发", "聚焦", "推进", "新发展", "收集", "录入", "指导",
    "接待", "给予", "对", "为", "有", "现有", "全街道共有", "共有", "其中",
    "以及", "下设", "辖区", "今年", "全年", "全区", "共", "达到", "达", "在全区",
)  # fmt: skip

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
)

# Names and idioms written with numerals: never quantities.
NAMES: Final = (
    "长三角", "一网统管", "一网通办", "最后一公里", "盗三车", "七莘路", "三重一大", "二次装修",
    "第三方", "一对一", "四史", "五定", "两新", "双最", "三中心", "一线", "一体化", "一站式",
    "一门式", "一件事", "一张网", "一盘棋", "十大", "四责协同", "两个共同学", "五级防疫",
    "五项文明行为", "水上十景", "三人", "一网", "两网融合",
)  # fmt: skip

# Service numbers that appear as numbers in these reports.
HOTLINES: Final = ("12345", "110", "119", "120", "12315", "12348", "12319", "962121", "12388")

# Words after a change that say it is a change against the year before, or a base.
CHANGE_CONTEXT: Final = (
    "与上年同期相比", "与去年同期相比", "比上年同期", "较上年同期", "比去年同期", "较去年同期",
    "同比去年", "同比", "比上年末", "较上年末", "比上年", "较上年", "比去年", "较去年",
    "与上年相比", "较同期", "比同期", "比年初", "较年初",
)  # fmt: skip
INCREASE: Final = ("增长", "增加", "提高", "提升", "上升", "上涨")
DECREASE: Final = ("下降", "减少", "降低", "回落", "下滑")

# Full-width digits, point, percent and signs as published (７．４万亿元, ５％) and their
# ASCII forms, one character for one, so that offsets stay where they were.
HALF_WIDTH: Final = str.maketrans("０１２３４５６７８９．％＋－", "0123456789.%+-")
