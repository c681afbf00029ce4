"""Text helpers of the extractor: sentence bounds, list splitting, reference sets."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import Any

from xinhong_metrics.errors import UnitError
from xinhong_metrics.extract import patterns as p
from xinhong_metrics.lexicon import (
    CHANGE_CONTEXT,
    LEADING_VERBS,
    NAMED_NUMBER,
)
from xinhong_metrics.units import (
    require_same_dimension,
)


def _last_digit(words: str) -> int:
    """Where the last digit of a figure in ``words`` is (not one of PM2.5, 110报警, 5G), or -1."""
    if _may_name_a_number(words):
        words = NAMED_NUMBER.sub(lambda m: "#" * len(m.group()), words)
    found = p.DIGIT.search(words[::-1])
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


def _matches_from(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where ``starts`` finds a match's first place.

    A pattern that opens with a look-behind is tried at every character by ``re``; one
    that opens with a class skips ahead fast. ``starts`` must match at every place a match
    of ``pattern`` may begin (and ``pattern`` never matches empty): the matches are then
    the same, found from fewer tries.
    """
    end, match = 0, pattern.match
    for candidate in starts.finditer(text):
        at = candidate.start()
        if at < end:
            continue
        found = match(text, at)
        if found is not None:
            yield found
            end = found.end()


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
    # 实际增长8.4%和8%: a list of real rates is respective with 分别 understood.
    marks = sorted(
        [m.start() for m in re.finditer(r"分别|实际(?=[增下提降][^，。；]{0,8}%[、和])", text)]
        + [m.start() for m in p.RATE_LIST_MARK.finditer(text)]
    )
    for pos in marks:
        if found and pos < found[-1].end():
            continue
        m = p.RESPECTIVELY.search(text, max(0, pos - 8), pos + 80)
        if m is not None and (not found or m.start() >= found[-1].end()):
            found.append(m)
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
    found = re.search(
        r"((?:19|20)\d{2})\s*年?\s*(?:[—–~-]|至|到)\s*((?:19|20)\d{2})\s*年", sentence
    )
    if found:
        return int(found.group(1)), int(found.group(2))
    mentioned = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})年", sentence)]
    if len(mentioned) >= p.PAIR and mentioned[0] < mentioned[-1]:
        return mentioned[0], mentioned[-1]
    for plan, start in p.PLAN_YEARS.items():
        if plan in sentence:
            return start, start + 5
    return None


def _related(rate_name: str, count_name: str) -> bool:
    """Whether a rate plausibly has a count as its part or whole.

    Either the names share two characters in a row (走访率 and 走访居民), or the rate
    resolves cases and the count counts cases (处置率 and 上报案件). A rate next to an
    unrelated count (8处 睦邻点, 群众满意率) is never tied to it.
    """
    stem = rate_name.removesuffix("率")
    # Two characters of a scope or a place (城镇登记失业率 beside 城镇新增就业) relate nothing.
    shared = {stem[i : i + 2] for i in range(len(stem) - 1)} - p.SCOPE_WORDS - _PLACE_PAIRS
    if any(pair in count_name for pair in shared):
        return True
    return stem.endswith(p.RESOLVING) and any(word in count_name for word in p.CASES)


_PLACE_PAIRS = frozenset(
    {"全市", "全省", "全区", "全县", "全镇", "全旗", "年末", "全年", "主要", "人口", "网格"}
)


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
    if len(items) >= p.PAIR:
        # 东湖村、西湖村、南山村和北山村: the last two items joined by 和, 及 or 以及, each
        # ending as the items before do.
        halves = [h for h in re.split(r"以及|和|及", items[-1]) if h]
        end = items[-2][-1]
        # 经济发展、城市治理、民生保障和安全稳定: or as long as the item before, as a
        # list of parallel phrases is written.
        size = len(items[-2])
        if len(halves) == p.PAIR and (
            all(h.endswith(end) for h in halves) or all(len(h) == size for h in halves)
        ):
            items[-1:] = halves
    return items


def _noun_length(text: str, start: int) -> int:
    n = 0
    while (
        start + n < len(text)
        and n < p.MAX_NOUN
        and text[start + n] not in p.CLAUSE_END + "、和与等的"
    ):
        if text[start + n].isdigit():
            break
        n += 1
    if (
        n > p.PAIR
        and text[start + n - 2 : start + n] not in ("高中", "初中")
        and text[start + n - 1] == "中"
        and text[start + n : start + n + 1] in "，,"
    ):
        # 全县212个行政村中，: among the things, not a thing (普通高中 is one).
        return n - 1
    # The words said of it may run past the noun's longest reach (…实验室在川布局).
    stop = p.NOUN_STOP.search(text, start + 2, start + n + 4)
    if stop and stop.start() < start + n:
        return stop.start() - start
    if n == p.MAX_NOUN and start + n < len(text) and text[start + n] not in p.CLAUSE_END:
        # Cut off mid-word (城中村改造项目加力实): back to the last head of a thing counted.
        # The head may lie a little past the reach (国家中小企业特色产业集群), never past
        # the clause.
        reach = start + n
        while (
            reach < min(len(text), start + n + 6)
            and text[reach] not in p.CLAUSE_END + "、和与及等的（("
            and not text[reach].isdigit()
        ):
            reach += 1
        heads = [h.end() for h in p.COUNT_HEAD.finditer(text, start, reach)]
        if heads and heads[-1] - start > p.PAIR:
            return heads[-1] - start
    return n


