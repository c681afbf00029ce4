"""Across report years: a stated change against the level an earlier report stated.

The prior value comes from the report set, linked by the indicator's stable id. Before
any arithmetic, :func:`comparability` asks whether the two figures measure the same
thing; when they do not (price basis, scope, part of the year, an estimate), the pair is
``not_comparable`` with the reason, never an error.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

from xinhong_metrics.checks.relative_change._scalar import change_between, check_change_between
from xinhong_metrics.concepts import catalog, specific_name
from xinhong_metrics.errors import UnitError, UsageError
from xinhong_metrics.findings import Finding, Verdict
from xinhong_metrics.intervals import Interval, format_number
from xinhong_metrics.lexicon import span_key
from xinhong_metrics.model import Indicator
from xinhong_metrics.numbers import Qualifier, Rounding, StatedNumber
from xinhong_metrics.reports import ReportSet, StatedValue, namesakes
from xinhong_metrics.units import RANK_UNIT, is_count_unit

__all__ = [
    "CHANGE_ID",
    "POINTS_ID",
    "RESTATEMENT_ID",
    "ChangeAcross",
    "above_scale",
    "comparability",
    "decide_change",
    "infer_basis",
    "name_basis",
    "national_accounts",
    "restatement_findings",
    "revision_excuse",
    "revision_reason",
    "reworded_link",
    "unless_revised",
]

CHANGE_ID = "cross-year-change"
POINTS_ID = "cross-year-points"
RESTATEMENT_ID = "restatement"
_HUNDRED = Fraction(100)
# Output measures whose growth official statistics state at comparable prices.
# The output of an economy however named: 地区生产总值, 县域经济总量, 海洋生产总值,
# 高新区地区生产总值, 地区GDP, 按常住人口计算的人均地区生产总值.
_REAL_GROWTH = re.compile(r"(?:生产总值|经济总量|GDP|GRP)$", re.IGNORECASE)
# Value added of a sector, and gross output (农业总产值, 农林牧渔业总产值, 工业总产值): its
# growth is often real, sometimes nominal; the words decide.
_VALUE_ADDED = re.compile(r"增加值$|总产值$")
# …but construction output (建筑业总产值, of the enterprises with a licence) is reported at
# current prices, its growth nominal, and it is no account a census revises.
_NOMINAL_OUTPUT = re.compile(r"建筑业(?:总)?产值$")
# Concepts whose growth official statistics always state in real terms.
_ALWAYS_REAL = frozenset({"gdp", "gdp-per-capita"})
# Measures of enterprises above a size threshold: their growth is on a like-for-like set.
_ABOVE_SCALE = re.compile(r"规模以上|规上|限额以上|限上")
# Words that say a rate is real: 按可比价格计算, 扣除价格因素, 实际增长.
_REAL_WORDS = re.compile(r"可比|扣除价格因素|实际增长")


@dataclass(frozen=True)
class ChangeAcross:
    """A stated change decided against two levels.

    Attributes:
        verdict: consistent when the levels' ratio, within the rounding of both, can
            give the stated change; else inconsistent.
        computed: the interval of changes the two levels allow, in percent (or points).
        point: the change computed from the figures as printed.
        holds_under: other rounding models under which an inconsistent change holds.
    """

    verdict: Verdict
    computed: Interval
    point: Fraction
    holds_under: tuple[Rounding, ...] = ()


def infer_basis(basis: str | None, quote: str, indicator: Indicator) -> str:
    """The price basis of a stated change: as declared, else from the words.

    可比, 扣除价格因素 or 实际增长 in the quote, or the output of the whole economy
    (地区生产总值, GDP), means comparable prices: official growth of output is real
    while its levels are nominal. A sector's value added (第三产业增加值) and the other
    concepts the catalog says grow in real terms are ``unknown``: reports state their
    growth either way, so a nominal match is consistent and a mismatch not an error
    until the file says ``nominal``.
    """
    if basis is not None:
        return basis
    if _REAL_WORDS.search(quote):
        return "comparable"
    return name_basis(indicator.name, indicator.concept or indicator.id)


def name_basis(name: str, concept_id: str | None = None) -> str:
    """The price basis an indicator's growth has by its name alone (see infer_basis).

    ``comparable`` for the output of the whole economy (地区生产总值, GDP), ``unknown``
    for a sector's value added and the other concepts the catalog says grow in real
    terms, else ``nominal``.
    """
    accounts = _accounts_basis(name, concept_id)
    if accounts is not None:
        return accounts
    if above_scale(name):
        # 规上工业总产值增长5.6%: statistics compute it on this year's set of enterprises
        # (同口径), whose membership changes yearly, so published levels are no test.
        return "unknown"
    return "nominal"


def _accounts_basis(name: str, concept_id: str | None) -> str | None:
    """The price basis of a measure of the national accounts, or ``None`` for another."""
    if _NOMINAL_OUTPUT.search(name):
        return None
    concept = catalog().concepts.get(concept_id) if concept_id else None
    if concept is None:
        concept = catalog().match(name)
    if _REAL_GROWTH.search(name) or (concept is not None and concept.id in _ALWAYS_REAL):
        return "comparable"
    if _VALUE_ADDED.search(name) or (concept and concept.growth == "comparable"):
        return "unknown"
    return None


def national_accounts(name: str, concept_id: str | None = None) -> bool:
    """Whether a measure is of the national accounts (生产总值, 增加值, 总产值).

    A census revises them; 规上工业产值 is a measure of a set of enterprises, not an account.
    """
    return _accounts_basis(name, concept_id) is not None


def above_scale(name: str) -> bool:
    """Whether a measure is of the enterprises above a size threshold (规模以上, 限额以上).

    Not the count of those enterprises (规上工业企业达到44家，净增12家): its change is the
    change of the set itself, checked against last year's count like any other.
    """
    return _ABOVE_SCALE.search(name) is not None and _BODIES_COUNTED.search(name) is None


# The count of enterprises or units, not a measure of theirs.
_BODIES_COUNTED = re.compile(r"(?:企业|单位|法人|商户|个体户)(?:数|数量|总数|个数)?$")


NOTE = "注："


def note_scope(scope: str | None) -> bool:
    """Whether a change's scope is a note of its report, not words of its own.

    注：增长速度按修订后数据计算: the levels may still fit, and a mismatch is then explained.
    """
    return scope is not None and scope.startswith(NOTE)


def own_scope(scope: str | None) -> str | None:
    """The scope a change states of itself; a report's note is not one."""
    return None if note_scope(scope) else scope


