"""Draft a report file from raw text: every number a value, a claim, or set aside with a reason.

The draft is for a person to review: indicator ids are numbered, names are the words
before each figure, and where a change could refer to more than one figure the draft
says so (``also_refers_to``). It follows the report-file format exactly, so
``xinhong-metrics check DRAFT.yaml`` runs on it at once.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xinhong_metrics.concepts import catalog
from xinhong_metrics.errors import FigureError, UnitError, UsageError
from xinhong_metrics.extract.metadata import read_metadata
from xinhong_metrics.lexicon import (
    CHANGE_CONTEXT,
    DECREASE,
    HALF_WIDTH,
    HOTLINES,
    INCREASE,
    LEADING_VERBS,
    LINKING_WORDS,
    NAMES,
)
from xinhong_metrics.numbers import Qualifier, parse_figure
from xinhong_metrics.scan import NumberSpan, scan_numbers
from xinhong_metrics.units import (
    COUNT_UNITS,
    MEASURE_UNITS,
    PERSON_ALIASES,
    require_same_dimension,
)

__all__ = ["Coverage", "Draft", "draft_file", "draft_report", "iter_text_files"]

_SENTENCE_END = "。；;！？!?\n"
# Words that say how a change is measured, not what changed.
_BASIS_WORDS = re.compile(
    r"按可比价格?计算|按可比口径计算|扣除价格因素|按同口径计算|按现价计算|剔除[^，,。；;]{1,12}?因素后?|同口径|[,，]"
)
_CLAUSE_HEAD = re.compile(r"([^\d“（(]{2,}?)(?:从|自|由|\d)")
_RESPECTIVE_HEAD = re.compile(r"(.+?)分别(?:完成|实现|为|达到|达)?")
_DIGIT = re.compile(r"\d")
_COMPLETION_BEFORE = re.compile(r"(?:为|完成|达到)(?:调整|年初)?(?:预算|计划|目标)(?:数)?的$")
_CHANGE_SCOPE = re.compile(r"同口径|剔除[^，,。；;]{1,12}?因素")
# A measure's name right before its change: ends in a noun-like word the genre uses.
_SUBJECT_BEFORE = re.compile(
    r"(?:总值|收入|支出|产值|增加值|投资|总额|总量|人数|数量|规模|指数|消费|额|量|率)$"
)
_TARGET_WORDS = re.compile(r"预期目标|主要目标|目标是|年初确定|力争|争取|计划(?:增长|实现)|确保")
# Words that make a level in the review a target all the same (年初确定的…左右).
_TARGET_LEVEL = re.compile(r"预期目标|主要目标|目标是|年初确定|力争|计划(?:增长|实现)")
# Verbs that make the figure after them an amount of change, not a level.
_AMOUNT_VERB = re.compile(r"(?:压降|压减|减少|下降|降低|削减|化解|新增|增加|净增|累计|共)$")
# Words that make a change one over several years: 五年, 十四五时期, 以来, 累计.
_SEVERAL_YEARS = re.compile(
    r"[两三四五六七八九十]年(?:来|间|中|累计)?|十[一二三四五]五(?:时期|期间|以来)?|以来|累计|期间"
)
# Rates that may pass 100%: completion, growth, contribution.
_UNBOUNDED_RATE = re.compile(r"完成|增速|增长率|超额|达成率|贡献率")
_TOTAL = re.compile(r"(?:总计|合计)")
_PARENTHESES = re.compile(r"[（(][^）)]*[）)]")
_DECIMAL = re.compile(r"\d+(?:,\d{3})*\.\d+")
_SENTENCE_RE = re.compile(f"[{re.escape(_SENTENCE_END)}]")
_NAMES = re.compile("|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True)))
_VERBS = "|".join(re.escape(v) for v in sorted(LEADING_VERBS, key=len, reverse=True))
_LINKS = "|".join(re.escape(w) for w in sorted(LINKING_WORDS, key=len, reverse=True))
# A name without the verbs before it and the linking words after it.
_NAME_CORE = re.compile(f"(?:{_VERBS})*(.*?)(?:{_LINKS})*$", re.S)
_LEADING = re.compile(f"^(?:{_VERBS})+")
# Classifiers that count kinds of things a list can name (not events or people).
_KIND_UNITS = frozenset("个家项条支类级网处所座种批期部台栋幢套间块站点组队")
_CLAUSE_END = _SENTENCE_END + "，,：:"
# A comma between digits that groups thousands (1,200) ends no clause.
_CLAUSE_RE = re.compile(r"[。；;！？!?\n，：:]|,(?:(?<!\d,)|(?!\d{3}(?!\d)))")
_UNITS = sorted(
    {*COUNT_UNITS, *PERSON_ALIASES, *MEASURE_UNITS, "万元", "亿元", "元", "美元", "%", "％"}
    - {"大", "类"},
    key=len,
    reverse=True,
)
_UNIT_RE = "|".join(re.escape(u) for u in _UNITS)
_AFTER_FIGURE = re.compile(rf"^[^\u4e00-\u9fff]*(?:{_UNIT_RE}|年度|年|月|日)?[^\u4e00-\u9fff“]*")
_CN = "零〇一二两三四五六七八九十百千"
_NUM = rf"\d+(?:,\d{{3}})*(?:\.\d+)?|[{_CN}]+(?:点[{_CN}]+)?"

# A stated quantity: qualifier, number, scale word, 余/多, unit, 以上/左右.
_QUANTITY = re.compile(
    # Never inside a run of digits: each number is tried once from its first digit, so a
    # long run costs one pass, not one pass per digit.
    rf"(?<![\d.,{_CN}])(?=[\d{_CN}首超突逾近约不])(?P<pre>首次超过|首次突破|超过|突破|超|逾|近|约|不足|不到)?"
    rf"(?P<num>百分之[{_CN}]+(?:点[{_CN}]+)?|{_NUM})"
    rf"(?P<scale>万亿|亿|万|千)?(?P<mid>余|多)?"
    rf"(?P<unit>{_UNIT_RE}|大|类|成|(?<=百分之[{_CN}])|(?<=百分之[{_CN}]{{2}})|(?<=点[{_CN}]))"
    rf"(?P<post>以上|以下|以内|左右)?"
)
_DIRECTION = "|".join((*INCREASE, *DECREASE))
_CONTEXT = "|".join(CHANGE_CONTEXT)
_AMOUNT_BEFORE = re.compile(rf"(?:{_CONTEXT}|较|比)(?:{_DIRECTION}|多|少)$")
# A stated change: 同比下降45%, 比上年提高2.3个百分点, 较2017—2018年创建前增长516%, 增长1.2倍.
_CHANGE = re.compile(
    rf"(?P<dir>{_DIRECTION})(?P<num>\d+(?:\.\d+)?(?=%|％|个百分点|倍)|[一二两三四五六七八九](?=成))"
    rf"(?P<unit>%|％|个百分点|倍|成)"
)
# What may stand right before the direction word: 年均, 同比, 比上年, 较2017—2018年创建前,
# 比2023年, 分别; read backwards from the direction word within its clause.
_CHANGE_CONTEXT = re.compile(
    rf"(?P<avg>年均)?(?:(?P<ctx>{_CONTEXT})|较(?P<base>\d{{4}}\s*[—–-]\s*\d{{4}}年[^，,。；;\d]{{0,8}}?)"
    rf"|比(?P<year>\d{{4}})年|较(?P<year2>\d{{4}})年)?(?P<resp>分别)?(?P<ctx2>同比)?$"
)
_RESPECTIVELY = re.compile(
    rf"分别(?:{_CONTEXT})?(?P<dir>{_DIRECTION})?(?P<list>[-−]?\d+(?:\.\d+)?%(?:[、和及与,][-−]?\d+(?:\.\d+)?%)+)"
    rf"|(?:{_CONTEXT})分别(?P<dir2>{_DIRECTION})?(?P<list2>[-−]?\d+(?:\.\d+)?%(?:[、和及与,][-−]?\d+(?:\.\d+)?%)+)"
)
_SHI_BEI = re.compile(r"是(?P<year>\d{4})年的(?P<num>\d+(?:\.\d+)?)倍")
_SHARE_OF = re.compile(
    r"占(?P<whole>[^，,。；;\d%]{1,14}?)(?:的)?(?:比重|比例)?(?:为|达)?(?P<num>\d+(?:\.\d+)?)%"
)
_TARGET = re.compile(
    r"完成(?P<name>[^，,。；;\d]{0,10}?)(?P<target>\d+(?:\.\d+)?)(?P<unit>万元|亿元|元)的(?P<num>\d+(?:\.\d+)?)%"
)
_THRESHOLD = re.compile(
    r"(?P<word>首次超过|首次突破|突破|超过)(?P<num>\d+(?:\.\d+)?)(?P<unit>万元|亿元|元|万|亿)"
)
_YEARLY = re.compile(r"年均(?P<dir>增长|下降)(?P<num>\d+(?:\.\d+)?)%")
_PLAN_YEARS = {"十一五": 2005, "十二五": 2010, "十三五": 2015, "十四五": 2020, "十五五": 2025}
_SPAN = re.compile(
    r"(?P<span>1\s*[-—–~至]\s*\d{1,2}月|上半年|下半年|前三季度|一季度|第[一二三四]季度)"
)
_SCOPE = re.compile(
    r"[（(](?P<scope>不含[^）)]{1,10}|含[^）)]{1,10}|剔除[^）)]{1,10}|同口径)[)）]|(?P<scope2>同口径|非房产)"
)

# Numbers that are not quantities, by their surroundings.
# Numbers that are not quantities, by their surroundings: one pass, the first
# alternative that matches at a place wins, so a date is a date before its year is.
_HOTLINE_WORDS = "投诉|热线|接报|报警|平台|服务"
_SET_ASIDE = re.compile(
    # Tried only where a run of digits or numerals starts (see _QUANTITY).
    rf"(?<![\d{_CN}])(?=[\d{_CN}A-Z第新为])(?:"
    r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|\d{1,2}\s*[-—–~至]\s*\d{1,2}月(?:份)?|(?<![\d个])\d{1,2}月(?:份|底|末|起)?(?!\d))"
    r"|(?P<year>\d{4}\s*[—–-]\s*\d{4}|(?<!\d)(?:19|20)\d{2}(?=年|年度|》|”))"
    rf"|(?P<plan>十[一二三四五六七八九]五|(?<=[“\"])[{_CN}]五(?=[”\"]))"
    r"|(?P<id>[A-Z]{1,2}-?\d+(?:[、,]\d{2,})*|\d+-\d+(?=[^\d%。；]{0,12}地块)|(?<=[、,])0\d+)"
    r"|(?P<version>(?<=[\u4e00-\u9fffA-Za-z])\d+\.\d+(?=[”\"]))"
    r"|(?P<definition>\d+周?岁(?:以下|以上)?)"
    r"|(?P<duration>\d+小时|为期\d+个?月|\d+个?工作日)"
    # Time phrases: 一年来, 过去五年, 近三年, 关键一年, 新一轮 count no quantity.
    rf"|(?P<time>[{_CN}]+年(?:来|以来|多来|间)|(?<=过去)[{_CN}]+年|(?<=近)[{_CN}]+年"
    rf"|(?<=关键)一年|(?<=这)一年|新一轮|(?<=每)一年)"
    r"|(?P<name>\d+\+\d+(?:\+[A-Z\d]+)*|\d+米)"
    rf"|(?P<hotline>(?<!\d)(?:{'|'.join(HOTLINES)})(?!\d)(?={_HOTLINE_WORDS}))"
    # Spans of years and streaks (连续15年, 三年行动, 提前一年, 近6年) measure time, not
    # the report's indicators; 一批 (打造一批…) and levels of a hierarchy (县乡村三级,
    # 一级指标) count nothing.
    rf"|(?P<span>(?<!第)[\d{_CN}]+个?(?:年|个月)(?![度底末初\d]))"
    rf"|(?P<batch>一批(?!次))"
    rf"|(?P<ordinal>第[\d{_CN}]+[届次轮个卷期批条项]?|[{_CN}\d]+届|新一届|[{_CN}]+期"
    rf"|[\d{_CN}]+级(?![^，。；]{{0,3}}(?:企业|单位|项目|基地))"
    rf"|[{_CN}]{{2,}}大(?=和|、|精神|以来|报告)|(?<=十九届)[{_CN}]中)"
    ")"
)
# Groups of _SET_ASIDE named apart from the category they report.
_CATEGORY = {"span": "duration", "batch": "name"}
_QUOTED = re.compile(rf"[“\"《](?=[^”\"》]{{0,15}}[\d{_CN}])([^”\"》]{{1,16}})[”\"》]")


@dataclass(slots=True)
class _Value:
    start: int  # of the figure
    end: int  # past the unit
    figure: str
    unit: str
    name: str
    quote_start: int
    span: str | None = None
    scope: str | None = None
    ident: str = ""
    exact_count: bool = False
    estimate: bool = False
    period: int | None = None  # when not the report's own year (从2015年的…)
    merge_into: str | None = None  # the indicator this earlier level belongs to
    amount: bool = False  # 比上年减少0.09亿元: a change, not a level
    completion: bool = False  # 为调整预算的100.2%: a completion rate
    target: bool = False  # in the plan part: a target, never an actual
    consumed: bool = False  # drafted as a claim's stated amount, not as a value


@dataclass
class Coverage:
    """What happened to every number found in the text.

    Attributes:
        found: numbers the scan found.
        values: numbers that became indicator values.
        claims: numbers that became stated figures of claims (changes, shares …).
        set_aside: numbers recognised as not metrics, by category.
        unexplained: the numbers left over, with their offsets.
    """

    found: int = 0
    values: int = 0
    claims: int = 0
    set_aside: Counter[str] = field(default_factory=Counter)
    unexplained: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One line for the end of a run."""
        aside = ", ".join(f"{n} {c}" for c, n in sorted(self.set_aside.items()))
        notes = "".join(f"; {note}" for note in self.notes)
        return (
            f"{self.found} numbers found: {self.values} values, {self.claims} in claims, "
            f"{sum(self.set_aside.values())} set aside ({aside or 'none'}), "
            f"{len(self.unexplained)} unexplained{notes}"
        )


