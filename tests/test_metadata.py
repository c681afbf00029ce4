"""Report metadata read from the text: entity, period, delivery date, the plan part."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from xinhong_metrics.errors import ReportFileError
from xinhong_metrics.extract import draft_report, read_metadata

from .conftest import DATA

CORPUS = Path(__file__).parent / "corpus"
with (CORPUS / "MANIFEST.csv").open(encoding="utf-8") as _handle:
    MANIFEST = list(csv.DictReader(_handle))


@pytest.mark.parametrize("row", MANIFEST, ids=lambda r: r["file"])
def test_the_corpus_metadata_is_read_from_each_text(row: dict[str, str]) -> None:
    """Each report reviews the year before its delivery, for its own jurisdiction."""
    text = (CORPUS / row["file"]).read_text(encoding="utf-8")
    meta = read_metadata(text)
    entity = "全国" if row["entity"] == "national" else row["entity_zh"]
    assert entity == meta.entity
    assert int(row["period_covered"]) == meta.period
    assert meta.delivered is not None
    assert int(row["year_of_report"]) == meta.delivered.year
    assert meta.plan_start is not None
    review = text[: meta.plan_start]
    assert "主要预期目标" not in review or "十四五" in review


def test_the_seed_is_a_sub_district_report_of_its_own_year() -> None:
    """新虹街道's 2020 work report, passed on 2021-01-29, covers 2020; its title names the
    district (中共闵行区新虹街道工作委员会), and the entity keeps it."""
    meta = read_metadata((DATA / "xinhong-2020-work-report.txt").read_text(encoding="utf-8"))
    assert ("闵行区新虹街道", 2020, dt.date(2021, 1, 29)) == (
        meta.entity,
        meta.period,
        meta.delivered,
    )
    assert "work_report" == meta.kind


def test_a_text_without_a_year_is_marked_not_defaulted() -> None:
    """With no year anywhere, the period is unknown; the draft says it was guessed."""
    meta = read_metadata("各位代表：\n全年接待群众1200人次，同比增长20%。\n")
    assert meta.period is None
    assert meta.entity is None
    with pytest.raises(ReportFileError, match="names no year"):
        draft_report("各位代表：\n全年接待群众1200人次，同比增长20%。\n")
    draft = draft_report("各位代表：\n全年接待群众1200人次，同比增长20%。\n", period=2020)
    assert "entity unknown" in draft.coverage.line()
    assert draft.document["report"]["entity"].startswith("未知（")


def test_a_chinese_numeral_date_is_read() -> None:
    """二〇二六年一月二十七日 is 2026-01-27."""
    text = "政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n"
    meta = read_metadata(text)
    assert dt.date(2026, 1, 27) == meta.delivered
    assert (2025, "甘肃省") == (meta.period, meta.entity)


def test_figures_in_the_plan_part_are_targets_for_the_year_of_delivery() -> None:
    """一、 reviews 2024; 二、 sets 2025's targets: its figures are targets, never actuals."""
    text = (
        "2025年某某省政府工作报告\n——2025年1月20日在某某省第十四届人民代表大会第三次会议上\n"
        "一、2024年工作回顾\n全省地区生产总值5.3万亿元，增长4.8%。\n"
        "二、2025年工作总体要求和主要目标\n主要预期目标是：地区生产总值增长5.5%左右，"
        "城镇新增就业75万人以上。\n"
    )
    draft = draft_report(text)
    values = {
        value["figure"]: value
        for indicator in draft.document["indicators"]
        for value in indicator["values"]
    }
    assert not values["5.3万亿"].get("target")
    assert 2024 == values["5.3万亿"]["period"]
    assert values["75万以上"]["target"]
    assert 2025 == values["75万以上"]["period"]
    stated = [c.get("stated") for c in draft.document["claims"]]
    assert "增长5.5%" not in " ".join(s for s in stated if s)
    gdp = next(i for i in draft.document["indicators"] if i["name"].endswith("地区生产总值"))
    assert ("gdp", "gdp") == (gdp["id"], gdp["concept"])