def explained_by_note(scope: str | None, verdict: Verdict, message: str) -> tuple[Verdict, str]:
    """A mismatch the report's note on revised or comparable data explains: not an error."""
    if not note_scope(scope) or verdict is not Verdict.INCONSISTENT:
        return verdict, message
    assert scope is not None
    reason = (
        f"not comparable: the report notes that its growth rates are on revised or "
        f"comparable data ({scope.removeprefix(NOTE)}), while the earlier level is as "
        f"first published; {message}"
    )
    return Verdict.NOT_COMPARABLE, reason


def comparability(
    basis: str,
    claim_scope: str | None,
    current: StatedValue | None,
    prior: StatedValue,
    *,
    claim_span: str | None = None,
) -> str | None:
    """Why a change cannot be recomputed from these two levels, or ``None`` if it can.

    Args:
        basis: the change's price basis (see :func:`infer_basis`).
        claim_scope: a scope the change itself names (同口径), if any.
        current: the later level, if stated.
        prior: the earlier level.
        claim_span: the part of the year the change itself covers (1-11月), if it says.
    """
    if basis == "comparable":
        return (
            "the change is at comparable prices (可比价) while the levels are nominal, so "
            "their ratio is no test (a match would be coincidence)"
        )
    if claim_scope:
        return (
            f"the change is on its own scope ({claim_scope}), while the earlier level is "
            "as published"
        )
    level_span = (current or prior).value.span
    if claim_span is not None and span_key(claim_span) != span_key(level_span):
        return (
            f"the periods differ: the change is of {claim_span}, the level of "
            f"{level_span or 'the whole year'}"
        )
    if current is None:
        return None
    if span_key(current.value.span) != span_key(prior.value.span):
        return (
            f"the periods differ: {current.value.span or 'whole year'} against "
            f"{prior.value.span or 'whole year'}"
        )
    if current.value.scope != prior.value.scope:
        return (
            f"the scopes differ (口径): {current.value.scope or 'as published'} against "
            f"{prior.value.scope or 'as published'}"
        )
    return None


