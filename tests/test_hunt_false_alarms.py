"""False alarms found by reading the genre as a hostile new user would, each kept fixed.

Every pair below is two consecutive county reports whose sentences are arithmetically
right; checked together, none may give an ``inconsistent`` finding. The sentences were
written for these tests in the genre's wording (a county's review of its year).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xinhong_metrics import check
from xinhong_metrics.concepts import catalog

HEAD = (
    "——{year}年1月15日在青岚县第十八届人民代表大会第{session}次会议上\n"
    "各位代表：\n一、{review}年工作回顾\n"
)


def inconsistent(tmp_path: Path, earlier: str, later: str) -> list[str]:
    """The messages of the inconsistent findings of two consecutive reports."""
    (tmp_path / "a.txt").write_text(
        HEAD.format(year=2024, session="四", review=2023) + earlier, encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        HEAD.format(year=2025, session="五", review=2024) + later, encoding="utf-8"
    )
    found = check([str(tmp_path)])
    return list(found.filter(found["verdict"] == "inconsistent")["message"])


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
