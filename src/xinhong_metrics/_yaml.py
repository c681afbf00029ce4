"""Report files as YAML: read with the line of every field, bounded, and written back.

Reading goes through libyaml (PyYAML's C loader), which keeps the position of every
node: a report file of 1,200 lines loads in milliseconds. ruamel.yaml, which keeps
comments and layout, is used where a file is written (drafts).
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import SingleQuotedScalarString

from xinhong_metrics.errors import ReportFileError
from xinhong_metrics.model import (
    CLAIM_KINDS,
)

__all__ = [
    "MAX_REPORT_BYTES",
    "MAX_TEXT_BYTES",
    "FieldPath",
    "MarkedMapping",
    "dump_document",
    "format_field",
    "line_of",
    "read_regular_file",
    "read_text_file",
    "read_yaml_mapping",
    "validation_error",
]

FieldPath = tuple[str | int, ...]

# Bounds on what one load may read. The seed's report file is 40 KB and the longest
# report text of the development corpus 90 KB; a hundred times that is still a report,
# while a device, a FIFO or a runaway file is refused before it is read.
MAX_REPORT_BYTES = 8 * 1024 * 1024

MAX_TEXT_BYTES = 16 * 1024 * 1024


class _Loader(yaml.CSafeLoader):
    """libyaml's safe loader, leaving dates as text for the model to validate.

    A bad date (2021-02-30) then fails on its field, with its name and line.
    """


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


class MarkedMapping(dict[str, Any]):
    """A YAML mapping as read, with the 1-based line of every key and item below it."""

    lines: dict[FieldPath, int]


def format_field(path: FieldPath) -> str:
    """Render a field path as ``claims[3].stated``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def line_of(tree: Any, path: FieldPath) -> int | None:
    """1-based line of the deepest part of ``path`` the YAML has, or ``None`` without lines.

    Parts that name no YAML node (a union tag pydantic adds to a path) are passed over.
    """
    if not isinstance(tree, MarkedMapping):
        return None  # content held in memory (a draft) has no lines
    lines = tree.lines
    found: FieldPath = ()
    for part in path:
        if (*found, part) in lines:
            found = (*found, part)
    return lines.get(found)


def _child(node: Any, part: str | int) -> tuple[bool, Any]:
    if isinstance(node, dict) and isinstance(part, str) and part in node:
        return True, node[part]
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return True, node[part]
    return False, None


def _yaml_path_parts(loc: Sequence[str | int], tree: Any) -> FieldPath:
    """Drop the parts of a pydantic error location that are not keys in the YAML."""
    kept: list[str | int] = []
    node = tree
    for part in loc:
        found, child = _child(node, part)
        if found:
            kept.append(part)
            node = child
        elif isinstance(node, dict) and isinstance(part, str) and not _is_union_tag(part):
            kept.append(part)  # a missing required field: name it, line of its parent
            break
    return tuple(kept)


def _is_union_tag(part: str) -> bool:
    return part in CLAIM_KINDS


def read_text_file(path: Path) -> str:
    """Read a report text: a regular UTF-8 file under the size limit.

    Raises:
        ReportFileError: naming the file, and the line of a bad byte.
    """
    raw = read_regular_file(path, MAX_TEXT_BYTES, str(path), what="text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ReportFileError(
            f"not UTF-8 text{_encoding_hint(raw)}", file=str(path), line=line
        ) from None


def _encoding_hint(raw: bytes) -> str:
    """How to convert a text that is not UTF-8, when it reads as another Chinese encoding."""
    codec = "UTF-16" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else "GB18030"
    try:
        raw.decode(codec.lower())
    except UnicodeDecodeError:
        return ""
    return f" (it reads as {codec}: convert it with iconv -f {codec} -t UTF-8)"


def read_regular_file(path: Path, limit: int, name: str, what: str = "file") -> bytes:
    """Read a regular file of at most ``limit`` bytes; refuse devices, FIFOs and folders."""
    too_large = f"{what} is larger than {limit // (1024 * 1024)} MiB, the limit for one file"
    try:
        info = os.stat(path)
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ReportFileError(f"cannot read {what} ({reason})", file=name) from None
    if not stat.S_ISREG(info.st_mode):
        raise ReportFileError(f"{what} is not a regular file", file=name)
    if info.st_size > limit:
        raise ReportFileError(too_large, file=name)
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as exc:
        raise ReportFileError(f"cannot read {what} ({exc.strerror})", file=name) from None
    if len(raw) > limit:
        raise ReportFileError(too_large, file=name)
    return raw


