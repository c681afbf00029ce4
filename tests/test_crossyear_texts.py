"""From raw report texts to cross-year links: the forms of the genre that carry a level.

Each text is written here in the genre's wording (figures from the State Council's
reports of 2004–2008, which are public); the tests draft them in memory, as
``xinhong-metrics check texts/`` does, and assert what links and what verdict follows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from xinhong_metrics import check
from xinhong_metrics.concepts import catalog, kin_below_national, linkable_name, name_key
from xinhong_metrics.extract import draft_report

DELIVERED = "——{year}年3月5日在全国人民代表大会会议上"
HEAD = "政府工作报告\n" + DELIVERED + "\n各位代表：\n一、{review}年工作回顾\n"
PLAN = "二、{year}年的主要任务\n今年经济社会发展的主要预期目标是：国内生产总值增长8%左右。\n"


def report_text(year: int, review: str, plan: str = "") -> str:
    """A national report delivered in ``year``, reviewing the year before."""
    return HEAD.format(year=year, review=year - 1) + review + "\n" + PLAN.format(year=year) + plan


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def drafted(text: str, period: int = 2005) -> dict[str, Any]:
    return draft_report(text, period=period, entity="全国").document


def indicator(doc: dict[str, Any], ident: str) -> dict[str, Any]:
    found = [i for i in doc["indicators"] if i["id"] == ident]
    assert found, [(i["id"], i["name"]) for i in doc["indicators"]]
    return found[0]


def across(findings: Any) -> list[dict[str, Any]]:
    return [f for f in findings.to_dicts() if len(set(f["report"])) > 1]


def test_a_level_after_its_change_takes_the_subject() -> None:
    """国内生产总值比上年增长9.1%，达到11.67万亿元: the level is GDP's, and so is the change."""
    doc = drafted("国内生产总值比上年增长９．１％，达到１１．６７万亿元。")
    gdp = indicator(doc, "gdp")
    assert [v["figure"] for v in gdp["values"]] == ["11.67万亿"]
    assert [c["indicator"] for c in doc["claims"]] == ["gdp"]


def test_a_level_after_an_unnamed_clause_is_not_named_by_it() -> None:
    """又增产1454万吨，达到48401万吨: no subject before, so no name is borrowed."""
    doc = drafted("又增产1454万吨，达到48401万吨。")
    assert all(i["id"] != "grain-output" for i in doc["indicators"])


def test_money_in_dollars_is_a_series_of_its_own() -> None:
    """进出口总额 in 亿美元 links as imports-and-exports-usd, never with a total in 亿元."""
    usd = drafted("进出口总额比上年增长37.1%，达到8512亿美元。")
    cny = drafted("进出口总额4.2万亿元，增长3.4%。")
    assert indicator(usd, "imports-and-exports-usd")["unit"] == "美元"
    assert indicator(cny, "imports-and-exports")["unit"] == "元"


def test_a_change_without_level_joins_the_series_its_report_gives_in_dollars() -> None:
    """进出口总额年均增长15.9% where the report gives the trade total in 美元 only."""
    doc = drafted(
        "去年对外贸易总额达到2.97万亿美元。“十一五”时期，进出口总额年均增长15.9%。",
        period=2010,
    )
    [claim] = [c for c in doc["claims"] if c["kind"] == "average_growth"]
    assert "imports-and-exports-usd" == claim["indicator"]
    assert all(i["id"] != "imports-and-exports" for i in doc["indicators"])


@pytest.mark.parametrize(
    "sentence",
    [
        "城镇居民人均可支配收入１５７８１元，农村居民人均纯收入４７６１元，实际增长８．４％和８％。",
        "城镇居民人均可支配收入15781元，农村居民人均纯收入4761元，扣除价格因素，分别比上年实际增长8.4%和8%。",
        "城镇居民人均可支配收入和农村居民人均纯收入实际增长8．4%和8%。",
    ],
)
def test_real_rates_after_two_levels_are_respective(sentence: str) -> None:
    doc = drafted(sentence)
    assert len(doc["claims"]) == 2  # each rate once: not also as a change on its own
    pairs = {c["indicator"]: c["stated"] for c in doc["claims"]}
    assert pairs == {
        "urban-per-capita-disposable-income": "增长8.4%",
        "rural-per-capita-net-income": "增长8%",
    }


def test_real_growth_without_a_level_links_as_not_comparable(tmp_path: Path) -> None:
    """实际增长9%: real growth against last year's nominal level is no test, and says so."""
    earlier = write(tmp_path, "a.txt", report_text(2003, "城镇居民人均可支配收入7703元。"))
    later = write(tmp_path, "b.txt", report_text(2004, "城镇居民人均可支配收入实际增长９％。"))
    found = across(check([earlier, later]))
    assert [(f["verdict"], f["indicator"]) for f in found] == [
        ("not_comparable", "城镇居民人均可支配收入")
    ]
    assert "comparable prices" in found[0]["message"]


@pytest.mark.parametrize(
    ("change", "verdict"),
    [("减少200亿元", "consistent"), ("减少300亿元", "not_comparable")],
)
def test_a_plan_changes_last_years_plan(tmp_path: Path, change: str, verdict: str) -> None:
    """拟发行长期建设国债600亿元，比上年减少200亿元: against last year's 800, also a plan.

    A mismatch with last year's plan is not an error: the change may be against the
    outturn, which neither report states.
    """
    review = "全年粮食产量达到48401万吨。"
    earlier = write(tmp_path, "a.txt", report_text(2005, review, "拟发行长期建设国债800亿元。"))
    plan = f"拟发行长期建设国债600亿元，比上年{change}。"
    later = write(tmp_path, "b.txt", report_text(2006, review, plan))
    found = [f for f in across(check([earlier, later])) if "国债" in f["indicator"]]
    assert [f["verdict"] for f in found] == [verdict]


@pytest.mark.parametrize(
    "sentence",
    ["拟安排中央财政赤字2950亿元，比上年预算减少50亿元。", "财政收入突破3万亿元，增加5232亿元。"],
)
def test_amounts_against_a_budget_or_opening_a_clause(sentence: str) -> None:
    doc = drafted(sentence)
    amounts = [c for c in doc["claims"] if c["kind"] == "absolute_change"]
    assert len(amounts) == 1
    assert amounts[0]["stated"] in ("减少50", "增加5232")


def test_from_one_dated_level_to_another() -> None:
    """从1997年的7.4万亿元增加到2002年的10.2万亿元: one indicator, two years."""
    doc = drafted("国内生产总值从１９９７年的７．４万亿元增加到２００２年的１０．２万亿元。", 2002)
    gdp = indicator(doc, "gdp")
    assert [(v["figure"], v["period"]) for v in gdp["values"]] == [
        ("7.4万亿", 1997),
        ("10.2万亿", 2002),
    ]


def test_an_undated_start_of_a_span_links_nothing() -> None:
    """由2476元增加到4140元: 2476 is some earlier year's level, never the report's year."""
    doc = drafted("农村居民人均纯收入由2476元增加到4140元。", 2007)
    rural = indicator(doc, "rural-per-capita-net-income")
    assert [(v["figure"], v["period"]) for v in rural["values"]] == [("4140", 2007)]
    start = [i for i in doc["indicators"] if any(v["figure"] == "2476" for v in i["values"])]
    assert len(start) == 1
    assert start[0].get("concept") is None


def test_last_years_level_reached_is_dated() -> None:
    """从2006年20.5亿元增加到去年的98亿元: 去年 is the year the report reviews."""
    doc = drafted("中央财政此项支出从2006年20.5亿元增加到去年的98亿元。", 2007)
    (spending,) = [i for i in doc["indicators"] if i["name"] == "中央财政此项支出"]
    assert [(v["figure"], v["period"]) for v in spending["values"]] == [
        ("20.5", 2006),
        ("98", 2007),
    ]


FIVE_YEARS = (
    "“十四五”时期工作回顾\n"
    "五年来，我们全面深化改革。新设经营主体62.91万户、增长33.7%。"
    "全省地区生产总值达到13697.5亿元。非常规天然气五年累计产量达750亿立方米。"
    "社会消费品零售总额突破千亿元大关。\n"
    "刚刚过去的2025年，我们稳中求进。新设经营主体13.2万户。\n"
)


def test_a_flow_in_a_five_year_review_links_nothing() -> None:
    """五年来…新设经营主体62.91万户: of the span, not of the year; the year's own links."""
    doc = draft_report(FIVE_YEARS, period=2025, entity="某省").document
    by_figure = {v["figure"]: i for i in doc["indicators"] for v in i["values"]}
    assert by_figure["62.91万"].get("concept") is None
    assert by_figure["13.2万"].get("concept") == "new-business-entities"


def test_a_figure_of_a_five_year_review_is_drafted_with_its_years() -> None:
    """五年来…62.91万户 is stated for 2021-2025; 2025's 13.2万户 and a level reached are not."""
    doc = draft_report(FIVE_YEARS, period=2025, entity="某省").document
    years = {v["figure"]: v.get("years") for i in doc["indicators"] for v in i["values"]}
    assert years == {
        "62.91万": "2021-2025",
        "13697.5": None,
        "13.2万": None,
        "750亿": "2021-2025",
        "突破千": None,  # a level reached, as 达到 says
    }


def test_a_level_reached_in_a_five_year_review_is_the_years() -> None:
    """…地区生产总值达到13697.5亿元: a level reached at the span's end, the year reviewed."""
    doc = draft_report(FIVE_YEARS, period=2025, entity="某省").document
    by_figure = {v["figure"]: i for i in doc["indicators"] for v in i["values"]}
    assert by_figure["13697.5"].get("concept") == "gdp"


def test_figures_after_a_goal_said_met_are_the_outturn() -> None:
    """全面实现年初确定的主要目标，国内生产总值增长7.8%: the outturn, not the goal."""
    met = drafted("我们全面实现年初确定的主要目标，国内生产总值增长7.8%，城镇新增就业1266万人。")
    assert [c["stated"] for c in met["claims"]] == ["增长7.8%"]
    jobs = indicator(met, "urban-new-jobs")
    assert not jobs["values"][0].get("target")
    goal = drafted("年初确定的主要目标是地区生产总值增长6%左右，城镇新增就业900万人。")
    assert goal["claims"] == []
    assert all(v.get("target") for i in goal["indicators"] for v in i["values"])


def test_a_change_since_the_start_of_the_year_is_against_last_years_end(tmp_path: Path) -> None:
    """年底国家外汇储备达4033亿美元，比年初增加1168亿美元: 年初 is the earlier year-end."""
    earlier = write(tmp_path, "a.txt", report_text(2003, "年底国家外汇储备达2864亿美元。"))
    later_text = "年底国家外汇储备达４０３３亿美元，比年初增加１１６８亿美元。"
    later = write(tmp_path, "b.txt", report_text(2004, later_text))
    found = across(check([earlier, later]))
    assert [f["verdict"] for f in found] == ["consistent"]
    assert "2864亿美元" in found[0]["message"]


ELEVENTH = (
    "政府工作报告\n一、“十一五”时期国民经济和社会发展的回顾\n"
    "五年来，财政收入从3.16万亿元增加到8.31万亿元。国内生产总值达到39.8万亿元，年均增长11.2%。\n"
    "二、“十二五”时期的主要目标\n"
)


def test_an_undated_start_in_a_plans_review_is_the_year_before_the_plan() -> None:
    """财政收入从3.16万亿元增加到8.31万亿元, reviewing “十一五”: 3.16 is 2005's level."""
    doc = draft_report(ELEVENTH, period=2010, entity="全国").document
    revenue = indicator(doc, "general-budget-revenue")
    assert [(v["figure"], v["period"]) for v in revenue["values"]] == [
        ("3.16万亿", 2005),
        ("8.31万亿", 2010),
    ]


def test_average_growth_in_a_plans_review_runs_over_the_plan() -> None:
    doc = draft_report(ELEVENTH, period=2010, entity="全国").document
    (growth,) = [c for c in doc["claims"] if c["kind"] == "average_growth"]
    assert (growth["indicator"], growth["against"], growth["period"]) == ("gdp", 2005, 2010)


def test_a_plan_not_ending_with_the_year_reviewed_dates_nothing() -> None:
    """“十一五” named in a report on 2012 is not the span its 从… starts from."""
    doc = draft_report(ELEVENTH, period=2012, entity="全国").document
    revenue = [i for i in doc["indicators"] if any(v["figure"] == "3.16万亿" for v in i["values"])]
    assert revenue[0]["values"][0]["period"] != 2005


def test_a_text_that_names_no_year_is_not_given_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown period is said, never defaulted (it was 2000)."""
    from xinhong_metrics.cli import main

    text = write(tmp_path, "t.txt", "全年新增就业岗位120个，同比增长20%。\n")
    with pytest.raises(SystemExit) as info:
        main(["check", str(text)])
    assert info.value.code == 2
    assert "names no year" in capsys.readouterr().err
    main(["extract", str(text), "-o", str(tmp_path / "out"), "--period", "2020"])
    assert "period 2020: given" in capsys.readouterr().out


def test_an_output_never_replaces_a_report_files_source_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    from xinhong_metrics.cli import main

    from .conftest import DATA

    for name in ("xinhong-2020.yaml", "xinhong-2020-work-report.txt"):
        shutil.copy(DATA / name, tmp_path / name)
    source = tmp_path / "xinhong-2020-work-report.txt"
    before = source.read_bytes()
    for args in (["report", "-o"], ["check", "--output"]):
        target = str(source) if args[0] == "report" else f"json={source}"
        with pytest.raises(SystemExit) as info:
            main([args[0], str(tmp_path / "xinhong-2020.yaml"), args[1], target])
        assert info.value.code == 2
        assert "an output never replaces one" in capsys.readouterr().err
    assert source.read_bytes() == before


def test_an_average_growth_names_its_own_measure() -> None:
    """新增铁路营业里程600公里，进出口总额年均增长15.9%: the rate is trade's, not the railway's."""
    text = ELEVENTH.replace(
        "国内生产总值达到39.8万亿元，年均增长11.2%。",
        "新增铁路营业里程600公里，进出口总额年均增长15.9%。",
    )
    doc = draft_report(text, period=2010, entity="全国").document
    (growth,) = [c for c in doc["claims"] if c["kind"] == "average_growth"]
    assert (growth["indicator"], growth["against"]) == ("imports-and-exports", 2005)


@pytest.mark.parametrize(("words", "against"), [("增长1.71倍", 2005), ("比上年增长1.71倍", 2009)])
def test_a_change_in_a_five_year_review_runs_over_the_five_years(words: str, against: int) -> None:
    """增长1.71倍 in a review of “十一五” is over the plan; 比上年 keeps it to one year."""
    text = ELEVENTH.replace("年均增长11.2%", words)
    doc = draft_report(text, period=2010, entity="全国").document
    (multiple,) = [c for c in doc["claims"] if c["kind"] == "multiple"]
    assert multiple["against"] == against


def test_a_change_without_its_level_joins_the_indicator_of_its_concept() -> None:
    """国内生产总值增长7.8% after GDP's levels in the same report: one indicator, not two."""
    text = (
        "过去五年，国内生产总值从26.6万亿元增加到51.9万亿元。\n"
        "2012年，国内生产总值增长7.8%，城镇新增就业1266万人。\n"
    )
    doc = draft_report(text, period=2012, entity="全国").document
    assert [i["id"] for i in doc["indicators"]].count("gdp") == 1
    (change,) = [c for c in doc["claims"] if c["stated"] == "增长7.8%"]
    assert change["indicator"] == "gdp"


def test_yearly_averages_of_a_respectively_list_run_over_the_review() -> None:
    """城镇…和农村…年均分别实际增长9.7%和8.9% in a review of “十一五”: two averages, 2005–2010."""
    text = ELEVENTH.replace(
        "国内生产总值达到39.8万亿元，年均增长11.2%。",
        "城镇居民人均可支配收入和农村居民人均纯收入年均分别实际增长9.7%和8.9%。",
    )
    doc = draft_report(text, period=2010, entity="全国").document
    growth = {c["indicator"]: (c["stated"], c["against"]) for c in doc["claims"]}
    assert growth == {
        "urban-per-capita-disposable-income": ("增长9.7%", 2005),
        "rural-per-capita-net-income": ("增长8.9%", 2005),
    }
    assert {c["kind"] for c in doc["claims"]} == {"average_growth"}


# -- from a hunt for false alarms on texts of other entities, written for it -----------------


@pytest.mark.parametrize(
    ("title", "entity"),
    [
        ("2024年南京市鼓楼区人民政府工作报告", "南京市鼓楼区"),
        ("2025年福州市鼓楼区人民政府工作报告", "福州市鼓楼区"),
        ("2024年鼓楼区人民政府工作报告", "鼓楼区"),
    ],
)
def test_a_district_is_named_with_the_city_its_title_gives(title: str, entity: str) -> None:
    """Two 鼓楼区 are two entities: the delivery line names the district alone."""
    from xinhong_metrics.extract import read_metadata

    head = f"{title}\n——2024年1月10日在鼓楼区第十八届人民代表大会第四次会议上\n各位代表：\n"
    assert read_metadata(head).entity == entity


def test_a_town_title_does_not_lend_its_year_to_the_name() -> None:
    from xinhong_metrics.extract import read_metadata

    assert read_metadata("2024年周庄镇人民政府工作报告\n各位代表：\n").entity == "周庄镇"


def test_a_bound_on_a_rate_is_no_level_to_compare(tmp_path: Path) -> None:
    """保持在75%以上 then 76.3%，提高0.2个百分点: 75 is a floor, never the prior rate."""
    earlier = write(
        tmp_path, "a.txt", report_text(2024, "民生支出占一般公共预算支出比重保持在75%以上。")
    )
    later = write(
        tmp_path,
        "b.txt",
        report_text(2025, "民生支出占一般公共预算支出比重达到76.3%，提高0.2个百分点。"),
    )
    verdicts = [f["verdict"] for f in across(check([earlier, later]))]
    assert "inconsistent" not in verdicts


def test_an_addition_is_not_the_stock_it_adds_to(tmp_path: Path) -> None:
    """新增高新技术企业326家: the year's addition, never the level 3580家 grew 10.2% from."""
    earlier = write(tmp_path, "a.txt", report_text(2024, "新增高新技术企业326家，总数达到3250家。"))
    later = write(tmp_path, "b.txt", report_text(2025, "高新技术企业总数达到3580家，增长10.2%。"))
    found = across(check([earlier, later]))
    assert all("326家" not in f["message"] for f in found)
    assert all(f["verdict"] != "inconsistent" for f in found)
    doc = draft_report(report_text(2024, "新增高新技术企业326家。"), period=2023).document
    assert all(i.get("concept") is None for i in doc["indicators"])