def _change_interval(current: StatedValue, prior: StatedValue, rounding: Rounding) -> Interval:
    return change_between(current.interval(rounding), prior.interval(rounding))


def _fits(
    current: StatedValue, prior: StatedValue, change: StatedNumber, rounding: Rounding
) -> bool:
    levels = (current.interval(rounding), prior.interval(rounding))
    return check_change_between(*levels, change.interval(rounding)) is Verdict.CONSISTENT


def decide_change(
    current: StatedValue, prior: StatedValue, change: StatedNumber, rounding: Rounding
) -> ChangeAcross:
    """Decide a relative change against both levels, with the rounding of all three figures.

    A base printed as a whole number widens the interval: 296.8 over 279 is +6.38% at the
    printed figures, yet anything from 6.2% to 6.6% within their rounding.

    Raises:
        UsageError: when the earlier level is 0 or below, where no relative rate exists.
    """
    base = prior.point()
    if base <= 0:
        raise UsageError(f"the earlier level {prior.value.figure} is not above 0: no rate")
    computed = _change_interval(current, prior, rounding)
    point = (current.point() / base - 1) * _HUNDRED
    if _fits(current, prior, change, rounding):
        return ChangeAcross(Verdict.CONSISTENT, computed, point)
    others = tuple(
        model
        for model in Rounding
        if model is not rounding and _fits(current, prior, change, model)
    )
    return ChangeAcross(Verdict.INCONSISTENT, computed, point, others)


def restatement_findings(reports: ReportSet, rounding: Rounding) -> list[Finding]:
    """Compare every value that two reports state for the same indicator and period.

    Returns:
        One finding per pair (for a value stated more than eight times, per statement
        against the first): consistent when the figures agree within rounding,
        inconsistent when they do not, and not comparable when one is an estimate
        (预计) or their scope or part of the year differ.
    """
    findings = []
    for group in reports.restated():
        for first, second in _pairs(group):
            if first.report_id != second.report_id:
                findings.append(_restatement(first, second, rounding))
    findings.extend(_reworded_restatements(reports, rounding))
    return findings


def _reworded_restatements(reports: ReportSet, rounding: Rounding) -> list[Finding]:
    """A year's level a later draft restates under a reworded name: shown, never an error.

    土地流转面积1.86万亩 a year before, 土地经营权流转面积由上年的1.68万亩增加到2.04万亩 in
    the next draft: the link is a guess a person confirms (see ``ReportSet.reworded``).
    """
    findings: list[Finding] = []
    seen: set[tuple[str, str, int]] = set()
    for loaded in reports:
        if not loaded.report.report.drafted:
            continue
        for indicator in loaded.report.indicators:
            for value in (v for v in indicator.values if not v.target and not v.years):
                other = reports.reworded_apart(loaded, indicator, value.period)
                if not other:
                    continue
                here = StatedValue(loaded, indicator, value)
                first, second = sorted(
                    (other[0], here), key=lambda v: v.report.report.report.period or 0
                )
                key = (first.indicator.id, second.indicator.id, value.period)
                if key in seen:
                    continue
                seen.add(key)
                findings.append(_reworded(_restatement(first, second, rounding), first, second))
    return findings


def reworded_link(first: StatedValue, name: str, report_id: str) -> str:
    """What a finding on a reworded name says of its link (see ``ReportSet.reworded``).

    ``first`` is the other report's value, ``name`` and ``report_id`` the reworded
    name's own.
    """
    return (
        f"linked by a reworded name: {first.indicator.name} ({first.report_id}) and "
        f"{name} ({report_id}) may be one measure"
    )


def _reworded(finding: Finding, first: StatedValue, second: StatedValue) -> Finding:
    """A restatement's finding on a reworded name: a fit said so, a misfit for review."""
    link = reworded_link(first, second.indicator.name, second.report_id)
    if finding.verdict is Verdict.CONSISTENT:
        return replace(finding, message=f"{finding.message} ({link}; review the link)")
    if finding.verdict in (Verdict.INCONSISTENT, Verdict.AMBIGUOUS, Verdict.UNVERIFIABLE):
        message = f"{link}, if they are: {finding.message}; review the link"
        return replace(finding, verdict=Verdict.UNVERIFIABLE, message=message)
    return finding


