"""False alarms found by reading the genre as a hostile new user would, each kept fixed.

Every pair below is two consecutive county reports whose sentences are arithmetically
right; checked together, none may give an ``inconsistent`` finding. The sentences were
written for these tests in the genre's wording (a county's review of its year).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from xinhong_metrics import check
from xinhong_metrics.checks.crossyear import revision_reason
from xinhong_metrics.concepts import catalog
from xinhong_metrics.engine import report_set

HEAD = (
    "——{year}年1月15日在青岚县第十八届人民代表大会第{session}次会议上\n"
    "各位代表：\n一、{review}年工作回顾\n"
)


def inconsistent(tmp_path: Path, earlier: str, later: str) -> list[str]:
    """The messages of the inconsistent (or ambiguous) findings of two consecutive reports."""
    found = check_pair(tmp_path, earlier, later)
    alarms = found.filter(found["verdict"].is_in(["inconsistent", "ambiguous"]))
    return list(alarms["message"])


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # A part, or another scope, of the total never takes the total's concept.
        ("固定资产投资186.3亿元，增长12.3%。", "完成交通固定资产投资36.2亿元，增长18.6%。"),
        ("实现旅游总收入76.4亿元，增长38.6%。", "红色旅游收入12.3亿元，增长16.2%。"),
        ("社会消费品零售总额112.6亿元，增长7.9%。", "县城社会消费品零售总额86.3亿元，增长6.6%。"),
        ("税收收入14.38亿元，增长7.2%。", "非税收入6.11亿元，增长5.7%。"),
        ("进出口总额39.4亿元，增长12.4%。", "一般贸易进出口32.6亿元，增长10.8%。"),
        ("出口总额33.1亿元，增长10.2%。", "实现出口交货值18.6亿元，增长6.2%。"),
        ("出口总额33.1亿元，增长10.2%。", "对日出口12.3亿元，增长3.2%。"),
        ("常住人口38.71万人。", "流动常住人口3.62万人，增长2.1%。"),
        ("森林覆盖率71.3%。", "县城建成区森林覆盖率42.6%，提高1.2个百分点。"),
        # A stock and the year's addition to it are two measures.
        ("新建高标准农田2.1万亩。", "全县高标准农田面积达到34.0万亩，比上年增长7.6%。"),
        ("公路通车里程2863公里，其中农村公路2465公里。", "新改建农村公路86公里，增长7.5%。"),
        # A scope in brackets right after the change is the change's.
        (
            "一般公共预算收入20.15亿元，增长8.2%。",
            "一般公共预算收入21.04亿元，增长6.9%（剔除留抵退税因素）。",
        ),
        (
            "一般公共预算收入20.15亿元，增长8.2%。",
            "一般公共预算收入21.04亿元，增长6.9%（按可比口径计算）。",
        ),
        # Part of the year, in more spellings.
        (
            "社会消费品零售总额112.6亿元，增长7.9%。",
            "1～11月，社会消费品零售总额108.3亿元，增长6.2%。",
        ),
        (
            "社会消费品零售总额112.6亿元，增长7.9%。",
            "元至11月，社会消费品零售总额108.3亿元，增长6.2%。",
        ),
        (
            "社会消费品零售总额112.6亿元，增长7.9%。",
            "截至12月中旬，社会消费品零售总额115.6亿元，增长6.2%。",
        ),
        (
            "社会消费品零售总额112.6亿元，增长7.9%。",
            "到11月底，完成社会消费品零售总额108.3亿元，增长6.2%。",
        ),
        (
            "社会消费品零售总额112.6亿元，增长7.9%。",
            "完成社会消费品零售总额108.3亿元（截至11月底），增长6.2%。",
        ),
        # A part of the year in a heading, or in the lead words of a paragraph, governs
        # the figures under it.
        (
            "社会消费品零售总额112.6亿元，增长7.9%。",
            "（一）1—11月主要经济指标完成情况\n社会消费品零售总额108.3亿元，增长6.2%。",
        ),
        (
            "社会消费品零售总额112.6亿元，增长7.9%。",
            "1—11月，全县经济运行总体平稳。社会消费品零售总额108.3亿元，增长6.2%。",
        ),
        (
            "社会消费品零售总额112.6亿元，增长7.9%。",
            "上半年主要指标\n（1）消费\n社会消费品零售总额58.3亿元，增长6.2%。",
        ),
        # Comparable prices said away from the change: opening its sentence, in brackets
        # after it, or in a note on the report's rates (48.20 → 50.12 is +4.0% nominal).
        ("工业总产值48.20亿元。", "按可比价格计算，全县工业总产值50.12亿元，增长2.1%。"),
        (
            "工业总产值48.20亿元。",
            "工业总产值50.12亿元，增长2.1%。注：工业总产值增速按可比价格计算。",
        ),
        (
            "工业总产值48.20亿元。",
            "工业总产值50.12亿元，增长2.1%。（注：总产值、增加值增速均按可比价格计算）",
        ),
        ("工业总产值48.20亿元。", "工业总产值50.12亿元，增长2.1%（按可比价格计算）。"),
        (
            "工业总产值48.20亿元。",
            "工业总产值50.12亿元，增长2.1%。注：本报告中涉及的增长速度均按可比价格计算。",
        ),
        ("工业总产值48.20亿元。", "以下增速均按可比价格计算。工业总产值50.12亿元，增长2.1%。"),
        ("工业总产值48.20亿元。", "工业总产值50.12亿元，可比价增长2.1%。"),
        ("工业总产值48.20亿元。", "工业总产值50.12亿元，实际增长2.1%。"),
        # A change on its own scope (扣除…影响, 还原…后), in its clause or opening the sentence.
        ("税收收入14.38亿元。", "扣除留抵退税因素，税收收入15.02亿元，增长9.1%。"),
        ("税收收入14.38亿元。", "税收收入15.02亿元，扣除留抵退税影响后增长9.1%。"),
        ("税收收入14.38亿元。", "税收收入15.02亿元，还原留抵退税后增长9.1%。"),
        ("城镇登记失业率3.2%。", "城镇登记失业率2.9%，扣除疫情影响后下降0.1个百分点。"),
        (
            "税收占一般公共预算收入比重为78.5%。",
            "税收占一般公共预算收入比重为79.1%，扣除留抵退税影响后提高1.6个百分点。",
        ),
        # 区级 and 区本级 are two budgets; a bare 财政收入 may be a town's 财政总收入.
        ("区级一般公共预算支出120.5亿元。", "区本级一般公共预算支出98.3亿元，比上年增长3.2%。"),
        ("区本级一般公共预算支出95.3亿元。", "区级一般公共预算支出125.3亿元，比上年增长3.1%。"),
        ("完成财政收入5.82亿元。", "完成一般公共预算收入3.15亿元，比上年增长4.2%。"),
        ("一般公共预算收入3.02亿元。", "财政收入5.82亿元，比上年增长4.2%。"),
        ("财政支出8.1亿元。", "一般公共预算支出6.3亿元，比上年增长4.2%。"),
        # A growth after a rate or share is the growth of the amount behind it.
        ("研发经费投入强度2.41%。", "研发经费投入强度2.52%，增长12.3%。"),
        ("税收占一般公共预算收入比重80.2%。", "税收占一般公共预算收入比重82.1%，同比增长11.4%。"),
        ("民营经济增加值占GDP比重为55.2%。", "民营经济增加值占GDP比重为56.1%，同比增长6.2%。"),
        # A rate list after a list of levels pairs in order (4.8% is the urban income's);
        # a first release (据初步统计, 快报) may be revised; a base given for last year.
        (
            "城镇居民人均可支配收入41230元，农村居民人均可支配收入21150元。",
            "城乡居民人均可支配收入分别达到43200元、22650元，增长4.8%、7.1%。",
        ),
        (
            "据初步统计，社会消费品零售总额112.6亿元，增长7.9%。",
            "社会消费品零售总额119.5亿元，增长5.0%。",
        ),
        (
            "社会消费品零售总额112.6亿元，增长7.9%（快报数）。",
            "社会消费品零售总额119.5亿元，增长5.0%。",
        ),
        (
            "一般公共预算收入20.15亿元。",
            "上年一般公共预算收入基数为20.31亿元。全年一般公共预算收入21.04亿元，增长3.6%。",
        ),
        # A 同口径 note; 两成多 is more than two tenths; a growth between the additions and
        # the stock; a sentence or a figure broken by a line, as text copied from a PDF is.
        (
            "社会消费品零售总额112.6亿元，增长7.9%。",
            "社会消费品零售总额119.5亿元，增长5.0%。增速按同口径计算。",
        ),
        (
            "网络零售额18.6亿元。",
            "网络零售额23.6亿元，增长两成多。",
        ),
        (
            "一般公共预算收入20.15亿元。",
            "新增国家高新技术企业21家，增长18.1%，总数达到98家。",
        ),
        (
            "固定资产投资186.3亿元。",
            "全年完成交通\n固定资产投资36.2亿元，增长18.6%。",
        ),
        (
            "一般公共预算支出52.1亿元。",
            "一般公共预算支出56.20亿元，其中民生支出46.\n12亿元，占一般公共预算支出的82.1%。",
        ),
        # From the session's review, second round: an undated from-to is no whole; a scope
        # or basis opening or trailing the sentence; notes on comparable scopes and on
        # estimates; a comma-joined rate list; parts past a semicolon, or overlapping.
        (
            "一般公共预算收入20.15亿元。",
            "一般公共预算收入由20.15亿元增加到21.04亿元，其中税收收入15.12亿元，占一般公共预算收入的71.9%。",
        ),
        (
            "社会消费品零售总额568.3亿元。",
            "按可比口径计算，全年社会消费品零售总额586.1亿元，比上年增长6.5%。",
        ),
        (
            "城镇居民人均可支配收入45210元。",
            "城镇居民人均可支配收入47380元，增长3.9%，扣除价格因素。",
        ),
        (
            "一般公共预算收入20.15亿元。",
            "一般公共预算收入21.04亿元，增长6.9%，剔除了留抵退税因素。",
        ),
        (
            "社会消费品零售总额112.6亿元，增长7.9%。",
            "社会消费品零售总额119.5亿元，增长5.0%。文中增速为可比口径。",
        ),
        (
            "社会消费品零售总额112.6亿元，增长7.9%。\n注：报告中2023年经济数据为预计数。",
            "社会消费品零售总额119.5亿元，增长5.0%。",
        ),
        (
            "进出口总额220.40亿元。",
            "税收收入、进出口总额分别完成21.84亿元和201.04亿元，同比增长10.8%，-8.8%。",
        ),
        (
            "一般公共预算收入20.15亿元。",
            "一般公共预算收入30.64亿元，其中税收收入23.03亿元；旅游总收入220.10亿元。",
        ),
        (
            "固定资产投资186.3亿元。",
            "固定资产投资完成196.3亿元，增长5.4%，其中工业投资62.5亿元、民间投资98.6亿元、基础设施投资55.2亿元。",
        ),
        (
            "出口总额33.10亿元。",
            "外贸进\n出口总额43.10亿元，比上年增长9.4%。",
        ),
        # A span broken by a line; rate lists joined by ， or 与; one change after a list.
        (
            "社会消费品零售总额112.6亿元。",
            "1—11\n月，社会消费品零售总额108.3亿元，增长6.2%。",
        ),
        (
            "社会消费品零售总额679.09亿元。旅游总收入193.88亿元。",
            "全年实现社会消费品零售总额751.29亿元，旅游总收入242.90亿元，比上年增长10.6%，25.3%。",
        ),
        (
            "旅游总收入44.03亿元。",
            "全年实现一般公共预算支出133.46亿元、民生支出160.10亿元、旅游总收入47.43亿元，增长3.9%。",
        ),
        (
            "社会消费品零售总额623.61亿元。",
            "民生支出、社会消费品零售总额分别为83.68亿元及607.65亿元、增长5.2%。",
        ),
        (
            "一般公共预算支出79.65亿元。",
            "全年实现规模以上工业总产值222.67亿元、一般公共预算支出78.74亿元，比上年增长4.2%与-1.1%。",
        ),
        # Last year's level in a clause after the change is the change's base.
        (
            "一般公共预算收入20.15亿元。",
            "一般公共预算收入21.04亿元，增长3.6%，上年同期为20.31亿元。",
        ),
        # The second review: rates per head and averages, and 亩, are rounded, not whole
        # counts; a change after one 其中 part may be the total's; a figure split by an
        # invisible character, a middle dot or a full-width comma; bonds issued are not the
        # quota.
        (
            "每万人口发明专利拥有量22件。",
            "每万人口发明专利拥有量25件，比上年增长12.6%。",
        ),
        (
            "完成造林75亩。",
            "完成造林92亩，同比增长22.8%。",
        ),
        (
            "引进项目32个。",
            "引进项目36个，其中亿元以上项目13个，同比增长12.5%。",
        ),
        (
            "一般公共预算收入3716.2亿元。",
            "一般公共预算收入3\u200b850.1亿元，增长3.6%。",
        ),
        (
            "一般公共预算收入3716.2亿元。",
            "一般公共预算收入3850·1亿元，增长3.6%。",
        ),
        (
            "新登记市场主体4820户。",
            "新登记市场主体5，234户，增长8.6%。",
        ),
        (
            "全年发行地方政府专项债券4.04万亿元。",
            "全年安排地方政府专项债券3.8万亿元，比上年增加1500亿元。",
        ),
        # An estimate broken by a line; a revision note on 相关数据 names no measure.
        (
            "社会消费品零售总额112.6亿元。",
            "预\n计全年社会消费品零售总额118.3亿元，增长6.2%。",
        ),
        (
            "社会消费品零售总额568.3亿元。",
            "社会消费品零售总额586.1亿元，比上年增长6.5%。\n注：根据第五次全国经济普查结果，对2023年相关数据进行了修订，增速按可比口径计算。",
        ),
        # A page footer inside a figure, as a PDF copy puts it.
        (
            "一般公共预算收入11.76亿元。",
            "一般公共预算收入12.0\n第1页\n6亿元，增长2.6%。",
        ),
        # A note that growth rates are on a comparable scope governs the report's changes.
        (
            "社会消费品零售总额112.6亿元，增长7.9%。",
            "社会消费品零售总额119.5亿元，增长3.6%。注：根据第五次全国经济普查结果，2023年有关"
            "数据已作修订，增速按可比口径计算。",
        ),
    ],
)
def test_no_false_alarm(tmp_path: Path, earlier: str, later: str) -> None:
    assert [] == inconsistent(tmp_path, earlier, later)


def test_a_wrong_change_of_the_same_measure_is_still_found(tmp_path: Path) -> None:
    """The control: 税收收入 14.38 → 15.42亿元 is +7.2%, not 增长9.2%."""
    found = inconsistent(tmp_path, "税收收入14.38亿元，增长7.2%。", "税收收入15.42亿元，增长9.2%。")
    assert len(found) == 1


def test_one_loose_name_in_both_years_is_still_compared(tmp_path: Path) -> None:
    """财政收入 5.58 → 5.82亿元 is +4.3%: the same name twice is one usage, checked."""
    found = inconsistent(tmp_path, "财政收入5.58亿元。", "财政收入5.82亿元，比上年增长6.2%。")
    assert len(found) == 1


@pytest.mark.parametrize(
    "later",
    [
        # The span's paragraph has ended.
        "1—11月，全县经济运行总体平稳。\n税收收入15.42亿元，增长9.2%。",
        # The sentence says it is of the whole year.
        "1—11月，全县经济运行总体平稳。全年税收收入15.42亿元，增长9.2%。",
        # A heading of the same level has closed the span's heading.
        "（一）1—11月主要指标\n工业稳定。\n（二）全年财政收支\n税收收入15.42亿元，增长9.2%。",
    ],
)
def test_a_governing_span_ends_where_the_text_says(tmp_path: Path, later: str) -> None:
    """税收收入 14.38 → 15.42亿元 is +7.2%: outside the span, 增长9.2% is still wrong."""
    assert len(inconsistent(tmp_path, "税收收入14.38亿元，增长7.2%。", later)) == 1


def test_a_census_note_on_gdp_does_not_excuse_a_restated_budget_figure(tmp_path: Path) -> None:
    """经济普查 revises the national accounts; it says nothing of 民生支出 restated."""
    text = "（根据第五次全国经济普查结果，地区生产总值有关数据已作修订。）"
    (tmp_path / "a.txt").write_text(
        HEAD.format(year=2024, session="四", review=2023) + "全县民生支出41.36亿元。",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        HEAD.format(year=2025, session="五", review=2024)
        + text
        + "\n2023年全县民生支出为423618万元。全县民生支出45.2亿元。",
        encoding="utf-8",
    )
    found = [f for f in check([str(tmp_path)]).to_dicts() if f["check"] == "restatement"]
    assert found
    assert all("经济普查" not in f["message"] for f in found)


@pytest.mark.parametrize(
    ("name", "concept"),
    [
        ("全省地区生产总值", "gdp"),
        ("2024年社会消费品零售总额", "retail-sales"),
        ("实现地区生产总值", "gdp"),
        ("年底国家外汇储备", "foreign-exchange-reserves"),
        ("交通固定资产投资", None),
        ("非税收入", None),
        ("乡镇税收收入", None),
        ("出口交货值", None),
    ],
)
def test_only_neutral_words_may_stand_around_a_concepts_name(
    name: str, concept: str | None
) -> None:
    """全省, 实现, 2024年 leave a name its concept; 交通, 非, 乡镇, 交货值 do not."""
    found = catalog().match(name)
    assert concept == (found.id if found else None)


def test_a_false_first_time_is_found_across_years(tmp_path: Path) -> None:
    """首次突破500公里 when the year before was already 521公里: not the first time."""
    found = inconsistent(
        tmp_path,
        "高速公路通车里程突破500公里、达到521公里。",
        "高速公路通车里程首次突破500公里、达到558公里。",
    )
    assert [m.startswith("not the first time: 2023 was already 521公里") for m in found] == [True]


def test_a_first_time_is_not_decided_against_part_of_the_earlier_year(tmp_path: Path) -> None:
    """1—11月 of the year before is no test of 首次 for the whole year."""
    assert [] == inconsistent(
        tmp_path,
        "1—11月，社会消费品零售总额突破500亿元、达到512亿元。",
        "社会消费品零售总额首次突破500亿元、达到568亿元。",
    )


STREET = (
    "桂园街道办事处{0}年工作报告\n——{1}年1月15日在桂园街道第二届居民议事会第{2}次会议上\n"
    "各位代表：\n一、{0}年工作回顾\n"
)
BUDGET = (
    "关于澄川区{0}年预算执行情况和{1}年预算草案的报告\n——{1}年1月10日在澄川区第三届人民代表"
    "大会第{2}次会议上\n各位代表：\n一、{0}年预算执行情况\n"
)
CITY = (
    "禾州市政府工作报告\n——{1}年1月7日在禾州市第十七届人民代表大会第{2}次会议上\n各位代表：\n"
    "一、{0}年工作回顾\n"
)
BULLETIN = "岚溪市{0}年国民经济和社会发展统计公报\n岚溪市统计局\n{1}年3月18日\n一、综合\n"


def inconsistent_in(tmp_path: Path, head: str, earlier: str, later: str | None) -> list[str]:
    """The inconsistent findings of a report of 2024 (and one of 2025) under ``head``."""
    (tmp_path / "a.txt").write_text(head.format(2024, 2025, "三") + earlier, encoding="utf-8")
    if later is not None:
        (tmp_path / "b.txt").write_text(head.format(2025, 2026, "四") + later, encoding="utf-8")
    found = check([str(tmp_path)])
    alarms = found.filter(found["verdict"].is_in(["inconsistent", "ambiguous"]))
    return list(alarms["message"])


@pytest.mark.parametrize(
    ("head", "earlier", "later"),
    [
        # Last year's figure in brackets is last year's, never this year's level.
        (STREET, "新增市场主体1418户（上年为1252户），同比增长13.26%。", None),
        (STREET, "受理热线工单3318件（上年同期3862件），同比下降14.09%。", None),
        (
            STREET,
            "新增市场主体1418户（2023年数据经区市场监管局核实为1252户），同比增长13.26%。",
            None,
        ),
        # 预计 governs its sentence past semicolons, and the 其中 sentence after it.
        (
            BUDGET,
            "全区一般公共预算收入预计完成18.62亿元，比上年增长6.8%。其中，税收收入13.95亿元，增长8.1%。",
            "全区一般公共预算收入预计完成19.87亿元，增长6.6%。其中，税收收入14.72亿元，增长5.1%。",
        ),
        (
            CITY,
            "预计全年地区生产总值2856.4亿元，增长6.1%；一般公共预算收入218.6亿元，增长5.8%。",
            "一般公共预算收入230.2亿元，增长5.1%。",
        ),
        # A note that last year's data were revised, or a revised level in a note.
        (
            BULLETIN,
            "全年社会消费品零售总额168.73亿元。",
            "全年社会消费品零售总额180.15亿元，比上年增长6.5%。\n注：上年数据已修订。",
        ),
        (
            BULLETIN,
            "全年社会消费品零售总额168.73亿元。",
            "全年社会消费品零售总额180.15亿元，比上年增长6.5%。\n"
            "注：2024年社会消费品零售总额根据统计年报核定为169.16亿元。",
        ),
        # A wider jurisdiction's figure in a narrower one's report is not its own.
        (
            CITY,
            "一般公共预算收入218.6亿元。",
            "全省一般公共预算收入2798.6亿元、增长4.2%，我市一般公共预算收入230.2亿元、增长5.3%。",
        ),
        (
            CITY,
            "社会消费品零售总额1286.5亿元。",
            "从全省看，社会消费品零售总额1.43万亿元，增长5.1%。",
        ),
        (
            STREET,
            "全年完成税收收入9860万元。",
            "全区税收收入38.6亿元、增长4.2%，街道完成税收收入1.12亿元、增长13.6%。",
        ),
        # A year that opens a sentence of final accounts (决算) dates each past semicolons.
        (
            BUDGET,
            "全区一般公共预算支出完成78.26亿元，比上年增长2.1%。",
            "2024年全区一般公共预算收入决算数为34.13亿元；一般公共预算支出决算数为78.30亿元，"
            "比上年增长2.9%。",
        ),
        # Last year's figure as revised, in a note after the change or in the next sentence.
        (
            BUDGET,
            "全区税收收入23.11亿元，增长2.2%。",
            "全区税收收入23.02亿元，同比增长4.1%（注：上年数据已根据决算结果修订为22.11亿元）。",
        ),
        (
            BUDGET,
            "全区税收收入23.11亿元，增长2.2%。",
            "全区税收收入23.02亿元，同比增长4.1%。上年数据已根据决算结果修订为22.11亿元。",
        ),
        # After a list of parts, the change may be the total's: not concluded.
        (STREET, "新增市场主体1418户，其中企业386户、个体工商户1032户，同比增长13.80%。", None),
    ],
)
def test_no_false_alarm_in_other_genres(
    tmp_path: Path, head: str, earlier: str, later: str | None
) -> None:
    assert [] == inconsistent_in(tmp_path, head, earlier, later)


def test_a_note_on_revised_data_keeps_the_changes_that_fit(tmp_path: Path) -> None:
    """With 注：上年数据已修订, a change the published levels give is still consistent."""
    (tmp_path / "a.txt").write_text(
        BULLETIN.format(2024, 2025, "") + "全年社会消费品零售总额168.73亿元。", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        BULLETIN.format(2025, 2026, "")
        + "全年社会消费品零售总额180.15亿元，比上年增长6.8%。\n注：上年数据已修订。",
        encoding="utf-8",
    )
    found = [f for f in check([str(tmp_path)]).to_dicts() if f["check"] == "cross-year-change"]
    assert ["consistent"] == [f["verdict"] for f in found]


def test_a_bracketed_prior_checks_the_change_in_the_report(tmp_path: Path) -> None:
    """1418户（上年为1252户），同比增长13.26%: consistent within the report; 增长15% is not."""
    (tmp_path / "a.txt").write_text(
        STREET.format(2024, 2025, "三") + "新增市场主体1418户（上年为1252户），同比增长15.26%。",
        encoding="utf-8",
    )
    found = check([str(tmp_path)]).to_dicts()
    assert ["inconsistent"] == [f["verdict"] for f in found if f["check"] == "relative-change"]


def test_a_note_on_one_revised_measure_excuses_only_its_changes(tmp_path: Path) -> None:
    """A note that 地区生产总值 was revised says nothing of 社会消费品零售总额's growth."""
    note = (
        "\n注：根据第五次全国经济普查结果，2024年地区生产总值修订为418.62亿元，本公报中"
        "2025年有关增长速度按修订后数据计算。"
    )
    found = inconsistent_in(
        tmp_path,
        BULLETIN,
        "全年社会消费品零售总额168.73亿元。",
        "全年社会消费品零售总额180.15亿元，比上年增长7.8%。" + note,
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    "note",
    [
        "（注：上年数据已根据决算结果修订为22.11亿元）。",
        "。上年数据已根据决算结果修订为22.11亿元。",
    ],
)
def test_a_revised_prior_in_a_note_checks_the_change_in_the_report(
    tmp_path: Path, note: str
) -> None:
    """增长4.1% on a revised 22.11亿元 fits 23.02亿元; 增长9.1% does not."""
    (tmp_path / "a.txt").write_text(
        BUDGET.format(2025, 2026, "四") + "全区税收收入23.02亿元，同比增长9.1%" + note,
        encoding="utf-8",
    )
    found = check([str(tmp_path)]).to_dicts()
    changes = [f for f in found if f["check"] == "relative-change"]
    assert [("inconsistent", [2024, 2025])] == [(f["verdict"], f["periods"]) for f in changes]


