"""The concept catalog: the longest name wins, scope words split concepts."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from xinhong_metrics import check
from xinhong_metrics.concepts import (
    catalog,
    catalog_json_schema,
    kin_below_national,
    load_catalog,
    name_key,
    reworded,
    using_catalog,
)
from xinhong_metrics.errors import ReportFileError
from xinhong_metrics.extract import draft_report

from .helpers import run_cli


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
        ("国内外游客", "tourist-arrivals"),  # 全年接待国内外游客6.82亿人次 (hunt 39)
        ("海内外游客", "tourist-arrivals"),
        ("国内游客", None),  # a part of them
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


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("审计项目", "审计（调查）项目"),  # an aside another year leaves out
        ("利润总额", "实现利润"),  # a year's profit, however written
        ("金融企业利润总额", "金融企业实现利润总额"),
        ("跨境电子商务交易额", "跨境电商交易额"),
        ("区属国有企业资产总额", "区属国企资产总额"),
        ("新登记市场主体", "新设经营主体"),  # the national renaming of 2023
        ("城乡居民基本医疗保险参保人数", "城乡居民医保参保人数"),
        ("规模以上工业总产值", "规上工业产值"),
        ("茶园面积", "茶园总面积"),
        ("村级集体经济总收入", "村集体经济总收入"),
        ("实物商品网上零售额", "实物商品网络零售额"),
        ("全社会用电量", "全社会用电总量"),
        ("服务贸易进出口额", "服务进出口额"),
        ("空气质量优良天数比率", "空气质量优良天数比例"),  # round 48
        ("规模以上工业产品销售率", "规上工业产销率"),  # round 49
    ],
)
def test_names_the_genre_writes_two_ways_have_one_key(first: str, second: str) -> None:
    """Abbreviations, renamings and asides of one measure: one drafted id in every year."""
    assert name_key(first) == name_key(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("利润总额", "净利润"),
        ("税收收入", "税收收入（不含土地出让收入）"),  # an aside that bounds the scope
        ("营业收入利润率", "营业收入利润总额率"),
    ],
)
def test_names_of_other_measures_keep_their_keys(first: str, second: str) -> None:
    """净利润 is no 利润总额, and a bracket saying what is left out changes the scope."""
    assert name_key(first) != name_key(second)


def test_a_statistical_releases_legal_units_above_scale_are_the_enterprises() -> None:
    """规模以上工业法人单位 in a communiqué is the count of 规上工业企业."""
    found = catalog().match("规模以上工业法人单位")
    assert found is not None
    assert found.id == "above-scale-industrial-enterprises"


@pytest.mark.parametrize(
    ("first", "second", "linked"),
    [
        ("智慧教室", "智慧课堂教室", True),
        ("重点人群签约服务覆盖率", "重点人群签约率", True),
        ("注册志愿者", "实名注册志愿者", True),
        ("学位", "新增学位", False),  # a flow of the stock
        ("旅游收入", "国内旅游收入", False),  # a part
        ("一般公共预算收入", "区级一般公共预算收入", False),  # a level
        ("诊疗人次", "总诊疗人次", False),
        ("中央财政支出", "中央财政此项支出", False),  # 此项 points back to another measure
        ("智慧教室", "智慧教室", False),  # the same name links by its id
        ("教室", "智慧教室", False),  # too short to say which measure
        ("重点人群签约率", "重点人群签约服务覆盖面", False),  # another head
    ],
)
def test_a_reworded_name_is_the_shorter_inside_the_longer_with_no_word_of_scope(
    first: str, second: str, linked: bool
) -> None:
    """Up to four characters added, in one or two places, none a word of scope or flow."""
    assert reworded(first, second) is linked
    assert reworded(second, first) is linked


# A street's building tax under two names in two years' reports, the second year's growth
# wrong (3.85 against 3.46亿元 is +11.3%, not 19.6%): only the project's catalog says that
# 商务楼宇税收 and 楼宇经济税收 are one indicator.
_STREET = {
    "street_2024.txt": "梅林街道2024年工作报告\n\n一、2024年工作回顾\n"
    "2024年，街道经济稳中有进。全年实现商务楼宇税收3.46亿元，同比增长4.2%。\n",
    "street_2025.txt": "梅林街道2025年工作报告\n\n一、2025年工作回顾\n"
    "2025年，街道经济稳中有进。全年实现楼宇经济税收3.85亿元，比上年增长19.6%。\n",
}
_PROJECT_CATALOG = (
    "concepts:\n  - id: building-tax\n    name: 楼宇税收\n"
    "    names: [商务楼宇税收, 楼宇经济税收]\n    dimension: currency\n    unit: 亿元\n"
)


def _street(tmp_path: Path) -> Path:
    texts = tmp_path / "texts"
    texts.mkdir()
    for name, text in _STREET.items():
        (texts / name).write_text(text, encoding="utf-8")
    (tmp_path / "concepts.yaml").write_text(_PROJECT_CATALOG, encoding="utf-8")
    return texts


def test_a_project_catalog_links_what_the_shipped_one_does_not(tmp_path: Path) -> None:
    """Inside using_catalog the drafts take the project's concept and link across years."""
    texts = _street(tmp_path)
    alone = check([texts])
    assert "cross-year-change" not in alone.get_column("check").to_list()
    with using_catalog(tmp_path / "concepts.yaml") as used:
        assert catalog() is used
        linked = check([texts])
    assert catalog() is not used  # the block's end restores the shipped catalog
    cross = linked.filter(linked.get_column("check") == "cross-year-change")
    assert cross.get_column("verdict").to_list() == ["inconsistent"]