@dataclass
class Draft:
    """A drafted report file and its coverage.

    Attributes:
        document: the report file as plain data, ready to write as YAML.
        coverage: what became of every number in the text.
    """

    document: dict[str, Any]
    coverage: Coverage


def draft_report(
    text: str,
    *,
    report_id: str = "draft",
    source_text: str | None = None,
    source_sha256: str | None = None,
    period: int | None = None,
    entity: str | None = None,
    kind: str | None = None,
) -> Draft:
    """Draft a report file from a report's text.

    Args:
        text: the report's full text.
        report_id: the id of the drafted report.
        source_text: the text file's path as the report file will name it.
        source_sha256: the text file's sha256, to be recorded.
        period: the year the report's actuals belong to; read from the text when absent
            (a work report delivered in 2025 reviews 2024).
        entity: the jurisdiction; read from the text when absent.
        kind: the report-file kind; read from the text when absent.

    Returns:
        The draft (a document in the report-file format) and its coverage.

    Raises:
        UsageError: when the text is not a string.
    """
    if not isinstance(text, str):
        raise UsageError(f"extract takes text, got {type(text).__name__}")
    meta = read_metadata(text)
    year, basis = period, "given"
    if year is None:
        year, basis = meta.period, meta.period_basis
    if year is None:
        year, basis = _guess_period(text), "guessed from the most frequent year (review it)"
    # Full-width digits, points and percent signs (７．４万亿元, ２００９年, ５％) are read
    # as their ASCII forms; the translation keeps every offset, and quotes are cut
    # from the text as published (see _as_published).
    extractor = _Extractor(text.translate(HALF_WIDTH), year, meta.plan_start)
    # Targets in the plan part of a report that reviews the year before are for the
    # year of delivery; otherwise for the report's own year.
    extractor.target_period = year + 1 if "reviews the year before" in basis else year
    extractor.run()
    indicators = extractor.indicators()
    claims = _with_meaningful_ids(indicators, extractor.claims, extractor.text)
    _mark_for_review(extractor.text, indicators, claims)
    _as_published(text, indicators, claims, extractor.not_metrics)
    extractor.coverage.notes.append(f"period {year}: {basis}")
    if entity is None and meta.entity is None:
        extractor.coverage.notes.append("entity unknown: the text does not name it")
    published: object = meta.delivered if meta.delivered is not None else year + 1
    document: dict[str, Any] = {
        "report": {
            "id": _safe_id(report_id),
            "entity": entity or meta.entity or "未知",
            "title": meta.title,
            "kind": kind or meta.kind,
            "period": year,
            "published": published,
            "source": {
                k: v for k, v in (("text", source_text), ("sha256", source_sha256)) if v is not None
            },
            "drafted": True,
        },
        "indicators": indicators,
        "claims": claims,
        "not_metrics": extractor.not_metrics,
    }
    return Draft(document, extractor.coverage)