def test_a_change_after_last_years_final_account_is_of_that_year(tmp_path: Path) -> None:
    """2024年…决算数为78.30亿元，比上年增长2.9% in the review of 2025: 2023 to 2024."""
    (tmp_path / "a.txt").write_text(
        BUDGET.format(2025, 2026, "四")
        + "2024年全区一般公共预算收入决算数为34.13亿元；一般公共预算支出决算数为78.30亿元，"
        "比上年增长2.9%。",
        encoding="utf-8",
    )
    found = check([str(tmp_path)]).to_dicts()
    assert [[2023, 2024]] == [f["periods"] for f in found if f["check"] == "relative-change"]


@pytest.mark.parametrize(("points", "verdict"), [("0.7", "consistent"), ("1.7", "inconsistent")])
def test_a_share_named_by_its_part_and_whole_links_across_years(
    tmp_path: Path, points: str, verdict: str
) -> None:
    """民生支出…占一般公共预算支出的80.3%，比上年提高0.7个百分点 against last year's 79.6%."""
    (tmp_path / "a.txt").write_text(
        BUDGET.format(2023, 2024, "三")
        + "一般公共预算支出356.2亿元。其中，民生支出283.5亿元，占一般公共预算支出的79.6%。",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        BUDGET.format(2024, 2025, "四")
        + "一般公共预算支出368.7亿元。其中，民生支出296.1亿元，占一般公共预算支出的80.3%，"
        + f"比上年提高{points}个百分点。",
        encoding="utf-8",
    )
    found = check([str(tmp_path)]).to_dicts()
    assert [verdict] == [f["verdict"] for f in found if f["check"] == "cross-year-points"]