# Up to this many statements of one value, every pair is compared (which report is the
# odd one out shows); beyond it, each statement is compared with the first, so that a
# thousand files stating one figure cost a thousand comparisons, not half a million.
_ALL_PAIRS = 8


def _pairs(group: list[StatedValue]) -> list[tuple[StatedValue, StatedValue]]:
    if len(group) <= _ALL_PAIRS:
        return [(a, b) for i, a in enumerate(group) for b in group[i + 1 :]]
    return [(group[0], b) for b in group[1:]]


def _restatement(first: StatedValue, second: StatedValue, rounding: Rounding) -> Finding:
    unit = first.indicator.unit
    try:
        converted = second.converted(unit)  # 1.2亿元 restated as 12000万元 is the same figure
    except UnitError as exc:
        reason = f"not comparable: different dimensions: {exc.reason}"
        return _restatement_finding(first, second, Verdict.NOT_COMPARABLE, "", reason)
    a, b = first.interval(rounding), converted.interval(rounding)
    gap = format_number(converted.point() - first.point())
    # 第六位 against 第五位 is 1位 apart; 96.8% against 95.8% 1个百分点, not 1%.
    shown = {RANK_UNIT: f"{gap}位", "%": f"{gap}个百分点"}.get(unit, f"{gap}{unit}")
    difference = f"difference {shown}"
    apart = comparability("nominal", None, converted, first)
    if apart is not None:
        verdict, message = Verdict.NOT_COMPARABLE, apart
    elif a.overlaps(b):
        verdict = Verdict.CONSISTENT
        message = "both reports state the same figure, within rounding"
    elif first.value.estimate or second.value.estimate:
        verdict = Verdict.NOT_COMPARABLE
        message = "one figure is an estimate (预计) and the other final: a revision, not an error"
    elif (early := provisional(first) or provisional(second)) is not None:
        verdict = Verdict.NOT_COMPARABLE
        message = f"not comparable: {early}"
    elif (why := revision_reason(second)) is not None:
        verdict = Verdict.NOT_COMPARABLE
        message = f"a revision the later report gives a reason for ({why}), not an error"
    elif (loose := catalog().loose_name(first.indicator.name, second.indicator.name)) is not None:
        verdict = Verdict.NOT_COMPARABLE
        message = (
            f"{loose} is a name some reports use for another scope ({first.indicator.name} "
            f"against {second.indicator.name}): a link, not a verdict"
        )
    elif national_accounts(second.indicator.name, second.indicator.concept):
        # 2007年国内生产总值 24.66万亿 in 2008, 26.6万亿 in 2013: the national accounts are
        # revised after their first release (final verification, economic census).
        verdict = Verdict.NOT_COMPARABLE
        message = (
            "the national accounts (生产总值, 增加值) are revised after their first release "
            "(final verification, an economic census): a revision, not an error"
        )
    elif above_scale(second.indicator.name):
        # 规上工业产值42.15亿元（上年同期为36.84亿元） against 38.64亿元 a year before: the
        # later report's base is the year before on this year's set of enterprises.
        verdict = Verdict.NOT_COMPARABLE
        message = (
            f"{second.report_id} gives {first.value.period} on its own set of enterprises "
            "above the size threshold (规模以上, 同口径), which differs from the set "
            f"{first.report_id} counted: another base, not an error"
        )
    else:
        verdict = Verdict.INCONSISTENT
        message = (
            f"{second.report_id} restates {first.value.period} as {second.shown}, "
            f"{difference.removeprefix('difference ')} from {first.shown} in {first.report_id}"
        )
        drafted = first.report.report.report.drafted or second.report.report.report.drafted
        if drafted and not _restated_count(first, second):
            # Linked through a drafted reading of the text: show it, conclude nothing.
            verdict = Verdict.UNVERIFIABLE
            message = f"unreviewed draft: {message}; review both values before calling it one"
    return _restatement_finding(first, second, verdict, difference, message)


def _restated_count(first: StatedValue, second: StatedValue) -> bool:
    """Whether two drafted statements of one year's level may conclude: a count, well named.

    由上年的162个增加到203个 against 达到182个 a year before: a count of things is not
    revised as money figures are (预计 to 决算), and a concept or a specific name says the
    two are one measure.
    """
    indicator = first.indicator
    return (
        is_count_unit(indicator.unit)
        and is_count_unit(second.indicator.unit)
        and (
            indicator.concept is not None
            or (
                specific_name(indicator.name)
                and not namesakes(first.report, indicator.id)
                and not namesakes(second.report, second.indicator.id)
            )
        )
    )