def test_a_target_set_over_several_years_carries_them() -> None:
    """今后三年…拟投入8500亿元 is over 2009-2011; 三年内…提高到90%以上 is 2011's level; a
    plan's years (“十一五”期间) are the plan's; 今年 or 年度 after them is the year alone, and
    a programme's name (三年行动) dates nothing."""
    text = (
        "2009年某某省政府工作报告\n一、2008年工作回顾\n全省地区生产总值1万亿元。\n"
        "二、2009年工作安排\n今后三年各级政府拟投入8500亿元。三年内参保率均提高到90%以上。"
        "“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦。完成三年行动，"
        "年度开展职业技能培训10万人次以上。\n"
    )
    found = {
        figure: (value["period"], value.get("years"))
        for figure, value in _values(text).items()
        if value.get("target")
    }
    assert found == {
        "8500": (2009, "2009-2011"),
        "90以上": (2011, None),
        "5000万": (2009, "2006-2010"),
        "1000万": (2009, None),
        "10万以上": (2009, None),
    }


def test_five_years_from_the_plans_year_and_a_level_by_a_named_year() -> None:
    """In the report of 2022, 今后五年…五年新增城镇就业30万人以上 is over 2022-2026; 到2026年…
    力争突破3500亿元 is 2026's level (it was given the 十五五 plan's years); 招商引资实际到位
    资金力争达到350亿元 is named without 力争, as the next report's actual is."""
    text = (
        "2022年某某市政府工作报告\n一、2021年工作回顾\n全市地区生产总值2689.3亿元。\n"
        "二、今后五年的主要目标\n今后五年，五年新增城镇就业30万人以上。到2026年地区生产总值"
        "力争突破3500亿元。\n三、2022年工作安排\n招商引资实际到位资金力争达到350亿元。\n"
    )
    found = {
        figure: (v["period"], v.get("years"))
        for figure, v in _values(text).items()
        if v.get("target")
    }
    assert found == {
        "30万以上": (2022, "2022-2026"),
        "突破3500": (2026, None),
        "350": (2022, None),
    }
    names = {i["name"] for i in draft_report(text).document["indicators"]}
    assert "招商引资实际到位资金" in names


def test_a_target_with_its_own_year_before_the_verb_is_for_that_year() -> None:
    """非常规天然气产量2030年达到300亿立方米: a target for 2030, not for the plan's year."""
    text = (
        "2026年某某省政府工作报告\n一、2025年工作回顾\n全省地区生产总值5.3万亿元。\n"
        "二、2026年工作安排\n力争新增可再生能源装机1亿千瓦，非常规天然气产量2030年达到"
        "300亿立方米。\n"
    )
    periods = {figure: (v["period"], v.get("target")) for figure, v in _values(text).items()}
    assert periods["300亿"] == (2030, True)
    assert periods["1亿"] == (2026, True)


def _values(text: str) -> dict[str, dict[str, object]]:
    """The drafted values of a text, by figure."""
    return {
        value["figure"]: value
        for indicator in draft_report(text).document["indicators"]
        for value in indicator["values"]
    }


@pytest.mark.parametrize(
    ("head", "entity", "period"),
    [
        (
            "临川市2023年国民经济和社会发展统计公报\n临川市统计局\n（2024年3月18日）\n",
            "临川市",
            2023,
        ),
        ("关于南江省2022年预算执行情况和2023年预算草案的报告\n", "南江省", 2022),
        (
            "滨海经济技术开发区管委会2023年工作报告\n——2023年2月8日在滨海经济技术开发区工作会议上\n",
            "滨海经济技术开发区",
            2023,
        ),
    ],
)
def test_a_title_that_opens_with_its_place_and_year(head: str, entity: str, period: int) -> None:
    """A 统计公报 and a budget report name their place first; the budget's year is executed."""
    meta = read_metadata(head + "全年地区生产总值100亿元，增长5%。\n")
    assert (entity, period) == (meta.entity, meta.period)