# The words of a stated amount that parse_figure reads: 增加2787, 减少300.
_AMOUNT_WORDS = ("增加", "减少", "增长", "下降", "提高", "降低")


def _shared_tail(names: list[str]) -> list[str]:
    """Give the short items of a list the tail of the last: 城镇、农村居民人均可支配收入.

    Parallel items are written with prefixes of one length (城镇/农村, 城镇居民/农村居民),
    and only the last carries the noun they share.
    """
    last = names[-1]
    out = []
    for name in names[:-1]:
        tail = last[len(name) :]
        shared = len(name) < len(last) and not any(w in name for w in ("收入", "总额", "产值"))
        out.append(name + tail if shared else name)
    return [*out, last]


def _same_dimension(a: str, b: str) -> bool:
    try:
        require_same_dimension(a, b)
    except UnitError:
        return False
    return True


def _as_published(
    text: str,
    indicators: list[dict[str, Any]],
    claims: list[dict[str, Any]],
    not_metrics: list[dict[str, Any]],
) -> None:
    """Cut every quote from the text as published, at the same offsets.

    Figures and stated changes stay in ASCII (``7.4万亿``), which a quote of
    ``７．４万亿元`` holds once widths are folded (see ``files.figure_in_quote``).
    """
    values = [v for indicator in indicators for v in indicator["values"]]
    for item in (*values, *claims):
        start = item["offset"]
        item["quote"] = text[start : start + len(item["quote"])]
    for item in not_metrics:
        start = item["offset"]
        item["text"] = text[start : start + len(item["text"])]


# Before a figure, words that make it a total over several years (五年中央财政用于科技的投
# 入达到3406亿元, 十一五期间累计) or the start of a span (财政收入从3.16万亿元增加到…):
# not the level of the report's year, so it takes no concept and links nothing.
_NOT_A_YEARS_LEVEL = re.compile(
    r"累计|[两三四五六七八九十]年(?:来|中|间|内|共|累计)?|\d+年来|期间|时期|以来|合计|总计|共计|从$"
)
# Between a level and its change, only the words that tie them: 、增长5%, ，比上年增长5%.
_TIE = re.compile(r"^[^\d%，。；;、分]{0,2}[，,、]?(?:比上年|同比|较上年|比去年)?(?:实际)?$")


def _mark_for_review(
    text: str, indicators: list[dict[str, Any]], claims: list[dict[str, Any]]
) -> None:
    """Mark every drafted claim for review unless its link is plain in the text.

    Plain: a change stated right after the level it changes (地区生产总值60199.45亿元、
    增长5%). Anything else (a respectively-list, a share, a part, a list) may have
    been linked to the wrong figure, and a check that fails on it is a question for
    the reviewer, not an error (see ``Claim.review``).
    """
    values = {
        (indicator["id"], value["period"]): value
        for indicator in indicators
        for value in indicator["values"]
    }
    for claim in claims:
        plain = False
        if claim["kind"] in ("relative_change", "point_change"):
            value = values.get((claim["indicator"], claim["period"]))
            if value is not None:
                end = value["offset"] + len(value["quote"])
                stop = claim["offset"] + len(claim["quote"])
                at = text.find(claim["stated"], end, stop)
                plain = at >= 0 and _TIE.match(text[end:at]) is not None
        if not plain:
            claim["review"] = True


def _with_meaningful_ids(
    indicators: list[dict[str, Any]], claims: list[dict[str, Any]], text: str
) -> list[dict[str, Any]]:
    """Give each drafted indicator its concept's id, or an id made from its name.

    The first actual that matches a catalog concept takes the concept's id and links
    across reports; every other indicator takes ``n-`` and a hash of its normalised
    name (the same in every year's draft), which links nothing while the draft is
    unreviewed. Claims are rewritten to the new ids.
    """
    taken: set[str] = set()
    seen: Counter[str] = Counter()
    renamed: dict[str, str] = {}
    # Actuals first, so that the headline figure, not its target, takes the concept.
    order = sorted(indicators, key=lambda i: any(v.get("target") for v in i["values"]))
    known: dict[tuple[str, str], tuple[str | None, str]] = {}  # (name, unit) → concept, hash
    for indicator in order:
        name_unit = (indicator["name"], indicator["unit"])
        if name_unit not in known:
            normal = _normal_name(indicator["name"])
            digest = hashlib.sha1(normal.encode("utf-8"), usedforsecurity=False).hexdigest()
            # An indicator drafted without a value has no known unit: its name decides.
            unit = indicator["unit"] if indicator["values"] else ""
            known[name_unit] = (_concept_of(normal, unit), "n-" + digest[:8])
        concept, base = known[name_unit]
        if concept is not None and any(_spans_years(text, v) for v in indicator["values"]):
            concept = None
        if concept is not None and concept not in taken:
            new = concept
            indicator["concept"] = concept
        else:
            seen[base] += 1
            new = base if seen[base] == 1 else f"{base}-{seen[base]}"
        taken.add(new)
        renamed[indicator["id"]] = new
        indicator["id"] = new
    out = []
    for original in claims:
        claim = dict(original)
        for key in ("indicator", "rate", "part", "whole"):
            if key in claim:
                claim[key] = renamed.get(claim[key], claim[key])
        for key in ("parts", "also_refers_to"):
            if key in claim:
                claim[key] = [renamed.get(i, i) for i in claim[key]]
        out.append(claim)
    return out


def _spans_years(text: str, value: dict[str, Any]) -> bool:
    """Whether the words before a value make it a multi-year total or a span's start."""
    start = value["offset"]
    quote = text[start : start + len(value["quote"])]
    figure_at = quote.find(value["figure"][:3]) if value["figure"] else -1
    before = quote if figure_at < 0 else quote[:figure_at]
    return _NOT_A_YEARS_LEVEL.search(before) is not None


def _normal_name(name: str) -> str:
    return re.sub(r"[\s“”\"（）()、，,。：:]", "", name)


def _concept_of(name: str, unit: str) -> str | None:
    concept = catalog().match(name)
    if concept is None or concept.unit in ("", unit) or not unit:
        return None if concept is None else concept.id
    try:
        require_same_dimension(concept.unit, unit)
    except UnitError:
        return None  # 地区生产总值 in 个 is a misread name, not GDP
    return concept.id