CITY = (
    "邢台市人民政府工作报告\n——{0}年1月14日在邢台市第十六届人民代表大会第{1}次会议上\n"
    "一、{2}年工作回顾\n"
)


@pytest.mark.parametrize(
    ("amount", "verdict"), [("100.4", "consistent"), ("135.1", "inconsistent")]
)
def test_a_level_revised_from_one_figure_to_another_is_the_years(
    tmp_path: Path, amount: str, verdict: str
) -> None:
    """2023年…由2613.5亿元修订为2648.2亿元: the change is against 2648.2, not the earlier
    report's 2613.5 (hunt 11: 比上年增加100.4亿元 was called inconsistent), and the restated
    level is a revision the note gives a reason for."""
    (tmp_path / "a.txt").write_text(
        CITY.format(2024, "三", 2023) + "全市地区生产总值完成2613.5亿元，按可比价格计算增长6.4%。",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        CITY.format(2025, "四", 2024)
        + f"全市地区生产总值完成2748.6亿元，比上年增加{amount}亿元，按可比价格计算增长5.8%。\n"
        + "注：根据第五次全国经济普查结果，2023年全市地区生产总值由2613.5亿元修订为2648.2亿元。",
        encoding="utf-8",
    )
    found = check([str(tmp_path)]).to_dicts()
    amounts = [f for f in found if f["check"] in ("absolute-change", "cross-year-change")]
    assert [verdict] == [f["verdict"] for f in amounts if "增加" in f["quote"]]
    [restated] = [f for f in found if f["check"] == "restatement"]
    assert "not_comparable" == restated["verdict"]
    assert "经济普查" in restated["message"]