# Words by which a report says its figures were revised: an economic census, a data
# correction, a change of scope, the final account (决算) taking the estimate's place.
_REVISION = re.compile(
    r"经济普查|人口普查|普查数据|普查结果|数据修[正订]|修订|修正|核定|核实|口径调整|调整口径|核算方法"
    # 上年数据根据决算作了调整, 增幅按上年决算数计算: the final account, not the estimate.
    r"|基数|决算|作了调整|进行了调整|有所调整"
)


_CENSUS = re.compile(r"普查")

# What makes a census named in a sentence a revision of figures: its results or data used,
# figures revised. 圆满完成第五次全国经济普查入户登记工作 is the census taken, no revision.
_CENSUS_USED = re.compile(r"修订|修正|调整|核实|核定|结果|数据|根据|口径|衔接")
# … unless the sentence tells of the census work alone: 经济普查登记工作圆满完成，…普查数据质量
# 通过县级验收 is the census taken; its data are not yet anyone's figures.
_CENSUS_WORK = re.compile(r"登记|清查|入户|验收|质量|培训|部署")
_CENSUS_REVISED = re.compile(r"修订|修正|调整|核实|核定|结果|根据|口径|衔接")


def revision_reason(later: StatedValue) -> str | None:
    """The words of the later report that announce a revision of this figure.

    They must be near the figure (its paragraph), or name its indicator in their
    sentence (经济普查后，2023年地区生产总值修订为…), or be a census, which revises the
    national accounts (生产总值, 增加值) and nothing else: a census note about GDP does
    not excuse a restated 民生支出.
    """
    text = later.report.text
    if text is None:
        found = _REVISION.search(later.value.quote)
        return None if found is None else found.group()
    offset = later.value.offset
    name = _NAME_NOISE.sub("", later.indicator.name)
    accounts = national_accounts(later.indicator.name, later.indicator.concept)
    for found in _REVISION.finditer(text):
        sentence = _revision_sentence(text, found.start(), found.end())
        if _CENSUS.search(found.group()) and _census_taken(sentence):
            continue  # the census taken (入户登记), not its results
        if _of_another(sentence, name):
            if accounts and _CENSUS.search(found.group()):
                return found.group()  # a census revises the national accounts, all of them
            continue
        if _named_in(name, sentence, later.indicator.concept) or (
            accounts and _CENSUS.search(found.group())
        ):
            return found.group()
        if offset is not None:
            start = text.rfind("\n", 0, offset) + 1
            end = text.find("\n", offset)
            if start <= found.start() < (len(text) if end < 0 else end):
                if _FIGURE.search(sentence) and later.value.quote not in sentence:
                    # 税收收入…因…口径调整，…同口径增长7.0%: another figure's sentence
                    # gives its own revision, none of this one's.
                    continue
                return found.group()
    return None


def _census_taken(sentence: str) -> bool:
    """Whether a sentence naming a census tells of the census work, not of its results."""
    if not _CENSUS_USED.search(sentence):
        return True
    return _CENSUS_WORK.search(sentence) is not None and not _CENSUS_REVISED.search(sentence)


# A drafted name this short (利润) inside a sentence is as likely a longer name's part
# (金融企业利润总额为财务快报数) as itself: it names nothing there.
_NAMED_IN_SENTENCE = 3


def _named_in(name: str, sentence: str, concept: str | None) -> bool:
    """Whether a revision's sentence names this measure.

    A catalog concept's name (税收) counts wherever it stands, as a revision of a part
    revises its whole too; a drafted name with no concept only from three characters on.
    """
    if concept is None and len(name) < _NAMED_IN_SENTENCE:
        return False
    return bool(name) and name in sentence


# A figure that is not a date (2024年起 is none).
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.年月日])")