def _without_context(words: str) -> str:
    """Words without a change context they end with (城镇化率比上年 → 城镇化率)."""
    for word in CHANGE_CONTEXT:
        words = words.removesuffix(word)
    return words


def _has_digit(text: str) -> bool:
    """Whether ``text`` holds a figure's digit (PM2.5, 110报警 and 5G hold none)."""
    if _may_name_a_number(text):
        text = NAMED_NUMBER.sub("", text)
    return p.DIGIT.search(text) is not None


def _may_name_a_number(text: str) -> bool:
    """A cheap test before NAMED_NUMBER: every name it knows holds PM, a 1, a G or 百分位."""
    return "PM" in text or "1" in text or "G" in text or "百分位" in text


def _has_number(text: str) -> bool:
    return bool(re.search(rf"[\d{p.CN}]", text))


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


_ORDINAL_HEAD = re.compile(r"第([一二三四五六七八九十])")
_ORDINAL_NEXT = re.compile(r"第?([一二三四五六七八九十])")
_ORDINAL_LAST = re.compile(r"第?([一二三四五六七八九十])(?P<tail>[\u4e00-\u9fff].*)")


def _ordinal_shorthand(names: list[str]) -> list[str]:
    """第一、二、三产业增加值: 第一产业增加值, 第二产业增加值 and 第三产业增加值.

    Ordinals written once for the list, the noun after the last only; any other list is
    returned as it is.
    """
    if len(names) < p.PAIR or not _ORDINAL_HEAD.fullmatch(names[0]):
        return names
    last = _ORDINAL_LAST.fullmatch(names[-1])
    middle = [_ORDINAL_NEXT.fullmatch(n) for n in names[1:-1]]
    if last is None or not all(middle):
        return names
    ordinals = [names[0][1], *(m.group(1) for m in middle if m), last.group(1)]
    return [f"第{o}{last.group('tail')}" for o in ordinals]


def _shared_tail(names: list[str]) -> list[str]:
    """Give the short items of a list the tail of the last: 城镇、农村居民人均可支配收入.

    Parallel items are written with prefixes of one length (城镇/农村, 城镇居民/农村居民),
    and only the last carries the noun they share. A prefix that is parallel is short (two
    characters) or ends as the item does (城镇居民/农村居民); 信息传输、租赁和商务服务业
    are two whole names, and 信息传输 takes no tail.
    """
    last = names[-1]
    out = []
    for name in names[:-1]:
        tail = last[len(name) :]
        shorter = len(name) < len(last)
        parallel = shorter and (len(name) <= p.PAIR or last[len(name) - 1] == name[-1])
        shared = parallel and not any(w in name for w in ("收入", "总额", "产值"))
        if shorter and not parallel and not any(w in name for w in ("收入", "总额", "产值")):
            after = _tail_after_shared_ending(name, last)
            tail, shared = after or "", after is not None
        out.append(name + tail if shared else name)
    return [*out, last]


def _tail_after_shared_ending(name: str, last: str, size: int = 4) -> str | None:
    """城镇常住居民、农村牧区常住居民人均可支配收入: the tail after the ending both share.

    The item's last ``size`` characters (常住居民) stand in the last item at another place;
    what follows them there is the measure the list shares. Four by default, not a word of
    two; two where the last item is known to end with a measure (保险 of 城镇职工基本养老
    保险、基本医疗保险参保人数).
    """
    if len(name) < size:
        return None
    at = last.rfind(name[-size:])
    tail = last[at + size :] if at > 0 else ""
    return tail or None


def _paired(name: str) -> list[str] | None:
    """The two measures a paired name holds: 城乡低保标准 is 城市低保标准 and 农村低保标准."""
    for prefix, (first, second) in p.PAIRED_PREFIXES:
        at = name.find(prefix)
        if at >= 0 and at <= p.PAIR:
            head, tail = name[:at], name[at + len(prefix) :]
            return [head + first + tail, head + second + tail]
    return None


def _same_dimension(a: str, b: str) -> bool:
    try:
        require_same_dimension(a, b)
    except UnitError:
        return False
    return True