def draft_file(
    text_path: Path,
    yaml_path: Path,
    *,
    entity: str | None = None,
    period: int | None = None,
    kind: str | None = None,
) -> Draft:
    """Draft a report file for a text file that will lie at ``yaml_path``'s side.

    ``entity``, ``period`` and ``kind``, when given, override what the text says.

    Raises:
        UsageError: when the text cannot be read as UTF-8.
    """
    try:
        raw = text_path.read_bytes()
        text = raw.decode("utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read ({exc.strerror})", file=str(text_path)) from None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise UsageError("not UTF-8 text", file=str(text_path), line=line) from None
    try:
        relative = text_path.resolve().relative_to(yaml_path.resolve().parent)
    except ValueError:
        relative = Path(text_path.resolve())
    return draft_report(
        text,
        report_id=text_path.stem,
        source_text=relative.as_posix(),
        source_sha256=hashlib.sha256(raw).hexdigest(),
        period=period,
        entity=entity,
        kind=kind,
    )


def _safe_id(raw: str) -> str:
    cleaned = re.sub(r"[^a-z0-9._-]+", "-", raw.lower()).strip("-._")
    return cleaned or "draft"


def _guess_period(text: str) -> int:
    head = text[:200]
    found = re.search(r"((?:19|20)\d{2})年(?:度)?(?:[^\d]{0,12})(?:工作|报告|总结|决算|预算)", head)
    if found:
        return int(found.group(1))
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})年", text[:2000])]
    return Counter(years).most_common(1)[0][0] if years else 2000