@pytest.mark.parametrize(("points", "verdict"), [("1.5", "consistent"), ("1.7", "inconsistent")])
def test_a_rise_from_one_level_to_another_in_one_years_review_is_from_last_year(
    tmp_path: Path, points: str, verdict: str
) -> None:
    """比重由12.8%提高到14.3%，提高1.7个百分点 (hunt 11): 14.3 - 12.8 is 1.5 points."""
    (tmp_path / "a.txt").write_text(
        CITY.format(2026, "六", 2025)
        + f"数字经济核心产业增加值占地区生产总值比重由12.8%提高到14.3%，提高{points}个百分点。",
        encoding="utf-8",
    )
    found = check([str(tmp_path)]).to_dicts()
    assert [verdict] == [f["verdict"] for f in found if f["check"] == "point-change"]


@pytest.mark.parametrize(
    ("listed", "verdict"),
    [
        # Every item ends with the noun counted: plainly the members (hunt 11).
        ("王宅村、蒋宅村、田心村、塘下洋村、寺口村等4个村", "inconsistent"),
        ("王宅村、蒋宅村、田心村、塘下洋村、寺口村等5个村", "consistent"),
        # Items that do not end with it may be words before the list: for review.
        ("推动王宅、蒋宅、田心、塘下洋、寺口等4个村", "unverifiable"),
    ],
)
def test_a_list_of_named_members_is_checked_plainly(
    tmp_path: Path, listed: str, verdict: str
) -> None:
    """王宅村、…、寺口村等4个村: five villages named, four counted."""
    (tmp_path / "a.txt").write_text(
        CITY.format(2021, "六", 2020) + listed + "成功创建省级美丽乡村特色精品村。",
        encoding="utf-8",
    )
    found = check([str(tmp_path)]).to_dicts()
    assert [verdict] == [f["verdict"] for f in found if f["check"] == "listed-count"]