def test_a_project_catalog_is_taken_from_the_option_or_pyproject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--concepts FILE, or concepts in [tool.xinhong-metrics], extends the catalog."""
    texts = _street(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli(["check", str(texts), "--format", "json"], capsys)
    assert code == 0
    assert "cross-year-change" not in out
    code, out, _ = run_cli(
        ["check", str(texts), "--format", "json", "--concepts", "concepts.yaml"], capsys
    )
    assert code == 1
    assert [f["verdict"] for f in json.loads(out) if f["check"] == "cross-year-change"] == [
        "inconsistent"
    ]
    (tmp_path / "pyproject.toml").write_text(
        '[tool.xinhong-metrics]\nconcepts = "concepts.yaml"\n', encoding="utf-8"
    )
    code, out, _ = run_cli(["links", str(texts), "--format", "json"], capsys)
    assert {row["linked_by"] for row in json.loads(out)} == {"concept building-tax"}


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ("concepts:\n  - id: a\n    name: b\n    nmaes: [c]\n", ":4: concepts[0].nmaes: unknown"),
        ("concepts:\n  - id: a\n    name: b\n    growth: real\n", ":4: concepts[0].growth: growth"),
        ("concepts:\n  - id: a\n    name: b\n    names: c\n", ":4: concepts[0].names: names must"),
        ("concepts:\n  - {id: a, name: b}\n  - {id: a, name: c}\n", ":3: concepts[1].id: the id"),
        ("concepts:\n  - name: b\n", ":2: concepts[0].id: a concept needs an id and a name"),
        ("concepts: [\n", ":2: malformed YAML"),
        ("- a\n", ":1: a concept catalog must be a YAML mapping"),
    ],
)
def test_a_bad_project_catalog_is_one_line_naming_file_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, where: str
) -> None:
    """A mistyped field is not passed over in silence: exit 2, one line, no traceback."""
    texts = _street(tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_text(body, encoding="utf-8")
    code, out, err = run_cli(["check", str(texts), "--concepts", str(bad)], capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert f"{bad}{where}" in err


def test_kin_below_national_is_catalog_data(tmp_path: Path) -> None:
    """Kin are declared by concepts, both ways, and a project's catalog may declare more."""
    assert catalog().kin_below_national("district-fiscal-revenue") == (
        "general-budget-revenue",
        "local-general-budget-revenue",
    )
    extra = tmp_path / "kin.yaml"
    extra.write_text(
        "concepts:\n  - id: street-revenue\n    name: 街道财力\n"
        "    kin_below_national: [district-fiscal-revenue]\n",
        encoding="utf-8",
    )
    with using_catalog(extra):
        assert "street-revenue" in kin_below_national("district-fiscal-revenue")
    assert "street-revenue" not in kin_below_national("district-fiscal-revenue")


def test_the_catalog_schema_file_matches_the_code_and_the_loader() -> None:
    """schemas/concepts.schema.json is generated; the shipped catalog follows it, and it
    refuses what the loader refuses (an unknown field, a growth not known)."""
    root = Path(__file__).parents[1]
    stored = (root / "schemas" / "concepts.schema.json").read_text(encoding="utf-8")
    assert catalog_json_schema() == stored
    schema = json.loads(stored)
    shipped = root / "src" / "xinhong_metrics" / "concepts.yaml"
    jsonschema.validate(yaml.safe_load(shipped.read_text(encoding="utf-8")), schema)
    for bad in ({"id": "a", "name": "b", "nmaes": []}, {"id": "a", "name": "b", "growth": "real"}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate({"concepts": [bad]}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"concept": []}, schema)


def test_a_catalog_with_an_unknown_top_level_field_is_refused(tmp_path: Path) -> None:
    """concept: (for concepts:) is named, not read as an empty catalog."""
    extra = tmp_path / "c.yaml"
    extra.write_text("version: 1\nconcept:\n  - {id: a, name: b}\n", encoding="utf-8")
    with pytest.raises(ReportFileError, match=r"c.yaml:2: concept: unknown field 'concept'"):
        load_catalog(extra)


@pytest.mark.parametrize(("name", "specific"), [("利润总额", True), ("利润", False)])
def test_a_two_character_name_stays_short_whatever_its_key(name: str, specific: bool) -> None:
    """利润 keys as 利润总额 (one measure), yet a misfit on two characters is for review."""
    from xinhong_metrics.concepts import specific_name

    assert name_key(name) == "利润总额"
    assert specific_name(name) is specific