def _several_years_regions(text: str, stop: int, period: int) -> list[tuple[int, int, int | None]]:
    """The parts of the review (before ``stop``) that review several years.

    A part opens at a paragraph whose opening words name a span of years (“十四五”时期,
    过去五年, 五年来) and closes at one that opens the single year (刚刚过去的2025年,
    过去一年, 2025年，) or at ``stop``, where the plan part begins.

    Returns:
        ``(start, end, base)`` per part: ``base`` is the year before the span, whose
        level an undated 从… starts from (2020 for “十四五”, the report's year less five
        for 过去五年), or ``None`` when the words do not say.
    """
    regions: list[tuple[int, int, int | None]] = []
    opened: int | None = None
    base: int | None = None
    offset = 0
    for line in text[:stop].split("\n"):
        found = p.SEVERAL_YEARS_OPEN.match(line)
        if found:
            if opened is None:
                opened, base = offset, _span_base(found.group(), period)
        elif opened is not None and p.ONE_YEAR_OPEN.match(line):
            regions.append((opened, offset, base))
            opened = None
        offset += len(line) + 1
    if opened is not None:
        regions.append((opened, stop, base))
    return regions


def _span_base(opening: str, period: int) -> int | None:
    """The year before the span a several-year review's opening words name."""
    for plan, start in p.PLAN_YEARS.items():
        # The plan that ends with the year reviewed (“十一五” in a report on 2010).
        if plan in opening and start + 5 == period:
            return start
    years = p.YEARS_SPAN.search(opening)
    if years is not None:
        # 回顾2019年至2023年: the span in years, when it ends with the year reviewed.
        first, last = int(years.group("first")), int(years.group("last"))
        return first - 1 if last == period and first < last else None
    if re.search("过去五年|五年来|这五年|五年间", opening):
        return period - 5
    return None


def _heading_level(line: str) -> int | None:
    """The level of a heading line (1 for 一、 … 4 for （1）), or ``None`` for prose.

    A heading is short and holds no sentence: no 。, ，, or ；. An unmarked one (a
    title of a part) is of level 1.
    """
    body = line.strip()
    if not body or len(body) > p.HEADING_MAX or any(ch in body for ch in "。，,；;"):
        return None
    mark = p.HEADING_MARK.match(body)
    if mark is None:
        return 1
    return next(level for level, name in enumerate(("l1", "l2", "l3", "l4"), 1) if mark.group(name))


def _governing_spans(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The parts of the text a part of the year governs from a heading or a lead sentence.

    A heading naming a span (（一）1—11月主要经济指标) governs down to the next heading of
    its level or above; a paragraph opening with one (1—11月，全区经济运行总体平稳。)
    governs the rest of the paragraph, marked so (1—11月（据段首）): a reader may write a
    whole-year figure there without 全年, so such a figure is compared only with one the
    same way governed. A sentence's own span, or its 全年 or year, still comes first (see
    ``_qualifiers``).

    Returns:
        ``(start, end, span)`` per part, in text order.
    """
    regions: list[tuple[int, int, str]] = []
    heading: tuple[int, int, str] | None = None  # (level, start, span)
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        i = bisect_left(spans, (offset, -1, ""))
        found = spans[i] if i < len(spans) and spans[i][0] < end else None
        # Only a line with a span, or one that may close a heading's, needs its level.
        level = _heading_level(line) if found is not None or heading is not None else None
        if level is not None and heading is not None and level <= heading[0]:
            regions.append((heading[1], offset, heading[2]))
            heading = None
        if found is not None:
            if level is not None:
                if heading is None:
                    heading = (level, end, found[2])
            else:
                mark = p.HEADING_MARK.match(line)
                lead = mark.end() if mark else len(line) - len(line.lstrip())
                if found[0] - offset - lead <= p.LEAD_SPAN_WITHIN:
                    # Said of the paragraph's later sentences, not of each: kept apart from
                    # a span a sentence states for itself (see LEAD_SPAN_MARK).
                    # Up to a sentence that turns to the whole year (全年…, 年末…).
                    turn = p.WHOLE_YEAR.search(text, found[1], end)
                    stop = end if turn is None else turn.start()
                    regions.append((found[1], stop, found[2] + p.LEAD_SPAN_MARK))
        offset = end + 1
    if heading is not None:
        regions.append((heading[1], len(text), heading[2]))
    return sorted(regions)


def _lead_scope_words(text: str, full: int, start: int) -> str | None:
    """The scope a sentence's opening words give its figures (从县本级看，…), if any.

    Not words inside a bracket that opens there (全区卫生健康支出（全口径，含…）11.35亿元):
    a bracket's scope is its own figure's.
    """
    lead = p.LEAD_SCOPE.match(text, full, start)
    if lead is None or lead.group().count("（") + lead.group().count("(") > (
        lead.group().count("）") + lead.group().count(")")
    ):
        return None
    return lead.group()[:-1]