@pytest.mark.parametrize(
    ("amount", "verdict"), [("135.1", "consistent"), ("100.4", "not_comparable")]
)
def test_an_amount_of_gdp_against_last_years_first_release_is_no_error(
    tmp_path: Path, amount: str, verdict: str
) -> None:
    """比上年增加100.4亿元 against the earlier report's 2613.5亿元, with no note: GDP is
    verified and revised after its first release, so a misfit is no error."""
    (tmp_path / "a.txt").write_text(
        CITY.format(2024, "三", 2023) + "全市地区生产总值完成2613.5亿元。", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        CITY.format(2025, "四", 2024) + f"全市地区生产总值完成2748.6亿元，比上年增加{amount}亿元。",
        encoding="utf-8",
    )
    found = check([str(tmp_path)]).to_dicts()
    assert [verdict] == [f["verdict"] for f in found if f["check"] == "cross-year-change"]


@pytest.mark.parametrize(
    ("rate", "verdict"),
    [("105.5", "consistent"), ("115.5", "unverifiable")],
)
def test_a_completion_rate_is_checked_against_last_years_target(
    tmp_path: Path, rate: str, verdict: str
) -> None:
    """城镇新增就业5.8万人，完成年度目标的105.5% against the earlier plan's 5.5万人以上:
    at most 5.85/5.5 = 106.4%. A rate above that is for review: the goal was below the
    plan's floor, as a task set from above (省下达任务) may be."""
    (tmp_path / "a.txt").write_text(
        CITY.format(2024, "三", 2023)
        + "城镇新增就业5.6万人。\n二、2024年工作安排\n主要预期目标是：城镇新增就业5.5万人以上。",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        CITY.format(2025, "四", 2024) + f"城镇新增就业5.8万人，完成年度目标的{rate}%。",
        encoding="utf-8",
    )
    found = check([str(tmp_path)]).to_dicts()
    [completion] = [f for f in found if f["check"] == "share-rate"]
    assert verdict == completion["verdict"]
    assert "5.5万人以上" in completion["message"]
    assert len(set(completion["report"])) == 2


@pytest.mark.parametrize(
    ("share", "verdict", "said"),
    [
        # A specific name (four characters or more): the misfit is an error on that name.
        (
            "林下经济产值占林业总产值比重达",
            "inconsistent",
            "linked to the other report by the name",
        ),
        ("入园比例达", "inconsistent", "linked to the other report by the name 入园比例"),
    ],
)
def test_a_drafted_name_alone_links_across_years(
    tmp_path: Path, share: str, verdict: str, said: str
) -> None:
    """林下经济产值占林业总产值比重 has no concept: the two years link by name, and the misfit
    (40.3 - 39.5 = 0.8, not 1.2) says it rests on the name."""
    (tmp_path / "a.txt").write_text(CITY.format(2024, "三", 2023) + share + "39.5%。", "utf-8")
    (tmp_path / "b.txt").write_text(
        CITY.format(2025, "四", 2024) + share + "40.3%，比上年提高1.2个百分点。", "utf-8"
    )
    found = check([str(tmp_path)]).to_dicts()
    [points] = [f for f in found if f["check"] == "cross-year-points"]
    assert verdict == points["verdict"]
    assert said in points["message"]
    assert "0.8 points" in points["message"]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # The part right before 占, the whole named by exactly those words: plain (hunt 12).
        (
            "一般公共预算收入58.9亿元，其中税收收入48.6亿元，占一般公共预算收入比重达86.2%。",
            "inconsistent",
        ),
        (
            "一般公共预算收入58.9亿元，其中税收收入48.6亿元，占一般公共预算收入比重达82.5%。",
            "consistent",
        ),
        # A whole of another name (地方…) is not the one the 占 words name: not checked.
        (
            "地方一般公共预算收入58.9亿元，其中税收收入48.6亿元，占一般公共预算收入比重达86.2%。",
            "unverifiable",
        ),
    ],
)
def test_a_share_of_a_whole_named_in_the_sentence_is_checked_plainly(
    tmp_path: Path, sentence: str, verdict: str
) -> None:
    """其中税收收入48.6亿元，占一般公共预算收入比重达86.2%: 48.6/58.9 is 82.5%."""
    (tmp_path / "a.txt").write_text(CITY.format(2026, "六", 2025) + sentence, "utf-8")
    found = check([str(tmp_path)]).to_dicts()
    assert [verdict] == [f["verdict"] for f in found if f["check"] == "share-rate"]


def test_a_provinces_high_tech_share_links_by_its_concept(tmp_path: Path) -> None:
    """高新技术产业增加值占规模以上工业增加值比重 (江西 writes it so) is a concept of its own:
    40.3 - 39.5 is 0.8 points, not the stated 1.2 (a planted error of the twelfth hunt)."""
    share = "高新技术产业增加值占规模以上工业增加值比重达"
    (tmp_path / "a.txt").write_text(CITY.format(2024, "三", 2023) + share + "39.5%。", "utf-8")
    (tmp_path / "b.txt").write_text(
        CITY.format(2025, "四", 2024) + share + "40.3%，比上年提高1.2个百分点。", "utf-8"
    )
    found = check([str(tmp_path)]).to_dicts()
    assert ["inconsistent"] == [f["verdict"] for f in found if f["check"] == "cross-year-points"]


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # A list whose last items are joined by 和, 及 or 以及.
        ("", "东湖村、西湖村、南山村和北山村4个村成功创建省级未来乡村。"),
        ("", "红星村、光明村以及东风村3个村的集体经济收入突破100万元。"),
        ("", "实验小学、城东小学和新安江第二中学3所学校新校区建成投用。"),
        # A count of something that only starts with the items' last character.
        ("", "完成王宅村、蒋宅村5个村民小组的土地流转。"),
        ("", "东湖村、西湖村3个村级光伏项目并网发电。"),
        ("", "对东湖村、西湖村、南山村4个村庄实施景观提升。"),
        # Doublings and multiples, loosely as the genre writes them.
        ("跨境电商交易额10.2亿元。", "跨境电商交易额达到23.6亿元，比上年实现翻番。"),
        ("技术合同成交额12.4亿元。", "技术合同成交额32.1亿元，比上年增长一倍多。"),
        ("网络零售额5.1亿元。", "网络零售额23.6亿元，比上年翻两番以上。"),
        # A whole of the year so far, then the whole year's estimate.
        (
            "",
            "截至11月底，一般公共预算收入52.3亿元，预计全年可完成58.9亿元，其中税收收入48.6亿元，"
            "占一般公共预算收入比重达82.5%。",
        ),
        # A share of a figure on a scope of the sentence's own.
        (
            "",
            "一般公共预算收入58.9亿元，剔除一次性因素后同口径为61.2亿元，其中税收收入50.5亿元，"
            "占一般公共预算收入比重达82.5%。",
        ),
        # An amount whose bracket gives its own base or scope.
        (
            "全县一般公共预算收入58.9亿元。",
            "全县一般公共预算收入61.2亿元，比上年增加2.1亿元（2023年决算数为59.1亿元）。",
        ),
        (
            "一般公共预算支出93.2亿元。",
            "一般公共预算支出98.6亿元，比上年增加4.9亿元（按同口径计算）。",
        ),
        # A census that re-based the figures, said in the sentence.
        (
            "全县常住人口52.31万人。",
            "根据第七次全国人口普查结果修正，全县常住人口55.62万人，比上年增加0.34万人。",
        ),
        # Totals against one of their scopes.
        ("全县实现税收收入125.3亿元。", "全县实现地方税收收入51.2亿元，比上年增加3.1亿元。"),
        ("全县境内外上市公司达到25家。", "全县境内上市公司达到18家，比上年增加2家。"),
        ("省市县重点项目完成投资185.6亿元。", "省重点项目完成投资62.3亿元，比上年增加5.1亿元。"),
        ("全县托位数达到3200个。", "全县普惠性托位2100个，比上年增加300个。"),
    ],
)
def test_no_false_alarm_in_the_seventh_sessions_review(
    tmp_path: Path, earlier: str, later: str
) -> None:
    """Sentences a reviewer wrote against the seventh session's plain links, each a false
    `inconsistent` before it was fixed; all arithmetically right as written."""
    assert inconsistent(tmp_path, earlier, later) == []


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # A part or another scope of a concept's measure, now a concept of its own.
        (
            "每万人口发明专利拥有量达到25.3件。",
            "每万人口高价值发明专利拥有量达到10.2件，比上年增加1.8件。",
        ),
        (
            "办理省人大代表建议25件、市人大代表建议312件。",
            "办理市人大代表建议298件，比上年减少14件。",
        ),
        ("省级专精特新中小企业达到120家。", "省级以上专精特新中小企业达到158家，比上年增加20家。"),
        # Two figures of one concept in a report, by two names: neither is the series.
        (
            "12345热线受理群众诉求3.2万件，按时办结率99.6%，问题解决率91.5%。",
            "12345热线受理群众诉求3.5万件，问题解决率93.2%，同比提升1.7个百分点。",
        ),
        ("完成造林3.2万亩，其中人工造林1.8万亩。", "完成人工造林1.9万亩，比上年增长5.6%。"),
        # The additions after 新增：, never the stock.
        (
            "全年新增：国家高新技术企业20家、专精特新“小巨人”企业3家。",
            "国家高新技术企业达到190家，比上年增加22家。",
        ),
        # A list grouped by town; a share of a list's sum; a share with its own scope.
        ("", "城关镇东湖村、西湖村，城南镇南山村、北山村4个村入选省级示范村。"),
        (
            "",
            "一般公共预算支出44.1亿元，其中教育、卫生健康、社会保障和就业支出分别为12.1亿元、"
            "8.2亿元、9.7亿元，占一般公共预算支出比重达68%。",
        ),
        (
            "",
            "一般公共预算收入58.9亿元，增长5.3%；其中税收收入48.6亿元，占一般公共预算收入比重"
            "达86.2%（剔除留抵退税因素）。",
        ),
    ],
)
def test_no_false_alarm_in_the_seventh_sessions_second_review(
    tmp_path: Path, earlier: str, later: str
) -> None:
    """A second reviewer's sentences: each a false `inconsistent` this session's changes
    had made, all right as written."""
    assert inconsistent(tmp_path, earlier, later) == []


