"""What a report text says about itself: title, entity, delivery date, period, plan part.

A work report delivered in early year Y reviews year Y−1 (一、2024年工作回顾, 过去一年)
and sets targets for Y: its actuals belong to Y−1, and everything from its first plan
heading on (二、2025年工作总体要求和主要目标) is a plan. The entity is the jurisdiction
(安徽省, 全国 for the State Council), read from the session line (在安徽省第十四届人民
代表大会…上) or the title. Nothing is guessed silently: what the text does not say is
left ``None`` for the caller to mark unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from xinhong_metrics.lexicon import HALF_WIDTH
from xinhong_metrics.numbers import chinese_numeral_value

__all__ = ["Metadata", "read_metadata"]

# Work reports are delivered at the sessions of the first half-year (一月 to 六月); one
# delivered then reviews the year before.
_SESSION_MONTHS = 6

# How far into the text the header (title, date line, speaker) reaches.
HEADER_CHARS = 400

_CN_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5"}
_CN_DIGIT |= {"六": "6", "七": "7", "八": "8", "九": "9"}
_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# 发布时间：2023-10-25 under a statistics bureau's release.
_RELEASED = re.compile(
    r"(?:发布时间|发布日期|发布于)[:：]?\s*((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})"
)
_CN_DATE = re.compile(
    r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"
)
# A jurisdiction's name, from a province down to a town or sub-district.
_PLACE = r"[\u4e00-\u9fff]{2,12}?(?:省|市|自治区|区|县|旗|州|盟|镇|乡|街道)"
_SESSION_ENTITY = re.compile(
    rf"在(?:第[一二三四五六七八九十]+届)?(?P<place>{_PLACE})"
    r"(?:第?[一二三四五六七八九十]+届)?人民代表大会"
    # ——在中国共产党临溪县青石镇第十五届代表大会第三次会议上的报告: a party congress.
    rf"|在(?:中国共产党|中共)(?P<party>{_PLACE})第[一二三四五六七八九十]+(?:届|次)代表大会"
    # ——在中共桂塘镇第十六届委员会第七次全体（扩大）会议上的报告: a committee's plenum.
    rf"|在(?:中国共产党|中共)(?P<plenum>{_PLACE})(?:第[一二三四五六七八九十]+届)?"
    r"(?:工作)?委员会第[一二三四五六七八九十]+次全体"
)
_NATIONAL = re.compile(r"全国人民代表大会|国务院总理")
_TITLE_ENTITY = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,12}?(?:省|市|自治区|区|县|街道|镇|乡))"
    r"(?:人民政府|政府|党工委|工作委员会|管委会|管理委员会|委员会)?(?:\d{4}年)?(?:上半年|前三季度|一季度)?(?:政府)?工作"
)
# A title that opens with its place and year: 临川市2023年国民经济和社会发展统计公报,
# 关于南江省2022年预算执行情况和2023年预算草案的报告.
_TITLE_PLACE_YEAR = re.compile(
    rf"(?:关于)?(?P<place>{_PLACE})"
    r"\s*(?:19|20)\d{2}\s*年"
    # 2024年上半年湖州市经济运行情况: the year first, then the place.
    r"|(?:19|20)\d{2}\s*年(?:上半年|前三季度|一季度|第[一二三四]季度|1\s*[-—–至]\s*\d{1,2}月)?"
    r"(?P<place2>[\u4e00-\u9fff]{2,12}?(?:省|市|自治区|区|县|旗|州|盟|街道|镇|乡))"
    # 2023年云泽省水利发展统计公报, 2024年临川市生态环境状况公报, 2024年澜州市金融运行
    # 情况: a field's bulletin or review of the year.
    r"(?:国民经济|经济|人民政府|政府|统计|[\u4e00-\u9fff]{1,12}?(?:公报|情况|报告|总结))"
)
# A sub-district or town with the district or county it is in, when the title names it
# (中共闵行区新虹街道工作委员会, 海曙区城东街道): 城东街道 alone is a name of many places.
_LOCAL_BODY = re.compile(
    r"(?:中共)?(?P<place>(?:[\u4e00-\u9fff]{2,6}?[区县])?[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡))"
)
_REVIEW_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?\s*((?:19|20)\d{2})\s*年\s*(?:工作)?回顾",
    re.MULTILINE,
)
_BUDGET_EXECUTED = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?(?:[^\d\n]{0,12}?)(?:预算|计划)执行")
_TITLE_YEAR = re.compile(
    r"((?:19|20)\d{2})\s*年\s*(?:度)?[^\d\n]{0,16}?(?:工作报告|工作总结|报告|总结|运行情况|公报)"
)
_REVIEWS_LAST_YEAR = re.compile(r"政府工作报告|工作回顾|过去一年|一年来|去年工作")
# A top-level heading of the plan part: 二、2025年工作总体要求和主要目标任务.
_HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}、(?P<title>[^\n]{2,60})$", re.MULTILINE)
_PLAN_WORDS = re.compile(
    r"今年|明年|来年|下一步|下步|下阶段|下一阶段|今后|计划|安排|部署|任务|目标|思路|打算|设想|建议"
    r"|展望|要求|工作重点|重点工作|努力方向|关于\d{4}年|预算草案|预算（草案）|收支预算|预算编制|"
    r"(?:19|20)\d{2}年(?:工作|主要|重点)"
)
_REVIEW_WORDS = re.compile(r"回顾|成就|过去|一年来|去年")
# A plan heading with no mark, on a line of its own: 明年工作思路, 下一步工作打算.
_BARE_PLAN_HEADING = re.compile(
    r"^\s*(?:(?:19|20)\d{2}年|明年|来年|下一步|下步|下阶段|下一阶段|今后|新的一年)[^\n。，,；]{0,12}?"
    r"(?:思路|打算|计划|安排|重点|设想|方向)\s*$",
    re.MULTILINE,
)
# Words of a plan heading that put its targets in the year after the one reviewed, or in
# the same year's second half.
_NEXT_YEAR = re.compile(r"明年|来年|下一年|新的一年|下一步|下步|下阶段|下一阶段")
_SECOND_HALF = re.compile(r"下半年|四季度|年内")
_PART_YEAR_TITLE = re.compile(r"上半年|前三季度|一季度|1\s*[-—–至]\s*\d{1,2}月")
# A date line with no day (2024年12月, （2024年12月）): the month still dates the report.
_MONTH_LINE = re.compile(
    r"^\s*[（(]?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*[）)]?\s*$", re.MULTILINE
)
# Where no heading says so, the plan part opens with its targets.
# The year a plan part is for, in its heading or first lines: 二、2025年工作安排,
# 2025年政府工作任务, 2021年主要目标.
_PLAN_YEAR = re.compile(
    r"((?:19|20)\d{2})\s*年[^。\n\d]{0,8}?(?:工作|任务|目标|安排|预期|打算|计划|思路|预算草案)"
)
REVIEW_HEADING_BASIS = "the year of the review heading"

# Each alternative opens with a literal, so that re skips to its first characters.
_PLAN_SENTENCE = re.compile(
    r"主要预期目标(?:是|为)|预期目标(?:是|为)|今年(?:政府)?工作的?(?:总体要求|主要任务)"
)


@dataclass(frozen=True)
class Metadata:
    """What the header and the structure of a report text say.

    Attributes:
        title: the first line, trimmed.
        entity: the jurisdiction, or ``None`` when the text does not name it.
        delivered: the delivery date from the header, if given.
        period: the year the actuals belong to, or ``None`` when unknown.
        period_basis: how the period was read (``delivered in 2025, reviews 2024``).
        kind: the report-file kind (``government_work_report`` …).
        plan_start: offset where the plan part begins, or ``None`` when none is found.
        plan_year: the year the plan part's heading or first lines name, or ``None``.
        dated: the year and month of the date line when it gives no day (2024年12月), else
            ``None``.
        plan_after: whether the plan part's heading (or a part-year title) says when its
            targets are: ``True`` for the year after the one reviewed (明年工作思路,
            下一步工作打算), ``False`` for the same year (下半年工作打算), else ``None``.
    """

    title: str
    entity: str | None
    delivered: dt.date | None
    period: int | None
    period_basis: str
    kind: str
    plan_start: int | None
    plan_year: int | None = None
    plan_after: bool | None = None
    dated: tuple[int, int] | None = None


def read_metadata(text: str) -> Metadata:
    """Read a report text's metadata from its header and headings.

    Args:
        text: the report's full text.
    """
    head = text[:HEADER_CHARS].translate(HALF_WIDTH)
    kind = _kind(head)
    delivered = _delivered(head) or _signed(text)
    period, basis = _period(text, head, delivered, kind)
    plan_start = _plan_start(text)
    plan_year, plan_after = None, None
    if plan_start is not None:
        named = _PLAN_YEAR.search(text, plan_start, plan_start + 300)
        plan_year = int(named.group(1)) if named else None
        line = text[plan_start : text.find("\n", plan_start) % (len(text) + 1)]
        if _SECOND_HALF.search(line) or _PART_YEAR_TITLE.search(_title(text)):
            plan_after = False
        elif _NEXT_YEAR.search(line):
            plan_after = True
    return Metadata(
        title=_title(text),
        entity=_in_its_city(_entity(head), text),
        delivered=delivered,
        period=period,
        period_basis=basis,
        kind=kind,
        plan_start=plan_start,
        plan_year=plan_year,
        plan_after=plan_after,
        dated=_month_line(head) if delivered is None else None,
    )


def _title(text: str) -> str:
    for raw in text.strip().splitlines():
        line = raw.strip().lstrip("—-")
        if line and not line.endswith(("：", ":")):
            return re.split(r"\s[（(]|\s{2,}", line, maxsplit=1)[0][:80]
    return "untitled"


def _kind(head: str) -> str:
    if "政府工作报告" in head:
        return "government_work_report"
    title = head.split("\n", 1)[0]
    if "审计工作报告" in title or "审计结果" in title or "计划执行情况" in title:
        # An audit of the budget's execution, a plan's execution: reports of their own.
        return "other"
    if "决算" in head or "预算执行" in head:
        return "final_accounts"
    if "总结" in head:
        return "work_summary"
    if "统计公报" in head or title.rstrip().endswith("公报"):
        # 2024年临川市生态环境状况公报, 水资源公报: a field's figures of the year, as a
        # statistical communiqué gives them.
        return "statistical_communique"
    return "work_report"


def _delivered(head: str) -> dt.date | None:
    found = _DATE.search(head) or _RELEASED.search(head)
    if found:
        year, month, day = (int(g) for g in found.groups())
    else:
        chinese = _CN_DATE.search(head)
        if chinese is None:
            return None
        year = int("".join(_CN_DIGIT[c] for c in chinese.group(1)))
        month = int(chinese_numeral_value(chinese.group(2))[0])
        day = int(chinese_numeral_value(chinese.group(3))[0])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A date on a line of its own at the end, under the body that signs (雁城市卫生健康委员会
# ⏎ 2023年12月28日): the delivery date of a summary with none in its head.
_SIGNED = re.compile(
    r"^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$", re.MULTILINE
)
_SIGNATURE_CHARS = 300


def _signed(text: str) -> dt.date | None:
    lines = list(_SIGNED.finditer(text, max(0, len(text) - _SIGNATURE_CHARS)))
    if not lines:
        return None
    found = lines[-1]
    try:
        return dt.date(*(int(g) for g in found.groups()))
    except ValueError:
        return None


def _month_line(head: str) -> tuple[int, int] | None:
    """The year and month of a date line that gives no day (2024年12月, （2024年12月）)."""
    found = _MONTH_LINE.search(head)
    if found is None:
        return None
    year, month = int(found.group(1)), int(found.group(2))
    return (year, month) if 1 <= month <= 12 else None  # noqa: PLR2004


def _period(text: str, head: str, delivered: dt.date | None, kind: str) -> tuple[int | None, str]:
    when = (delivered.year, delivered.month, delivered.isoformat()) if delivered else None
    if when is None and (month_line := _month_line(head)) is not None:
        year, month = month_line
        when = (year, month, f"{year}-{month:02d}")
    executed = _BUDGET_EXECUTED.search(head.split("\n", 1)[0])
    if executed is not None:
        # 关于2022年预算执行情况和2023年预算草案的报告: its actuals are of 2022.
        return int(executed.group(1)), "the year whose budget execution the title reports"
    titled = _TITLE_YEAR.search(head)
    reviews = kind == "government_work_report" or _REVIEWS_LAST_YEAR.search(text[:3000])
    if when is not None and reviews and when[1] <= _SESSION_MONTHS:
        return when[0] - 1, f"delivered {when[2]}, reviews the year before"
    heading = _REVIEW_HEADING.search(text[: HEADER_CHARS * 4])
    if heading is not None:
        # 一、2024年工作回顾 under a title of 2025: the review's year is the period.
        return int(heading.group(1)), REVIEW_HEADING_BASIS
    if titled is not None and not (kind == "government_work_report" and when is None):
        return int(titled.group(1)), "the year in the title"
    if when is not None and when[1] > _SESSION_MONTHS:
        # 2024年12月20日 under a 街道's report: delivered late in its year, it reviews it.
        return when[0], f"delivered {when[2]}, late in the year: reviews its own year"
    if when is not None:
        return when[0] - 1, f"delivered {when[2]}, reviews the year before"
    return None, "no delivery date or title year"


def _entity(head: str) -> str | None:
    title = head.split("\n", 1)[0]
    session = _SESSION_ENTITY.search(head)
    if session is not None:
        place = session.group("place") or session.group("party") or session.group("plenum")
        return _qualified(place, title)
    if _NATIONAL.search(head):
        return "全国"
    # 雁城市卫生健康委员会2023年工作总结, or the department on a line of its own above
    # 2023年工作总结和2024年工作思路: the department's figures, as one series.
    lines = head.split("\n", 2)
    department = _DEPARTMENT.match(title.strip()) or _DEPARTMENT.match(
        "".join(line.strip() for line in lines[:2])
    )
    if department is not None and not _NOT_DEPARTMENT.search(department.group("body")):
        return department.group("place") + department.group("body")
    zone = _ZONE_BODY.search("\n".join(head.split("\n", 2)[:2]))
    if zone is not None:
        # 嘉屿经济开发区管理委员会 / 2023年工作总结: the zone its committee administers.
        return _BEFORE_PLACE.sub("", zone.group("place"))
    local = _LOCAL_BODY.search(title)
    if local is not None:
        # 关于华阳街道工作情况的报告: 关于 opens the title, not the place.
        return _qualified(local.group("place").removeprefix("年").removeprefix("关于"), title)
    # The title first: a later line (——2月8日在…工作会议上) would cut the place short.
    titled = (
        _TITLE_ENTITY.search(title)
        or _TITLE_PLACE_YEAR.match(title.strip())
        or _TITLE_ENTITY.search(head)
    )
    if titled is None:
        return None
    place = titled.groupdict().get("place") or titled.groupdict().get("place2") or ""
    # ——在中共南江市临江区澄溪街道工作委员会…会议上: the place, not the words before it.
    return _BEFORE_PLACE.sub("", place.removeprefix("年")) or None


# A development zone's administrative committee on the title's lines (嘉屿经济开发区管理委员会,
# 临港高新区党工委管委会): the zone is the entity, as a district is its government's.
_ZONE_BODY = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,14}?(?:开发区|高新区|经开区|园区|新区|保税区|示范区|试验区|合作区))"
    r"(?:党工委|工委|管委会|管理委员会|管理局)"
)
_BEFORE_PLACE = re.compile(r"^(?:在|关于)?(?:中国共产党|中共)?")


# A city the body names as the district's own: 在福州市委、市政府的坚强领导下; not the
# words before a bare 市委 (得益于市委、市政府的坚强领导: no city named).
_CITY_BODY = re.compile(
    r"(?:(?<=[在由经和及与，、。；\n“（(])|^)((?:(?![我们在和及与的是对于得向受各全该把将被给从级])[\u4e00-\u9fff]){2,3}?市)"
    r"(?:委|人民政府|政府|人大)",
    re.MULTILINE,
)
_CITY_READ = 3000  # the opening of a report names its city, if anywhere
_LEAD = re.compile(r"^(?:在|由|经|按照|根据)")  # 在福州市委: the city is 福州市
_DISTRICT_NAME = 4  # 鼓楼区, 朝阳区, 吴中区: the names that recur in several cities


def _in_its_city(place: str | None, text: str) -> str | None:
    """A district or county named alone (鼓楼区) with the city its text names most.

    Two districts of one name in two cities (南京市鼓楼区, 福州市鼓楼区) are two entities;
    a report that names its district alone usually names its city in the opening
    (在福州市委、市政府的坚强领导下). With no city named, the place stays as it is.
    """
    if (
        place is None
        or not place.endswith(("区", "县"))
        or len(place) > _DISTRICT_NAME  # 宁乡经济技术开发区: a name of its own
        or re.search("[省市州盟]", place[:-1])  # 福州市鼓楼区: qualified already
    ):
        return place
    cities = Counter(_LEAD.sub("", m.group(1)) for m in _CITY_BODY.finditer(text, 0, _CITY_READ))
    if not cities:
        return place
    city = cities.most_common(1)[0][0]
    return city + place if city != place else place


# A higher jurisdiction written before a place in the title: 南京市 of 南京市鼓楼区.
_HIGHER = re.compile(r"([\u4e00-\u9fff]{2,8}?(?:省|市|自治区|州|盟))$")
_HIGHER_OF_TOWN = re.compile(r"([\u4e00-\u9fff]{2,8}?(?:省|市|自治区|州|盟|县|区|旗))$")


# A department of a jurisdiction opening a title with its year: 雁城市卫生健康委员会2023年
# 工作总结, 某区教育局2024年工作总结; not a party or government body of a place.
_DEPARTMENT = re.compile(
    rf"(?:关于)?(?P<place>{_PLACE})(?P<body>[\u4e00-\u9fff]{{2,12}}?(?:委员会|局|厅|委|办公室))"
    r"\s*(?:19|20)\d{2}\s*年"
)
_NOT_DEPARTMENT = re.compile(r"街道|镇|党|工作委员会|人民政府|政府|管理委员会|管委会|人大|政协")


def _qualified(place: str, title: str) -> str:
    """The place with the city or province the title names before it, if any.

    The delivery line names 鼓楼区 alone; the title says 南京市鼓楼区 or 福州市鼓楼区, and two
    districts of one name are two entities, never one series.
    """
    at = title.find(place)
    if at <= 0:
        return place
    # A town's county or district (平阳县城关镇): higher for it, as a city is for a district.
    pattern = _HIGHER_OF_TOWN if place.endswith(("镇", "乡", "街道")) else _HIGHER
    # 关于澄阳市云岭区2022年预算执行情况…: 关于 opens the title, not the city.
    higher = pattern.search(title[:at].rsplit("年", maxsplit=1)[-1].removeprefix("关于"))
    return (higher.group(1) + place) if higher is not None else place


def _plan_start(text: str) -> int | None:
    headings = list(_HEADING.finditer(text))
    for heading in headings[1:]:
        title = heading.group("title")
        if _PLAN_WORDS.search(title) and not _REVIEW_WORDS.search(title):
            return heading.start()
    bare = _BARE_PLAN_HEADING.search(text, HEADER_CHARS // 4)
    if bare is not None and not _REVIEW_WORDS.search(bare.group()):
        return bare.start() + len(bare.group()) - len(bare.group().lstrip())
    found = _PLAN_SENTENCE.search(text)
    if found is None:
        return None
    # The sentence's own start: after the last break before it.
    start = max(text.rfind(mark, 0, found.start()) for mark in "。\n") + 1
    return start
