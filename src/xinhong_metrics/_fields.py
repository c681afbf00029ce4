"""Field types and validators shared by the report model and its claims."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from xinhong_metrics.errors import XinhongError
from xinhong_metrics.numbers import NumberKind, parse_figure

__all__ = [
    "MAX_OFFSET",
    "YEAR_BEFORE",
    "Id",
    "Offset",
    "Strict",
    "Year",
    "checked",
    "checked_figure",
    "of_kind",
]

_ID = r"^[a-z0-9][a-z0-9._-]*$"
Id = Annotated[str, Field(pattern=_ID, description="A stable id: lower-case letters, digits, -._")]
Year = Annotated[int, Field(ge=1949, le=2100, description="A calendar year")]
# A report text of a billion characters does not exist; the bound keeps offsets inside
# the 64-bit columns of the frames, whatever a file says.
MAX_OFFSET = 10**9
Offset = Annotated[
    int, Field(ge=0, le=MAX_OFFSET, description="Character offset of the quote in the source")
]


class Strict(BaseModel):
    """A frozen model that refuses unknown fields: a mistyped key is an error, not lost."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


def checked(parse: Callable[[str], object]) -> Callable[[str], str]:
    """A pydantic validator that reads text with ``parse`` and keeps the text as written."""

    def validate(text: str) -> str:
        try:
            parse(text)
        except XinhongError as exc:
            raise ValueError(exc.reason) from None
        return text

    return validate


checked_figure = checked(parse_figure)


def of_kind(*kinds: NumberKind, claim: str) -> Callable[[str], str]:
    """A validator that reads a stated change and requires one of ``kinds`` of figure.

    倍 and 百分点 are never read as a relative percent (增长2.6倍 is ×3.6, not +2.6%), nor
    % as percentage points: a stated figure of another kind is refused where it is written.
    """
    names = {
        NumberKind.PERCENT: "a percent (增长5%)",
        NumberKind.POINTS: "percentage points (提高2个百分点)",
        NumberKind.MULTIPLE: "a multiple (2倍)",
        NumberKind.PLAIN: "a level",
        NumberKind.FRACTION: "a fraction",
    }

    def validate(text: str) -> str:
        try:
            number = parse_figure(text)
        except XinhongError as exc:
            raise ValueError(exc.reason) from None
        if number.kind not in kinds:
            wanted = " or ".join(names[k] for k in kinds)
            raise ValueError(
                f"{text!r} is {names[number.kind]}, but a {claim} is stated as {wanted}"
            )
        return text

    return validate


# The year before, in the words reports use for it.
YEAR_BEFORE = frozenset({"上年", "去年", "上年同期", "去年同期", "同期", "前一年", "上一年"})