def test_an_amount_in_yi_with_duo_loads(tmp_path: Path) -> None:
    """完成税收收入3亿多元 made a draft that did not load ('3多' is not in the quote), so a
    folder of texts gave no findings at all: now the figure is 3亿多, in 元."""
    assert inconsistent(tmp_path, "完成税收收入3亿多元。", "完成税收收入3.5亿元，增长10%。") == []
    found = check([str(tmp_path)]).to_dicts()
    [change] = [f for f in found if f["check"] == "cross-year-change"]
    assert "3亿多元" in change["message"]


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("全年港口货物吞吐量达到3.25亿吨。", "全年沿海港口货物吞吐量达到2.71亿吨，增长4.6%。"),
        ("全市港口完成旅客吞吐量850万人次。", "机场旅客吞吐量1650万人次，增长8.5%。"),
        ("新登记经营主体1.25万户。", "净增经营主体6500户，比上年增长4.8%。"),
        ("全年发行专项债券85亿元，其中新增专项债券73亿元。", "新增专项债券80亿元，增长9.6%。"),
        (
            "战略性新兴产业产值占规上工业比重达到41.5%。",
            "战略性新兴产业增加值占规上工业增加值比重达到32.6%，比上年提高1.2个百分点。",
        ),
        ("新改建农村公路320公里。", "提质改造农村公路85公里，比上年增长6.3%。"),
        ("新建和改造提升高标准农田28万亩。", "新建高标准农田21万亩，比上年增长5%。"),
        ("完成营造林20.3万亩。", "完成造林8.6万亩，比上年增长5%。"),
        ("农村劳动力转移就业总量达到45.2万人。", "转移农村劳动力3.5万人，增长9.4%。"),
        ("招商引资签约金额520亿元。", "举办招商活动12场，签约金额85亿元，同比增长6.3%。"),
        ("信访事项一次性化解率92.5%。", "初信初访一次性化解率96.8%，同比提高1.3个百分点。"),
    ],
)
def test_a_total_and_one_of_its_scopes_are_two_concepts(
    tmp_path: Path, earlier: str, later: str
) -> None:
    """The second reviewer's pairs of a catalog concept that merged a total with a part or
    another measure (older than the seventh session): kept apart now."""
    assert inconsistent(tmp_path, earlier, later) == []


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # Estimates said in brackets after a figure, or in a note over the paragraph.
        (
            "全社会研发投入强度达到2.45%（预计）。",
            "全社会研发投入强度达到2.52%，比上年提高0.12个百分点。",
        ),
        (
            "一般公共预算收入25.6亿元，增长5.8%。（以上数据均为预计数）",
            "一般公共预算收入27.1亿元，增长5.4%。",
        ),
        # Approximate figures: 左右, 约, 近.
        (
            "全社会研发投入强度达到2.45%左右。",
            "全社会研发投入强度达到2.52%，比上年提高0.12个百分点。",
        ),
        ("完成税收收入近3.55亿元。", "完成税收收入3.65亿元，增长4.3%。"),
        # The year so far, in a year-end summary.
        (
            "截至目前，完成税收收入3.2亿元，同比增长6.5%。",
            "全年完成税收收入3.65亿元，同比增长4.3%。",
        ),
    ],
)
def test_no_false_alarm_on_estimates_approximations_and_the_year_so_far(
    tmp_path: Path, earlier: str, later: str
) -> None:
    """Older false alarms the second reviewer found: an earlier figure that is an estimate,
    an approximation or the year so far is no exact level of the year."""
    assert inconsistent(tmp_path, earlier, later) == []


def test_an_exact_earlier_level_still_finds_the_misfit(tmp_path: Path) -> None:
    """The guard above is for approximate figures only: 2.45% exact still misfits 0.12."""
    found = inconsistent(
        tmp_path,
        "全社会研发投入强度达到2.45%。",
        "全社会研发投入强度达到2.52%，比上年提高0.12个百分点。",
    )
    assert len(found) == 1


CENSUS_BRACKET = (
    "社会消费品零售总额91.86亿元，增长7.9%（2023年全县地区生产总值经第五次全国经济普查修订为"
    "228.6亿元）。"
)


def test_a_bracket_revising_another_measure_is_not_this_ones_prior(tmp_path: Path) -> None:
    """（2023年全县地区生产总值经…修订为228.6亿元） after 社零's change: GDP's level, not 社零's."""
    later = CENSUS_BRACKET
    (tmp_path / "a.txt").write_text(
        HEAD.format(year=2024, session="四", review=2023)
        + "社会消费品零售总额85.1亿元。地区生产总值210.3亿元。",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        HEAD.format(year=2025, session="五", review=2024) + later, encoding="utf-8"
    )
    found = check([str(tmp_path)])
    verdicts = {(r["indicator"], r["check"]): r["verdict"] for r in found.iter_rows(named=True)}
    assert verdicts[("社会消费品零售总额", "cross-year-change")] == "consistent"
    assert verdicts[("地区生产总值", "restatement")] == "not_comparable"


def test_a_census_note_naming_gdp_does_not_excuse_its_neighbour(tmp_path: Path) -> None:
    """The bracket revises GDP only: it gives no reason to excuse 社零 beside it."""
    later = CENSUS_BRACKET
    (tmp_path / "b.txt").write_text(
        HEAD.format(year=2025, session="五", review=2024) + later, encoding="utf-8"
    )
    reports = report_set(tmp_path / "b.txt")
    [entity] = reports.entities()
    retail = reports.values(entity, "retail-sales", 2024)[0]
    gdp = reports.values(entity, "gdp", 2023)[0]
    assert revision_reason(retail) is None
    assert revision_reason(gdp) is not None


