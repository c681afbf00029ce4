"""The verdicts on the seed report, each pinned to its real sentence."""

from __future__ import annotations

import pytest

from xinhong_metrics import Finding, LoadedReport, Verdict, check_report


@pytest.fixture(scope="module")
def findings(seed: LoadedReport) -> dict[str, Finding]:
    return {f.quote: f for f in check_report(seed)}


@pytest.mark.parametrize(
    ("quote", "verdict", "recomputed"),
    [
        # 32 up 6%: 30 gives 6.67%, 31 gives 3.23%; no whole prior at all.
        ("扶持创业组织32家,同比去年增长6%", Verdict.INCONSISTENT, "prior (30.05, 30.33]家"),
        # GRIM-style pins: one whole prior only.
        ("群租发生数147起,同比下降43.68%", Verdict.CONSISTENT, "prior 261起"),
        ("商务区扒窃拎包案件34起,同比下降42.4%", Verdict.CONSISTENT, "prior 59起"),
        ("盗三车案件23起,同比下降62.9%", Verdict.CONSISTENT, "prior 62起"),
        # Wide ranges: the test cannot fail at this precision.
        ("涉及物业管理问题532起,同比下降45%", Verdict.UNVERIFIABLE, "prior 959–976起"),
        ("巡查主动上报21573件,同比增长3.7%", Verdict.UNVERIFIABLE, "prior 20794–20813件"),
        ("失业登记控制数432个,同比去年增长3%", Verdict.UNVERIFIABLE, "prior 418–421个"),
        # Changes with no absolute value: the smallest whole pair.
        ("辖区偷盗类“110”接报数同比下降50.9%", Verdict.UNVERIFIABLE, "smallest pair 53 → 26起"),
        ("其中入室盗窃案件同比下降72.7%", Verdict.UNVERIFIABLE, "smallest pair 11 → 3起"),
        # Shares.
        ("新发展“两新”党员48人,占街道发展总数76%", Verdict.CONSISTENT, "whole 63人"),
        ("提出问题198个,问题办结率100%", Verdict.UNVERIFIABLE, "part 198个"),
        ("走访居民23826户,走访率94%", Verdict.UNVERIFIABLE, "whole 25213–25482户"),
        ("诉求解决率92.13%", Verdict.UNVERIFIABLE, "base ≥ 89"),
        # Parts of a total.
        ("确诊病例4例,治愈4例", Verdict.CONSISTENT, "sum 4例"),
        (
            "2020年处置问题线索5件,来信来访自收5件、区委延伸巡察组交办4件",
            Verdict.AMBIGUOUS,
            "sum 9件",
        ),
        # Listed counts.
        (
            "以及图书馆、玻璃宫艺术书局、航华公园邻里中心、爱博二村邻里中心、爱博五村邻里中心等5家分站点",
            Verdict.CONSISTENT,
            "5 named",
        ),
        ("依托冠捷、三湘等5个楼宇工作站", Verdict.CONSISTENT, "2 named"),
        ("开发“社区治理通”“企业服务通”和“街面通”三大系统", Verdict.CONSISTENT, "3 named"),
    ],
)
def test_seed_verdict(
    findings: dict[str, Finding], quote: str, verdict: Verdict, recomputed: str
) -> None:
    """Each pinned sentence gets its verdict and recomputed figure."""
    finding = findings[quote]
    assert verdict is finding.verdict
    assert recomputed == finding.recomputed


def test_inconsistent_change_says_what_would_explain_it(findings: dict[str, Finding]) -> None:
    """32家 +6% names the nearby whole priors and the rounding model under which it holds."""
    message = findings["扶持创业组织32家,同比去年增长6%"].message
    assert "prior 30家 gives +6.67%" in message
    assert "prior 31家 gives +3.23%" in message
    assert "truncate" in message


def test_rate_change_in_percent_is_ambiguous(findings: dict[str, Finding]) -> None:
    """满意率87.5%, 同比提升9.87%: relative (prior ≈79.6%) or points (≈77.6%)."""
    finding = findings["群众满意率87.5%,同比提升9.87%"]
    assert Verdict.AMBIGUOUS is finding.verdict
    assert 2 == len(finding.readings)
    assert all(r.possible for r in finding.readings)


def test_change_after_two_figures_lists_each_reading(findings: dict[str, Finding]) -> None:
    """处置率99.68%, 同比提高288%: the points reading is impossible, two others remain."""
    finding = findings["物业直通车上报案件50858起,处置率99.68%,同比提高288%"]
    assert Verdict.AMBIGUOUS is finding.verdict
    possible = {r.label: r.possible for r in finding.readings}
    assert False is possible["as percentage points of 物业直通车案件处置率 (99.68%)"]
    assert True is possible["as the change of 物业直通车上报案件 (50858起)"]
    assert "outside 0–100%" in finding.message


def test_multi_year_baseline_is_noted(findings: dict[str, Finding]) -> None:
    """较2017—2018年创建前增长516%: the finding says the baseline spans two years."""
    quote = "2020年度公共收益划转至维修资金共计340.1万元,较2017—2018年创建前增长516%"
    finding = findings[quote]
    assert Verdict.UNVERIFIABLE is finding.verdict
    assert "total or their average" in finding.message
    assert (2020,) == finding.periods


def test_seed_totals(findings: dict[str, Finding]) -> None:
    """The seed's verdicts add up as reviewed: one error, three ambiguities."""
    counts = {v: sum(f.verdict is v for f in findings.values()) for v in Verdict}
    assert {
        Verdict.CONSISTENT: 17,
        Verdict.INCONSISTENT: 1,
        Verdict.AMBIGUOUS: 3,
        Verdict.UNVERIFIABLE: 18,
        Verdict.NOT_COMPARABLE: 0,
    } == counts