def validation_error(exc: ValidationError, tree: Any, name: str) -> ReportFileError:
    errors = exc.errors(include_url=False)
    first = errors[0]
    path = _yaml_path_parts(first["loc"], tree)
    msg = str(first["msg"])
    msg = msg.removeprefix("Value error, ")
    if first["type"] == "missing":
        msg = "required field is missing"
    elif first["type"] == "extra_forbidden":
        msg = "unknown field"
    elif first["type"] == "union_tag_invalid":
        tag = first.get("ctx", {}).get("tag")
        expected = first.get("ctx", {}).get("expected_tags", "")
        msg = f"unknown claim kind {tag!r} (known: {expected})"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return ReportFileError(
        msg + more, file=name, line=line_of(tree, path), field=format_field(path)
    )


def _read_as_other(text: str) -> bool:
    """Whether a YAML 1.1 reader would read this text, written plain, as no text."""
    resolvers = yaml.CSafeLoader.yaml_implicit_resolvers.get(text[:1], []) if text else []
    return any(regexp.match(text) for _tag, regexp in resolvers)


def dump_document(document: dict[str, Any], header: str = "") -> str:
    """Write a report file's content as YAML text, short lists and set-asides in flow style.

    Args:
        document: plain data in the report-file format.
        header: comment lines to put on top (without ``#``).
    """
    from io import StringIO  # noqa: PLC0415 - only writers need it

    def flow(items: list[Any]) -> CommentedSeq:
        seq = CommentedSeq(items)
        seq.fa.set_flow_style()
        return seq

    def to_tree(node: Any, key: str = "") -> Any:
        if isinstance(node, dict):
            mapping = CommentedMap((k, to_tree(v, k)) for k, v in node.items())
            if key == "not_metrics":
                mapping.fa.set_flow_style()
            return mapping
        if isinstance(node, list):
            if key in ("items", "parts", "also_refers_to"):
                return flow(node)
            if key == "not_metrics":
                return CommentedSeq(to_tree(v, "not_metrics") for v in node)
            if key == "values" and not node:
                return flow([])
            return CommentedSeq(to_tree(v) for v in node)
        if isinstance(node, dt.date):
            node = node.isoformat()
        if isinstance(node, str) and _read_as_other(node):
            # published: 2023-01-10 is text here; a YAML 1.1 reader (PyYAML, and the JSON
            # Schema tools built on it) would read a date, and the schema refuses it.
            return SingleQuotedScalarString(node)
        return node

    yaml = YAML(typ="rt", pure=True)
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = StringIO()
    for line in header.splitlines():
        out.write(f"# {line}\n")
    yaml.dump(to_tree(document), out)
    return out.getvalue()


def read_yaml_mapping(path: Path, name: str, *, what: str = "a report file") -> MarkedMapping:
    """Read a report file's YAML (or ``what`` else): a mapping, with the line of every key and item.

    Raises:
        ReportFileError: for an unreadable or oversized file, bytes that are not UTF-8,
            malformed YAML or a key written twice (with its line), or a document that is
            not a mapping.
    """
    raw = read_regular_file(path, MAX_REPORT_BYTES, name)
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad_line = raw[: exc.start].count(b"\n") + 1
        raise ReportFileError("not UTF-8 text", file=name, line=bad_line) from None
    loader = _Loader(source)
    try:
        node = loader.get_single_node()
        if not isinstance(node, yaml.MappingNode):
            raise ReportFileError(f"{what} must be a YAML mapping", file=name, line=1)
        lines: dict[FieldPath, int] = {(): node.start_mark.line + 1}
        _mark(node, (), lines, name)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        yaml_line: int | None = None if mark is None else int(mark.line) + 1
        problem = exc.problem or exc.context or "malformed YAML"
        raise ReportFileError(f"malformed YAML: {problem}", file=name, line=yaml_line) from None
    except yaml.YAMLError as exc:
        raise ReportFileError(f"malformed YAML: {exc}", file=name) from None
    except RecursionError:
        raise ReportFileError("malformed YAML: nested too deeply", file=name) from None
    finally:
        loader.dispose()
    tree = MarkedMapping(data)
    tree.lines = lines
    return tree


def _mark(node: yaml.Node, path: FieldPath, lines: dict[FieldPath, int], name: str) -> None:
    """Record the line of every key and item under ``node``; refuse a key written twice."""
    if isinstance(node, yaml.MappingNode):
        seen: set[object] = set()
        for key_node, value in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            line = key_node.start_mark.line + 1
            if key in seen:
                # A YAML library keeps the last of two equal keys; what the user wrote
                # first would be lost without a word.
                raise ReportFileError(f"key {key!r} is written twice", file=name, line=line)
            seen.add(key)
            if isinstance(key, str):
                lines[(*path, key)] = line
                _mark(value, (*path, key), lines, name)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[(*path, index)] = item.start_mark.line + 1
            _mark(item, (*path, index), lines, name)