def _revision_sentence(text: str, start: int, end: int) -> str:
    """The sentence of revision words, or the bracket they stand in (（2023年…修订为…）)."""
    opened = max(text.rfind("（", 0, start), text.rfind("(", 0, start))
    closed = max(text.rfind("）", 0, start), text.rfind(")", 0, start))
    sentence = _sentence_start(text, start)
    if opened > max(closed, sentence - 1):
        ends = [i for i in (text.find("）", end), text.find(")", end)) if i >= 0]
        return text[opened + 1 : min(ends) if ends else _sentence_end(text, end)]
    return text[sentence : _sentence_end(text, end)]


# The measure a revision's sentence says was revised: 2023年全县地区生产总值经第五次全国
# 经济普查修订为228.6亿元.
_REVISED = re.compile(
    r"(?:(?:19|20)\d{2}年)?(?P<name>[^，,。；;（(）)\d]{2,24}?)(?:有关)?(?:数据|数)?"
    r"(?:经[^，,。；;]{0,24}?)?(?:修订|修正|核定|核实|调整)(?:为|后|至)"
)


def _of_another(sentence: str, name: str) -> bool:
    """Whether a revision's sentence names the measure it revised, and it is not ``name``.

    A note in a figure's paragraph (（2023年全县地区生产总值经第五次全国经济普查修订为
    228.6亿元）) revises what it names: it says nothing of 社会消费品零售总额 beside it.
    """
    named = _REVISED.search(sentence)
    if named is None:
        return False
    subject = _NAME_NOISE.sub("", named.group("name").lstrip("（(注：:"))
    subject = re.sub(r"^(?:全县|全镇|全乡|全州|全区|全市|全省|全国)", "", subject)
    # 本公报中规上工业企业单位数增量按修订后数据计算: the measure computed on revised data.
    subject = _COMPUTED_ON.sub("", _THIS_DOCUMENT.sub("", subject))
    if not subject or re.search("上年|去年|有关|以上|相关|各项", subject):
        return False  # 上年数据已修订: no measure named
    return not (name and (name in subject or subject in name))


# The document itself, opening a note's subject (本公报中…, 本报告中…).
_THIS_DOCUMENT = re.compile(r"^(?:本公报|本报告|本文|本表|表中|文中)中?")
# A note's words after its measure, that it is computed on revised data (…增量按修订后…).
_COMPUTED_ON = re.compile(r"(?:的?(?:增量|增速|增幅|增长速度|增减|变动|比较))?(?:均|均按|按|依)$")

_LOOSE = frozenset((Qualifier.ABOUT, Qualifier.JUST_UNDER, Qualifier.SOMEWHAT_MORE))


def revision_excuse(
    current: StatedValue, prior: StatedValue, others: Sequence[StatedValue] = ()
) -> str | None:
    """Why a change that misfits an earlier report's level may be no error, if it may not.

    The earlier figure was an estimate (预计), either figure is approximate (约, 左右, 近: the
    genre rounds such figures more than their digits say), or the later report says its
    figures were revised (根据第七次全国人口普查结果修正，全县常住人口55.62万人，比上年增加
    0.34万人): the change is then against a level the earlier report did not have.
    """
    concepts = (prior.indicator.concept, current.indicator.concept)
    if (
        prior.indicator.id != current.indicator.id
        and any(concepts)
        and not catalog().same_below_national(*concepts)
    ):
        # 一般公共预算收入 against 区级一般公共预算收入: one measure, or its district level.
        return (
            f"{prior.indicator.name} and {current.indicator.name} may be two scopes of one "
            "measure: a link, not a verdict"
        )
    first = _first_release(current, prior)
    if first is not None:
        return first
    for value in (prior, current):
        early = provisional(value)
        if early is not None:
            return early
    loose = [v.shown for v in (prior, current) if v.value.number().qualifier in _LOOSE]
    if loose:
        # 2.45%左右, 约3.2亿元, 近3.55亿元: the report rounded more than its digits say.
        return f"{'、'.join(loose)} is approximate (约, 左右, 近, 余, 多), not an exact level"
    why = revision_reason(current)
    if why is not None:
        return f"the later report gives a reason for a revision of its figures ({why})"
    for other in others:
        # 一般公共预算收入20.15亿元 in the work report, 20.31亿元 in the later statistical
        # communiqué: the earlier level was revised between reports, and the change may be
        # against either.
        if other.report_id in (prior.report_id, current.report_id):
            continue
        try:
            converted = other.converted(prior.indicator.unit)
        except UnitError:
            continue
        apart = not converted.interval(Rounding.HALF_UP).overlaps(prior.interval(Rounding.HALF_UP))
        if apart and span_key(converted.value.span) == span_key(prior.value.span):
            return (
                f"another report states {prior.value.period} as {other.shown} "
                f"({other.report_id}), not {prior.shown}: revised between reports"
            )
    loose_name = catalog().loose_name(current.indicator.name, prior.indicator.name)
    if loose_name is not None:
        # 财政收入 one year, 一般公共预算收入 the next: a town's bare 财政收入 may be its
        # 财政总收入, so the name links the two, but not for a verdict.
        return (
            f"{loose_name} is a name some reports use for another scope "
            f"({prior.indicator.name} against {current.indicator.name})"
        )
    return None