def test_last_year_in_a_year_end_summary_is_the_year_before(tmp_path: Path) -> None:
    """去年税收收入5.16亿元 in a summary of 2024 is 2023's, never 2024's level."""
    summary = "秣陵街道{y}年工作总结\n（{y}年12月18日）\n一、{y}年工作总结\n"
    (tmp_path / "a.txt").write_text(
        summary.format(y=2023) + "全年完成税收收入5.16亿元。", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        summary.format(y=2024) + "去年税收收入5.16亿元。今年以来，完成税收收入5.41亿元。",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        summary.format(y=2025) + "全年完成税收收入5.86亿元，同比增长8.3%。", encoding="utf-8"
    )
    found = check([str(tmp_path)])
    assert [] == list(found.filter(found["verdict"] == "inconsistent")["message"])
    restated = found.filter(found["check"] == "restatement")
    assert list(restated["verdict"]) == ["consistent"]


def test_two_sub_districts_of_one_name_are_two_series(tmp_path: Path) -> None:
    """海曙区城东街道 and 椒江区城东街道 are two places; 新虹街道 and 闵行区新虹街道 are one."""
    summary = "{place}{y}年工作总结\n（{n}年1月18日）\n一、{y}年主要工作\n"

    def pair(first: str, earlier: str, later: str) -> list[str]:
        (tmp_path / "a.txt").write_text(
            summary.format(place=first, y=2023, n=2024) + earlier, encoding="utf-8"
        )
        (tmp_path / "b.txt").write_text(
            summary.format(place="椒江区城东街道", y=2024, n=2025) + later, encoding="utf-8"
        )
        return _alarms(tmp_path)

    later = "完成一般公共预算收入1.62亿元，同比增长{}%。"
    assert [] == pair("海曙区城东街道", "完成一般公共预算收入3.42亿元。", later.format(5.8))
    # One series: 1.53 → 1.62 is +5.9%, not 9.8%.
    assert len(pair("城东街道", "完成一般公共预算收入1.53亿元。", later.format(9.8))) == 1


def _alarms(folder: Path) -> list[str]:
    """The messages of the inconsistent findings of a folder's texts."""
    found = check([str(folder)])
    return list(found.filter(found["verdict"] == "inconsistent")["message"])


def test_a_change_against_a_level_two_reports_give_two_ways_is_not_decided(
    tmp_path: Path,
) -> None:
    """20.15亿元 in the work report, 20.31亿元 in the later communiqué: 21.04亿元，增长3.6%
    fits the second; with two statements of the prior, a misfit is not an error."""
    (tmp_path / "a.txt").write_text(
        HEAD.format(year=2024, session="四", review=2023) + "一般公共预算收入20.15亿元，增长8.2%。",
        encoding="utf-8",
    )
    (tmp_path / "g.txt").write_text(
        "青岚县2023年国民经济和社会发展统计公报\n青岚县统计局\n2024年3月20日\n"
        "全年一般公共预算收入20.31亿元，比上年增长8.6%。",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        HEAD.format(year=2025, session="五", review=2024) + "一般公共预算收入21.04亿元，增长3.6%。",
        encoding="utf-8",
    )
    assert [] == _alarms(tmp_path)


def test_a_summary_published_before_its_year_ended_gives_the_year_so_far(
    tmp_path: Path,
) -> None:
    """A summary of 2023年12月18日 (…3.25亿元，完成全年目标任务的92.8%) is no outturn."""
    summary = "秣陵街道{y}年工作总结\n（{y}年12月18日）\n一、{y}年工作总结\n"
    (tmp_path / "a.txt").write_text(
        summary.format(y=2023) + "完成一般公共预算收入3.25亿元，完成全年目标任务的92.8%。",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        summary.format(y=2024) + "全年完成一般公共预算收入3.62亿元，同比增长5.8%。",
        encoding="utf-8",
    )
    found = check([str(tmp_path)])
    change = found.filter(found["check"] == "cross-year-change")
    assert list(change["verdict"]) == ["not_comparable"]
    assert "before 2023 was over" in change["message"][0]


def test_two_towns_of_one_name_in_two_counties_are_two_series(tmp_path: Path) -> None:
    """城关镇 of 平阳县 and of 永安县, told apart by their session lines."""
    head = (
        "城关镇{y}年政府工作报告\n——{y}年1月11日在{county}城关镇第十八届人民代表大会第{n}次会议上\n"
    )
    (tmp_path / "a.txt").write_text(
        head.format(y=2024, county="平阳县", n="四")
        + "一、2023年工作回顾\n一般公共预算收入1.86亿元。",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        head.format(y=2025, county="永安县", n="五")
        + "一、2024年工作回顾\n一般公共预算收入2.45亿元，增长6.2%。",
        encoding="utf-8",
    )
    assert [] == _alarms(tmp_path)


def test_a_census_note_naming_gdp_does_not_excuse_revenue(tmp_path: Path) -> None:
    """注：…对2023年地区生产总值等相关数据进行了修订，…增速按修订后数据计算: GDP's changes only."""
    note = (
        "\n注：根据第五次全国经济普查结果，对2023年地区生产总值等相关数据进行了修订，"
        "本公报中涉及的相关增速按修订后数据计算。"
    )
    found = inconsistent(
        tmp_path,
        "全年一般公共预算收入18.36亿元。",
        "全年一般公共预算收入19.12亿元，比上年增长5.8%。" + note,
    )
    assert len(found) == 1  # 18.36 → 19.12 is +4.1%


def test_a_span_in_another_clauses_aside_governs_that_clause_only(tmp_path: Path) -> None:
    """…上半年增速一度达到10.2%；…；社会消费品零售总额546.1亿元，增长6.6%: a whole year's."""
    found = check_pair(
        tmp_path,
        "社会消费品零售总额512.3亿元。",
        "规模以上工业增加值增长8.4%，上半年增速一度达到10.2%；固定资产投资增长3.1%；"
        "社会消费品零售总额546.1亿元，增长6.6%。",
    )
    change = found.filter(found["check"] == "cross-year-change")
    assert list(change["verdict"]) == ["consistent"]


def check_pair(tmp_path: Path, earlier: str, later: str) -> Any:
    """The findings of two consecutive county reports."""
    (tmp_path / "a.txt").write_text(
        HEAD.format(year=2024, session="四", review=2023) + earlier, encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        HEAD.format(year=2025, session="五", review=2024) + later, encoding="utf-8"
    )
    return check([str(tmp_path)])