def test_growth_above_the_size_threshold_is_not_decided_by_published_levels(
    tmp_path: Path,
) -> None:
    """规上工业总产值 grows on this year's set of enterprises: a mismatch is no error."""
    earlier = write(tmp_path, "a.txt", report_text(2024, "规上工业总产值6120.5亿元。"))
    later = write(tmp_path, "b.txt", report_text(2025, "规上工业总产值6387.2亿元，增长5.6%。"))
    found = across(check([earlier, later]))
    assert [f["verdict"] for f in found] == ["not_comparable"]
    assert "规模以上" in found[0]["message"]


def test_a_revised_level_of_the_year_before_is_that_years_and_joins_its_series(
    tmp_path: Path,
) -> None:
    """经济普查后，2023年…修订为333.2亿元 in the review of 2024: GDP of 2023, revised.

    The later report's 2023 level differs from the earlier report's 326.8亿元 with a
    reason given, so the restatement is not comparable, never an error; the 2024 level
    joins the same series.
    """
    head = "清河县{y}年政府工作报告\n——{y}年1月10日在清河县第十八届人民代表大会第{n}次会议上\n"
    write(
        tmp_path,
        "qh-2024.txt",
        head.format(y=2024, n="三")
        + "一、2023年工作回顾\n全县实现地区生产总值326.8亿元，增长5.0%。\n",
    )
    write(
        tmp_path,
        "qh-2025.txt",
        head.format(y=2025, n="四")
        + "一、2024年工作回顾\n根据第五次全国经济普查结果，2023年全县地区生产总值修订为333.2亿元。"
        "2024年全县实现地区生产总值348.6亿元，增长5.1%。\n",
    )
    doc = draft_report((tmp_path / "qh-2025.txt").read_text(encoding="utf-8"))
    gdp = indicator(doc.document, "gdp")
    assert [(2023, "333.2"), (2024, "348.6")] == [(v["period"], v["figure"]) for v in gdp["values"]]
    restated = [f for f in across(check([tmp_path])) if "333.2" in f["quote"]]
    assert restated
    assert {"not_comparable"} == {f["verdict"] for f in restated}


def test_those_a_measure_reached_are_not_the_stock_it_names() -> None:
    """惠及市场主体2.3万户 is no count of 市场主体; 全县市场主体达到5.1万户 is."""
    doc = drafted(
        "全年新增减税降费及退税缓费4.2亿元，惠及市场主体2.3万户。全县市场主体达到5.1万户。",
        period=2023,
    )
    [stock] = [i for i in doc["indicators"] if i.get("concept") == "business-entities"]
    assert ["5.1万"] == [v["figure"] for v in stock["values"]]


def test_a_budget_is_never_the_years_actual() -> None:
    """年初预算为128.00亿元，调整为120.00亿元…决算数121.87亿元: only 121.87 is the actual."""
    doc = drafted(
        "全区一般公共预算收入年初预算为128.00亿元，经区人大常委会批准调整为120.00亿元。"
        "全区一般公共预算收入决算数121.87亿元，为调整预算的102.6%。",
        period=2023,
    )
    actuals = [v["figure"] for i in doc["indicators"] for v in i["values"] if not v.get("target")]
    assert "121.87" in actuals
    assert not {"128.00", "120.00"} & set(actuals)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "福州市鼓楼区2024年前三季度经济运行情况\n全区实现社会消费品零售总额686.2亿元，同比增长4.1%。",
            "前三季度",
        ),
        (
            "某县2024年政府工作报告\n一、2023年工作回顾\n1—11月，全县社会消费品零售总额352.6亿元，"
            "同比增长5.4%；一般公共预算收入79.86亿元，同比增长3.3%。",
            "1—11月",
        ),
    ],
)
def test_a_part_of_the_year_governs_the_document_or_the_whole_sentence(
    text: str, span: str
) -> None:
    """The title's 前三季度, or 1—11月 before a semicolon, is on every figure it governs."""
    doc = draft_report(text).document
    values = [v for i in doc["indicators"] for v in i["values"]]
    assert values
    assert {span} == {v.get("span") for v in values}


def test_every_revision_of_a_sentence_is_of_the_year_it_names() -> None:
    """2023年…修订为4082.6亿元，社会消费品零售总额修订为1835.4亿元: both are 2023's;
    2023年以来累计 is a span, not a year's level."""
    doc = drafted(
        "根据第五次全国经济普查结果，2023年全市地区生产总值修订为4082.6亿元，社会消费品零售"
        "总额修订为1835.4亿元。2024年全市社会消费品零售总额1912.5亿元，增长4.2%。"
        "2023年以来累计新增企业3万家。",
        period=2024,
    )
    retail = indicator(doc, "retail-sales")
    assert [(2023, "1835.4"), (2024, "1912.5")] == [
        (v["period"], v["figure"]) for v in retail["values"]
    ]
    firms = [v for i in doc["indicators"] for v in i["values"] if v["figure"] == "3万"]
    assert [2024] == [v["period"] for v in firms]


def test_a_final_account_rates_its_actual_against_the_budget_it_names() -> None:
    """为年初预算的95.2% is of 128.00; 为调整预算的102.6% of 120.00; 比上年决算数 is 比上年."""
    doc = drafted(
        "全区一般公共预算收入年初预算为128.00亿元，经区人大常委会批准调整为120.00亿元。"
        "全区一般公共预算收入决算数121.87亿元，为年初预算的95.2%，为调整预算的102.6%，"
        "比上年决算数增长8.5%。",
        period=2023,
    )
    figures = {i["id"]: i["values"][0]["figure"] for i in doc["indicators"] if i["values"]}
    shares = {c["whole_name"]: c for c in doc["claims"] if c["kind"] == "share"}
    assert "128.00" == figures[shares["年初预算"]["whole"]]
    assert "120.00" == figures[shares["调整预算"]["whole"]]
    assert "121.87" == figures[shares["调整预算"]["part"]]
    [change] = [c for c in doc["claims"] if c["kind"] == "relative_change"]
    assert ("general-budget-revenue", 2022) == (change["indicator"], change["against"])


@pytest.mark.parametrize(
    "name", ["民营企业进出口", "商贸服务业税收收入", "花炮出口额", "城镇常住人口", "数字经济总量"]
)
def test_a_part_named_after_a_concept_is_not_the_concept(name: str) -> None:
    """民营企业进出口 is part of 进出口总额: it takes no concept, so never meets the total."""
    from xinhong_metrics.concepts import catalog

    assert catalog().match(name) is None
    for total in ("全市进出口总额", "全区税收收入", "全市常住人口"):
        assert catalog().match(total) is not None


@pytest.mark.parametrize("opening", ["前11个月，", "截至11月末，"])
def test_more_words_for_part_of_the_year(opening: str) -> None:
    """前11个月 and 截至11月末 mark a figure as part of the year, like 1—11月."""
    doc = drafted(opening + "全市社会消费品零售总额1138.6亿元，增长4.6%。", period=2024)
    assert {opening.rstrip("，")} == {v.get("span") for i in doc["indicators"] for v in i["values"]}


@pytest.mark.parametrize(
    ("review", "verdict"),
    [
        ("粮食总产量在上年大幅度增长的基础上，又增产1454万吨，达到48401万吨。", "consistent"),
        ("全年粮食总产量达到48401万吨，增产1600万吨。", "inconsistent"),
        # Tied to the level after it, the amount's link is the extractor's guess: a misfit
        # is said, not alarmed, until a reviewer confirms the link.
        ("粮食总产量在上年大幅度增长的基础上，又增产1600万吨，达到48401万吨。", "unverifiable"),
    ],
)
def test_an_amount_links_to_last_years_level(tmp_path: Path, review: str, verdict: str) -> None:
    """增产1454万吨 to 48401万吨 after 46947万吨 the year before: 48401 - 46947 = 1454."""
    earlier = write(tmp_path, "a.txt", report_text(2005, "全年粮食总产量达到46947万吨。"))
    later = write(tmp_path, "b.txt", report_text(2006, review))
    found = across(check([earlier, later]))
    assert [(f["verdict"], f["indicator"]) for f in found] == [(verdict, "粮食总产量")]


@pytest.mark.parametrize(
    ("level", "verdict", "words"),
    [
        ("100", "consistent", "fits"),
        ("115", "consistent", "fits"),  # 翻番 loosely: ×2.3 is 实现翻番 in the genre
        ("200", "inconsistent", "×(3.95, 4.051)"),
    ],
)
def test_a_doubling_links_to_last_years_level(
    tmp_path: Path, level: str, verdict: str, words: str
) -> None:
    """跨境电商交易额100亿元，比上年实现翻番 after 50亿元: ×2, as 翻番 says, loosely (×0.9 to
    ×1.5 of it); the change stands right after its level, so the link is plain."""
    earlier = write(tmp_path, "a.txt", report_text(2005, "跨境电商交易额50亿元。"))
    review = f"跨境电商交易额{level}亿元，比上年实现翻番。"
    later = write(tmp_path, "b.txt", report_text(2006, review))
    found = [f for f in across(check([earlier, later])) if f["check"] == "multiple"]
    assert [f["verdict"] for f in found] == [verdict]
    assert words in found[0]["message"]


@pytest.mark.parametrize(
    ("sentence", "against"),
    [
        # 累计建成装机 is a stock of the first clause: the next clause's fall is on a year.
        ("新能源累计建成装机占电力总装机57.6%，单位地区生产总值能耗下降3.2%。", 2004),
        ("累计认定高新技术企业1200家，单位地区生产总值能耗下降3.2%。", 2004),
        # 三年累计 opening the sentence still runs the change over the three years.
        ("近三年累计，单位地区生产总值能耗下降10.1%。", 2002),
    ],
)
def test_a_stock_built_up_is_no_span_for_the_sentences_changes(sentence: str, against: int) -> None:
    doc = drafted(report_text(2005, sentence))
    (fall,) = [c for c in doc["claims"] if c.get("indicator") == "energy-intensity"]
    assert fall["against"] == against


def test_point_changes_of_a_respectively_list_are_checked_across_years(tmp_path: Path) -> None:
    """The points word said once for the list; each change against last year's own rate."""
    earlier = report_text(2004, "城镇化率达到41.8%，户籍人口城镇化率达到28.6%。")
    later = report_text(
        2005, "城镇化率和户籍人口城镇化率分别提高1.2个和1.5个百分点，分别达到43.0%和30.1%。"
    )
    frame = check([write(tmp_path, "a.txt", earlier), write(tmp_path, "b.txt", later)])
    points = frame.filter(frame["check"] == "cross-year-points").to_dicts()
    assert {(f["indicator"], f["verdict"]) for f in points} == {
        ("户籍人口城镇化率", "consistent"),
        ("城镇化率", "consistent"),
    }


def test_a_level_of_a_named_year_written_into_the_change(tmp_path: Path) -> None:
    """…672.3亿元，比2022年的641.8亿元增长4.8%: 2022's level, and the change against it."""
    doc = drafted(
        report_text(2024, "社会消费品零售总额达到672.3亿元，比2022年的641.8亿元增长4.8%。"), 2023
    )
    retail = indicator(doc, "retail-sales")
    assert [(v["figure"], v["period"]) for v in retail["values"]] == [
        ("641.8", 2022),
        ("672.3", 2023),
    ]
    (growth,) = [c for c in doc["claims"] if c["kind"] == "relative_change"]
    assert (growth["indicator"], growth["against"], growth["stated"]) == (
        "retail-sales",
        2022,
        "增长4.8%",
    )
    # After a change against the year before too (…241.7亿元，增长18.7%，比2021年的…).
    doc = drafted(
        report_text(2024, "外贸进出口总额241.7亿元，增长18.7%，比2021年的186.5亿元增长29.6%。"),
        2023,
    )
    trade = indicator(doc, "imports-and-exports")
    assert [(v["figure"], v["period"]) for v in trade["values"]] == [
        ("186.5", 2021),
        ("241.7", 2023),
    ]
    assert {(c["against"], c["stated"]) for c in doc["claims"]} == {
        (2022, "增长18.7%"),
        (2021, "增长29.6%"),
    }


@pytest.mark.parametrize(("points", "verdict"), [("18.8", "consistent"), ("16.8", "inconsistent")])
def test_a_point_change_written_with_le(points: str, verdict: str, tmp_path: Path) -> None:
    """占比由62.5%提高到81.3%，提高了16.8个百分点: 了 after the direction word."""
    text = report_text(
        2025, f"村集体经济收入50万元以上的村占比由62.5%提高到81.3%，提高了{points}个百分点。"
    )
    frame = check([write(tmp_path, "a.txt", text)])
    found = frame.filter(frame["check"] == "point-change")
    assert found["verdict"].to_list() == [verdict]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("全年争取中央转移支付1368.2亿元，比上年增加71.5亿元，增长5.5%。", "consistent"),
        ("全年争取中央转移支付1368.2亿元，比上年增加71.5亿元，增长6.5%。", "inconsistent"),
        ("税收收入208.6亿元，比上年减少10.2亿元，下降4.7%。", "consistent"),
        # Output grows in real terms; its amount is nominal: nothing to hold them to.
        ("地区生产总值1368.2亿元，比上年增加71.5亿元，增长6.5%。", None),
    ],
)
def test_a_rate_beside_its_amount_is_held_to_it(sentence: str, verdict: str | None) -> None:
    """The level less the amount is last year's level, and the rate must fit it."""
    from xinhong_metrics.extract import draft_report as draft_text

    doc = draft_text(report_text(2024, sentence), period=2023, entity="某省").document
    assert not any(c.get("review") for c in doc["claims"] if c["kind"] == "relative_change")
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        frame = check([write(Path(folder), "a.txt", report_text(2024, sentence))])
    rates = frame.filter(frame["check"] == "relative-change")
    if verdict is None:
        assert "inconsistent" not in rates["verdict"].to_list()
    else:
        assert rates["verdict"].to_list() == [verdict]


def test_a_level_adjusted_on_verification_is_the_years_actual() -> None:
    """经最终核实，2021年全市地区生产总值调整为1470.2亿元: a revised actual, not a budget."""
    doc = drafted(report_text(2023, "经最终核实，2021年地区生产总值调整为1470.2亿元。"), 2022)
    (value,) = indicator(doc, "gdp")["values"]
    assert (value["period"], value.get("target", False)) == (2021, False)


def test_a_banners_own_name_and_a_pastoral_list_take_their_concepts() -> None:
    """年末全旗常住人口; 城镇常住居民、农村牧区常住居民人均可支配收入分别为…."""
    doc = drafted(
        report_text(
            2024,
            "年末全旗常住人口26.83万人。城镇常住居民、农村牧区常住居民人均可支配收入分别为"
            "36752元和19867元。",
        ),
        2023,
    )
    ids = {i["id"]: i["values"][0]["figure"] for i in doc["indicators"]}
    assert ids["resident-population"] == "26.83万"
    assert ids["urban-per-capita-disposable-income"] == "36752"
    assert ids["rural-per-capita-disposable-income"] == "19867"


def test_parts_stop_at_a_semicolon_that_turns_to_another_measure() -> None:
    """其中税收收入…；外贸进出口总额…: trade is no part of revenue; 第一、第二产业 go on."""
    doc = drafted(
        report_text(
            2022,
            "一般公共预算收入82.36亿元，增长6.2%，其中税收收入52.18亿元；外贸进出口总额186.5亿元，"
            "增长21.3%。地区生产总值1461.6亿元，其中，第一产业增加值287.6亿元；第二产业增加值"
            "513.2亿元；第三产业增加值660.8亿元。",
        ),
        2021,
    )
    parts = {c["whole"]: c["parts"] for c in doc["claims"] if c["kind"] == "part_of_whole"}
    assert parts["general-budget-revenue"] == ["tax-revenue"]
    assert len(parts["gdp"]) == 3


def test_a_statistical_communique_is_drafted_as_one() -> None:
    text = "阿荣旗2023年国民经济和社会发展统计公报\n全年地区生产总值182.36亿元。\n"
    assert draft_report(text).document["report"]["kind"] == "statistical_communique"


def test_a_net_change_between_additions_and_the_stock_is_the_stocks() -> None:
    """新增…53家，净增37家，总数达到749家: 37 is the stock's change, plainly; 53 for review."""
    doc = drafted(report_text(2024, "新增规模以上工业企业53家，净增37家，总数达到749家。"), 2023)
    stock = indicator(doc, "above-scale-industrial-enterprises")
    assert [v["figure"] for v in stock["values"]] == ["749"]
    changes = {c["stated"]: c for c in doc["claims"] if c["kind"] == "absolute_change"}
    assert changes["增37"]["indicator"] == "above-scale-industrial-enterprises"
    assert not changes["增37"].get("review")
    assert changes["增53"]["review"]


def test_a_level_held_over_a_streak_is_no_years_level() -> None:
    """连续五年稳定在130万吨以上: no level, and no whole of the 其中 parts after it."""
    doc = drafted(
        report_text(
            2024,
            "粮食总产量136.8万吨，比上年增长3.2%，连续五年稳定在130万吨以上。其中，玉米产量"
            "98.6万吨，大豆产量28.4万吨。",
        ),
        2023,
    )
    assert all("连续" not in i["name"] for i in doc["indicators"])
    (parts,) = [c for c in doc["claims"] if c["kind"] == "part_of_whole"]
    assert parts["whole"] == "grain-output"


def test_a_short_measure_name_links_across_years(tmp_path: Path) -> None:
    """玉米产量 in both years: linked by its name, checked, never an alarm by name alone."""
    earlier = report_text(2023, "玉米产量98.6万吨。")
    later = report_text(2024, "玉米产量101.3万吨，增长2.7%。")
    frame = check([write(tmp_path, "a.txt", earlier), write(tmp_path, "b.txt", later)])
    across = frame.filter(frame["check"] == "cross-year-change")
    assert across["verdict"].to_list() == ["consistent"]


BUDGET = (
    "关于某省2023年预算执行情况和2024年预算草案的报告\n"
    "——2024年1月26日在某省第十四届人民代表大会第二次会议上\n"
    "一、2023年预算执行情况\n全省一般公共预算收入382.6亿元，增长5.2%。\n"
    "二、2024年预算草案\n全省一般公共预算收入安排401.7亿元，增长5%；全省一般公共预算支出"
    "安排2085.6亿元，比上年执行数下降2.8%。现将2024年预算草案提请省十四届人大二次会议审议。\n"
)


def test_a_budget_draft_is_the_plan_of_its_year() -> None:
    """二、2024年预算草案: its figures are 2024's targets; 比上年执行数 is a change's context."""
    doc = draft_report(BUDGET).document
    revenue = indicator(doc, "general-budget-revenue")
    assert [(v["figure"], v["period"], bool(v.get("target"))) for v in revenue["values"]] == [
        ("382.6", 2023, False),
        ("401.7", 2024, True),
    ]
    spending = indicator(doc, "general-budget-expenditure")
    assert [v["figure"] for v in spending["values"]] == ["2085.6"]
    assert all("执行数" not in i["name"] for i in doc["indicators"])
    assert all(i["unit"] != "次" for i in doc["indicators"])