def _first_release(current: StatedValue, prior: StatedValue) -> str | None:
    """Why a figure may be one a later release revised: an estimate, a growth of accounts."""
    if prior.value.estimate:
        return f"the earlier figure {prior.shown} was an estimate (预计)"
    measure = current.indicator.name.removesuffix("增速")
    if measure != current.indicator.name and national_accounts(measure):
        # 增速比上年回落0.2个百分点 against last year's first release of GDP growth.
        return (
            f"the growth of {measure} is revised after its first release (final "
            "verification, an economic census)"
        )
    if current.value.estimate:
        # 预计全年社会消费品零售总额118.3亿元，增长6.2%: an estimate of the level beside a
        # rate the statistics give on their own base.
        return f"the later figure {current.shown} is an estimate (预计)"
    return None


# Spans that end when the report was written (截至目前, 今年以来): no definite part of the
# year, and no match for another year's report written on another day.
_SO_FAR = re.compile(r"目前|当前|发稿|以来|至今")


def provisional(value: StatedValue) -> str | None:
    """Why a value is provisional, when its report was published before its year was over.

    A sub-district's summary dated 2023年12月18日 gives the year so far (完成…3.25亿元，
    完成全年目标任务的92.8%), not the year's outturn: compared with another report, a
    misfit is a revision, not an error.
    """
    report = value.report.report.report
    published = report.published
    year = published if isinstance(published, int) else published.year
    span = value.value.span
    if value.value.target or year > value.value.period or (span and not _SO_FAR.search(span)):
        return None  # 上半年…: a part of the year it says, compared only with the same part
    return (
        f"{value.report_id} was published in {published}, before {value.value.period} was "
        f"over: its {value.shown} is the year so far"
    )


def unless_revised(
    verdict: Verdict,
    message: str,
    current: StatedValue,
    prior: StatedValue,
    others: Sequence[StatedValue] = (),
) -> tuple[Verdict, str]:
    """A misfit with a reason for a revision (see :func:`revision_excuse`): not comparable.

    ``others`` are every report's statements of the prior's period, so that a level the
    reports give two ways is no ground for a verdict.
    """
    excuse = revision_excuse(current, prior, others) if verdict is Verdict.INCONSISTENT else None
    if excuse is None:
        return verdict, message
    return Verdict.NOT_COMPARABLE, f"not comparable: {excuse}; {message}"


_NAME_NOISE = re.compile(
    r"^(?:年末|年底|全年)?(?:全国|全省|全市|全区|全县|全镇|全乡|全年|我国|我省|我市|我区|我县|我镇)?"
    r"(?:年末|年底)?"
)


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(mark, 0, at) for mark in "。！？\n") + 1


def _sentence_end(text: str, at: int) -> int:
    ends = [i for i in (text.find(mark, at) for mark in "。！？\n") if i >= 0]
    return min(ends) if ends else len(text)


def _restatement_finding(
    first: StatedValue, second: StatedValue, verdict: Verdict, recomputed: str, message: str
) -> Finding:
    return Finding(
        check=RESTATEMENT_ID,
        verdict=verdict,
        entity=first.report.report.report.entity,
        report=(first.report_id, second.report_id),
        indicator=first.indicator.name,
        periods=(first.value.period,),
        quote=f"{first.value.quote} | {second.value.quote}",
        stated=f"{first.shown} / {second.shown}",
        recomputed=recomputed,
        message=message,
        file=str(second.report.path),
        line=second.report.text_line(second.value.offset),
        offset=second.value.offset,
    )