class _Extractor:
    def __init__(self, text: str, period: int, plan_start: int | None = None) -> None:
        self.text = text
        self.period = period
        self.plan_start = len(text) if plan_start is None else plan_start
        self.target_period = period
        self.values: list[_Value] = []
        self.claims: list[dict[str, Any]] = []
        self.not_metrics: list[dict[str, Any]] = []
        # How each character was used: 0 free, else an index into self._uses.
        self._mask = bytearray(len(text))
        self._uses: list[str] = [""]
        self._codes: dict[str, bytes] = {}
        self.coverage = Coverage()
        self._valueless: dict[str, str] = {}  # name → indicator id of a change without value
        # Offsets just past each sentence and clause end, for bisection.
        self._sentences = _bounded([m.end() for m in _SENTENCE_RE.finditer(text)], len(text))
        self._clauses = _bounded([m.end() for m in _CLAUSE_RE.finditer(text)], len(text))
        self._starts: list[int] = []  # value starts, in order, filled by _quantities
        self._respectively_lists = _respectively_lists(text)
        self._goal_words = [(m.start(), m.group()) for m in _TARGET_LEVEL.finditer(text)]
        self._plan_words = [(m.start(), m.group()) for m in _TARGET_WORDS.finditer(text)]
        self._span_words = [(m.start(), m.group()) for m in _SEVERAL_YEARS.finditer(text)]
        self._spans = [(m.start(), m.end(), m.group("span")) for m in _SPAN.finditer(text)]
        has_scope = any(word in text for word in ("口径", "含", "剔除", "非房产"))
        self._scopes = [
            (m.start(), m.end(), m.group("scope") or m.group("scope2"))
            for m in (_SCOPE.finditer(text) if has_scope else ())
        ]

    # -- the passes ----------------------------------------------------------------------

    def run(self) -> None:
        numbers = scan_numbers(self.text)
        self.coverage.found = len(numbers)
        self._set_aside()
        self._quantities()
        self._respective_names()
        self._changes()
        self._respectively()
        self._shares()
        self._listed_counts()
        self._parts()
        self._thresholds()
        self._average_growth()
        self._amounts()
        self._plans()
        self._account(numbers)

    def _code(self, how: str) -> bytes:
        code = self._codes.get(how)
        if code is None:
            self._uses.append(how)
            code = self._codes[how] = bytes([len(self._uses) - 1])
        return code

    def _mark(self, start: int, end: int, how: str) -> None:
        code = self._code(how)[0]
        for i in range(start, end):
            if not self._mask[i]:
                self._mask[i] = code

    def _free(self, start: int, end: int) -> bool:
        return not any(self._mask[start:end])

    def _use(self, offset: int) -> str | None:
        code = self._mask[offset] if 0 <= offset < len(self._mask) else 0
        return self._uses[code] if code else None

    def _set_aside(self) -> None:
        text = self.text
        for m in _SET_ASIDE.finditer(text):
            category = _CATEGORY.get(m.lastgroup or "name", m.lastgroup or "name")
            if self._free(m.start(), m.end()) and _has_number(m.group()):
                self._aside(m.start(), m.group(), category)
        for m in _NAMES.finditer(text):
            if self._free(m.start(), m.end()):
                self._aside(m.start(), m.group(), "name")
        for m in _QUOTED.finditer(text):
            inner, start = m.group(1), m.start(1)
            if inner in HOTLINES:
                self._aside(m.start(), m.group(), "hotline")
            elif _has_number(inner) and self._free(start, start + len(inner)):
                self._aside(start, inner, "name")

    def _aside(self, offset: int, span: str, category: str) -> None:
        self.not_metrics.append({"text": span, "offset": offset, "category": category})
        self._mark(offset, offset + len(span), f"aside:{category}")

    def _quantities(self) -> None:
        mask, value_code = self._mask, self._code("value")
        listed = [m.span() for m in self._respectively_lists]
        piece, in_piece = -1, 0
        for m in _QUANTITY.finditer(self.text):
            start, num_end = m.span("num")
            if any(mask[start:num_end]) or self._is_change_number(m.start()):
                continue
            piece, in_piece = self._count_in_piece(start, piece, in_piece)
            # Past MAX_DENSITY, or one of 分别增长7.5%和3.1% (a change, read by _respectively).
            if in_piece > MAX_DENSITY or (listed and _first_span_over(listed, start)):
                continue
            pre, num, scale, mid, unit, post = m.group("pre", "num", "scale", "mid", "unit", "post")
            if unit == "成" or (not unit and not num.startswith("百分之")):
                continue
            if unit in ("%", "％") or num.startswith("百分之"):
                figure_text, unit = (pre or "") + num, "%"
            elif (scale in ("万", "亿") and unit == "元") or (
                scale == "万" and unit in ("平方米", "吨")
            ):
                figure_text = (pre or "") + num + (mid or "") + (post or "")
                unit = scale + unit
            else:
                figure_text = (pre or "") + num + (scale or "") + (mid or "") + (post or "")
                if unit in ("大", "类"):
                    unit = "个" if unit == "大" else "类"
            if figure_text.isascii() and figure_text.isdigit():
                exact = True  # digits alone: a whole count as written, nothing to parse
            elif _DECIMAL.fullmatch(figure_text):
                exact = False  # a decimal: valid as matched, and not a whole count
            else:
                try:
                    number = parse_figure(figure_text)
                except FigureError:
                    continue
                exact = number.is_whole and number.qualifier is Qualifier.EXACT
            end = m.end()
            fig_start = m.start("pre") if pre else start
            quote_start = self._clause_start(fig_start)
            value = _Value(
                fig_start,
                end,
                figure_text,
                unit,
                self._name(quote_start, fig_start, end),
                quote_start,
            )
            value.exact_count = exact
            value.span, value.scope = self._qualifiers(quote_start, end)
            value.estimate = "预计" in self.text[quote_start:fig_start]
            last = self.text[fig_start - 1] if fig_start > quote_start else ""
            if last and last in "长加高升涨降少落滑多":
                before = self.text[max(quote_start, fig_start - 8) : fig_start]
                value.amount = _AMOUNT_BEFORE.search(before) is not None
            elif last == "的" and unit == "%":
                before = self.text[max(quote_start, fig_start - 8) : fig_start]
                value.completion = _COMPLETION_BEFORE.search(before) is not None
            value.ident = f"v{len(self.values) + 1:03d}"
            value.target = self._is_target(fig_start)
            self.values.append(value)
            self._starts.append(fig_start)
            mask[start:num_end] = value_code * (num_end - start)

    def _is_target(self, offset: int) -> bool:
        """In the plan part, or in a sentence that says it is a goal (年初确定的…)."""
        if offset >= self.plan_start:
            return True
        return self._first_in_sentence(self._goal_words, offset) is not None

    def _first_in_sentence(self, found: list[tuple[int, str]], offset: int) -> str | None:
        """The first of ``found`` (words at offsets, sorted) between sentence start and offset.

        The words are found once over the whole text; a look-up is a bisection, so a
        sentence of many numbers is not searched once per number.
        """
        i = bisect_left(found, (self._sentence_start(offset), ""))
        return found[i][1] if i < len(found) and found[i][0] < offset else None

    def _count_in_piece(self, offset: int, piece: int, count: int) -> tuple[int, int]:
        """The sentence (piece) of ``offset`` and how many numbers it has reached."""
        here = self._sentence_start(offset)
        return (piece, count + 1) if here == piece else (here, 1)

    def _respective_names(self) -> None:
        """税收收入和非税收入分别完成10.2亿元、2.2亿元: name each figure in order."""
        for mark in re.finditer("分别", self.text):
            quote_start = self._clause_start(mark.start())
            end = self._next_clause(mark.end())[0]
            lo, hi = bisect_left(self._starts, mark.end()), bisect_left(self._starts, end)
            values = [v for v in self.values[lo:hi] if v.quote_start == quote_start]
            if len(values) < 2:
                continue
            head = _RESPECTIVE_HEAD.match(self.text, quote_start, values[0].start)
            if head is None:
                continue
            names = [n for n in re.split(r"和|、|及|与", self._strip(head.group(1))) if n]
            if len(names) == len(values):
                for value, name in zip(values, names, strict=True):
                    value.name = name

    def _is_change_number(self, start: int) -> bool:
        if start == 0 or self.text[start - 1] not in "长加高升涨降少落滑":
            return False
        before = self.text[max(0, start - 4) : start]
        return any(before.endswith(w) for w in (*INCREASE, *DECREASE)) and (
            self.text[start : start + 12].split("，")[0].find("%") > 0
            or "个百分点" in self.text[start : start + 14]
            or "倍" in self.text[start : start + 8]
        )

    def _qualifiers(self, start: int, end: int) -> tuple[str | None, str | None]:
        """The part of the year and the scope written in the value's sentence, if any.

        A period word (1-11月, 上半年) or a scope (不含免抵调, 同口径) anywhere from the
        start of the sentence to just after the value applies to it.
        """
        if not self._spans and not self._scopes:
            return None, None
        sentence = self._sentence_start(start)
        i = bisect_right(self._sentences, end)
        sentence_end = self._sentences[i] if i < len(self._sentences) else len(self.text)
        span = _first_within(self._spans, sentence, min(end + 6, sentence_end))
        # A scope in parentheses belongs to the figure right after it: its own clause.
        scope = _first_within(self._scopes, start, min(end + 12, sentence_end))
        return span, scope

    def _changes(self) -> None:
        piece, in_piece = -1, 0
        for m in _CHANGE.finditer(self.text):
            num_start = m.start("num")
            piece, in_piece = self._count_in_piece(num_start, piece, in_piece)
            if in_piece > MAX_DENSITY or not self._free(num_start, m.end("num")):
                continue  # past MAX_DENSITY a piece is a table, not prose
            window = self.text[self._clause_start(m.start()) : m.start()][-24:]
            context = _CHANGE_CONTEXT.search(window)
            if context is None or context.group("avg") or context.group("resp"):
                continue
            has_context = any(context.group(g) for g in ("ctx", "ctx2", "base", "year", "year2"))
            if not has_context and ("同口径" in window or "剔除" in window):
                has_context = True  # 剔除…因素后同口径增长2.1%: against the year before
            mark = self.text[m.start() - 1] if m.start() else ""
            if not has_context and (not window.strip() or mark in "、，,"):
                # 税收收入246.3亿元,下降6.8%; 地区生产总值60199.45亿元、增长5%: a bare change
                # right after a level is that level's change against the year before, as
                # the genre writes it.
                previous = self._previous_values(m.start())
                has_context = bool(previous) and (
                    (not window.strip() and self._adjacent_end(previous[-1], m.start()))
                    or self.text[previous[-1].end : m.start()] in ("、", "，", ",")
                )
                if (
                    has_context
                    and not previous[-1].amount  # 比上年减少0.09亿元,下降9.5%: the level's
                    and _AMOUNT_VERB.search(
                        self.text[previous[-1].quote_start : previous[-1].start]
                    )
                ):
                    # 融资平台压降94户、下降35.9%: 94 is how many went, not how many are
                    # left; the rate is of the reduction, so it is no change of that level.
                    has_context = False
            if not has_context and window.lstrip().startswith("其中"):
                # 同比下降15.3%,其中盗窃类警情下降21.6%: the 其中 clause shares the 同比.
                earlier = self.text[self._sentence_start(m.start()) : m.start() - len(window)]
                has_context = any(word in earlier for word in CHANGE_CONTEXT)
            unit = m.group("unit")
            if not has_context and unit == "%" and _SUBJECT_BEFORE.search(window):
                # 全年地区生产总值增长5.1%: a named measure and its change, the year before
                # understood, as government work reports write it.
                has_context = True
            if not has_context and unit not in ("倍", "成"):
                continue
            stated = m.group("dir") + m.group("num") + ("%" if unit == "％" else unit)
            against: int | str = self.period - 1
            if context.group("base"):
                against = context.group("base").strip()
            elif context.group("year") or context.group("year2"):
                against = int(context.group("year") or context.group("year2"))
            kind = {"个百分点": "point_change", "倍": "multiple"}.get(unit, "relative_change")
            start = m.start() - (len(window) - context.start())
            self._change_claim(start, m.end(), stated, against, kind)
            self._mark(num_start, m.end("num"), "claim")
        for m in _SHI_BEI.finditer(self.text):
            if not self._free(m.start("num"), m.end("num")):
                continue
            stated = m.group("num") + "倍"
            self._change_claim(m.start(), m.end(), stated, int(m.group("year")), "multiple")
            self._mark(m.start("num"), m.end("num"), "claim")

    def _change_claim(
        self, start: int, end: int, stated: str, against: int | str, kind: str
    ) -> None:
        if self._first_in_sentence(self._plan_words, start) is not None:
            return  # 预期目标是…增长5%左右, 力争…增长4%: a plan, not a claim about the year
        span = self._first_in_sentence(self._span_words, start)
        if span is not None and against == self.period - 1:
            # 五年…增长29倍, “十四五”以来…增长: against the start of the span, which the
            # words name but do not date, not against last year.
            against = span
        clause_start = self._clause_start(start)
        own = self.text[clause_start:start]
        own_name = _BASIS_WORDS.sub("", self._strip(own))
        for word in CHANGE_CONTEXT:
            own_name = own_name.removesuffix(word)
        own_name = _BASIS_WORDS.sub("", own_name)
        previous = [v for v in self._previous_values(start) if not (v.amount or v.completion)]
        target: _Value | None = None
        also: list[str] = []
        if own_name and not any(v.start >= clause_start for v in previous):
            ident = self._valueless_indicator(own_name)
            quote_start = clause_start
        elif previous:
            target = previous[-1]
            ident = target.ident
            quote_start = target.quote_start
            if target.unit == "%":
                also = [v.ident for v in previous[:-1] if v.unit != "%"][-1:]
        else:
            return
        claim: dict[str, Any] = {
            "kind": kind,
            "indicator": ident,
            "period": self.period,
            "against": against,
            "stated": stated,
        }
        if also and kind == "relative_change":  # only a relative change has other readings
            claim["also_refers_to"] = also
        scope = _CHANGE_SCOPE.search(self.text, clause_start, end)
        if scope:
            claim["scope"] = scope.group()
        quote = self.text[quote_start:end]
        if stated not in quote:
            return
        claim["quote"] = quote
        claim["offset"] = quote_start
        self.claims.append(claim)

    def _valueless_indicator(self, name: str) -> str:
        if name not in self._valueless:
            self._valueless[name] = f"c{len(self._valueless) + 1:03d}"
        return self._valueless[name]

    def _respectively(self) -> None:
        for m in self._respectively_lists:
            listed = m.group("list") or m.group("list2")
            direction = m.group("dir") or m.group("dir2") or ""
            start = m.start("list") if m.group("list") else m.start("list2")
            rates = list(re.finditer(r"[-−]?\d+(?:\.\d+)?%", listed))
            previous = self._previous_values(m.start())
            names_before = self.text[self._clause_start(m.start()) : m.start()]
            named = [n for n in re.split(r"[、和及与]", self._strip(names_before)) if n]
            targets: list[str | None]
            if len(named) == len(rates) and all(n.endswith("率") for n in named):
                targets = [self._named_rate(n) for n in named]
            elif len(named) == len(rates) >= 2:
                # 城镇居民、农村居民人均可支配收入分别增长4.5%、5.7%: the changes belong to
                # the items named before 分别, not to the figures earlier in the sentence.
                targets = [self._named_in(n, previous) for n in _shared_tail(named)]
            elif len(previous) >= len(rates):
                targets = [v.ident for v in previous[-len(rates) :]]
            else:
                continue
            for rate, ident in zip(rates, targets, strict=True):
                if ident is None:
                    continue
                figure = rate.group().replace("−", "-")
                stated = (
                    (direction + figure) if direction and not figure.startswith("-") else figure
                )
                quote_start = self._clause_start(m.start())
                if previous and targets == [v.ident for v in previous[-len(rates) :]]:
                    quote_start = previous[-len(rates)].quote_start
                end = start + rate.end()
                self.claims.append(
                    {
                        "kind": "relative_change",
                        "indicator": ident,
                        "period": self.period,
                        "against": self.period - 1,
                        "stated": stated,
                        "quote": self.text[quote_start:end],
                        "offset": quote_start,
                        "note": "one of a respectively-list (分别): check the pairing",
                    }
                )
                digits = re.search(r"\d", rate.group())
                offset = start + rate.start() + (digits.start() if digits else 0)
                self._mark(offset, start + rate.end() - 1, "claim")

    def _named_in(self, name: str, previous: list[_Value]) -> str | None:
        """The value of this sentence that ``name`` names, else an indicator without one."""
        for value in reversed(previous):
            if value.name and (value.name.endswith(name) or name.endswith(value.name)):
                return value.ident
        return self._valueless_indicator(name)

    def _named_rate(self, name: str) -> str | None:
        for value in self.values:
            if value.name.endswith(name):
                return value.ident
        return self._valueless_indicator(name)

    def _shares(self) -> None:
        for value in self.values:
            if value.unit != "%":
                continue
            before = self.text[value.quote_start : value.start]
            share_of = _SHARE_OF.search(self.text, value.quote_start, value.end + 1)
            previous = [v for v in self._previous_values(value.start) if v.unit != "%"]
            claim: dict[str, Any] = {"kind": "share", "rate": value.ident, "period": self.period}
            if _UNBOUNDED_RATE.search(value.name):
                claim["bounded"] = False  # 投资完成率114.2%: a completion rate may pass 100%
            quote_start = value.quote_start
            if value.completion:
                levels = [v for v in previous if not v.amount]
                claim["bounded"] = False  # 为调整预算的100.2%: a completion rate may pass 100%
                words = self.text[value.quote_start : value.start].rstrip("的")
                claim["whole_name"] = re.sub(r"^.*?(?:为|完成|达到)", "", words) or words
                if levels:
                    claim["part"] = levels[-1].ident
                    quote_start = levels[-1].quote_start
            elif share_of and share_of.end() == value.end and previous:
                claim["part"] = previous[-1].ident
                claim["whole_name"] = share_of.group("whole")
                quote_start = previous[-1].quote_start
            elif "率" in before or self.text[value.end : value.end + 2] in ("解决", "办结", "完成"):
                if (
                    previous
                    and self._adjacent(previous[-1], value)
                    and _related(value.name, previous[-1].name)
                ):
                    count = previous[-1]
                    verb = _verb(value.name)
                    role = "part" if verb and verb in count.name else "whole"
                    claim[role] = count.ident
                    quote_start = count.quote_start
            else:
                target = _TARGET.search(self.text, max(0, value.quote_start - 30), value.end + 1)
                if target is None or target.end() != value.end:
                    continue
                claim["bounded"] = False  # 完成年度目标的108%: a completion rate may pass 100%
                goal = [v for v in previous if v.start == target.start("target")]
                if goal:
                    claim["whole"] = goal[0].ident
                    actual = [
                        v for v in previous if v.end <= target.start() and v.unit == goal[0].unit
                    ]
                    if actual:
                        claim["part"] = actual[-1].ident
                        quote_start = actual[-1].quote_start
            claim["quote"] = self.text[quote_start : value.end]
            claim["offset"] = quote_start
            self.claims.append(claim)

    def _listed_counts(self) -> None:
        for value in self.values:
            if value.unit in ("%", "万元", "亿元", "元") or not value.exact_count:
                continue
            clause = self.text[value.quote_start : value.start]
            open_list = clause.endswith("等")
            body = clause.removesuffix("等")
            last = body.rsplit("、", 1)[-1]
            if not open_list and "、" in body and "等" in last:
                # A、B等领域240个: 等 before the noun the count counts still opens the list.
                open_list = True
                body = body[: len(body) - len(last) + last.index("等")]
            if body.endswith(("共", "共计", "累计", "达到", "达")) or re.search(r"\d", body):
                continue
            if value.unit not in _KIND_UNITS:
                continue  # 47次, 2037人次: counts of events, not of listed things
            items = _split_items(body)
            if not items or (len(items) < 2 and not open_list):
                continue
            self.claims.append(
                {
                    "kind": "listed_count",
                    "indicator": value.ident,
                    "period": self.period,
                    "items": items,
                    "open_list": open_list,
                    "quote": self.text[
                        value.quote_start : value.end + _noun_length(self.text, value.end)
                    ],
                    "offset": value.quote_start,
                }
            )

    def _parts(self) -> None:
        for m in re.finditer("其中", self.text):
            # Parts run to the full stop (past semicolons), within one piece's length.
            limit = min(len(self.text), m.end() + MAX_SENTENCE)
            stop = self.text.find("。", m.end(), limit)
            stop = limit if stop < 0 else stop
            following = self.text.find("其中", m.end(), stop)
            stop = stop if following < 0 else following  # the next 其中 lists its own parts
            lo, hi = bisect_left(self._starts, m.end()), bisect_left(self._starts, stop)
            after = [v for v in self.values[lo:hi] if not (v.amount or v.completion)]
            if not after:
                continue
            candidates = self._previous_values(m.start()) or self._previous_sentence(m.start())
            whole = next(
                (
                    v
                    for v in reversed(candidates)
                    if v.unit == after[0].unit and not (v.amount or v.completion)
                ),
                None,
            )
            if whole is None:
                continue
            parts = [v for v in after if v.unit == whole.unit]
            self.claims.append(
                {
                    "kind": "part_of_whole",
                    "whole": whole.ident,
                    "period": self.period,
                    "parts": [p.ident for p in parts],
                    "relation": "parts",
                    "quote": self.text[whole.quote_start : parts[-1].end],
                    "offset": whole.quote_start,
                }
            )
        self._totals()
        for value in self.values:
            nxt = self._next_clause(value.end)
            if self._sentence_start(nxt[0]) != self._sentence_start(value.start):
                continue
            lo, hi = bisect_left(self._starts, nxt[0]), bisect_left(self._starts, nxt[1])
            listed = [v for v in self.values[lo:hi] if v.unit == value.unit]
            if self.text[nxt[0] : nxt[0] + 2] in ("加上", "减去", "扣除", "另有"):
                continue  # 加上上级补助收入35.1亿元、…: additions, summed by _totals
            if len(listed) >= 2 and "、" in self.text[listed[0].end : listed[1].start]:
                self.claims.append(
                    {
                        "kind": "part_of_whole",
                        "whole": value.ident,
                        "period": self.period,
                        "parts": [v.ident for v in listed],
                        "relation": "uncertain",
                        "quote": self.text[value.quote_start : listed[-1].end],
                        "offset": value.quote_start,
                        "note": "the figures after the total may or may not be its parts",
                    }
                )

    def _totals(self) -> None:
        """A, 加上B、C、D, 收入总计T: T is the sum of A and the additions."""
        for m in _TOTAL.finditer(self.text):
            lo, hi = bisect_left(self._starts, m.end()), bisect_left(self._starts, m.end() + 3)
            totals = self.values[lo:hi]
            if not totals:
                continue
            total = totals[0]
            sentence = self._sentence_start(m.start())
            if "加上" not in self.text[sentence : m.start()]:
                continue
            parts = [
                v
                for v in self._previous_values(m.start())
                if v.unit == total.unit and not (v.amount or v.completion)
            ]
            if len(parts) < 2:
                continue
            self.claims.append(
                {
                    "kind": "part_of_whole",
                    "whole": total.ident,
                    "period": self.period,
                    "parts": [p.ident for p in parts],
                    "relation": "complete",
                    "quote": self.text[parts[0].quote_start : total.end],
                    "offset": parts[0].quote_start,
                }
            )

    def _previous_sentence(self, offset: int) -> list[_Value]:
        start = self._sentence_start(offset)
        return self._previous_values(start - 1) if start > 0 else []

    def _thresholds(self) -> None:
        for m in _THRESHOLD.finditer(self.text):
            owner = [
                v for v in self._previous_values(m.start()) if v.unit.endswith(m.group("unit")[-1])
            ]
            if not owner:
                continue
            self.claims.append(
                {
                    "kind": "threshold",
                    "indicator": owner[-1].ident,
                    "period": self.period,
                    "stated": m.group("word") + m.group("num"),
                    "first_time": m.group("word").startswith("首次"),
                    "quote": self.text[owner[-1].quote_start : m.end()],
                    "offset": owner[-1].quote_start,
                }
            )
            self._mark(m.start("num"), m.end("num"), "claim")

    def _average_growth(self) -> None:
        for m in _YEARLY.finditer(self.text):
            if not self._free(m.start("num"), m.end("num")):
                continue
            sentence = self.text[self._sentence_start(m.start()) : m.start()]
            years = _years_of(sentence)
            previous = self._previous_values(m.start("dir"))
            if years is None or not previous:
                continue
            start_year, end_year = years
            target = previous[-1]
            earlier = [v for v in previous[:-1] if v.unit == target.unit]
            if earlier and "从" in self.text[max(0, earlier[-1].start - 8) : earlier[-1].start]:
                earlier[-1].merge_into, earlier[-1].period = target.ident, start_year
            stated = m.group("dir") + m.group("num") + "%"
            quote_start = min(target.quote_start, self._clause_start(m.start()))
            if earlier and earlier[-1].merge_into == target.ident:
                quote_start = min(quote_start, earlier[-1].quote_start)
            self.claims.append(
                {
                    "kind": "average_growth",
                    "indicator": target.ident,
                    "period": end_year,
                    "against": start_year,
                    "stated": stated,
                    "quote": self.text[quote_start : m.end()],
                    "offset": quote_start,
                }
            )
            if end_year != self.period:
                target.period = end_year
            self._mark(m.start("num"), m.end("num"), "claim")

    def _amounts(self) -> None:
        """财政收入2.17万亿元，比上年增加2787亿元: a change stated as an amount.

        The amount changes the nearest level before it in its sentence that measures
        the same dimension; it is drafted as a claim on that level, not as a value.
        """
        claim_code = self._code("claim")
        for value in self.values:
            if not value.amount or value.target:
                continue
            before = self.text[max(value.quote_start, value.start - 8) : value.start]
            word = next((w for w in _AMOUNT_WORDS if before.endswith(w)), None)
            level = next(
                (
                    v
                    for v in reversed(self._previous_values(value.start))
                    if not (v.amount or v.completion) and _same_dimension(v.unit, value.unit)
                ),
                None,
            )
            if word is None or level is None:
                continue
            baseline = "年初" if re.search(r"年初|上年末", before) else self.period - 1
            self.claims.append(
                {
                    "kind": "absolute_change",
                    "indicator": level.ident,
                    "period": self.period,
                    "against": baseline,
                    "stated": word + value.figure,
                    "unit": value.unit,
                    "quote": self.text[level.quote_start : value.end],
                    "offset": level.quote_start,
                }
            )
            value.consumed = True
            start, end = value.start, value.end
            self._mask[start:end] = bytes(
                claim_code[0] if self._mask[i] else 0 for i in range(start, end)
            )

    def _plans(self) -> None:
        """Claims in the plan part, or on a target, are targets: set aside as such."""
        claim_code, target_code = self._code("claim")[0], self._code("aside:target")[0]
        targets = {v.ident for v in self.values if v.target}
        kept = []
        for claim in self.claims:
            start = claim["offset"]
            if start < self.plan_start and not _refs(claim) & targets:
                kept.append(claim)
                continue
            for i in range(start, min(len(self.text), start + len(claim["quote"]))):
                if self._mask[i] == claim_code:
                    self._mask[i] = target_code
        self.claims = kept

    def _account(self, numbers: list[NumberSpan]) -> None:
        for n in numbers:
            how = self._use(n.start) or self._use(n.end - 1)
            if how is None:
                self.coverage.unexplained.append((n.start, n.text))
            elif how == "value":
                self.coverage.values += 1
            elif how == "claim":
                self.coverage.claims += 1
            else:
                self.coverage.set_aside[how.removeprefix("aside:")] += 1

    # -- output --------------------------------------------------------------------------

    def indicators(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        by_id: dict[str, dict[str, Any]] = {}
        for v in sorted(self.values, key=lambda v: v.merge_into is not None):
            if v.consumed:
                continue
            value: dict[str, Any] = {
                "period": v.period or self.period,
                "figure": v.figure,
                "quote": self.text[v.quote_start : v.end],
                "offset": v.quote_start,
            }
            if v.scope:
                value["scope"] = v.scope
            if v.span:
                value["span"] = v.span
            if v.estimate:
                value["estimate"] = True
            if v.target:
                value["target"] = True
                value["period"] = self.target_period
            if v.merge_into is not None and v.merge_into in by_id:
                by_id[v.merge_into]["values"].insert(0, value)
                continue
            indicator = {"id": v.ident, "name": v.name, "unit": v.unit, "values": [value]}
            by_id[v.ident] = indicator
            out.append(indicator)
        for name, ident in self._valueless.items():
            out.append({"id": ident, "name": name, "unit": "个", "values": []})
        referenced = _referenced(self.claims)
        known = {i["id"] for i in out}
        self.claims = [c for c in self.claims if _refs(c) <= known]
        return [i for i in out if i["values"] or i["id"] in referenced]

    # -- text helpers --------------------------------------------------------------------

    def _clause_start(self, offset: int) -> int:
        i = bisect_right(self._clauses, offset) - 1
        start = self._clauses[i] if i >= 0 else 0
        while start < offset and self.text[start].isspace():
            start += 1
        return start

    def _sentence_start(self, offset: int) -> int:
        i = bisect_right(self._sentences, offset) - 1
        return self._sentences[i] if i >= 0 else 0

    def _next_clause(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self._clauses, offset)
        if i >= len(self._clauses):
            return len(self.text), len(self.text)
        start = self._clauses[i]
        end = self._clauses[i + 1] - 1 if i + 1 < len(self._clauses) else len(self.text)
        return start, end

    def _adjacent_end(self, earlier: _Value, offset: int) -> bool:
        """Whether the earlier value ends the clause just before ``offset``'s clause."""
        between = self.text[earlier.end : self._clause_start(offset)]
        return len(between) <= 2 and all(ch in _CLAUSE_END or ch.isspace() for ch in between)

    def _adjacent(self, earlier: _Value, later: _Value) -> bool:
        """Whether the earlier value ends the clause just before the later one's."""
        between = self.text[earlier.end : later.quote_start]
        return len(between) <= 2 and all(ch in _CLAUSE_END or ch.isspace() for ch in between)

    def _previous_values(self, offset: int) -> list[_Value]:
        """The values of this sentence before ``offset``, the nearest ``MAX_LOOKBACK`` of them."""
        sentence = self._sentence_start(offset)
        lo, hi = bisect_left(self._starts, sentence), bisect_right(self._starts, offset)
        lo = max(lo, hi - MAX_LOOKBACK)
        return [v for v in self.values[lo:hi] if v.end <= offset]

    def _name(self, quote_start: int, fig_start: int, end: int) -> str:
        words = self.text[quote_start:fig_start]
        if words.endswith("等") or ("、" in words and self.text[end - 1] in "大类个项"):
            # 公共管理、公共安全、公共服务三大主责主业: the thing counted follows.
            return self.text[end : end + _noun_length(self.text, end)] or "?"
        # Only the words after the last list mark or figure name this one:
        # 来信来访自收5件、区委延伸巡察组交办4件; 2020年处置问题线索5件.
        cut = max(words.rfind("、"), _last_digit(words))
        if cut >= 0:
            words = _AFTER_FIGURE.sub("", words[cut + 1 :])
        core = _NAME_CORE.match(words.strip())
        name = (core.group(1) if core else words).strip('“”"、')
        if "(" in name or "（" in name:
            name = _PARENTHESES.sub("", name)
        if len(name) <= 1 or _has_digit(name):
            # 固定资产投资从2018年的20.5亿元增长到…31.2亿元: the clause's head names it.
            head = _CLAUSE_HEAD.match(self.text, quote_start, fig_start)
            name = self._strip(head.group(1)) if head else ""
        if len(name) <= 1 or _has_digit(name):
            # 抽调83名机关企事业干部: only a verb before the figure, the thing follows.
            name = self.text[end : end + _noun_length(self.text, end)]
        return name or "?"

    def _strip(self, words: str) -> str:
        found = _NAME_CORE.match(words.strip())
        name = found.group(1) if found and found.group(1) else words.strip()
        return name.strip('“”"、')


def _last_digit(words: str) -> int:
    found = _DIGIT.search(words[::-1])
    return -1 if found is None else len(words) - 1 - found.start()


# The longest sentence of the development corpus and the seed has 501 characters, and
# its longest clause 224. Text without a break for longer than these (a table flattened into one
# line, or hostile input) is cut into pieces of this length, so that the work done for
# each number is bounded and drafting stays linear in the length of the text.
MAX_SENTENCE = 600
# The densest sentence of the development corpus and the seed holds 16 numbers. A whole,
# a baseline or a list's head lies among the values just before the figure that refers
# to it; and a piece of text with more numbers (or changes) than MAX_DENSITY, twice the
# densest sentence, is a flattened table or hostile input, not prose: its further
# numbers are left unexplained, not drafted.
MAX_LOOKBACK = 24
MAX_DENSITY = 32


def _bounded(ends: list[int], length: int) -> list[int]:
    """Add breaks so that no piece between two ends is longer than ``MAX_SENTENCE``."""
    out: list[int] = []
    previous = 0
    for end in [*ends, length]:
        while end - previous > MAX_SENTENCE:
            previous += MAX_SENTENCE
            out.append(previous)
        if end < length or (ends and end == ends[-1]):
            out.append(end)
        previous = end
    return sorted(set(out))


def _respectively_lists(text: str) -> list[re.Match[str]]:
    """The respectively-lists (…分别增长8.2%和5.1%), found from each 分别 in the text.

    Searching from the places of 分别 alone is many times faster than running the
    pattern over the whole text, where it matches nowhere most of the time.
    """
    found: list[re.Match[str]] = []
    pos = text.find("分别")
    while pos >= 0:
        start = max(0, pos - 8)
        m = _RESPECTIVELY.search(text, start, pos + 80)
        if m is not None and (not found or m.start() >= found[-1].end()):
            found.append(m)
        pos = text.find("分别", pos + 2)
    return found


def _first_span_over(spans: list[tuple[int, int]], offset: int) -> bool:
    i = bisect_right(spans, (offset, len(spans) + 10**9)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _first_within(found: list[tuple[int, int, str]], lo: int, hi: int) -> str | None:
    i = bisect_left(found, (lo, -1, ""))
    if i < len(found) and found[i][1] <= hi:
        return found[i][2]
    return None


def _years_of(sentence: str) -> tuple[int, int] | None:
    """The span of years an average growth runs over, from its sentence."""
    found = re.search(r"((?:19|20)\d{2})\s*[—–-]\s*((?:19|20)\d{2})年", sentence)
    if found:
        return int(found.group(1)), int(found.group(2))
    mentioned = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})年", sentence)]
    if len(mentioned) >= 2 and mentioned[0] < mentioned[-1]:
        return mentioned[0], mentioned[-1]
    for plan, start in _PLAN_YEARS.items():
        if plan in sentence:
            return start, start + 5
    return None