def test_last_years_actual_written_into_an_estimates_change() -> None:
    """预计全年…22.4亿元，较上年实际完成数20.5亿元增长9.3%: 20.5 is last year's actual."""
    text = (
        "某镇2024年工作总结\n2024年12月20日\n一、2024年工作回顾\n"
        "预计全年完成规上工业产值22.4亿元，较上年实际完成数20.5亿元增长9.3%。\n"
    )
    doc = draft_report(text).document
    (output,) = [i for i in doc["indicators"] if len(i["values"]) == 2]
    assert [(v["figure"], v["period"], bool(v.get("estimate"))) for v in output["values"]] == [
        ("20.5", 2023, False),
        ("22.4", 2024, True),
    ]
    (growth,) = [c for c in doc["claims"] if c["kind"] == "relative_change"]
    assert (growth["indicator"], growth["against"]) == (output["id"], 2023)


@pytest.mark.parametrize(
    ("words", "verdict"), [("百分之五点一", "consistent"), ("百分之九点一", "inconsistent")]
)
def test_a_change_in_words_is_checked_as_one_in_digits(
    tmp_path: Path, words: str, verdict: str
) -> None:
    """增长百分之五点一: the percent written in words is a change, not a level named 增长."""
    earlier = report_text(2024, "一般公共预算收入84.3亿元。")
    later = report_text(2025, f"一般公共预算收入88.6亿元，增长{words}。")
    frame = check([write(tmp_path, "a.txt", earlier), write(tmp_path, "b.txt", later)])
    across = frame.filter(frame["check"] == "cross-year-change")
    assert across["verdict"].to_list() == [verdict]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("一般公共预算收入由2018年的60.0亿元增加到88.6亿元，年均增长8.1%。", "consistent"),
        ("一般公共预算收入由2018年的60.0亿元增加到88.6亿元，年均增长13.9%。", "inconsistent"),
        # Value added (comparable prices, each year's set above the size threshold), a
        # rate on its own scope, and output per head: nothing to hold nominal levels to.
        ("规模以上工业增加值由2018年的200亿元增加到260亿元，年均增长6.9%。", "not_comparable"),
        (
            "按可比口径计算，一般公共预算收入由2018年的60.0亿元增加到88.6亿元，年均增长9.9%。",
            "not_comparable",
        ),
        ("人均地区生产总值由2018年的60000元增加到80000元，年均增长4.6%。", "not_comparable"),
    ],
)
def test_an_average_growth_after_its_from_to_is_checked_plainly(
    tmp_path: Path, sentence: str, verdict: str
) -> None:
    """由2018年的…增加到…，年均增长…: from the named year to the year reviewed."""
    frame = check([write(tmp_path, "a.txt", report_text(2024, sentence))])
    found = frame.filter(frame["check"] == "average-growth")
    assert found["verdict"].to_list() == [verdict]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        (
            "社会消费品零售总额512.3亿元，增长6.2%，其中网上零售额86.2亿元，占比16.8%。",
            "consistent",
        ),
        (
            "社会消费品零售总额512.3亿元，增长6.2%，其中网上零售额86.2亿元，占比18.6%。",
            "inconsistent",
        ),
        ("全年空气质量优良天数337天，优良天数比率92.3%。", "consistent"),
        ("全年空气质量优良天数337天，优良天数比率95.3%。", "inconsistent"),
    ],
)
def test_a_share_after_a_part_and_a_days_ratio_are_checked(
    tmp_path: Path, sentence: str, verdict: str
) -> None:
    """占比 of a 其中 part past the whole's change; 优良天数比率 of its days, not of 337."""
    frame = check([write(tmp_path, "a.txt", report_text(2024, sentence))])
    found = frame.filter(frame["check"] == "share-rate")
    assert found["verdict"].to_list() == [verdict]


def test_a_target_sentence_naming_its_year_is_that_years() -> None:
    """今后五年…主要目标是：…到2025年，地区生产总值突破1200亿元；…: 2025's targets."""
    text = report_text(
        2021,
        "地区生产总值786.4亿元。",
        "今后五年的主要目标是：到2025年，地区生产总值突破1200亿元；常住人口城镇化率达到70%左右。",
    )
    doc = drafted(text, 2020)
    periods = {
        i["id"]: [v["period"] for v in i["values"] if v.get("target")] for i in doc["indicators"]
    }
    assert 2025 in periods["gdp"]
    assert periods["urbanization-rate"] == [2025]


def test_a_paragraphs_lead_span_stops_at_a_sentence_of_the_whole_year() -> None:
    """1—11月，…。全年…。…: what follows the whole year's sentence is not the lead's span."""
    text = report_text(
        2024,
        "1—11月，规模以上工业增加值增长5.2%。社会消费品零售总额6078.3亿元，增长6.2%。"
        "全年一般公共预算收入88.6亿元。固定资产投资320.5亿元，增长3.1%。",
    )
    found = [i for i in drafted(text, 2023)["indicators"] if i["values"]]
    spans = {i["name"]: i["values"][0].get("span") for i in found}
    assert spans["社会消费品零售总额"] == "1—11月（据段首）"
    assert spans["固定资产投资"] is None


def test_levels_after_a_respectively_list_of_average_growths_take_their_concepts() -> None:
    """城镇和农村居民人均可支配收入年均分别增长…，分别达到41826元、19732元 (a five-year review)."""
    text = (
        "2021年某区政府工作报告\n——2021年1月10日在某区第十届人民代表大会第五次会议上\n"
        "一、“十三五”时期工作回顾\n五年来，城镇和农村居民人均可支配收入年均分别增长8.1%和9.4%，"
        "分别达到41826元、19732元。\n"
    )
    doc = draft_report(text).document
    levels = {i["id"]: i["values"][0]["figure"] for i in doc["indicators"] if i["values"]}
    assert levels["urban-per-capita-disposable-income"] == "41826"
    assert levels["rural-per-capita-disposable-income"] == "19732"


def test_a_respectively_from_to_gives_each_measure_both_years() -> None:
    """城镇、农村居民人均可支配收入分别由上年的50012元、26418元增加到53408元、28136元."""
    doc = drafted(
        report_text(
            2024,
            "城镇、农村居民人均可支配收入分别由上年的50012元、26418元增加到53408元、28136元，"
            "分别增长6.8%和6.5%。",
        ),
        2023,
    )
    urban = indicator(doc, "urban-per-capita-disposable-income")
    rural = indicator(doc, "rural-per-capita-disposable-income")
    assert [(v["figure"], v["period"]) for v in urban["values"]] == [
        ("50012", 2022),
        ("53408", 2023),
    ]
    assert [(v["figure"], v["period"]) for v in rural["values"]] == [
        ("26418", 2022),
        ("28136", 2023),
    ]


def test_a_multiple_of_last_year_after_its_level_is_drafted_plainly() -> None:
    """完成既有住宅加装电梯32部，是上年的1.8倍: the multiple of that level, against last year."""
    text = report_text(2024, "完成既有住宅加装电梯32部，是上年的1.8倍。全年生猪出栏598.7万头。")
    doc = drafted(text, 2023)
    (times,) = [c for c in doc["claims"] if c["kind"] == "multiple"]
    assert (times["stated"], times["against"], times.get("review", False)) == ("1.8倍", 2022, False)
    assert any(i["unit"] == "头" for i in doc["indicators"])


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("高新技术企业由2020年底的138家增加到412家，达到2020年底的3.0倍。", "consistent"),
        ("高新技术企业由2020年底的138家增加到412家，达到2020年底的2.6倍。", "inconsistent"),
        # Output's multiple may be real while its levels are nominal.
        ("地区生产总值由2015年的400亿元增加到600亿元，是2015年的1.4倍。", "not_comparable"),
    ],
)
def test_a_multiple_after_its_from_to_is_checked_plainly(
    tmp_path: Path, sentence: str, verdict: str
) -> None:
    """…由2020年底的138家增加到412家，达到2020年底的2.6倍: the name is the measure's too."""
    frame = check([write(tmp_path, "a.txt", report_text(2025, sentence))])
    found = frame.filter(frame["check"] == "multiple")
    assert found["verdict"].to_list() == [verdict]
    assert "底的" not in found["indicator"].to_list()


def test_an_estimates_name_links_with_the_measures(tmp_path: Path) -> None:
    """预计全年技工贸总收入 in a December report is the 技工贸总收入 of the next one."""
    earlier = report_text(2024, "预计全年技工贸总收入1386.5亿元。")
    later = report_text(2025, "技工贸总收入1512.8亿元，增长9.1%。")
    frame = check([write(tmp_path, "a.txt", earlier), write(tmp_path, "b.txt", later)])
    across = frame.filter(frame["check"] == "cross-year-change")
    assert across["verdict"].to_list() == ["consistent"]


def test_a_level_from_last_year_after_a_bare_change_is_named_and_loads() -> None:
    """…收入增长8.6%，由上年的10,608元增加到11,520元: the clause before names the levels."""
    doc = drafted(
        report_text(2021, "农村居民人均可支配收入增长8.6%，由上年的10,608元增加到11,520元。"), 2020
    )
    rural = indicator(doc, "rural-per-capita-disposable-income")
    assert [(v["figure"], v["period"]) for v in rural["values"]] == [
        ("10,608", 2019),
        ("11,520", 2020),
    ]


def test_one_text_that_cannot_be_drafted_does_not_hide_the_folders_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rest is checked and printed; the text is named on stderr; the exit status is 2."""
    from xinhong_metrics.cli import main

    write(tmp_path, "a.txt", report_text(2024, "一般公共预算收入84.3亿元。"))
    write(tmp_path, "b.txt", report_text(2025, "一般公共预算收入88.6亿元，增长5.1%。"))
    bad = (
        report_text(2025, "一般公共预算收入88.6亿元。").replace("2025年", "").replace("2024年", "")
    )
    write(tmp_path, "c.txt", "政府工作报告\n" + bad.split("\n", 1)[1])
    with pytest.raises(SystemExit) as info:
        main(["check", str(tmp_path), "--format", "json", "--fail-on", "never"])
    out = capsys.readouterr()
    assert info.value.code == 2
    assert "c.txt" in out.err and "names no year" in out.err and "(not checked)" in out.err
    assert "cross-year-change" in out.out


def test_a_census_note_on_gdp_and_its_related_data_excuses_no_grain_change(
    tmp_path: Path,
) -> None:
    """2023年地区生产总值及相关数据已根据…普查结果进行修订: the accounts', not grain's.

    The note says whose data were revised; 粮食总产量36.27万吨，比上年增长2.6% against last
    year's 35.62万吨 (+1.8%) stays an error.
    """
    note = (
        "注：2023年地区生产总值及相关数据已根据第五次全国经济普查结果进行修订，"
        "2024年增长速度按修订后数据计算。"
    )
    earlier = write(tmp_path, "a.txt", report_text(2005, "粮食总产量35.62万吨。"))
    review = "粮食总产量36.27万吨，比上年增长2.6%。\n" + note
    later = write(tmp_path, "b.txt", report_text(2006, review))
    found = [f for f in across(check([earlier, later])) if f["indicator"] == "粮食总产量"]
    assert [f["verdict"] for f in found] == ["inconsistent"]


def test_a_revision_in_another_figures_sentence_excuses_nothing_else(tmp_path: Path) -> None:
    """税收收入…因…口径调整，…同口径增长7.0%. 实际利用外资…增长12.6%: the revision is the tax's."""
    earlier = write(tmp_path, "a.txt", report_text(2005, "实际利用外资2.36亿美元。"))
    review = (
        "全年一般公共预算收入45.18亿元；其中税收收入37.06亿元，因汇总纳税企业所得税分配口径调整，"
        "剔除口径调整因素，税收收入同口径增长7.0%。实际利用外资2.61亿美元，同比增长12.6%。"
    )
    later = write(tmp_path, "b.txt", report_text(2006, review))
    found = [f for f in across(check([earlier, later])) if f["indicator"] == "实际利用外资"]
    assert [f["verdict"] for f in found] == ["inconsistent"]


def test_a_change_of_part_of_the_year_with_no_level_carries_the_part(tmp_path: Path) -> None:
    """1—11月，规模以上工业增加值增长10.1%: the change is of eleven months, and the earlier
    report's whole-year level is no base for it (it was "no figure stated", for a year)."""
    later_text = "全年进出口总额1.2万亿美元。1—11月，规模以上工业增加值增长10.1%。"
    doc = drafted(report_text(2005, later_text), 2004)
    (change,) = [c for c in doc["claims"] if c["stated"] == "增长10.1%"]
    assert change["span"] == "1—11月"
    earlier = write(tmp_path, "a.txt", report_text(2004, "规模以上工业增加值4.1万亿元。"))
    later = write(tmp_path, "b.txt", report_text(2005, later_text))
    found = [f for f in across(check([earlier, later])) if "10.1%" in f["stated"]]
    assert [f["verdict"] for f in found] == ["not_comparable"]
    assert "the change is of 1—11月, the level of the whole year" in found[0]["message"]


def test_the_whole_years_level_takes_the_concept_before_a_halfs() -> None:
    """上半年…规模以上工业产值45.2亿元, then 全年…94.1亿元: the year's level is the series
    (the half's, first in the text, took the concept, and the year's linked nothing)."""
    doc = draft_report(
        "某某镇2025年工作报告\n一、2024年工作回顾\n上半年，全镇规模以上工业产值完成45.2亿元，"
        "同比增长10.3%。全年完成规模以上工业产值94.1亿元，增长8.9%。\n",
        entity="某某镇",
    ).document
    by_figure = {v["figure"]: i.get("concept") for i in doc["indicators"] for v in i["values"]}
    assert by_figure == {"45.2": None, "94.1": "industrial-output-above-scale"}


def test_the_projects_investment_is_checked_against_last_years_plan(tmp_path: Path) -> None:
    """实施省市重点项目92个，完成投资203.6亿元，完成年度计划的101.8%, against the earlier
    report's 年度计划投资200亿元: both are the projects' investment (named 投资 and 年度计划投资,
    they shared no name, and the rate was unverifiable)."""
    head = (
        "——{0}年1月15日在桐川市第十八届人民代表大会第{1}次会议上\n各位代表：\n一、{2}年工作回顾\n"
    )
    earlier = head.format(2024, 3, 2023) + (
        "地区生产总值300亿元。\n二、2024年工作安排\n实施省市重点项目90个以上，年度计划投资200亿元。\n"
    )
    later = head.format(2025, 4, 2024) + (
        "实施省市重点项目92个，完成投资203.6亿元，完成年度计划的101.8%。\n二、2025年工作安排\n"
    )
    found = across(check([write(tmp_path, "a.txt", earlier), write(tmp_path, "b.txt", later)]))
    shares = [f for f in found if f["stated"] == "101.8%"]
    assert [f["verdict"] for f in shares] == ["consistent"]
    assert "the target 200亿元" in shares[0]["message"]


def test_a_target_joins_the_series_its_name_is(tmp_path: Path) -> None:
    """招商引资实际到位资金312.6亿元, then the plan's …力争达到350亿元: one series, so the next
    report's 完成年度目标的106.1% finds its target (the target was a second indicator, and
    the completion rate had nothing to be of)."""
    head = (
        "——{0}年1月15日在澜州市第十六届人民代表大会第{1}次会议上\n各位代表：\n一、{2}年工作回顾\n"
    )
    earlier = head.format(2022, 1, 2021) + (
        "招商引资实际到位资金312.6亿元，增长9.8%。\n二、2022年工作安排\n"
        "招商引资实际到位资金力争达到350亿元。\n"
    )
    later = head.format(2023, 2, 2022) + (
        "招商引资实际到位资金371.5亿元，完成年度目标的106.1%。\n二、2023年工作安排\n"
    )
    doc = draft_report(earlier).document
    (funds,) = [i for i in doc["indicators"] if i["name"] == "招商引资实际到位资金"]
    assert [(v["period"], bool(v.get("target"))) for v in funds["values"]] == [
        (2021, False),
        (2022, True),
    ]
    found = across(check([write(tmp_path, "a.txt", earlier), write(tmp_path, "b.txt", later)]))
    shares = [f for f in found if f["stated"] == "106.1%"]
    assert [f["verdict"] for f in shares] == ["consistent"]
    assert "the target 350亿元" in shares[0]["message"]


@pytest.mark.parametrize(
    ("actual", "verdict"),
    [
        ("全年完成税收13.92亿元，同比增长8.2%，完成年度目标的106.4%", "inconsistent"),
        ("全年完成税收13.92亿元，同比增长8.2%，完成年度目标的103.1%", "consistent"),
        # After a list the completion may be of the list's sum: not concluded.
        ("非税收入2.1亿元、完成税收13.92亿元，完成年度目标的106.4%", "unverifiable"),
    ],
)
def test_a_completion_stated_right_after_its_actual_is_checked(
    tmp_path: Path, actual: str, verdict: str
) -> None:
    """…13.92亿元，同比增长8.2%，完成年度目标的106.4% against last year's 力争达到13.5亿元:
    the actual is plain, so a rate that does not fit (it is 103.1%) is an error."""
    head = "——{0}年1月10日在望湖街道党工委全体扩大会议上\n一、{1}年工作回顾\n"
    earlier = head.format(2023, 2022) + (
        "全年完成税收12.48亿元，同比增长6.2%。\n二、2023年工作安排\n完成税收力争达到13.5亿元。\n"
    )
    later = head.format(2024, 2023) + actual + "。\n二、2024年工作安排\n"
    found = across(check([write(tmp_path, "a.txt", earlier), write(tmp_path, "b.txt", later)]))
    shares = [f for f in found if f["check"] == "share-rate"]
    assert [f["verdict"] for f in shares] == [verdict]
    assert "the target 13.5亿元" in shares[0]["message"]


@pytest.mark.parametrize(
    ("rate", "verdict", "said"),
    [
        ("97.0", "consistent", "the target 45.60亿元"),
        # The budget may have been adjusted during the year: a misfit is for review.
        ("99.5", "unverifiable", "adjusted during the year"),
    ],
)
def test_a_completion_of_the_budget_finds_the_earlier_reports_draft_budget(
    tmp_path: Path, rate: str, verdict: str, said: str
) -> None:
    """全区一般公共预算收入预算45.60亿元 in the draft budget of the report on 2023, then
    完成44.21亿元，为预算的97.0% in the report on 2024: 44.21/45.60 is 96.95%. The draft
    budget was named 一般公共预算收入预算, a measure of its own, and the rate had no whole."""
    head = "关于汀澜区{0}年预算执行情况和{1}年预算草案的报告\n一、{0}年预算执行情况\n"
    earlier = head.format(2023, 2024) + (
        "全区一般公共预算收入完成43.43亿元，比上年增长4.2%。\n二、2024年预算草案\n"
        "全区一般公共预算收入预算45.60亿元，增长5.0%。\n"
    )
    later = head.format(2024, 2025) + f"全区一般公共预算收入完成44.21亿元，为预算的{rate}%。\n"
    found = across(check([write(tmp_path, "a.txt", earlier), write(tmp_path, "b.txt", later)]))
    shares = [f for f in found if f["stated"] == f"{rate}%"]
    assert [f["verdict"] for f in shares] == [verdict]
    assert said in shares[0]["message"]