@pytest.mark.parametrize(
    ("title", "entity"),
    [
        ("雁城市卫生健康委员会2023年工作总结", "雁城市卫生健康委员会"),
        ("临川市教育局2023年工作总结", "临川市教育局"),
        ("临川市住房和城乡建设局2023年工作总结", "临川市住房和城乡建设局"),
    ],
)
def test_a_departments_summary_is_the_departments_signed_on_its_date(
    title: str, entity: str
) -> None:
    """雁城市卫生健康委员会2023年工作总结 … signed 2023年12月28日 at its end."""
    body = "2023年，全市医疗卫生机构2846个。一年来，我们坚持以人民健康为中心。\n"
    meta = read_metadata(f"{title}\n\n{body}\n{entity}\n2023年12月28日\n")
    assert (meta.entity, meta.period, meta.delivered) == (entity, 2023, dt.date(2023, 12, 28))


@pytest.mark.parametrize(
    ("head", "entity"),
    [
        ("嘉屿经济开发区管理委员会\n2023年工作总结和2024年工作计划", "嘉屿经济开发区"),
        ("临港高新区党工委管委会2023年工作总结", "临港高新区"),
        ("中共云岭经开区工委\n2023年工作报告", "云岭经开区"),
    ],
)
def test_a_zones_committee_reports_for_its_zone(head: str, entity: str) -> None:
    """A development zone's administrative committee: the zone is the series, not 未知."""
    body = "2023年，全区经济运行稳中有进。规上工业企业达到186家。\n"
    meta = read_metadata(f"{head}\n\n{body}")
    assert (meta.entity, meta.period) == (entity, 2023)


def test_a_budget_title_opening_with_about_qualifies_its_district() -> None:
    """关于澄阳市云岭区2022年预算执行情况…, delivered at 云岭区's congress: 澄阳市云岭区."""
    head = (
        "关于澄阳市云岭区2022年预算执行情况和2023年预算草案的报告\n"
        "——2023年1月9日在云岭区第三届人民代表大会第二次会议上\n"
    )
    meta = read_metadata(head + "全区一般公共预算收入31.25亿元，增长5%。\n")
    assert (meta.entity, meta.period) == ("澄阳市云岭区", 2022)


def test_a_party_congress_report_is_of_its_town() -> None:
    """——在中国共产党临溪县青石镇第十五届代表大会第三次会议上的报告 (2024年2月27日)."""
    head = (
        "坚定信心 实干争先 奋力谱写青石高质量发展新篇章\n"
        "——在中国共产党临溪县青石镇第十五届代表大会第三次会议上的报告\n（2024年2月27日）\n"
    )
    meta = read_metadata(head + "过去一年，全镇实现工业总产值58.6亿元，增长7.2%。\n")
    assert (meta.entity, meta.period) == ("临溪县青石镇", 2023)


@pytest.mark.parametrize(
    "meeting",
    [
        "——在中共桂塘镇第十六届委员会第七次全体（扩大）会议上的报告",
        "——在中国共产党桂塘镇委员会第七次全体会议上的报告",
    ],
)
def test_a_committee_plenum_report_is_of_its_town(meeting: str) -> None:
    """A 镇党委 report to its committee's plenum names its town only in the meeting line (its
    title is a slogan); the entity was unknown, so two years' reports linked nothing."""
    head = f"凝心聚力抓发展　实干担当谱新篇\n{meeting}\n（2024年1月18日）\n"
    meta = read_metadata(head + "过去一年，全镇实现工业总产值58.6亿元，增长7.2%。\n")
    assert (meta.entity, meta.period) == ("桂塘镇", 2023)


def test_a_statistics_release_is_dated_by_its_release_line() -> None:
    """发布时间：2023-10-25  来源：江川省统计局."""
    head = "2023年前三季度江川省经济运行情况\n发布时间：2023-10-25  来源：江川省统计局\n\n"
    meta = read_metadata(head + "前三季度，全省地区生产总值38642.17亿元，同比增长5.6%。\n")
    assert (meta.entity, meta.period, meta.delivered) == ("江川省", 2023, dt.date(2023, 10, 25))


