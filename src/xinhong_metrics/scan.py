"""Find every number in a report's text: digit runs, and Chinese numerals that count."""

from __future__ import annotations

import re
from dataclasses import dataclass

from xinhong_metrics.lexicon import CLASSIFIERS, CN_NUMERALS

__all__ = ["NumberSpan", "scan_numbers"]


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """One number found in a text.

    Attributes:
        start: offset of its first character.
        end: offset just past its last character.
        text: the characters, as written.
    """

    start: int
    end: int
    text: str


# Digits, with decimals and thousands separators; full-width digits too. The leading
# class (not [0-9]+) lets re skip straight to a digit.
_ARABIC = re.compile(
    r"[0-9０-９][0-9０-９]*(?:[.．,，][0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?"
)

# A Chinese numeral counts something when a classifier (measure word) follows it, when
# 第 makes it an ordinal, or when it stands alone in quotes as a plan name (“十四五”).
_CLASSIFIERS = CLASSIFIERS
_CN = CN_NUMERALS
_CHINESE = re.compile(
    rf"(?=[{_CN}])(?:(?<=第)[{_CN}]+"
    rf"|(?<=[“\"])[{_CN}]{{2,}}(?=[”\"])"
    rf"|(?<![{_CN}万亿统])(?!零部|一起|一道)[{_CN}]+(?:[万亿][{_CN}]*)?(?=分之|{_CLASSIFIERS})"
    rf"|(?<=百分之)[{_CN}]+(?:点[{_CN}]+)?)"
)
# A numeral is tried only where its run starts, so a long run costs one pass, not one
# pass per character. Runs of 一 that are words rather than numbers: 统一, 进一步, 一线,
# 一体化, 一对一 … are not matched because no classifier follows them; 一个 after 第 is an
# ordinal. Words that hold a numeral before a classifier are not numbers either: 统一大
# 市场, 零部件, 一起抓, 一道.


def scan_numbers(text: str) -> list[NumberSpan]:
    """List every digit run and every counting Chinese numeral in the text.

    Args:
        text: a report's text.

    Returns:
        The numbers in order of position; a Chinese numeral inside a span of digits
        (none in practice) is not listed twice.
    """
    spans = [NumberSpan(m.start(), m.end(), m.group()) for m in _ARABIC.finditer(text)]
    taken = {i for s in spans for i in range(s.start, s.end)}
    for m in _CHINESE.finditer(text):
        if m.start() in taken:
            continue
        spans.append(NumberSpan(m.start(), m.end(), m.group()))
    return sorted(spans, key=lambda s: s.start)