def test_a_completion_finds_a_draft_budget_written_as_an_estimate(tmp_path: Path) -> None:
    """2024年全市社会保险基金收入预计325.80亿元…；支出预计318.40亿元 in the draft budget, then
    …收入331.86亿元，为预算的101.9%…；…支出322.15亿元，为预算的101.2%: both rates fit
    (331.86/325.80, 322.15/318.40); the plans had been named …收入预计 and 支出."""
    head = "关于青岚市{0}年预算执行情况和{1}年预算草案的报告\n一、{0}年预算执行情况\n"
    earlier = head.format(2023, 2024) + (
        "全市社会保险基金收入312.47亿元，增长7.1%。\n二、2024年预算草案\n"
        "2024年全市社会保险基金收入预计325.80亿元，增长4.3%；支出预计318.40亿元，增长6.6%。\n"
    )
    later = head.format(2024, 2025) + (
        "全市社会保险基金收入331.86亿元，为预算的101.9%，增长6.2%；"
        "社会保险基金支出322.15亿元，为预算的101.2%，增长7.9%。\n"
    )
    found = across(check([write(tmp_path, "a.txt", earlier), write(tmp_path, "b.txt", later)]))
    rates = {f["stated"]: f["verdict"] for f in found if f["check"] == "share-rate"}
    assert rates == {"101.9%": "consistent", "101.2%": "consistent"}


SPAN_IN_YEARS = (
    "汀川省2024年政府工作报告\n——2024年1月22日在汀川省第十四届人民代表大会第二次会议上\n"
    "一、2023年和过去五年工作回顾\n"
    "常住人口城镇化率达到61.8%，比上年提高0.9个百分点。高新技术企业达到9860家。\n"
    "各位代表，2023年是本届政府履职的第一年。回顾2019年至2023年，我们经受住了考验。\n"
    "——城乡面貌发生新变化。常住人口城镇化率由57.2%提高到61.8%，提高4.6个百分点。\n"
    "——创新能力实现新跃升。高新技术企业由4120家增加到9860家，增长{times}倍。\n"
    "二、2024年工作安排\n"
)


def test_a_review_of_years_opened_by_the_years_starts_the_year_before(tmp_path: Path) -> None:
    """回顾2019年至2023年 opens a five-year review: 由57.2% is 2018's, not 2022's (it was
    checked against 提高0.9个百分点 of the year's review: a false alarm)."""
    doc = draft_report(SPAN_IN_YEARS.format(times="1.4")).document
    rate = indicator(doc, "urbanization-rate")
    assert sorted(v["period"] for v in rate["values"]) == [2018, 2023]
    found = check([write(tmp_path, "a.txt", SPAN_IN_YEARS.format(times="1.4"))]).to_dicts()
    assert [f["verdict"] for f in found if f["verdict"] == "inconsistent"] == []


@pytest.mark.parametrize(("times", "verdict"), [("1.4", "consistent"), ("1.6", "inconsistent")])
def test_a_change_restating_the_years_level_is_tied_to_it(
    tmp_path: Path, times: str, verdict: str
) -> None:
    """由4120家增加到9860家，增长1.6倍 in the five-year review: the draft holds 9860家 where
    the year's review first stated it, but the change's own words restate it, so the
    multiple is plain (9860/4120 = 2.39: 增长1.4倍)."""
    doc = draft_report(SPAN_IN_YEARS.format(times=times)).document
    [claim] = [c for c in doc["claims"] if c["kind"] == "multiple"]
    assert "review" not in claim
    found = check([write(tmp_path, "a.txt", SPAN_IN_YEARS.format(times=times))]).to_dicts()
    assert [f["verdict"] for f in found if f["check"] == "multiple"] == [verdict]


PROVINCE = "汀川省{0}年政府工作报告\n——{0}年1月22日在汀川省人民代表大会上\n一、{1}年工作回顾\n"


@pytest.mark.parametrize(
    ("note", "verdict"),
    [
        # The note names the measure it revised: other changes are still checked.
        (
            "经第五次全国经济普查修订，2023年全省地区生产总值由32456.8亿元调整为33187.2亿元，"
            "相关增速已按修订后数据计算。",
            "inconsistent",
        ),
        # A census revises no customs total, whatever the note leaves unnamed.
        ("根据第五次全国经济普查结果，有关数据已作修订。", "inconsistent"),
        # A note naming nothing, and no census: every change may rest on revised data.
        ("上年有关数据已作修订。", "not_comparable"),
    ],
)
def test_a_note_on_revised_data_covers_what_it_revises(
    tmp_path: Path, note: str, verdict: str
) -> None:
    """进出口总额4351.2亿元，增长3.2% against last year's 4128.5亿元 (+5.39%): a note that
    the census revised the GDP does not explain it."""
    earlier = PROVINCE.format(2024, 2023) + (
        "全年进出口总额4128.5亿元，增长2.1%。\n二、2024年工作安排\n"
    )
    later = (
        PROVINCE.format(2025, 2024)
        + note
        + ("\n全年进出口总额4351.2亿元，增长3.2%。\n二、2025年工作安排\n")
    )
    found = across(check([write(tmp_path, "a.txt", earlier), write(tmp_path, "b.txt", later)]))
    assert [f["verdict"] for f in found if f["check"] == "cross-year-change"] == [verdict]


def test_a_change_against_last_years_end_is_tied_to_its_stock(tmp_path: Path) -> None:
    """年末全市常住人口412.90万人，比上年末减少1.68万人: plainly the stock's change (it is
    1.18万人 from 414.08), so a misfit is an error, not a question for review."""
    head = "安禾市{0}年国民经济和社会发展统计公报\n"
    earlier = head.format(2023) + "年末全市常住人口414.08万人，比上年末减少0.92万人。\n"
    later = head.format(2024) + "年末全市常住人口412.90万人，比上年末减少1.68万人。\n"
    found = across(check([write(tmp_path, "a.txt", earlier), write(tmp_path, "b.txt", later)]))
    assert [f["verdict"] for f in found if f["check"] == "cross-year-change"] == ["inconsistent"]


def test_a_stock_at_the_years_end_links_by_its_name(tmp_path: Path) -> None:
    """年末全市有家庭农场 names a stock without a measure's head: the years link by it."""
    earlier = write(tmp_path, "a.txt", report_text(2024, "年末全市有家庭农场1200家。"))
    later = write(
        tmp_path, "b.txt", report_text(2025, "年末全市有家庭农场1350家，比上年增加150家。")
    )
    found = across(check([earlier, later]))
    assert [f["verdict"] for f in found] == ["consistent"]
    assert "1200家" in found[0]["message"]
    assert not linkable_name("年末全市新增家庭农场")


TOWN_HEAD = "清河镇{y}年政府工作报告\n——{y}年1月12日在清河镇第十八届人民代表大会第{n}次会议上\n"


def town_pair(tmp_path: Path, earlier: str, later: str) -> list[dict[str, Any]]:
    """Two town reports, delivered early in 2024 and 2025, checked together."""
    write(
        tmp_path, "qh-2024.txt", TOWN_HEAD.format(y=2024, n="三") + "一、2023年工作回顾\n" + earlier
    )
    write(
        tmp_path, "qh-2025.txt", TOWN_HEAD.format(y=2025, n="四") + "一、2024年工作回顾\n" + later
    )
    return across(check([tmp_path]))


def test_a_census_taken_is_no_revision_of_the_years_figures(tmp_path: Path) -> None:
    """完成第五次全国经济普查入户登记: the census counted, no figure revised by it."""
    found = town_pair(
        tmp_path,
        "规上工业企业达到74家。\n",
        "规上工业企业达到83家，净增12家。\n圆满完成第五次全国经济普查入户登记工作。\n",
    )
    assert [f["verdict"] for f in found if "83家" in f["quote"]] == ["inconsistent"]


def test_a_net_addition_after_the_stock_and_a_mark_is_its_change(tmp_path: Path) -> None:
    """规上工业企业达到83家、净增12家 against 74家 a year before: 9, not 12."""
    found = town_pair(tmp_path, "规上工业企业达到74家。\n", "规上工业企业达到83家、净增12家。\n")
    assert [f["verdict"] for f in found if "83家" in f["quote"]] == ["inconsistent"]
    fits = town_pair(tmp_path, "规上工业企业达到74家。\n", "规上工业企业达到83家、净增9家。\n")
    assert [f["verdict"] for f in fits if "83家" in f["quote"]] == ["consistent"]


def test_a_part_and_its_change_bound_by_a_mark_is_the_parts(tmp_path: Path) -> None:
    """其中工业投资18.4亿元、增长6.4%: the part's growth, checked against its last level."""
    found = town_pair(
        tmp_path,
        "完成固定资产投资25.1亿元，其中工业投资17.3亿元。\n",
        "完成固定资产投资27.2亿元，其中工业投资18.4亿元、增长16.4%。\n",
    )
    assert [f["verdict"] for f in found if "18.4亿元、增长" in f["quote"]] == ["inconsistent"]


def test_a_stock_after_the_years_additions_and_a_mark_is_the_stock() -> None:
    """新增高新技术企业68家、总数达到412家: 412 is the stock of high-tech enterprises."""
    doc = drafted("新增高新技术企业68家、总数达到412家。")
    assert [v["figure"] for v in indicator(doc, "high-tech-enterprises")["values"]] == ["412"]


def test_a_revision_against_the_first_estimate_is_no_change_over_a_year() -> None:
    """2023年…修订为276.82亿元，比初步核算数增加8.37亿元: against the estimate, of 2023."""
    doc = draft_report(
        "某县2024年国民经济和社会发展统计公报\n"
        "全年实现地区生产总值292.80亿元，按可比价格计算，比上年增长5.8%。"
        "根据第五次全国经济普查结果，2023年全县地区生产总值修订为276.82亿元，比初步核算数增加8.37亿元。",
        period=2024,
    ).document
    [revision] = [c for c in doc["claims"] if c["kind"] == "absolute_change"]
    assert (revision["period"], revision["against"]) == (2023, "初步核算数")


@pytest.mark.parametrize(
    "note",
    [
        "根据第五次全国经济普查结果，2023年全县地区生产总值修订为276.82亿元。"
        "2024年相关指标增长速度按修订后数据计算。",
        "本公报中2023年地区生产总值、各产业增加值及人均地区生产总值均采用修订后数据，"
        "增长速度按修订后数据计算。",
    ],
)
def test_a_note_on_revised_accounts_leaves_other_growths_alone(tmp_path: Path, note: str) -> None:
    """本公报中2023年地区生产总值…均采用修订后数据，2024年相关指标增长速度按修订后数据计算.

    The note names the accounts; 生猪出栏's growth is on the published levels and its
    misfit stays an error.
    """
    head = "清河县{y}年国民经济和社会发展统计公报\n"
    write(tmp_path, "a.txt", head.format(y=2023) + "全年生猪出栏62.40万头，比上年增长3.1%。\n")
    write(
        tmp_path,
        "b.txt",
        head.format(y=2024)
        + "全年实现地区生产总值292.80亿元。"
        + note
        + "\n全年生猪出栏65.10万头，比上年增长9.3%。\n",
    )
    found = [f for f in across(check([tmp_path])) if "65.10" in f["quote"]]
    assert [f["verdict"] for f in found] == ["inconsistent"]


def test_a_bare_output_after_a_crops_area_is_the_crops(tmp_path: Path) -> None:
    """粮食播种面积8.65万亩，总产4.12万吨: 总产 is 粮食总产, linked to the next year's."""
    found = town_pair(
        tmp_path,
        "全年粮食播种面积8.65万亩，总产4.12万吨。\n",
        "全年粮食播种面积8.71万亩、增加0.06万亩，粮食总产4.19万吨、增长1.7%。\n",
    )
    verdicts = {f["quote"]: f["verdict"] for f in found}
    assert verdicts == {
        "全年粮食播种面积8.71万亩、增加0.06万亩": "consistent",
        "粮食总产4.19万吨、增长1.7%": "consistent",
    }


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("规上工业开票销售128.3亿元。\n", "规上工业开票销售135.1亿元、增长5.3%。\n"),
        ("发明专利授权36件。\n", "发明专利授权45件、增长25%。\n"),
        ("卫生技术人员4386人。\n", "卫生技术人员4572人，比上年增长4.2%。\n"),
        ("全年发电量12.62亿千瓦时。\n", "全年发电量13.08亿千瓦时，增长3.6%。\n"),
    ],
)
def test_sales_patents_staff_and_power_link_across_years(
    tmp_path: Path, earlier: str, later: str
) -> None:
    """开票销售, 专利授权, 卫生技术人员 and 发电量 name measures the next year changes."""
    found = town_pair(tmp_path, earlier, later)
    assert [f["verdict"] for f in found] == ["consistent"]


@pytest.mark.parametrize(
    ("later", "verdict"),
    [
        ("规上工业企业83家、比上年多9家。\n", "consistent"),
        ("规上工业企业83家、比上年多12家。\n", "inconsistent"),
        ("规上工业企业65家、比上年少9家。\n", "consistent"),
    ],
)
def test_more_than_last_year_by_a_count_is_an_amount_of_change(
    tmp_path: Path, later: str, verdict: str
) -> None:
    """比上年多9家: 83 against last year's 74, an amount stated with 多, not a level of 9."""
    found = town_pair(tmp_path, "规上工业企业74家。\n", later)
    assert [f["verdict"] for f in found] == [verdict]


def test_a_first_release_of_the_accounts_does_not_reach_past_its_semicolon(
    tmp_path: Path,
) -> None:
    """初步核算，全省地区生产总值…；一般公共预算收入2586.4亿元: the revenue is no estimate."""
    earlier = (
        "初步核算，全镇地区生产总值达到33875.2亿元，增长5.2%；"
        "一般公共预算收入2586.4亿元、增长2.1%。\n"
    )
    found = town_pair(tmp_path, earlier, "一般公共预算收入2712.9亿元，增长7.8%。\n")
    assert [f["verdict"] for f in found if "2712.9" in f["quote"]] == ["inconsistent"]
    doc = draft_report(TOWN_HEAD.format(y=2024, n="三") + earlier).document
    estimates = {i["name"]: [v.get("estimate") for v in i["values"]] for i in doc["indicators"]}
    assert estimates == {"地区生产总值": [True], "一般公共预算收入": [None]}


@pytest.mark.parametrize(
    ("earlier", "later", "name"),
    [
        (
            "全年110报警类警情1862起。\n",
            "全年110报警类警情1597起，同比下降8.3%。\n",
            "110报警类警情",
        ),
        (
            "年末全区共有医疗卫生机构426个。\n",
            "年末全区共有医疗卫生机构458个，比上年增加52个。\n",
            None,
        ),
        (
            "PM2.5平均浓度40微克/立方米。\n",
            "PM2.5平均浓度35微克/立方米、下降5%。\n",
            "PM2.5平均浓度",
        ),
    ],
)
def test_police_calls_health_institutions_and_fine_dust_link_by_concept(
    tmp_path: Path, earlier: str, later: str, name: str | None
) -> None:
    """110报警类警情 keeps its 110; 年末全区共有 is no part of 医疗卫生机构's name."""
    found = town_pair(tmp_path, earlier, later)
    assert [f["verdict"] for f in found] == ["inconsistent"]
    if name is not None:
        doc = draft_report(TOWN_HEAD.format(y=2025, n="四") + later).document
        assert name in [i["name"] for i in doc["indicators"]]


@pytest.mark.parametrize(
    ("earlier", "later", "verdict"),
    [
        (
            "街道党工委下辖基层党组织186个。\n",
            "街道党工委下辖基层党组织193个，比上年增加7个。\n",
            "consistent",
        ),
        # Linked by a specific name alone (four characters or more), a misfit is an error
        # that says it rests on the name.
        (
            "街道党工委下辖基层党组织186个。\n",
            "街道党工委下辖基层党组织193个，比上年增加17个。\n",
            "inconsistent",
        ),
        # 四上企业 and 楼宇税收 (hunt 39's planted errors): four characters are enough.
        ("“四上”企业达到163家。\n", "“四上”企业达到185家，净增28家。\n", "inconsistent"),
        # By a short one (党支部, three), it is for a person to review.
        ("全镇共有党支部86个。\n", "全镇共有党支部93个，比上年增加17个。\n", "unverifiable"),
    ],
)
def test_a_count_of_things_links_by_its_name(
    tmp_path: Path, earlier: str, later: str, verdict: str
) -> None:
    """基层党组织186个 then 193个，比上年增加7个: counted in 个, the name is a measure's."""
    found = town_pair(tmp_path, earlier, later)
    assert [f["verdict"] for f in found] == [verdict]
    assert all(
        "linked to the other report by the name" in f["message"]
        for f in found
        if f["verdict"] == "inconsistent"
    )
    assert linkable_name("发生火灾", "起")
    assert not linkable_name("发生火灾")
    assert not linkable_name("党员", "名")


@pytest.mark.parametrize(
    ("later", "verdicts"),
    [
        # 45.36/38.52 is +17.76%; 5108.6/4828.4 is +5.80%.
        ("集成电路45.36亿块，增长17.8%；手机5108.6万台，增长5.8%。\n", ["consistent"] * 2),
        # Linked by a specific name alone (four characters): a misfit is an error.
        (
            "集成电路45.36亿块，增长27.8%；手机5108.6万台，增长5.8%。\n",
            ["inconsistent", "consistent"],
        ),
        # By a two-character one: a misfit is for a person to review.
        (
            "集成电路45.36亿块，增长17.8%；手机5108.6万台，增长8.5%。\n",
            ["consistent", "unverifiable"],
        ),
    ],
)
def test_a_product_of_a_communique_links_by_its_name(
    tmp_path: Path, later: str, verdicts: list[str]
) -> None:
    """集成电路38.52亿块 then 45.36亿块: a product in its unit is its output, named in two
    characters or more (it linked nothing, its name having no measure's head)."""
    found = town_pair(tmp_path, "集成电路38.52亿块，增长12.1%；手机4828.4万台。\n", later)
    chip = [f["verdict"] for f in found if "集成电路" in f["quote"]]
    phone = [f["verdict"] for f in found if "手机" in f["quote"]]
    assert [*chip, *phone] == verdicts
    assert linkable_name("手机", "万台")
    assert linkable_name("粗钢", "吨")
    assert not linkable_name("产量", "万吨")