_RESOLVING = ("处置", "办结", "解决", "化解", "调解成功", "完成", "结案", "办理", "回复")
_CASES = ("案件", "问题", "诉求", "工单", "纠纷", "事项", "信访", "投诉", "线索")


def _related(rate_name: str, count_name: str) -> bool:
    """Whether a rate plausibly has a count as its part or whole.

    Either the names share two characters in a row (走访率 and 走访居民), or the rate
    resolves cases and the count counts cases (处置率 and 上报案件). A rate next to an
    unrelated count (8处 睦邻点, 群众满意率) is never tied to it.
    """
    stem = rate_name.removesuffix("率")
    if any(stem[i : i + 2] in count_name for i in range(len(stem) - 1)):
        return True
    return stem.endswith(_RESOLVING) and any(word in count_name for word in _CASES)


def _verb(name: str) -> str | None:
    found = re.match(r"([\u4e00-\u9fff]{2})率$", name[-3:]) if name.endswith("率") else None
    return found.group(1) if found else None


def _split_items(body: str) -> list[str]:
    parts = re.split(r"[、]|(?<=”)(?=“)|和(?=“)|(?<=”)和|与", body)
    items = []
    for part in parts:
        item = part.strip().strip('“”"')
        for verb in LEADING_VERBS:
            item = item.removeprefix(verb)
        if item:
            items.append(item)
    return items


def _noun_length(text: str, start: int) -> int:
    n = 0
    while start + n < len(text) and n < 10 and text[start + n] not in _CLAUSE_END + "、和与等的":
        if text[start + n].isdigit():
            break
        n += 1
    return n


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


def _has_number(text: str) -> bool:
    return bool(re.search(rf"[\d{_CN}]", text))


def _refs(claim: dict[str, Any]) -> set[str]:
    keys = ("indicator", "rate", "part", "whole")
    found = {claim[k] for k in keys if k in claim}
    found.update(claim.get("parts", []))
    found.update(claim.get("also_refers_to", []))
    return found


def _referenced(claims: list[dict[str, Any]]) -> set[str]:
    out: set[str] = set()
    for claim in claims:
        out |= _refs(claim)
    return out


def iter_text_files(folder: Path) -> Iterator[Path]:
    """The ``.txt`` files under a folder, sorted."""
    yield from sorted(p for p in folder.rglob("*.txt") if p.is_file())