@pytest.mark.parametrize(
    "sentence",
    [
        "政务服务中心日均办件量46件，同比增长12.5%。",
        "企业开办平均用时3天，同比下降25.9%。",
        "万人刑事案件发案数46起，同比下降12.5%。",
    ],
)
def test_an_average_in_a_counting_unit_is_no_whole_count(tmp_path: Path, sentence: str) -> None:
    """日均办件量46件 is rounded: 40.9 → 46 is +12.5%, so whole-number reasoning stays out."""
    assert [] == inconsistent(tmp_path, "一般公共预算收入20.15亿元。", sentence)


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # A rate of one amount to another passes 100% (or falls below 0) as it will.
        ("高中阶段教育毛入学率达到100.4%。", "高中阶段教育毛入学率达到101.2%，提高0.8个百分点。"),
        ("粮食自给率108.3%。", "粮食自给率达到110.1%，提高1.8个百分点。"),
        # 首次 in a review of several years dates the crossing to some year of the span.
        ("一般公共预算收入118.2亿元。", "五年来，一般公共预算收入首次突破100亿元，达到126.3亿元。"),
        # One month, one quarter, the year so far, a month's end: part of the year.
        ("社会消费品零售总额477.0亿元。", "12月份，社会消费品零售总额45.6亿元，同比增长9.2%。"),
        ("社会消费品零售总额477.0亿元。", "四季度，社会消费品零售总额130.2亿元，同比增长9.2%。"),
        ("社会消费品零售总额477.0亿元。", "1月至11月，社会消费品零售总额445.6亿元，同比增长9.2%。"),
        (
            "社会消费品零售总额477.0亿元。",
            "一至三季度，社会消费品零售总额345.6亿元，同比增长9.2%。",
        ),
        ("存款余额3300.0亿元。", "9月末，金融机构本外币存款余额3456.2亿元，同比增长7.3%。"),
        # A paragraph led by a part of the year may still give a whole-year figure.
        (
            "1—11月，规模以上工业增加值增长5.2%。社会消费品零售总额6078.3亿元，增长6.2%。",
            "1—11月，社会消费品零售总额5965.6亿元，增长7.9%。",
        ),
        # Opening words that put the figures on a part or another basis.
        ("一般公共预算收入27.2亿元。", "从县本级看，一般公共预算收入12.1亿元，增长3.2%。"),
        ("一般公共预算收入27.2亿元。", "经开区：一般公共预算收入6.3亿元，增长3.2%。"),
        ("一般公共预算收入75.0亿元。", "区划调整后，一般公共预算收入93.5亿元，增长5.1%。"),
        ("一般公共预算收入75.0亿元。", "按新口径，一般公共预算收入93.5亿元，增长5.1%。"),
        # A wider jurisdiction named by the opening words.
        (
            "一般公共预算收入84.3亿元。",
            "放眼全市，一般公共预算收入3456.7亿元，增长3.1%；我县一般公共预算收入88.6亿元，"
            "增长5.1%。",
        ),
        # Estimates said otherwise than 预计, and the final account said after the change.
        (
            "初步测算，全年一般公共预算收入88.6亿元，增长5.1%。",
            "一般公共预算收入93.4亿元，增长5.0%。",
        ),
        (
            "据估算，全年一般公共预算收入88.6亿元，增长5.1%。",
            "一般公共预算收入93.4亿元，增长5.0%。",
        ),
        (
            "一般公共预算收入88.6亿元，增长5.1%。",
            "一般公共预算收入93.5亿元，增长5.1%，其中上年数据根据决算作了调整。",
        ),
        (
            "一般公共预算收入88.6亿元，增长5.1%。",
            "一般公共预算收入93.5亿元，增长5.1%，增幅按上年决算数计算。",
        ),
    ],
)
def test_no_false_alarm_in_the_ninth_sessions_review(
    tmp_path: Path, earlier: str, later: str
) -> None:
    assert inconsistent(tmp_path, earlier, later) == []


def test_a_whole_year_misfit_is_still_found_beside_the_new_spans(tmp_path: Path) -> None:
    """The spans and opening scopes read above leave a plain misfit an error."""
    messages = inconsistent(
        tmp_path, "一般公共预算收入84.3亿元。", "全年一般公共预算收入93.4亿元，增长5.0%。"
    )
    assert len(messages) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # A subgroup's rate, an average, a net total: 其中 figures that are no parts.
        "全县城镇调查失业率4.7%，其中农民工城镇调查失业率6.0%。",
        "城镇非私营单位在岗职工年平均工资89978元，其中金融业年平均工资151899元。",
        "全县规上工业企业利润总额26.1亿元，其中股份制企业利润总额32.9亿元。",
        # A count per day is an average, rounded like any.
        "12345热线每天受理群众诉求117件，增长25.6%。",
        # The rate after the year's additions is the stock's.
        "新增规上工业企业12家，增长9.8%，达到134家。",
        "新创建A级旅游景区17家、增长65.4%，现有43家。",
        # Gross additions beside the stock's growth; a part's amount; one against the
        # budget; gross output at comparable prices.
        "新增高新技术企业60家，总数达到256家，增长19.6%。",
        "全县社会消费品零售总额112.6亿元，增长6.5%，其中网络零售额增加3.2亿元。",
        "全县一般公共预算收入386.2亿元，增长6.2%，比预算增加12.4亿元。",
        "全县农业总产值135.22亿元，比上年增加8.21亿元，增长4.0%。",
        "全县农业总产值由上年的127.01亿元增加到135.22亿元，增长4.0%。",
        # A rate of use or collection passes 100%.
        "县人民医院病床使用率103.5%，下降1.2个百分点。",
        # A share of the city's total in a county's report.
        "全县税收收入9.12亿元，增长4.1%。制造业税收收入3.26亿元，占全市税收收入的2.1%。",
    ],
)
def test_no_false_alarm_within_one_report_of_the_ninth_sessions_review(
    tmp_path: Path, sentence: str
) -> None:
    text = HEAD.format(year=2024, session="四", review=2023) + sentence
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    found = check([str(tmp_path)])
    assert (
        list(found.filter(found["verdict"].is_in(["inconsistent", "ambiguous"]))["message"]) == []
    )


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # Points lists after their levels, or with the points word once and 个 once: drafts
        # that load (they stopped the folder).
        ("", "城镇化率和户籍人口城镇化率分别为65.3%和48.2%，分别提高1.2个和1.5个百分点。"),
        ("", "城镇化率和户籍人口城镇化率分别提高1.2和1.5个百分点，分别达到65.3%和48.2%。"),
        # Output however named grows at comparable prices.
        ("", "县域经济总量556.8亿元，比上年增加20.0亿元，增长5.8%。"),
        ("", "县域经济总量556.8亿元，比2020年的412.3亿元增长23.5%。"),
        # Spans of years: since a plan began, to the year reviewed; a closed range.
        ("", "“十四五”以来，一般公共预算收入由2020年的60.0亿元增加到88.6亿元，年均增长10.2%。"),
        ("", "2016年至2020年，一般公共预算收入由2015年的60.0亿元增加到88.6亿元，年均增长8.1%。"),
        # A mean of places is no count of days.
        ("", "全县平均优良天数326天，优良天数比率89.2%。"),
        # A five-year review's span does not date a change its sentence puts on a year.
        (
            "",
            "过去五年，经济实力迈上新台阶。\n一般公共预算收入68.2亿元，增长6.2%，比2019年的48.6亿元增长40.3%。",
        ),
        # Parts of the year: the second half, a holiday; a scope of the opening words.
        ("社会消费品零售总额480.0亿元。", "7—12月，社会消费品零售总额250.2亿元，同比增长9.2%。"),
        ("全年接待游客1256.3万人次。", "春节假期，全县接待游客86.2万人次，同比增长12.3%。"),
        ("一般公共预算收入64.2亿元。", "撤县设区后，一般公共预算收入93.5亿元，增长5.1%。"),
    ],
)
def test_no_false_alarm_on_the_ninth_sessions_new_readings(
    tmp_path: Path, earlier: str, later: str
) -> None:
    assert inconsistent(tmp_path, earlier, later) == []


def test_a_rate_beside_an_amount_of_budget_revenue_is_still_checked(tmp_path: Path) -> None:
    """一般公共预算收入 holds 预算 in its own name: no amount against a budget."""
    messages = inconsistent(tmp_path, "", "一般公共预算收入68.2亿元，比上年增加4.0亿元，增长9.2%。")
    assert len(messages) == 1 and "cannot both hold" in messages[0]


def test_a_share_whole_is_not_a_wider_jurisdictions_figure_named_by_its_lead(
    tmp_path: Path,
) -> None:
    """全市层面，一般公共预算收入124.7亿元 in a county's report is not the whole of its share."""
    later = (
        "全市层面，一般公共预算收入124.7亿元，下降0.7%。非税收入10.5亿元，占一般公共预算收入的"
        "22.5%，同比增长4.3%。"
    )
    assert inconsistent(tmp_path, "", later) == []