@pytest.mark.parametrize(("earlier", "verdict"), [("51", "consistent"), ("50", "inconsistent")])
def test_a_change_of_one_in_numerals_is_a_count(tmp_path: Path, earlier: str, verdict: str) -> None:
    """年末共有医院52个，比上年增加一个: 一个 after a change's word is one, not the article."""
    found = town_pair(
        tmp_path, f"年末共有医院{earlier}个。\n", "年末共有医院52个，比上年增加一个。\n"
    )
    assert [f["verdict"] for f in found] == [verdict]


def test_a_product_export_links_by_its_name(tmp_path: Path) -> None:
    """机电产品出口1986.4亿元 then 2156.2亿元，增长8.5% (+8.55%): 出口 is a measure's head."""
    found = town_pair(
        tmp_path, "机电产品出口1986.4亿元。\n", "机电产品出口2156.2亿元，增长8.5%。\n"
    )
    assert [f["verdict"] for f in found] == ["consistent"]
    assert linkable_name("普通高中在校生", "万人")
    assert linkable_name("粮食单产", "公斤")


@pytest.mark.parametrize(
    ("earlier", "later", "verdict"),
    [
        # The stock the clause before adds to, unnamed: 15.6万个 is 5G基站's.
        (
            "新建5G基站3.2万个，累计达到15.6万个。\n",
            "5G基站达到18.9万个，增长21.2%。\n",
            "consistent",
        ),
        # 累计建成 is a stock reached, the year's level: 3380 − 3260 is 120, not 150.
        (
            "新建和改造提升高标准农田135万亩，累计建成高标准农田3260万亩。\n",
            "累计建成高标准农田3380万亩，比上年末增加150万亩。\n",
            "inconsistent",
        ),
    ],
)
def test_a_stock_reached_cumulatively_is_the_years_level(
    tmp_path: Path, earlier: str, later: str, verdict: str
) -> None:
    """累计达到 and 累计建成 state the stock at the year's end, not a total over years: it was
    left undated, so it linked nothing (and 累计达到15.6万个 had no name)."""
    found = town_pair(tmp_path, earlier, later)
    assert [f["verdict"] for f in found] == [verdict]


@pytest.mark.parametrize(("stated", "verdict"), [("0.05", "consistent"), ("0.08", "inconsistent")])
def test_a_ratio_of_incomes_and_its_change_link(tmp_path: Path, stated: str, verdict: str) -> None:
    """城乡居民收入比为2.17, then 2.12，比上年缩小0.05: a ratio with no unit, and its change
    without one, were not drafted at all."""
    found = town_pair(
        tmp_path,
        "城乡居民收入比为2.17。\n",
        f"城乡居民收入比2.12，比上年缩小{stated}。\n",
    )
    assert [f["verdict"] for f in found] == [verdict]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("城乡居民收入比缩小至2.21∶1。", "2.21"),
        ("农产品加工业产值与农业总产值之比提高到2.81∶1。", "2.81"),
        # Not a ratio: a share (比重) and a change against last year (比上年).
        ("税收占一般公共预算收入比重超75%。", None),
        ("居民人均可支配收入比上年增长5%。", None),
    ],
)
def test_a_ratio_is_drafted_in_times(sentence: str, figure: str | None) -> None:
    """N∶1 and a bare number after …收入比, …之比 are a ratio in 倍; 比重 and 比上年 are not."""
    doc = draft_report(
        TOWN_HEAD.format(y=2025, n="四") + "一、2024年工作回顾\n" + sentence
    ).document
    ratios = [v["figure"] for i in doc["indicators"] if i["unit"] == "倍" for v in i["values"]]
    assert ratios == ([figure] if figure else [])


@pytest.mark.parametrize(("points", "verdict"), [("1.2", "consistent"), ("2.2", "inconsistent")])
def test_the_three_sectors_proportion_is_three_shares(
    tmp_path: Path, points: str, verdict: str
) -> None:
    """三次产业结构为8.3∶43.6∶48.1, then 调整为8.1∶42.6∶49.3，第三产业比重提高1.2个百分点:
    the proportion was drafted as 三次 (a count of three) and its shares not at all."""
    found = town_pair(
        tmp_path,
        "三次产业结构为8.3∶43.6∶48.1。\n",
        f"三次产业结构调整为8.1∶42.6∶49.3，第三产业比重提高{points}个百分点。\n",
    )
    assert [f["verdict"] for f in found] == [verdict]


def test_the_proportion_of_the_year_before_is_that_years() -> None:
    """由上年的15.9:38.2:45.9调整为15.2:38.6:46.2: the first three are the year before's."""
    doc = draft_report(
        TOWN_HEAD.format(y=2025, n="四")
        + "一、2024年工作回顾\n三次产业结构由上年的15.9:38.2:45.9调整为15.2:38.6:46.2。\n"
    ).document
    values = sorted((v["period"], v["figure"]) for i in doc["indicators"] for v in i["values"])
    assert values == [
        (2023, "15.9"),
        (2023, "38.2"),
        (2023, "45.9"),
        (2024, "15.2"),
        (2024, "38.6"),
        (2024, "46.2"),
    ]
    assert {n["text"] for n in doc["not_metrics"]} >= {"三次产业"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # The verb of the level reached is no part of the share's whole.
        ("工业投资120.3亿元，占固定资产投资的比重提高到35.1%。", "工业投资占固定资产投资比重"),
    ],
)
def test_a_shares_name_leaves_out_the_verb_before_its_figure(sentence: str, name: str) -> None:
    """…占固定资产投资的比重提高到35.1% was named …比重提高到比重."""
    doc = draft_report(
        TOWN_HEAD.format(y=2025, n="四") + "一、2024年工作回顾\n" + sentence
    ).document
    assert [i["name"] for i in doc["indicators"] if i["unit"] == "%"] == [name]


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # Tonnes of standard coal, not tonnes: the change after the unit was left undrafted.
        (
            "全年规模以上工业综合能源消费量185.6万吨标准煤，增长2.1%。\n",
            "全年规模以上工业综合能源消费量189.2万吨标准煤，增长1.9%。\n",
        ),
        # The projects' investment past the change of their count.
        (
            "全年实施省市县重点项目23个，完成投资18.62亿元。\n",
            "全年实施省市县重点项目26个，比上年增加3个，完成投资20.15亿元，增长8.2%。\n",
        ),
        # A product in 亿千瓦时: 千瓦时 is no 千 of 瓦时 (−0.72%).
        ("其中火电2315.2亿千瓦时，增长1.2%。\n", "其中火电2298.6亿千瓦时，下降0.7%。\n"),
        # Units a communiqué gives turnover and glass in (+2.65%, −3.55%).
        ("货物运输周转量5862.7亿吨公里。\n", "货物运输周转量6018.3亿吨公里，增长2.7%。\n"),
        ("平板玻璃8426.5万重量箱。\n", "平板玻璃8127.3万重量箱，下降3.6%。\n"),
        # The stock after an addition whose verbs are joined (新建和改造提升): 5170 − 4850.
        (
            "全年新建和改造提升高标准农田315万亩，年末累计建成高标准农田4850万亩。\n",
            "全年新建和改造提升高标准农田320万亩，年末累计建成5170万亩，比上年末增加320万亩。\n",
        ),
    ],
)
def test_communique_units_and_stocks_link(tmp_path: Path, earlier: str, later: str) -> None:
    """Each later change fits its earlier level once drafted, named and linked: 189.2/185.6
    is +1.94%, 20.15/18.62 is +8.22%."""
    found = town_pair(tmp_path, earlier, later)
    assert "consistent" in [f["verdict"] for f in found]
    assert "inconsistent" not in [f["verdict"] for f in found]


def test_a_parts_change_after_the_totals_own_is_the_parts(tmp_path: Path) -> None:
    """卫生机构6915个，比上年增加73个，其中医院194个，比上年增加18个: 18 is the hospitals'."""
    found = town_pair(
        tmp_path,
        "年末全镇共有卫生机构6842个，其中医院186个。\n",
        "年末全镇共有卫生机构6915个，比上年增加73个，其中医院194个，比上年增加18个。\n",
    )
    verdicts = {f["quote"]: f["verdict"] for f in found}
    assert verdicts["其中医院194个，比上年增加18个"] == "inconsistent"


def test_a_rural_water_rate_changes_in_points_across_years(tmp_path: Path) -> None:
    """农村自来水普及率88.5% then 93.2%，提高2.7个百分点: 4.7 points, a catalog rate."""
    found = town_pair(
        tmp_path, "农村自来水普及率达到88.5%。\n", "农村自来水普及率达到93.2%，提高2.7个百分点。\n"
    )
    assert [f["verdict"] for f in found] == ["inconsistent"]


@pytest.mark.parametrize(
    ("earlier", "later", "verdict"),
    [
        # 6.64 − 6.87 = −0.23: the stated fall fits.
        ("出生率为6.87‰。\n", "出生率为6.64‰，比上年下降0.23个千分点。\n", "consistent"),
        # 6.02 − 5.86 = 0.16, not 0.61.
        (
            "全年人口出生率5.86‰。\n",
            "全年人口出生率6.02‰，比上年提高0.61个千分点。\n",
            "inconsistent",
        ),
        # Below zero: −0.86 − (−0.44) = −0.42, a fall of 0.42 as stated.
        (
            "人口自然增长率为-0.44‰。\n",
            "人口自然增长率-0.86‰，比上年下降0.42个千分点。\n",
            "consistent",
        ),
    ],
)
def test_per_mille_rates_change_in_thousandth_points_across_years(
    tmp_path: Path, earlier: str, later: str, verdict: str
) -> None:
    """Communiqués give birth and death rates in ‰ and their changes in 个千分点."""
    found = town_pair(tmp_path, earlier, later)
    assert [f["verdict"] for f in found] == [verdict]


@pytest.mark.parametrize(
    ("earlier", "later", "verdict"),
    [
        # Linked by a specific name alone: the misfit is an error that says so.
        (
            "全省居民恩格尔系数为28.6%。\n",
            "全省居民恩格尔系数为28.2%，比上年下降0.8个百分点。\n",
            "inconsistent",
        ),
        (
            "5G移动电话用户2862.4万户。\n",
            "5G移动电话用户3186.5万户，增长15.3%。\n",
            "inconsistent",
        ),
        # A catalog concept by one of its names.
        (
            "居民人均预期寿命达到79.2岁。\n",
            "居民人均预期寿命达到79.5岁，比上年提高0.5岁。\n",
            "inconsistent",
        ),
    ],
)
def test_coefficients_life_expectancy_and_5g_users_link_across_years(
    tmp_path: Path, earlier: str, later: str, verdict: str
) -> None:
    """恩格尔系数 is a measure; 居民人均预期寿命 a catalog name; 5G stays in its name."""
    [found] = town_pair(tmp_path, earlier, later)
    assert found["verdict"] == verdict


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # 政府性基金预算收入 in 亿元 then 万元.
        ("全镇政府性基金预算收入92.37亿元。\n", "全镇政府性基金预算收入814562万元，下降3.6%。\n"),
        # 城乡居民医保参保率 by two of its names.
        (
            "城乡居民基本医疗保险参保率达到96.2%。\n",
            "全镇城乡居民医保参保率98.9%，比上年提高0.5个百分点。\n",
        ),
        # Taxes by kind of budget reports.
        ("分税种看，增值税22.64亿元，增长9.6%。\n", "分税种看，增值税24.18亿元，增长8.6%。\n"),
        ("企业所得税9.87亿元，下降2.4%。\n", "企业所得税9.52亿元，下降5.5%。\n"),
        # …the local taxes of a budget report's list, and the “三公”经费 (2.05/1.96 is
        # +4.6%, 38/42 is −9.5%).
        ("城市维护建设税1.96亿元，增长6.5%。\n", "城市维护建设税2.05亿元，增长6.4%。\n"),
        ("契税1.46亿元，下降12.6%。\n", "契税1.28亿元，下降15.3%。\n"),
        # A share's change named by 占比 alone (80.0 − 79.4 is 0.6 points), and a ratio
        # named …之比 (1.99 − 2.02 is −0.03).
        (
            "其中民生支出36.80亿元，占一般公共预算支出的79.4%。\n",
            "民生支出39.14亿元，占一般公共预算支出的80.0%，占比提高1.6个百分点。\n",
        ),
        (
            "城乡居民人均可支配收入之比为2.02。\n",
            "城乡居民人均可支配收入之比为1.99，比上年缩小0.05。\n",
        ),
        # A communiqué's beds, farm machinery and patents, by two of their names.
        ("年末卫生机构床位3.42万张。\n", "年末医疗卫生机构床位3.62万张，增长8.8%。\n"),
        ("年末农业机械总动力168.2万千瓦。\n", "年末农业机械总动力171.5万千瓦，增长3.9%。\n"),
        ("全年专利授权1.26万件。\n", "全年专利授权量1.38万件，增长15.5%。\n"),
        ("全年研发经费支出86.4亿元。\n", "全社会研发经费投入92.8亿元，增长9.4%。\n"),
        # A budget's debt limit, granted by the body above (1194.80 − 1056.30 is 138.50).
        (
            "省财政厅核定我镇政府债务限额1056.30亿元。\n",
            "年末全镇政府债务限额1194.80亿元，比上年末增加183.50亿元。\n",
        ),
        ("其中：因公出国（境）费42万元。\n", "其中：因公出国（境）费38万元，下降5.5%。\n"),
        # Known concepts under other names: 登记技术合同成交额, R&D经费投入.
        ("全年技术合同成交额1523.6亿元。\n", "全年登记技术合同成交额1768.4亿元，增长12.1%。\n"),
        (
            "全年研究与试验发展（R&D）经费支出689.5亿元。\n",
            "全年全省研究与试验发展（R&D）经费投入742.8亿元，比上年增长9.7%。\n",
        ),
        # A party committee's counts.
        (
            "辖区共有基层党组织86个，其中两新组织党组织42个。\n",
            "辖区基层党组织达到93个，比上年增加4个。\n",
        ),
        ("截至年底，共有党员2,614名。全年新发展党员38名。\n", "党员2,688名，增加47名。\n"),
        # 占…的比重 after a change with no level is that measure's share.
        (
            "高技术制造业增加值比上年增长11.2%，占规模以上工业增加值的比重为18.6%。\n",
            "高技术制造业增加值比上年增长10.6%，占规模以上工业增加值的比重为19.4%，"
            "比上年提高1.8个百分点。\n",
        ),
        # 受理 is the verb: 7,512 against 8,426 is −10.85%, not −15.6%.
        (
            "全年受理12345市民服务热线工单8,426件，按时办结率99.6%。\n",
            "全年受理１２３４５市民服务热线工单7,512件，同比下降15.6%。\n",
        ),
    ],
)
def test_a_misfit_of_a_catalog_concept_across_years_is_found(
    tmp_path: Path, earlier: str, later: str
) -> None:
    """Each later change misfits the earlier level of one concept, however it is named."""
    found = town_pair(tmp_path, earlier, later)
    assert [f["verdict"] for f in found] == ["inconsistent"]


def communique_pair(tmp_path: Path, earlier: str, later: str) -> list[dict[str, Any]]:
    """Two communiqués of a county-level city, on 2024 and 2025, checked together."""
    head = "栖川市{0}年国民经济和社会发展统计公报\n"
    write(tmp_path, "qc-2024.txt", head.format(2024) + earlier)
    write(tmp_path, "qc-2025.txt", head.format(2025) + later)
    return across(check([tmp_path]))


NOTES = (
    "注释：\n2.地区生产总值、各产业增加值绝对数按现价计算，增长速度按可比价格计算。\n"
    "3.规模以上工业企业营业收入增速按可比口径计算。\n"
    "指标解释：\n2.规模以上工业：指年主营业务收入2000万元及以上的工业法人单位。"
    "规模以上工业增加值增长速度按可比价格计算。\n"
)


@pytest.mark.parametrize(
    ("earlier", "later", "verdicts"),
    [
        # 规模以上 in the note's subject is no 以上 (the above): the note is about that
        # measure, so a count's misfit (13.52/12.86 is +5.1%) is still an error …
        (
            "年末全市共有经营主体12.86万户。\n",
            "年末全市共有经营主体13.52万户，比上年末增长9.1%。\n",
            ["inconsistent"],
        ),
        # … and so is retail's under a note on 营业收入 at a comparable scope.
        (
            "社会消费品零售总额412.36亿元。\n",
            "社会消费品零售总额436.80亿元，比上年增长9.8%。\n",
            ["inconsistent"],
        ),
        # 各产业增加值 are the three industries' (not_comparable at comparable prices), and
        # no other 产业增加值 (4912.6/4526.8 is +8.52%, stated nominal, fits).
        (
            "第一产业增加值52.68亿元。数字经济核心产业增加值4526.8亿元。\n",
            "第一产业增加值54.26亿元，增长3.0%。数字经济核心产业增加值4912.6亿元，增长8.5%。\n",
            ["not_comparable", "consistent"],
        ),
    ],
)
def test_a_communiques_notes_cover_the_measures_they_name(
    tmp_path: Path, earlier: str, later: str, verdicts: list[str]
) -> None:
    """A note's 规模以上工业增加值 was read as 以上 (all the report's rates), and a note on one
    measure's comparable scope as one on every rate: every change was `not_comparable`."""
    found = communique_pair(tmp_path, earlier + NOTES, later + NOTES)
    assert [f["verdict"] for f in found] == verdicts


def test_a_zones_figure_is_not_the_citys(tmp_path: Path) -> None:
    """栖澜经济开发区全年实现…；实际使用外资1.08亿美元, then the city's 1.87亿美元: the next
    year's 1.68亿美元，下降10.2% is of the city's (it was checked against the zone's, +55.6%)."""
    earlier = (
        "栖澜经济开发区全年实现规模以上工业总产值986.4亿元，增长9.2%；实际使用外资1.08亿美元。\n"
        "全年新批外商投资项目32个，实际使用外资1.87亿美元，比上年下降6.5%。\n"
    )
    later = "全年新批外商投资项目36个，实际使用外资1.68亿美元，下降10.2%。\n"
    found = communique_pair(tmp_path, earlier, later)
    assert [f["verdict"] for f in found if "1.68" in f["quote"]] == ["consistent"]


@pytest.mark.parametrize(("earlier", "verdict"), [("25.1", "consistent"), ("24.1", "inconsistent")])
def test_a_population_by_age_and_its_share_link_across_years(
    tmp_path: Path, earlier: str, verdict: str
) -> None:
    """60周岁及以上人口…，占25.1% then 60岁及以上人口…，占26.1%，比上年提高1.0个百分点: one
    age group by its ages, its share of the population said with no whole in both years."""
    found = town_pair(
        tmp_path,
        f"年末常住人口4968万人，其中60周岁及以上人口1248万人，占{earlier}%。\n",
        "年末常住人口4956万人，其中60岁及以上人口1293万人，占26.1%，比上年提高1.0个百分点。\n",
    )
    assert [f["verdict"] for f in found if f["check"] == "cross-year-points"] == [verdict]
    assert linkable_name("60岁及以上人口", "万人")