@pytest.mark.parametrize(
    "title",
    [
        "关于青溪市2023年度本级预算执行和其他财政收支的审计工作报告",
        "关于临澜市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告",
    ],
)
def test_an_audit_or_a_plans_execution_is_a_report_of_its_own_kind(title: str) -> None:
    assert read_metadata(title + "\n全市一般公共预算收入100亿元。\n").kind == "other"


def test_texts_that_name_no_place_are_never_one_series(tmp_path: Path) -> None:
    """Two texts with no place named: each is its own entity, so nothing links them."""
    from xinhong_metrics import check

    for name, year, level in (("a", 2022, "1265.8"), ("b", 2023, "838.4")):
        (tmp_path / f"{name}.txt").write_text(
            f"{year}年国民经济和社会发展统计公报\n全年社会消费品零售总额{level}亿元，增长6.6%。\n",
            encoding="utf-8",
        )
    findings = check([tmp_path])
    assert 2 == findings["entity"].n_unique()
    assert "inconsistent" not in findings["verdict"].to_list()


def test_the_review_heading_gives_the_period() -> None:
    """A 2025 report with no delivery line whose review is headed 一、2024年工作回顾: 2024."""
    text = "城南区2025年政府工作报告\n一、2024年工作回顾\n全区地区生产总值352.1亿元。\n"
    meta = read_metadata(text)
    assert 2024 == meta.period


@pytest.mark.parametrize(
    ("opening", "entity"),
    [
        ("在福州市委、市政府的坚强领导下", "福州市鼓楼区"),
        ("在南京市委、市政府的坚强领导下", "南京市鼓楼区"),
        ("我们在市委、区委的坚强领导下", "鼓楼区"),  # no city named: the place as it is
    ],
)
def test_a_district_named_alone_takes_the_city_its_text_names(opening: str, entity: str) -> None:
    """Two 鼓楼区 in two cities are two entities, when each text names its city."""
    text = (
        "鼓楼区政府工作报告\n——2025年1月9日在鼓楼区第十八届人民代表大会第五次会议上\n各位代表：\n"
        f"一、2024年工作回顾\n2024年，{opening}，全区地区生产总值增长5%。\n"
    )
    assert entity == read_metadata(text).entity


def test_a_plan_report_is_of_the_year_whose_plan_it_reports_executed() -> None:
    """关于洛阳市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告: 2024."""
    head = "关于洛阳市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n"
    assert 2024 == read_metadata(head + "全市地区生产总值5000亿元。\n").period


@pytest.mark.parametrize(
    ("text", "period", "basis_word"),
    [
        # A date line with no day still dates the report; late in the year it reviews it.
        ("华阳街道工作总结\n2024年12月\n全年完成税收收入12.0亿元。\n", 2024, "late in the year"),
        (
            "关于华阳街道工作情况的报告\n2024年12月20日\n一年来，完成税收收入12.0亿元。\n",
            2024,
            "late",
        ),
        ("华阳街道工作报告\n（2025年1月）\n一年来，完成税收收入12.0亿元。\n", 2024, "year before"),
    ],
)
def test_a_report_delivered_late_in_its_year_reviews_that_year(
    text: str, period: int, basis_word: str
) -> None:
    """A 街道's report of December reviews its own year; one of January, the year before."""
    meta = read_metadata(text)
    assert (meta.period, meta.entity) == (period, "华阳街道")
    assert basis_word in meta.period_basis


@pytest.mark.parametrize(
    ("plan", "year"),
    [
        ("明年工作思路", 2025),
        ("二、下一步工作打算", 2025),
        ("三、2025年工作安排", 2025),
    ],
)
def test_a_year_end_summarys_plan_is_for_the_next_year(plan: str, year: int) -> None:
    """明年工作思路, 下一步工作打算 after a 2024 summary: the targets are 2025's."""
    text = (
        f"华阳街道工作总结\n2024年12月\n一、主要工作\n全年完成税收收入12.0亿元，同比增长5.0%。\n"
        f"{plan}\n力争税收收入13亿元。\n"
    )
    doc = draft_report(text).document
    targets = [v["period"] for i in doc["indicators"] for v in i["values"] if v.get("target")]
    assert (doc["report"]["period"], targets) == (2024, [year])


