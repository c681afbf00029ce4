"""The concept catalog: the longest name wins, scope words split concepts."""

from __future__ import annotations

from pathlib import Path

import pytest

from xinhong_metrics.concepts import catalog
from xinhong_metrics.errors import ReportFileError
from xinhong_metrics.extract import draft_report


@pytest.mark.parametrize(
    ("name", "concept"),
    [
        ("全省地区生产总值", "gdp"),
        ("国内生产总值", "gdp"),
        ("人均地区生产总值", "gdp-per-capita"),
        ("地方一般公共预算收入", "local-general-budget-revenue"),
        ("城镇居民人均可支配收入", "urban-per-capita-disposable-income"),
        ("农民人均纯收入", "rural-per-capita-net-income"),
        ("社会消费品零售总额", "retail-sales"),
        ("群租发生数", None),
    ],
)
def test_a_name_matches_its_concept(name: str, concept: str | None) -> None:
    """Names across years and levels meet in one concept; unknown names in none."""
    found = catalog().match(name)
    assert concept == (None if found is None else found.id)


def test_the_catalog_is_consistent() -> None:
    """Ids are unique, no name is listed under two concepts, re-definitions point inside."""
    concepts = catalog().concepts
    assert len(concepts) >= 100
    owners: dict[str, str] = {}
    for concept in concepts.values():
        for name in concept.names:
            assert owners.setdefault(name, concept.id) == concept.id, name
        assert concept.redefines is None or concept.redefines in concepts


def test_a_user_catalog_extends_the_shipped_one(tmp_path: Path) -> None:
    """A project's catalog file adds concepts; a malformed one is one error."""
    extra = tmp_path / "catalog.yaml"
    extra.write_text(
        "concepts:\n  - {id: group-rentals, name: 群租发生数, names: [群租发生数], unit: 起}\n",
        encoding="utf-8",
    )
    extended = catalog().extended(extra)
    found = extended.match("群租发生数")
    assert found is not None
    assert "group-rentals" == found.id
    assert len(extended) == len(catalog()) + 1
    extra.write_text("concepts: {a: b}\n", encoding="utf-8")
    with pytest.raises(ReportFileError, match="catalog"):
        catalog().extended(extra)


@pytest.mark.parametrize(
    ("name", "concept"),
    [
        ("中央财政用于“三农”支出", "central-agriculture-spending"),  # quotes, no 的
        ("中央财政用于三农的支出", "central-agriculture-spending"),
        ("全年中央财政用于“三农”的支出", "central-agriculture-spending"),
        ("支持社会事业发展的国债投资", None),  # one use of 国债投资, not the total
        ("长期建设国债", "long-term-construction-bonds"),
    ],
)
def test_names_match_whatever_their_quotes_and_not_when_they_say_much_more(
    name: str, concept: str | None
) -> None:
    found = catalog().match(name)
    assert (found.id if found else None) == concept


def test_a_plan_verb_before_the_figure_leaves_the_name_to_the_noun_after() -> None:
    """今年拟发行1400亿元长期建设国债: 拟发行 is no name; 长期建设国债 is."""
    doc = draft_report("今年拟发行1400亿元长期建设国债。", period=2003).document
    assert [i.get("concept") for i in doc["indicators"]] == ["long-term-construction-bonds"]


def test_a_loose_name_is_named_only_between_two_names() -> None:
    """财政收入 against 一般公共预算收入 is loose; the same name twice, or two exact names, not."""
    names = catalog()
    assert names.loose_name("完成财政收入", "一般公共预算收入") == "财政收入"
    assert names.loose_name("全区一般公共预算收入", "财政收入") == "财政收入"
    assert names.loose_name("财政收入", "全镇财政收入") is None
    assert names.loose_name("公共财政收入", "一般公共预算收入") is None
    assert names.loose_name("财政收入", "地区生产总值") is None


@pytest.mark.parametrize(
    ("name", "concept"),
    [
        ("年末全市金融机构本外币贷款余额", "loans"),
        ("贷款余额", "loans"),
        ("金融机构人民币贷款余额", "rmb-loans"),
        ("年末金融机构本外币存款余额", "deposits"),
        ("年末金融机构本外币各项存款余额", "deposits"),
        ("本外币各项贷款余额", "loans"),
        ("金融机构人民币各项存款余额", "rmb-deposits"),
        ("普惠小微贷款余额", None),
        ("城乡居民人民币储蓄存款余额", None),
    ],
)
def test_deposits_and_loans_are_kept_by_currency_and_kind(name: str, concept: str | None) -> None:
    """本外币 totals, 人民币 totals and a kind of loan (普惠小微) are three things."""
    found = catalog().match(name)
    assert (found.id if found else None) == concept


def test_a_bare_loan_balance_is_loose() -> None:
    """贷款余额 may be the 人民币 figure: against the 本外币 name it is loose."""
    assert catalog().loose_name("贷款余额", "金融机构本外币贷款余额") == "贷款余额"


def test_a_stocks_year_end_and_jurisdiction_do_not_change_its_name_key() -> None:
    """年末全市金融机构外汇存款余额 one year, 全市金融机构外汇存款余额 the next: one key."""
    from xinhong_metrics.concepts import name_key

    assert name_key("年末全市金融机构外汇存款余额") == name_key("金融机构外汇存款余额")