@pytest.mark.parametrize(
    ("earlier", "verdict"),
    [("达到182个", "inconsistent"), ("达到162个", "consistent")],
)
def test_a_count_restated_by_a_later_draft_concludes(
    tmp_path: Path, earlier: str, verdict: str
) -> None:
    """…超过10万元的村达到182个 then 由上年的162个增加到203个: a count of the same year,
    restated 20 fewer, named by a class (its bound no figure of the name). A count is not
    revised as money is, so two drafts' misfit is an error."""
    found = town_pair(
        tmp_path,
        f"全镇集体经济收入超过10万元的村{earlier}。\n",
        "全镇集体经济收入超过10万元的村由上年的162个增加到203个。\n",
    )
    assert [f["verdict"] for f in found if f["check"] == "restatement"] == [verdict]


@pytest.mark.parametrize(("stated", "verdict"), [("2.5", "consistent"), ("3.2", "inconsistent")])
def test_energy_in_gigawatt_hours_links_across_years(
    tmp_path: Path, stated: str, verdict: str
) -> None:
    """锂离子电池产量8.6吉瓦时 then 21.5吉瓦时，是上年的3.2倍 (2.5): 吉瓦时 was an unknown
    unit, so neither figure was drafted."""
    found = town_pair(
        tmp_path,
        "全年锂离子电池产量8.6吉瓦时。\n",
        f"全年锂离子电池产量21.5吉瓦时，是上年的{stated}倍。\n",
    )
    assert [f["verdict"] for f in found] == [verdict]


@pytest.mark.parametrize(("stated", "verdict"), [("24", "consistent"), ("42", "inconsistent")])
def test_a_corps_counted_in_people_is_its_members(
    tmp_path: Path, stated: str, verdict: str
) -> None:
    """街道下辖居民区26个，社区工作者412名 then 社区工作者队伍达到436名，比上年增加42名: the
    corps is its members, named so in the other year (and 下辖 names no thing counted)."""
    found = town_pair(
        tmp_path,
        "街道下辖居民区26个，社区工作者412名。\n",
        f"街道下辖26个居民区，社区工作者队伍达到436名，比上年增加{stated}名。\n",
    )
    assert [f["verdict"] for f in found if "社区工作者" in f["quote"]] == [verdict]
    assert name_key("街道下辖居民区") == name_key("居民区")


@pytest.mark.parametrize(
    "sentence",
    [
        "规上工业企业从2020年的1680家增加到2458家，净增778家。",
        "五年来，规上工业企业由1680家增加到2458家，增加778家。",
    ],
)
def test_an_amount_after_a_span_of_years_is_over_the_span(tmp_path: Path, sentence: str) -> None:
    """…从2020年的1680家增加到2458家，净增778家 in a five-year review: since 2020, not
    against last year's 2316 (a false misfit of 142 against 778)."""
    earlier = write(tmp_path, "a.txt", report_text(2025, "全市规上工业企业达到2316家。"))
    later = write(tmp_path, "b.txt", report_text(2026, sentence))
    found = across(check([earlier, later]))
    assert [f["verdict"] for f in found if "778" in f["quote"]] in ([], ["consistent"])


def test_a_respectively_list_after_a_span_of_years_is_over_the_span() -> None:
    """城镇、农村居民人均可支配收入分别由2020年的42150元、19860元增加到54392元、28183元，分别
    增长29.0%、41.9%: both changes since 2020, not over last year."""
    doc = draft_report(
        report_text(
            2026,
            "城镇、农村居民人均可支配收入分别由2020年的42150元、19860元增加到54392元、28183元，"
            "分别增长29.0%、41.9%。",
        )
    ).document
    changes = [c for c in doc["claims"] if c["kind"] == "relative_change"]
    assert [(c["stated"], c["against"]) for c in changes] == [
        ("增长29.0%", 2020),
        ("增长41.9%", 2020),
    ]


@pytest.mark.parametrize(("earlier", "verdict"), [("5440", "consistent"), ("5520", "inconsistent")])
def test_beds_for_the_elderly_link_by_their_concept(
    tmp_path: Path, earlier: str, verdict: str
) -> None:
    """年末全区养老床位达到5860张，比上年增加420张: a concept, so a misfit concludes (by the
    name alone, four characters, it was left for review); 家庭养老床位 is another measure."""
    found = town_pair(
        tmp_path,
        f"年末全镇养老床位{earlier}张，新增家庭养老床位300张。\n",
        "年末全镇养老床位达到5860张，比上年增加420张。\n",
    )
    assert [f["verdict"] for f in found if "5860" in f["quote"]] == [verdict]


@pytest.mark.parametrize(
    ("later", "verdict"),
    [
        ("地方一般公共预算收入13.42亿元，增长5.8%。\n", "consistent"),
        ("区级一般公共预算收入13.42亿元，增长5.8%。\n", "consistent"),
        # A misfit across two names is no verdict: 区级 may be the district's own level.
        ("区级一般公共预算收入13.42亿元，增长9.8%。\n", "not_comparable"),
    ],
)
def test_budget_revenue_under_another_name_links_below_the_national_level(
    tmp_path: Path, later: str, verdict: str
) -> None:
    """一般公共预算收入12.68亿元 then 地方一般公共预算收入13.42亿元，增长5.8% (+5.84%): below the
    national level one measure under two names (nationally, 地方 is the local part)."""
    found = town_pair(tmp_path, "一般公共预算收入12.68亿元，增长7.1%。\n", later)
    assert [f["verdict"] for f in found if "13.42" in f["quote"]] == [verdict]


def test_national_local_revenue_is_not_the_whole(tmp_path: Path) -> None:
    """全国财政收入 and 地方财政收入 are two measures in the national series: the second's
    growth is against no figure of the first."""
    assert "general-budget-revenue" in kin_below_national("local-general-budget-revenue")
    head = "{0}年政府工作报告\n——{0}年3月5日在第十一届全国人民代表大会第{1}次会议上\n"
    earlier = write(tmp_path, "a.txt", head.format(2010, "三") + "全国财政收入68477亿元。\n")
    later = write(
        tmp_path, "b.txt", head.format(2011, "四") + "地方财政收入40610亿元，增长24.6%。\n"
    )
    found = check([earlier, later]).to_dicts()
    assert [f["verdict"] for f in found if "40610" in f["quote"]] == ["unverifiable"]


def test_a_note_on_one_measure_said_after_its_reason_covers_that_measure_only(
    tmp_path: Path,
) -> None:
    """注释 6.根据…改革方案，自2025年起部分税收收入由市级上划省级，一般公共预算收入增长速度按
    同口径计算: a note on the revenue only (its 部分 had made it a note on every rate, and
    优良天数比率 提高2.6个百分点, 1.6 by the levels, not comparable)."""
    head = "宁川市{0}年国民经济和社会发展统计公报\n"
    note = (
        "注释：\n6.根据省以下财政体制改革方案，自2025年起部分税收收入由市级上划省级，"
        "一般公共预算收入增长速度按同口径计算。\n"
    )
    earlier = write(
        tmp_path, "a.txt", head.format(2024) + "全年市区空气质量优良天数比率为85.2%。\n"
    )
    later = write(
        tmp_path,
        "b.txt",
        head.format(2025) + "全年市区空气质量优良天数比率为86.8%，提高2.6个百分点。\n" + note,
    )
    found = across(check([earlier, later]))
    assert [f["verdict"] for f in found if f["check"] == "cross-year-points"] == ["inconsistent"]


def test_a_text_wrapped_inside_its_words_reads_as_one_sentence(tmp_path: Path) -> None:
    """城镇居民人均可支配收入从2020年的45180元增⏎加到60694元，增长43.5% in a text wrapped as a
    PDF wraps it: since 2020 (34.3%), and the break inside 增加 no break of the sentence."""
    text = (
        "岚川市2026年政府工作报告\n一、2025年工作回顾\n过去一年，经济运行稳中有进。\n"
        "城镇居民人均可支配收入从2020年的45180元增\n加到60694元，增长43.5%；农村\n"
        "居民人均可支配收入28183元。\n"
    )
    found = check([write(tmp_path, "a.txt", text)]).to_dicts()
    [change] = [f for f in found if "43.5%" in f["quote"]]
    assert change["verdict"] == "inconsistent"
    assert "\n" in change["quote"]


@pytest.mark.parametrize(
    ("later", "verdict"),
    [
        # The section's 5683万元 is meant (4912/5683 is -13.57%); the review's 2.93亿元
        # is the first the name links to: no error can be concluded from the name.
        ("审计发现问题金额4912万元，比上年下降13.6%。\n", "unverifiable"),
        # A name stated once in each report concludes as before.
        (None, "inconsistent"),
    ],
)
def test_a_name_stated_twice_in_a_report_links_to_no_one_figure(
    tmp_path: Path, later: str | None, verdict: str
) -> None:
    """审计发现问题金额 is the whole audit's in one paragraph, a section's in another (hunt 41)."""
    earlier = (
        "全年共完成审计项目41个，审计发现问题金额2.93亿元。\n"
        "部门预算执行审计：审计发现问题金额5683万元。\n"
    )
    if later is None:
        earlier = "全年共完成审计项目41个，审计发现问题金额2.93亿元。\n"
        later = "审计发现问题金额4912万元，比上年下降13.6%。\n"
    found = town_pair(tmp_path, earlier, later)
    [change] = [f for f in found if "4912" in f["quote"]]
    assert verdict == change["verdict"]
    if verdict == "unverifiable":
        assert "more than once (2.93亿元, 5683万元)" in change["message"]


def test_a_count_restated_against_a_name_stated_twice_concludes_nothing(tmp_path: Path) -> None:
    """由上年的52家 against 登记社会组织 86家 and 52家 a year before: no error on the name."""
    found = town_pair(
        tmp_path,
        "登记社会组织86家。\n（二）社区治理。登记社会组织52家。\n",
        "登记社会组织由上年的52家增加到60家。\n",
    )
    assert "inconsistent" not in [f["verdict"] for f in found if f["check"] == "restatement"]
    alone = town_pair(tmp_path, "登记社会组织86家。\n", "登记社会组织由上年的52家增加到60家。\n")
    assert ["inconsistent"] == [f["verdict"] for f in alone if f["check"] == "restatement"]


def _half_year(tmp_path: Path, year: int, body: str) -> None:
    write(
        tmp_path,
        f"hy-{year}.txt",
        f"{year}年上半年全市经济运行情况\n\n嵘州市统计局\n{year}年7月19日\n\n" + body,
    )


def _half_year_pair(tmp_path: Path, earlier: str, later: str) -> list[dict[str, Any]]:
    """Two half-year releases, of 2024 and 2025, checked together: the findings across."""
    _half_year(tmp_path, 2024, earlier)
    _half_year(tmp_path, 2025, later)
    return across(check([tmp_path]))


@pytest.mark.parametrize(("points", "verdict"), [("1.2", "consistent"), ("2.1", "inconsistent")])
def test_two_half_year_releases_compare_their_half_years(
    tmp_path: Path, points: str, verdict: str
) -> None:
    """上半年 against 上半年 (hunt 41): a release published in July is no 'year so far'."""
    found = _half_year_pair(
        tmp_path,
        "上半年，全市软件业务收入占规上服务业营业收入比重为17.4%。\n",
        f"上半年，全市软件业务收入占规上服务业营业收入比重为18.6%，比上年同期提高{points}个百分点。\n",
    )
    assert [verdict] == [f["verdict"] for f in found if f["check"] == "cross-year-points"]


def test_a_half_year_release_names_its_measures_without_the_half_year() -> None:
    """上半年全市地区生产总值 in a release on 上半年 is the gdp concept, dated 上半年."""
    text = (
        "2024年上半年全市经济运行情况\n\n嵘州市统计局\n2024年7月19日\n\n"
        "上半年全市地区生产总值1486.32亿元。\n"
    )
    document = draft_report(text).document
    [gdp] = [i for i in document["indicators"] if i.get("concept") == "gdp"]
    assert "全市地区生产总值" == gdp["name"]
    assert "上半年" == gdp["values"][0]["span"]


@pytest.mark.parametrize(("multiple", "verdict"), [("2.1", "consistent"), ("2.6", "inconsistent")])
def test_a_product_listed_alone_is_its_output_named_with_its_head(
    tmp_path: Path, multiple: str, verdict: str
) -> None:
    """新能源汽车1.82万辆 in a list of products, 新能源汽车产量3.86万辆 a year later (hunt 41):
    one measure, the output; so are 光伏电池 and 光伏电池产量, which no concept names."""
    found = _half_year_pair(
        tmp_path,
        "从主要产品产量看，新能源汽车1.82万辆，光伏电池412万千瓦。\n",
        f"新能源汽车产量3.86万辆，是上年同期的{multiple}倍；光伏电池产量386万千瓦，下降6.3%。\n",
    )
    assert [verdict] == [f["verdict"] for f in found if f["check"] == "multiple"]
    assert ["consistent"] == [f["verdict"] for f in found if "光伏电池" in f["quote"]]


def test_a_product_in_a_stock_is_not_its_output(tmp_path: Path) -> None:
    """机动车保有量42.6万辆，其中新能源汽车9.86万辆 is vehicles held, not made: a next
    year's 新能源汽车产量 is another measure, and nothing is compared."""
    found = _half_year_pair(
        tmp_path,
        "年末全区机动车保有量42.6万辆，其中新能源汽车9.86万辆。\n",
        "新能源汽车产量3.86万辆，是上年同期的2.6倍。\n",
    )
    assert not [f for f in found if f["check"] == "multiple"]


@pytest.mark.parametrize(("added", "verdict"), [("6", "consistent"), ("8", "inconsistent")])
def test_a_short_form_links_to_its_long_form(tmp_path: Path, added: str, verdict: str) -> None:
    """限额以上商贸企业86家, then 限上商贸企业92家 (hunt 40): 限上 is 限额以上, 规上 规模以上."""
    found = town_pair(
        tmp_path, "限额以上商贸企业86家。\n", f"限上商贸企业达到92家，增加{added}家。\n"
    )
    assert [verdict] == [f["verdict"] for f in found if "92家" in f["quote"]]


def test_a_half_year_release_paragraph_lead_is_the_release_period(tmp_path: Path) -> None:
    """上半年，全市进出口总额286.40亿元…。其中，出口182.70亿元…进口106.08亿元 (hunt 41): in a
    release on 上半年 the paragraph's 上半年 is the report's, so the parts are plainly the
    total's, and 182.70 + 106.08 = 288.78 is no 286.40."""
    _half_year(
        tmp_path,
        2025,
        "上半年，全市进出口总额286.40亿元，同比增长6.7%。其中，出口182.70亿元，增长3.6%；"
        "进口106.08亿元，增长15.2%。\n",
    )
    found = check([tmp_path]).to_dicts()
    assert ["inconsistent"] == [f["verdict"] for f in found if f["check"] == "part-of-whole"]


@pytest.mark.parametrize(("added", "verdict"), [("2", "consistent"), ("3", "inconsistent")])
def test_a_class_bounded_before_or_after_is_one_class(
    tmp_path: Path, added: str, verdict: str
) -> None:
    """集体经济收入10万元以上的村, then 集体经济收入超10万元的村 (hunt 40): one class of
    villages, its bound written after or before."""
    found = town_pair(
        tmp_path,
        "全乡集体经济收入10万元以上的村7个。\n",
        f"全乡集体经济收入超10万元的村达到9个，增加{added}个。\n",
    )
    assert [verdict] == [f["verdict"] for f in found if "9个" in f["quote"]]


@pytest.mark.parametrize(
    ("earlier", "verdict"),
    [
        # A prefecture's 地方一般公共预算收入 is its 一般公共预算收入 (hunt 42): 43.08/41.26
        # is +4.41%, not 6.4%.
        ("地方一般公共预算收入完成41.26亿元。\n", "inconsistent"),
        # A district level may be its own level of the whole: a link, no verdict.
        ("区级一般公共预算收入完成41.26亿元。\n", "not_comparable"),
    ],
)
def test_local_revenue_below_the_national_level_is_the_revenue(
    tmp_path: Path, earlier: str, verdict: str
) -> None:
    """地方一般公共预算收入 one year, 一般公共预算收入 the next, in a prefecture's reports."""
    found = town_pair(tmp_path, earlier, "一般公共预算收入完成43.08亿元，增长6.4%。\n")
    assert [verdict] == [f["verdict"] for f in found if "43.08" in f["quote"]]


@pytest.mark.parametrize(("added", "verdict"), [("46", "consistent"), ("56", "inconsistent")])
def test_a_part_of_the_year_written_two_ways_is_one(
    tmp_path: Path, added: str, verdict: str
) -> None:
    """截至9月末 one year, 9月末 the next (hunt 42); 前三季度 and 1—9月 alike."""
    for year, body in (
        (2023, "截至9月末，全区有效期内高新技术企业312家。1—9月，全区规上工业产值486.3亿元。\n"),
        (
            2024,
            f"9月末，全区有效期内高新技术企业358家，比上年同期增加{added}家。"
            "前三季度，全区规上工业产值521.7亿元，同比增长7.3%。\n",
        ),
    ):
        write(
            tmp_path,
            f"q3-{year}.txt",
            f"{year}年前三季度全区经济运行情况\n\n澄湖区统计局\n{year}年10月25日\n\n" + body,
        )
    found = across(check([tmp_path]))
    assert [verdict] == [f["verdict"] for f in found if "358家" in f["quote"]]
    assert ["consistent"] == [f["verdict"] for f in found if "521.7" in f["quote"]]


@pytest.mark.parametrize(
    ("span", "verdict"),
    [
        # Written on another day of December each year: the year so far, no verdict.
        ("截至目前", "not_comparable"),
        # A definite part of the year, in two reports of the same season: compared.
        ("1—11月", "inconsistent"),
    ],
)
def test_a_span_that_ends_when_written_stays_the_year_so_far(
    tmp_path: Path, span: str, verdict: str
) -> None:
    """截至目前 in two year-end summaries dated in December is no part of the year to compare."""
    for year, day, body in (
        (2023, 18, f"{span}，全街道新增就业岗位2156个。\n"),
        (2024, 26, f"{span}，全街道新增就业岗位2384个，比上年增加328个。\n"),
    ):
        write(tmp_path, f"s-{year}.txt", f"梅林街道{year}年工作总结\n{year}年12月{day}日\n\n{body}")
    found = across(check([tmp_path]))
    assert [verdict] == [f["verdict"] for f in found if "2384" in f["quote"]]