def test_a_half_year_summarys_plan_is_for_the_same_year() -> None:
    """2024年上半年工作总结 … 下半年工作打算: the targets are 2024's second half."""
    text = (
        "华阳街道2024年上半年工作总结\n2024年7月\n一、上半年工作\n完成税收收入6.2亿元。\n"
        "二、下半年工作打算\n力争全年税收收入13亿元。\n"
    )
    doc = draft_report(text).document
    targets = [v["period"] for i in doc["indicators"] for v in i["values"] if v.get("target")]
    assert (doc["report"]["period"], targets) == (2024, [2024])


@pytest.mark.parametrize(
    ("opening", "entity"),
    [
        ("过去一年的成绩，得益于市委、市政府和县委的坚强领导。", "青溪县"),
        ("这些成绩，归功于市委的正确领导。", "青溪县"),
        ("在益阳市委、市政府的坚强领导下。", "益阳市青溪县"),
    ],
)
def test_the_words_before_a_bare_city_committee_are_no_city(opening: str, entity: str) -> None:
    """得益于市委: no city is named, and the county stays itself (a series of one name)."""
    head = "青溪县2024年政府工作报告\n——2024年1月10日在青溪县第十八届人民代表大会第三次会议上\n"
    assert read_metadata(head + "各位代表：\n" + opening + "\n").entity == entity


def test_a_towns_county_in_the_title_qualifies_it() -> None:
    """平阳县城关镇 and 永安县城关镇: the title's county stays with the town."""
    text = (
        "平阳县城关镇2024年政府工作报告\n——2024年1月8日在城关镇第十八届人民代表大会第四次会议上\n"
    )
    assert read_metadata(text).entity == "平阳县城关镇"


def test_a_party_committees_meeting_names_its_place_without_the_words_before() -> None:
    """——在中共南江市临江区澄溪街道工作委员会…会议上的报告 under a slogan title: the entity is
    南江市临江区澄溪街道 (it was 在中共南江市临江区澄溪街道)."""
    head = (
        "凝心聚力促发展　实干担当谱新篇\n"
        "——在中共南江市临江区澄溪街道工作委员会2024年度工作会议上的报告\n"
        "（2024年1月26日）\n一、2023年工作回顾\n"
    )
    assert read_metadata(head).entity == "南江市临江区澄溪街道"


def test_a_department_on_a_line_of_its_own_above_its_summarys_year() -> None:
    """澜州市霁安区人力资源和社会保障局 above 2023年工作总结和2024年工作思路 (hunt 48)."""
    head = "澜州市霁安区人力资源和社会保障局\n2023年工作总结和2024年工作思路\n\n"
    meta = read_metadata(head + "2023年，全区城镇新增就业12468人。\n")
    assert (meta.entity, meta.period) == ("澜州市霁安区人力资源和社会保障局", 2023)


@pytest.mark.parametrize(
    ("title", "entity", "period"),
    [
        # hunt 54: a province's water bulletin, the department on a line below.
        ("2023年云泽省水利发展统计公报\n\n云泽省水利厅\n2024年6月\n", "云泽省", 2023),
        ("2024年临川市生态环境状况公报\n\n临川市生态环境局\n", "临川市", 2024),
    ],
)
def test_a_fields_bulletin_is_of_the_place_its_title_names(
    title: str, entity: str, period: int
) -> None:
    """The year, the place, then the field: the place's figures of that year, as a
    statistical communiqué gives them."""
    meta = read_metadata(title + "全年完成水利投资362.8亿元。\n")
    assert (meta.entity, meta.period, meta.kind) == (entity, period, "statistical_communique")


def test_a_review_of_the_year_titled_year_first_is_the_places() -> None:
    """2024年澜州市金融运行情况 (hunt 56): the city's, of 2024; its entity was unknown, so
    two years of the central bank branch's reviews never linked."""
    meta = read_metadata("2024年澜州市金融运行情况\n\n中国人民银行澜州市分行\n2025年1月\n正文。\n")
    assert (meta.entity, meta.period) == ("澜州市", 2024)