@pytest.mark.parametrize(
    ("points", "verdict", "words"),
    [
        ("3.5", "consistent", "review the link"),
        ("5.5", "unverifiable", "nothing is concluded until a person reviews the link"),
    ],
)
def test_a_reworded_name_links_for_review(
    tmp_path: Path, points: str, verdict: str, words: str
) -> None:
    """重点人群签约服务覆盖率 one year, 重点人群签约率 the next (hunt 42): shown, never an error."""
    found = town_pair(
        tmp_path,
        "重点人群签约服务覆盖率达到78.4%。\n",
        f"重点人群签约率达到81.9%，比上年提高{points}个百分点。\n",
    )
    hits = [f for f in found if "81.9%" in f["quote"]]
    assert [f["verdict"] for f in hits] == [verdict]
    assert "reworded name" in hits[0]["message"]
    assert words in hits[0]["message"]


def test_a_reworded_name_the_later_report_also_states_links_nothing(tmp_path: Path) -> None:
    """When the later report states last year's name itself, its new name is another measure."""
    found = town_pair(
        tmp_path,
        "重点人群签约服务覆盖率达到78.4%。\n",
        "重点人群签约服务覆盖率达到80.0%。重点人群签约率达到91.9%，比上年提高3.5个百分点。\n",
    )
    assert [f["verdict"] for f in found if "91.9%" in f["quote"]] == []


def test_last_years_level_of_the_same_part_of_the_year_is_dated() -> None:
    """比上年同期的860万美元增长18.6% in a half-year summary: the earlier level is 2023's."""
    doc = draft_report(
        "柘湾镇2024年上半年工作总结\n1—6月，实际使用外资1020万美元，比上年同期的860万美元增长18.6%。\n",
        period=2024,
    ).document
    found = indicator(doc, "foreign-capital-utilized-usd")
    assert sorted((v["period"], v["figure"]) for v in found["values"]) == [
        (2023, "860万"),
        (2024, "1020万"),
    ]


def test_a_level_set_anew_from_last_years_is_both_years(tmp_path: Path) -> None:
    """市属一级企业由上年的18户调整为16户: last year's count and this year's, no budget."""
    doc = draft_report(
        "岚沣市2024年国有资产管理情况报告\n市属一级企业由上年的18户调整为16户，减少两户。\n",
        period=2024,
    ).document
    [found] = [i for i in doc["indicators"] if i["name"] == "市属一级企业"]
    assert sorted((v["period"], v["figure"], bool(v.get("target"))) for v in found["values"]) == [
        (2023, "18", False),
        (2024, "16", False),
    ]


def test_a_census_worked_on_is_no_revision_of_the_years_figures(tmp_path: Path) -> None:
    """经济普查登记工作圆满完成，普查数据质量通过验收: the census's data, no figure revised."""
    found = town_pair(
        tmp_path,
        "全镇社会消费品零售总额10.0亿元。\n",
        "全镇社会消费品零售总额12.6亿元，比上年增长15.0%。第五次全国经济普查登记工作圆满完成，"
        "普查数据质量通过县级验收。\n",
    )
    assert [f["verdict"] for f in found if "12.6亿元" in f["quote"]] == ["inconsistent"]


def test_a_restated_level_above_the_size_threshold_is_on_this_years_set(tmp_path: Path) -> None:
    """规上工业产值（上年同期为36.84亿元） against 38.64亿元 a year before: another base."""
    found = town_pair(
        tmp_path,
        "全镇实现规模以上工业总产值38.64亿元。\n",
        "全镇完成规上工业产值42.15亿元（上年同期为36.84亿元），同比增长14.4%。\n",
    )
    restated = [f for f in found if f["check"] == "restatement"]
    assert [f["verdict"] for f in restated] == ["not_comparable"]
    assert "同口径" in restated[0]["message"]


def test_a_note_on_one_measures_scope_is_about_that_measure_only() -> None:
    """…资产总额口径有所调整，增长速度按可比口径计算: the note does not reach 利润总额."""
    doc = draft_report(
        "岚沣市2024年国有资产管理情况报告\n需要说明的是：行政事业性国有资产总额口径有所调整，"
        "增长速度按可比口径计算。\n国有企业利润总额20.87亿元，同比增长16.8%。"
        "行政事业性国有资产总额1486.32亿元，比上年增长5.1%。\n",
        period=2024,
    ).document
    scopes = {c["quote"][:6]: c.get("scope") for c in doc["claims"]}
    assert scopes["国有企业利润"] is None
    assert str(scopes["行政事业性国"]).startswith("注：")


@pytest.mark.parametrize(("net", "verdict"), [("17", "consistent"), ("21", "inconsistent")])
def test_a_net_addition_against_last_years_end_is_its_change(
    tmp_path: Path, net: str, verdict: str
) -> None:
    """规上工业企业达到203家，比上年末净增21家 against 186家 a year before: 17, not 21."""
    found = town_pair(
        tmp_path,
        "年末全镇规上工业企业达到186家。\n",
        f"年末全镇规上工业企业达到203家，比上年末净增{net}家。\n",
    )
    assert [f["verdict"] for f in found if "203家" in f["quote"]] == [verdict]


@pytest.mark.parametrize(
    "name",
    [
        "国有企业流动资产",
        "非流动资产",
        "企业所有者权益",
        "应收账款",
        "国有资本",
        "国有企业负债",
    ],
)
def test_a_balance_sheets_stocks_are_measures(name: str) -> None:
    """A state-assets report's 流动资产1386.25亿元 links to next year's as 地区生产总值 does."""
    assert linkable_name(name, "亿元")


@pytest.mark.parametrize(
    ("opening", "verdict"),
    [
        ("全县地方一般公共预算收入15.38亿元。", "consistent"),  # 10.86/15.38 = 70.6%
        ("", "unverifiable"),  # the whole named, its figure not stated
    ],
)
def test_a_share_in_a_clause_that_names_its_whole_is_of_that_whole(
    tmp_path: Path, opening: str, verdict: str
) -> None:
    """…其中民生支出34.52亿元，占80.9%；地方一般公共预算收入中，税收收入10.86亿元，占70.6%.

    The second share is of the revenue the clause names, not of the expenditure the 其中
    before the semicolon lists (10.86/42.65 is 25.5%: a false alarm in round 45).
    """
    text = (
        "青峪县2024年政府工作报告\n一、2023年工作回顾\n" + opening + "全县一般公共预算支出"
        "42.65亿元，其中民生支出34.52亿元，占80.9%；地方一般公共预算收入中，税收收入10.86亿元，"
        "占70.6%。\n"
    )
    found = check([write(tmp_path, "qy.txt", text)]).to_dicts()
    assert [f["verdict"] for f in found if "占70.6%" in f["quote"]] == [verdict]


@pytest.mark.parametrize(
    ("words", "level", "verdict"),
    [
        ("翻一番", "17.2", "consistent"),
        ("翻了一番", "17.2", "consistent"),
        ("翻了一番", "34.4", "inconsistent"),
    ],
)
def test_a_doubling_with_its_numeral_links_to_last_years_level(
    tmp_path: Path, words: str, level: str, verdict: str
) -> None:
    """新能源汽车产量17.2万辆，比上年翻了一番 after 8.6万辆 (hunt 45): 一番 here is no article."""
    found = town_pair(
        tmp_path,
        "全年新能源汽车产量8.6万辆。\n",
        f"全年新能源汽车产量{level}万辆，比上年{words}。\n",
    )
    assert [f["verdict"] for f in found if f["check"] == "multiple"] == [verdict]


def test_the_kinds_listed_before_a_class_are_not_its_name() -> None:
    """其中教育、社会保障和就业、卫生健康等民生支出75.63亿元 is 民生支出 (hunt 45)."""
    doc = draft_report(
        "嵘江市2024年计划执行情况的报告\n一般公共预算支出96.35亿元，其中教育、社会保障和就业、"
        "卫生健康等民生支出75.63亿元。新建改造公路、桥梁等级公路12公里。\n",
        period=2024,
    ).document
    names = {v["figure"]: i["name"] for i in doc["indicators"] for v in i["values"]}
    assert names["75.63"] == "民生支出"
    assert names["12"] == "桥梁等级公路"  # 等级 is a word, no 等 of a list


@pytest.mark.parametrize(("fall", "verdict"), [("2.4", "consistent"), ("4.4", "inconsistent")])
def test_a_change_after_its_reason_is_the_levels(tmp_path: Path, fall: str, verdict: str) -> None:
    """园林水果产量94.1万吨，受花期低温影响下降2.4% after 96.4万吨 (hunt 44): 94.1/96.4 is −2.4%."""
    found = town_pair(
        tmp_path,
        "园林水果产量96.4万吨。\n",
        f"园林水果产量94.1万吨，受花期低温影响下降{fall}%。\n",
    )
    assert [f["verdict"] for f in found if "94.1万吨" in f["quote"]] == [verdict]


@pytest.mark.parametrize(("rate", "verdict"), [("78.6", "consistent"), ("88.6", "inconsistent")])
def test_a_share_with_its_wholes_figure_inside(tmp_path: Path, rate: str, verdict: str) -> None:
    """民生支出2.86亿元，占街道一般预算支出3.64亿元的78.6% (hunt 44): 2.86/3.64 = 78.57%."""
    text = f"梅林街道2024年工作报告\n全年民生支出2.86亿元，占街道一般预算支出3.64亿元的{rate}%。\n"
    found = check([write(tmp_path, "s.txt", text)]).to_dicts()
    assert [f["verdict"] for f in found if f["check"] == "share-rate"] == [verdict]
    doc = draft_report(text, period=2024).document
    names = {v["figure"]: i["name"] for i in doc["indicators"] for v in i["values"]}
    assert names["3.64"] == "街道一般预算支出"


def test_a_bare_head_of_schooling_is_of_the_kind_of_school_before_it() -> None:
    """普通高中68所，在校生12.43万人; 普通本专科招生48.3万人，增长3.2%；在校生162.4万人."""
    doc = draft_report(
        "屏川市2023年国民经济和社会发展统计公报\n普通高中68所，在校生12.43万人。"
        "普通本专科招生48.3万人，增长3.2%；在校生162.4万人，毕业生42.3万人。"
        "全年研究生招生3.86万人，在学研究生11.06万人，毕业生2.68万人。\n",
        period=2023,
    ).document
    names = {v["figure"]: i["name"] for i in doc["indicators"] for v in i["values"]}
    assert names["12.43万"] == "普通高中在校生"
    assert names["162.4万"] == "普通本专科在校生"
    assert names["42.3万"] == "普通本专科毕业生"
    assert names["2.68万"] == "毕业生"  # 在学研究生 is no kind of school: left for review


PLAN_HEAD = "嵘江市{y}年国民经济和社会发展计划执行情况的报告\n一、{y}年计划执行情况\n"


def plan_pair(tmp_path: Path, earlier: str, later: str) -> list[dict[str, Any]]:
    """Two plan-execution reports of one city, on 2023 and 2024, checked together."""
    write(tmp_path, "rj-2023.txt", PLAN_HEAD.format(y=2023) + earlier)
    write(tmp_path, "rj-2024.txt", PLAN_HEAD.format(y=2024) + later)
    return across(check([tmp_path]))


@pytest.mark.parametrize(
    ("later", "verdict"),
    [
        ("一般公共预算收入50.37亿元，增长3.6%，增幅比上年回落2.6个百分点。", "consistent"),
        ("一般公共预算收入50.37亿元，增长3.6%，增幅比上年回落3.6个百分点。", "inconsistent"),
        # No 增幅 word, and no level: the points still follow the growth.
        ("全市固定资产投资增长3.2%，比上年回落3.0个百分点。", "consistent"),
        ("全市固定资产投资增长3.2%，比上年回落1.4个百分点。", "inconsistent"),
    ],
)
def test_points_of_a_growth_rate_against_last_years_growth(
    tmp_path: Path, later: str, verdict: str
) -> None:
    """增长3.6%，增幅比上年回落2.6个百分点 after 增长6.2% a year before (hunt 45)."""
    found = plan_pair(
        tmp_path,
        "一般公共预算收入48.6亿元，增长6.2%。全市固定资产投资增长6.2%。\n",
        later,
    )
    points = [f for f in found if f["check"] == "cross-year-points"]
    assert [f["verdict"] for f in points] == [verdict]
    assert "6.2%" in points[0]["message"]


def test_points_of_output_growth_are_against_a_first_release(tmp_path: Path) -> None:
    """地区生产总值…增速比上年回落1.2个百分点 against 5.8% first released: not comparable."""
    found = plan_pair(
        tmp_path,
        "全市实现地区生产总值612.4亿元，比上年增长5.8%。\n",
        "全市实现地区生产总值631.5亿元，比上年增长5.6%，增速比上年回落1.2个百分点。\n",
    )
    [points] = [f for f in found if f["check"] == "cross-year-points"]
    assert points["verdict"] == "not_comparable"
    assert "first release" in points["message"]


def test_amounts_respectively_after_named_levels_pair_in_order() -> None:
    """农民合作社51家、家庭农场45家，分别增加5家和11家 (hunt 46): 5 to the first, 11 next."""
    doc = draft_report(
        "栗源乡2024年工作报告\n农民合作社51家、家庭农场45家，分别增加5家和11家。\n", period=2024
    ).document
    names = {i["id"]: i["name"] for i in doc["indicators"]}
    pairs = [(names[c["indicator"]], c["stated"]) for c in doc["claims"]]
    assert pairs == [("农民合作社", "增加5"), ("家庭农场", "增加11")]


# A rate restated between drafts is shown, not concluded on (see _restated_count).
@pytest.mark.parametrize(("earlier", "verdict"), [("2.17", "consistent"), ("2.27", "unverifiable")])
def test_last_years_ratio_said_on_the_way_is_last_years(
    tmp_path: Path, earlier: str, verdict: str
) -> None:
    """城乡居民收入比由上年的2.17缩小到2.12 (hunt 47): 2.17 is the year before's ratio."""
    found = plan_pair(
        tmp_path,
        f"城乡居民收入比缩小至{earlier}。\n",
        "城乡居民收入比由上年的2.17缩小到2.12。\n",
    )
    assert [f["verdict"] for f in found if f["check"] == "restatement"] == [verdict]


def test_points_of_a_price_rise_against_last_years_rise(tmp_path: Path) -> None:
    """居民消费价格上涨1.1%，涨幅比上年回落1.5个百分点 after 上涨2.6% (hunt 47)."""
    found = plan_pair(
        tmp_path,
        "居民消费价格上涨2.6%。\n",
        "居民消费价格上涨1.1%，涨幅比上年回落1.5个百分点。\n",
    )
    assert [f["verdict"] for f in found if f["check"] == "cross-year-points"] == ["consistent"]


@pytest.mark.parametrize(("points", "verdict"), [("3.0", "consistent"), ("1.4", "inconsistent")])
def test_points_of_a_growth_rate_with_no_year_named(
    tmp_path: Path, points: str, verdict: str
) -> None:
    """增长3.2%，增幅回落3.0个百分点 after 增长6.2%: 增幅 alone is against last year's rate."""
    found = plan_pair(
        tmp_path,
        "全市固定资产投资增长6.2%。\n",
        f"全市固定资产投资增长3.2%，增幅回落{points}个百分点。\n",
    )
    assert [f["verdict"] for f in found if f["check"] == "cross-year-points"] == [verdict]


@pytest.mark.parametrize(
    ("restated", "verdict"), [("1.86", "consistent"), ("1.68", "unverifiable")]
)
def test_a_level_restated_under_a_reworded_name_is_for_review(
    tmp_path: Path, restated: str, verdict: str
) -> None:
    """土地流转面积1.86万亩, then 土地经营权流转面积由上年的1.68万亩增加到2.04万亩 (hunt 46)."""
    found = town_pair(
        tmp_path,
        "全镇土地流转面积1.86万亩。\n",
        f"全镇土地经营权流转面积由上年的{restated}万亩增加到2.04万亩。\n",
    )
    [restatement] = [f for f in found if f["check"] == "restatement"]
    assert restatement["verdict"] == verdict
    assert "reworded name" in restatement["message"]


@pytest.mark.parametrize(
    ("name", "verdict"),
    [
        # 利润 with no concept: 金融企业利润总额 in the note is another name; the misfit is
        # for review, as on any two-character name.
        ("利润", "unverifiable"),
        # 税收, a concept: a revision of 房地产税收, a part, may have revised it.
        ("税收", "not_comparable"),
    ],
)
def test_a_short_name_inside_a_revision_note(tmp_path: Path, name: str, verdict: str) -> None:
    """需要说明的是，上年报告中金融企业利润总额为快报数 (hunt 43) against 利润 or 税收."""
    found = town_pair(
        tmp_path,
        f"全镇实现{name}3.20亿元。\n",
        f"全镇实现{name}3.84亿元，增长12.0%。\n需要说明的是，其中房地产{name}总额数据进行了修正。\n",
    )
    [change] = [f for f in found if "3.84亿元" in f["quote"]]
    assert change["verdict"] == verdict


def test_a_rank_and_the_rank_it_left_are_two_years_of_one_rank() -> None:
    """由上年居世界第五位上升到第四位 (2004): the 2002 rank and the 2003 one, of the trade total."""
    doc = drafted(
        "进出口总额比上年增长３７．１％，达到８５１２亿美元，由上年居世界第五位上升到第四位。",
        period=2003,
    )
    [rank] = [i for i in doc["indicators"] if i["unit"] == "位次"]
    assert rank["name"] == "进出口总额世界位次"
    assert sorted((v["period"], v["figure"]) for v in rank["values"]) == [
        (2002, "五"),
        (2003, "四"),
    ]
    assert linkable_name(rank["name"], rank["unit"])


def test_a_measures_boast_of_rank_is_not_drafted() -> None:
    """增速居全国第3位: a measure's rank, seldom restated and named by a guess; set aside."""
    doc = drafted("规模以上工业增加值增长7.1%，增速居全国第3位。", period=2004)
    assert all(i["unit"] != "位次" for i in doc["indicators"])
    assert any(n["text"] == "第3" for n in doc["not_metrics"])


@pytest.mark.parametrize(
    ("earlier", "verdict"),
    [
        ("世界排名由第十位上升到第五位", "consistent"),
        ("世界排名由第十位上升到第六位", "inconsistent"),
    ],
)
def test_a_rank_restated_a_year_later(tmp_path: Path, earlier: str, verdict: str) -> None:
    """The 2003 report puts the 2002 trade total fifth; the 2004 report restates it (上年)."""
    write(
        tmp_path,
        "n-2003.txt",
        report_text(
            2003, f"外贸进出口总额由1997年的3252亿美元增加到2002年的6208亿美元，{earlier}。"
        ),
    )
    write(
        tmp_path,
        "n-2004.txt",
        report_text(
            2004, "进出口总额比上年增长37.1%，达到8512亿美元，由上年居世界第五位上升到第四位。"
        ),
    )
    found = [f for f in across(check([tmp_path])) if f["check"] == "restatement"]
    assert [f["verdict"] for f in found if "第五位" in f["quote"]] == [verdict]


@pytest.mark.parametrize(("moved", "verdict"), [("9", "consistent"), ("7", "inconsistent")])
def test_a_rankings_move_against_last_years_rank(tmp_path: Path, moved: str, verdict: str) -> None:
    """在…综合评价中位列第68位，较上年前移9位 against 第77位 a year before (hunt 30)."""
    found = town_pair(
        tmp_path,
        "在科技部国家高新区综合评价中位列第77位。\n",
        f"在科技部国家高新区综合评价中位列第６８位，较上年前移{moved}位。\n",
    )
    [move] = [f for f in found if "前移" in f["quote"]]
    assert move["verdict"] == verdict


def test_a_ranking_named_in_the_clause_before_is_the_ranks(tmp_path: Path) -> None:
    """在…考核评价中，澜江经开区升至第21位，前进7位 (hunt 46): the ranking names the rank."""
    found = town_pair(
        tmp_path,
        "在国家级经开区综合发展水平考核评价中，本镇园区位列第28位。\n",
        "在国家级经开区综合发展水平考核评价中，本镇园区升至第21位，前进7位。\n",
    )
    [move] = [f for f in found if "前进" in f["quote"]]
    assert move["verdict"] == "consistent"
    assert "第28位" in move["message"] or "28" in move["recomputed"]


def test_an_events_figure_does_not_take_the_headlines_concept(tmp_path: Path) -> None:
    """吸引游客2.3万人次 before 全年接待游客86.5万人次 (hunt 48): the year's is the series."""
    found = town_pair(
        tmp_path,
        "成功举办第三届溪棠开茶节，吸引游客2.3万人次。全年接待游客86.5万人次。\n",
        "全年接待游客103.8万人次，增长20.0%。\n",
    )
    [growth] = [f for f in found if "103.8万人次" in f["quote"]]
    assert growth["verdict"] == "consistent"
    assert "86.5" in growth["message"]


def test_a_note_on_a_measure_computed_on_revised_data_excuses_its_change(
    tmp_path: Path,
) -> None:
    """注：…对2023年规模以上工业企业单位数进行了修订，…本公报中规上工业企业单位数增量按修订后
    数据计算 (hunt 48): 增加187家 is against the revised count, not the earlier report's."""
    note = (
        "注释：\n3.根据第五次全国经济普查结果，对2024年规模以上工业企业单位数进行了修订，"
        "修订后为5026家，本公报中规上工业企业单位数增量按修订后数据计算。\n"
    )
    found = communique_pair(
        tmp_path,
        "年末全市规模以上工业企业4862家。\n",
        "年末全市规上工业企业5213家，比上年增加187家。\n" + note,
    )
    [change] = [f for f in found if "5213家" in f["quote"]]
    assert change["verdict"] == "not_comparable"


def test_a_note_on_the_accounts_prices_leaves_other_growths_checked(tmp_path: Path) -> None:
    """附注：1.本文中地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算
    (hunt 49): of GDP and value added only; a retail total's growth is checked."""
    note = "附注：\n1.本文中地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。\n"
    found = communique_pair(
        tmp_path,
        "全年社会消费品零售总额86.40亿元。\n" + note,
        "全年社会消费品零售总额91.23亿元，增长5.6%。\n" + note,
    )
    [growth] = [f for f in found if "91.23亿元" in f["quote"]]
    assert growth["verdict"] == "consistent"


def test_a_rate_restated_differs_by_points(tmp_path: Path) -> None:
    """仲裁结案率95.8%, then 由上年的96.8%提高到97.6% (hunt 48): 1 point apart, not 1%."""
    found = town_pair(tmp_path, "仲裁结案率95.8%。\n", "仲裁结案率由上年的96.8%提高到97.6%。\n")
    [restated] = [f for f in found if f["check"] == "restatement"]
    assert "1个百分点 from 95.8%" in restated["message"]


def test_a_scope_note_that_names_one_measure_in_its_sentence_covers_it_only(
    tmp_path: Path,
) -> None:
    """全县500万元以上固定资产投资项目入库执行新的统计标准，…，上年同期数据相应调整，增速按可比
    口径计算 (hunt 49): of investment only; 产销率 a year apart is checked."""
    note = (
        "自今年起，全县500万元以上固定资产投资项目入库执行新的统计标准，部分项目不再纳入统计范围，"
        "上年同期数据相应调整，增速按可比口径计算。\n"
    )
    found = communique_pair(
        tmp_path,
        "全年固定资产投资38.62亿元。规模以上工业产品销售率为96.8%。\n",
        "全年固定资产投资36.15亿元，同比增长5.2%。"
        + note
        + "规上工业产销率为97.9%，同比提高0.3个百分点。\n",
    )
    verdicts = {f["quote"][:6]: f["verdict"] for f in found}
    assert verdicts["全年固定资产"] == "not_comparable"
    assert verdicts["规上工业产销"] == "inconsistent"


JOBS_BY_REPORT = {2009: "1113", 2010: "1102", 2011: "1168", 2012: "1221", 2013: "1266"}


def _five_year_reports(folder: Path, total: str, skip: int | None = None) -> None:
    """Reports of 2009–2013 with each year's new urban jobs; the last also sums five years."""
    for year, jobs in JOBS_BY_REPORT.items():
        if year == skip:
            continue
        head = f"政府工作报告\n——{year}年3月5日在全国人民代表大会会议上\n各位代表：\n"
        if year == max(JOBS_BY_REPORT):
            body = (
                f"一、过去五年工作回顾\n过去五年，城镇就业持续扩大，累计新增城镇就业{total}万人。\n"
                f"二、{year - 1}年工作回顾\n城镇新增就业{jobs}万人。\n"
            )
        else:
            body = f"一、{year - 1}年工作回顾\n城镇新增就业{jobs}万人。\n"
        write(folder, f"n-{year}.txt", head + body)


@pytest.mark.parametrize(("total", "verdict"), [("5870", "consistent"), ("5970", "unverifiable")])
def test_a_five_year_total_against_the_years_levels(
    tmp_path: Path, total: str, verdict: str
) -> None:
    """累计新增城镇就业5870万人 (2013) is 1113+1102+1168+1221+1266, each year's first release."""
    _five_year_reports(tmp_path, total)
    found = [f for f in across(check([tmp_path])) if f["check"] == "cumulative"]
    assert [f["verdict"] for f in found] == [verdict]
    assert len(found[0]["report"]) == len(JOBS_BY_REPORT)


def test_a_five_year_total_with_a_year_unstated_says_what_it_leaves(tmp_path: Path) -> None:
    """No report on 2009: the total leaves 5870 − (1113+1168+1221+1266) = 1102万 for it."""
    _five_year_reports(tmp_path, "5870", skip=2010)
    [found] = [f for f in across(check([tmp_path])) if f["check"] == "cumulative"]
    assert found["verdict"] == "unverifiable"
    assert "no report states 2009" in found["message"]
    assert "(1099.5, 1104.5)万人" in found["message"]


@pytest.mark.parametrize(("points", "verdict"), [("0.7", "consistent"), ("1.7", "inconsistent")])
def test_a_growth_rate_that_quickens_by_points(tmp_path: Path, points: str, verdict: str) -> None:
    """增长8.1%，增速比上年加快0.7个百分点 against 增长7.4% a year before (hunt 49).

    (Of value added, a misfit would be not comparable: the accounts are revised.)
    """
    found = communique_pair(
        tmp_path,
        "全年社会消费品零售总额增长7.4%。\n",
        f"全年社会消费品零售总额增长8.1%，增速比上年加快{points}个百分点。\n",
    )
    [quicker] = [f for f in found if "加快" in f["quote"]]
    assert quicker["verdict"] == verdict


@pytest.mark.parametrize(("raised", "verdict"), [("30", "consistent"), ("50", "inconsistent")])
def test_an_amount_raised_alone_after_its_level(tmp_path: Path, raised: str, verdict: str) -> None:
    """城市低保标准提高到每人每月810元，提高30元 against 780元 a year before (hunt 49)."""
    found = town_pair(
        tmp_path,
        "城市低保标准为每人每月780元。\n",
        f"城市低保标准提高到每人每月810元，提高{raised}元。\n",
    )
    [amount] = [f for f in found if "810元" in f["quote"]]
    assert amount["verdict"] == verdict


@pytest.mark.parametrize("name", ["金融机构存款余额", "金融机构贷款余额", "国家级“小巨人”企业"])
def test_names_without_the_word_for_all_are_the_concepts(name: str) -> None:
    """金融机构各项存款余额 one year, 金融机构存款余额 the next (hunt 49): one concept."""
    assert catalog().match(name) is not None


def test_construction_output_grows_at_current_prices(tmp_path: Path) -> None:
    """建筑业总产值由2019年的612.5亿元增至2024年的871.5亿元，年均增长9.6% (hunt 51): 7.3%."""
    text = write(
        tmp_path,
        "zj-2024.txt",
        "某市住房和城乡建设局2024年工作总结\n"
        "全市建筑业总产值由2019年的612.5亿元增至2024年的871.5亿元，年均增长9.6%。\n",
    )
    found = check([text]).to_dicts()
    assert [f["verdict"] for f in found if f["check"] == "average-growth"] == ["inconsistent"]


def test_an_area_named_by_what_it_measures_links(tmp_path: Path) -> None:
    """建成超低能耗建筑8.6万平方米, then 21.4万平方米，是上年的2.9倍 (hunt 51): ×2.49."""
    found = town_pair(
        tmp_path,
        "建成超低能耗建筑8.6万平方米。\n",
        "建成超低能耗建筑21.4万平方米，是上年的2.9倍。\n",
    )
    assert [f["verdict"] for f in found if f["check"] == "multiple"] == ["inconsistent"]


def test_batches_are_a_unit_and_a_name_saying_it_again_is_the_same(tmp_path: Path) -> None:
    """完成食品安全监督抽检4,862批次, then 抽检批次由上年的4,628批次增至5,210批次 (hunt 51)."""
    found = town_pair(
        tmp_path,
        "全年完成食品安全监督抽检4,862批次。\n",
        "全年食品安全监督抽检批次由上年的4,628批次增至5,210批次。\n",
    )
    [restated] = [f for f in found if f["check"] == "restatement"]
    assert restated["verdict"] == "inconsistent"
    assert "-234批次" in restated["message"]


def test_a_level_from_the_year_befores_end_is_last_years() -> None:
    """个体工商户由上年末的5.51万户增至5.70万户 (hunt 51): two years of one stock."""
    doc = drafted("个体工商户由上年末的5.51万户增至5.70万户，增长3.4%。", period=2024)
    [firms] = [i for i in doc["indicators"] if i["name"] == "个体工商户"]
    assert sorted((v["period"], v["figure"]) for v in firms["values"]) == [
        (2023, "5.51万"),
        (2024, "5.70万"),
    ]


def test_a_heading_of_the_years_own_work_closes_a_five_year_review() -> None:
    """“十四五”时期… then 一、2025年工作成效 (hunt 50): the year's figures are the year's."""
    text = (
        "某区卫生健康委员会2025年工作总结\n"
        "“十四五”时期，全区卫生健康系统着力构建整合型医疗卫生服务体系。五年来，新增床位1200张。\n"
        "一、2025年工作成效\n"
        "全区注册护士4,597人，增长6.5%。\n"
    )
    doc = draft_report(text, period=2025, entity="某区").document
    years = {v["figure"]: v.get("years") for i in doc["indicators"] for v in i["values"]}
    assert years == {"1200": "2021-2025", "4,597": None}


def test_a_scope_inside_the_first_figures_bracket_is_not_the_sentences(tmp_path: Path) -> None:
    """全区卫生健康支出（全口径，含…）11.35亿元…；其中区级财政卫生健康支出9.08亿元，增长5.3%
    (hunt 50): 全口径 is the first figure's own; the 区级 change is checked."""
    found = town_pair(
        tmp_path,
        "全年区级财政卫生健康支出8.62亿元。\n",
        "全区卫生健康支出（全口径，含上级转移支付资金等）11.35亿元，同比增长4.7%；"
        "其中区级财政卫生健康支出9.08亿元，增长5.3%。\n",
    )
    [change] = [f for f in found if "9.08亿元" in f["quote"]]
    assert change["verdict"] == "consistent"


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("5G基站14.8万个。", "5G基站新增3.8万个，累计达到18.6万个。"),
        ("高速公路通车里程达到7,862公里。", "高速公路通车里程达到8,115公里，新增通车253公里。"),
    ],
)
def test_additions_named_before_or_after_their_stock(
    tmp_path: Path, earlier: str, later: str
) -> None:
    """5G基站新增3.8万个，累计达到18.6万个 (hunt 50): the additions against last year's stock,
    for review, and the stock named by the thing before 新增."""
    found = town_pair(tmp_path, earlier + "\n", later + "\n")
    [added] = [f for f in found if f["check"] == "cross-year-change"]
    assert added["verdict"] == "consistent"


BUDGET_HEAD = (
    "关于汀川省{y}年全省和省级预算执行情况的报告\n"
    "——{d}年1月22日在汀川省第十四届人民代表大会第{n}次会议上\n"
)


def budget_pair(tmp_path: Path, earlier: str, later: str) -> list[dict[str, Any]]:
    """Two provincial reports on the execution of the budget, of 2023 and of 2024."""
    write(tmp_path, "ys-2023.txt", BUDGET_HEAD.format(y=2023, d=2024, n="二") + earlier)
    write(tmp_path, "ys-2024.txt", BUDGET_HEAD.format(y=2024, d=2025, n="三") + later)
    return across(check([tmp_path]))


@pytest.mark.parametrize(("stated", "verdict"), [("7.9", "consistent"), ("9.7", "inconsistent")])
def test_a_sum_named_by_what_it_pays_links_across_years(
    tmp_path: Path, stated: str, verdict: str
) -> None:
    """偿还到期政府债务本金1922.3亿元, then 2074.9亿元 (hunt 53): +7.94%."""
    found = budget_pair(
        tmp_path,
        "全年偿还到期政府债务本金1922.3亿元、支付利息486.5亿元。\n",
        f"全年偿还到期政府债务本金2074.9亿元，增长{stated}%；支付利息512.4亿元，增长5.3%。\n",
    )
    assert [f["verdict"] for f in found if "本金" in f["quote"]] == [verdict]
    assert [f["verdict"] for f in found if f["quote"].startswith("支付利息")] == ["consistent"]


@pytest.mark.parametrize(("stated", "verdict"), [("11.6", "consistent"), ("13.6", "inconsistent")])
def test_bonds_a_province_issued_under_either_name(
    tmp_path: Path, stated: str, verdict: str
) -> None:
    """全年发行政府债券3126.6亿元, then 全年发行地方政府债券3488.2亿元 (hunt 53): +11.57%."""
    found = budget_pair(
        tmp_path,
        "全年发行政府债券3126.6亿元。\n",
        f"全年发行地方政府债券3488.2亿元，增长{stated}%。\n",
    )
    assert [f["verdict"] for f in found if f["check"] == "cross-year-change"] == [verdict]


@pytest.mark.parametrize(
    ("stated", "fine", "saved"),
    [("8.0", "consistent", "consistent"), ("10.0", "unverifiable", "inconsistent")],
)
def test_fines_and_losses_recovered_link_by_their_names(
    tmp_path: Path, stated: str, fine: str, saved: str
) -> None:
    """罚没款1,426.8万元 and 为消费者挽回经济损失486.3万元 a year before (hunt 51).

    Both are sums of money named by what they are; 罚没款, three characters, links for
    review only, so a misfit on it concludes nothing.
    """
    found = town_pair(
        tmp_path,
        "全年罚没款1,426.8万元，为消费者挽回经济损失486.3万元。\n",
        f"全年罚没款1,312.5万元，下降{stated}%；为消费者挽回经济损失532.8万元，增长"
        f"{'9.6' if stated == '8.0' else '12.6'}%。\n",
    )
    assert [f["verdict"] for f in found if f["quote"].startswith("全年罚没款")] == [fine]
    assert [f["verdict"] for f in found if "挽回" in f["quote"]] == [saved]


def test_a_scope_note_saying_whose_scope_changed_covers_that_measure_only(
    tmp_path: Path,
) -> None:
    """节水灌溉面积自2024年起调整统计口径，…，增长速度按可比口径计算 (hunt 54).

    The note names the one measure whose scope changed: the points of another rate are
    checked against the earlier bulletin (91.2% against 88.6% is 2.6 points, not 3.6).
    """
    found = communique_pair(
        tmp_path,
        "全省节水灌溉面积1210万亩。农村自来水普及率达到88.6%。\n",
        "全省节水灌溉面积1386万亩，按可比口径计算增长4.6%。"
        "农村自来水普及率达到91.2%，比上年提高3.6个百分点。\n"
        "注释：\n2．节水灌溉面积自2024年起调整统计口径，增加了采取非工程节水措施的灌溉面积，"
        "与上年公布数据不可直接比较，增长速度按可比口径计算。\n",
    )
    assert [f["verdict"] for f in found if "自来水" in f["quote"]] == ["inconsistent"]
    assert [f["verdict"] for f in found if "节水灌溉" in f["quote"]] == ["not_comparable"]


@pytest.mark.parametrize(("fell", "verdict"), [("13.8", "consistent"), ("11.1", "inconsistent")])
def test_inhalable_particles_under_either_name(tmp_path: Path, fell: str, verdict: str) -> None:
    """可吸入颗粒物（PM10）年均浓度为58μg/m³, then PM10年均浓度为50μg/m³ (hunt 55): one
    concept, in the units environment bulletins write; 50 against 58 is −13.8%."""
    found = communique_pair(
        tmp_path,
        "全市可吸入颗粒物（PM10）年均浓度为58μg/m³。\n",
        f"全市PM10年均浓度为50μg/m³，比上年下降{fell}%。\n",
    )
    assert [f["verdict"] for f in found if f["check"] == "cross-year-change"] == [verdict]


@pytest.mark.parametrize(("grew", "verdict"), [("7.2", "consistent"), ("9.2", "inconsistent")])
def test_employees_pension_under_its_old_and_new_names(
    tmp_path: Path, grew: str, verdict: str
) -> None:
    """城镇职工基本养老保险基金支出1198.3亿元, then 职工基本养老保险基金支出1284.6亿元 (hunt
    57): the scheme renamed, one measure; +7.2%. Each fund's spending is its own, though
    the bulletin writes 基金支出 for both."""
    found = communique_pair(
        tmp_path,
        "全年城镇职工基本养老保险基金收入1286.5亿元，基金支出1198.3亿元。"
        "城乡居民基本养老保险基金收入186.4亿元，基金支出142.7亿元。\n",
        f"全年职工基本养老保险基金收入1362.4亿元，增长5.9%；基金支出1284.6亿元，增长{grew}%。"
        "城乡居民基本养老保险基金收入194.1亿元，基金支出151.9亿元。\n",
    )
    assert [f["verdict"] for f in found if "1284.6" in f["quote"]] == [verdict]
