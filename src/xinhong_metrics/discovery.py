"""Finding report files and texts under the paths a user gives, and the bundled reports."""

from __future__ import annotations

import fnmatch
import logging
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import pathspec

from xinhong_metrics.errors import ReportFileError

__all__ = ["REPORT_SUFFIXES", "TEXT_SUFFIX", "bundled_report_paths", "find_report_files"]

_log = logging.getLogger("xinhong_metrics")

REPORT_SUFFIXES = (".yaml", ".yml")

TEXT_SUFFIX = ".txt"


def find_report_files(
    paths: str | Path | Iterable[str | Path],
    *,
    texts: bool = False,
    exclude: Sequence[str] = (),
    gitignore: bool = True,
) -> list[Path]:
    """Expand files and folders into the report files they hold, sorted.

    Args:
        paths: files and folders; a plain ``str`` is one path (``"/dev/zero"`` iterated
            would be ``"/"``, and a walk of the whole disk).
        texts: whether report texts (``.txt``) in the folders count too.
        exclude: glob patterns (``drafts/*``, ``*.draft.yaml``, ``archive``) of files and
            folders to leave out, matched against the path below the folder searched and
            against each of its parts.
        gitignore: whether what .gitignore files ignore is left out. The bundled reports
            are read without: installed in a virtual environment (as pre-commit installs
            the package), they sit under the ``*`` of the .gitignore virtualenv writes.

    Raises:
        ReportFileError: for a path that does not exist.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    suffixes = (*REPORT_SUFFIXES, TEXT_SUFFIX) if texts else REPORT_SUFFIXES
    found: list[Path] = []
    for item in paths:
        p = Path(item)
        if p.is_dir():
            for q in _walk(p, _ignores_above(p) if gitignore else None):
                if q.suffix not in suffixes or _excluded(q.relative_to(p), exclude):
                    continue
                if q.suffix == TEXT_SUFFIX and not _looks_chinese(q):
                    continue
                if q.suffix in REPORT_SUFFIXES and not _looks_like_report(q):
                    _log.info("skipped %s: a YAML file that is not a report file", q)
                    continue
                found.append(q)
        elif p.exists():
            found.append(p)
        else:
            raise ReportFileError("no such file or folder", file=str(p))
    return found


def _excluded(relative: Path, patterns: Sequence[str]) -> bool:
    text = relative.as_posix()
    return any(
        fnmatch.fnmatchcase(text, pattern)
        or any(fnmatch.fnmatchcase(part, pattern) for part in relative.parts)
        for pattern in patterns
    )


# Folders a search for reports never enters: tools' and environments' own files.
_SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__", "site-packages", "venv", "env"})


# A .gitignore and the folder its patterns are relative to.
_Ignore = tuple[Path, "pathspec.GitIgnoreSpec"]


def _walk(folder: Path, ignores: list[_Ignore] | None) -> list[Path]:
    """Files under a folder, sorted, skipping what a search for reports must not enter.

    Hidden folders, virtual environments, and what the .gitignore files of the folder,
    its subfolders and its repository above it ignore (git's rules, by pathspec), unless
    ``ignores`` is None.
    """
    if ignores is not None:
        ignores = [*ignores, *_ignore_file(folder)]
    found: list[Path] = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(".") or entry.name in _SKIPPED_FOLDERS:
            continue
        is_dir = entry.is_dir()
        if ignores is not None and _ignored(entry, is_dir, ignores):
            _log.info("skipped %s: ignored by .gitignore", entry)
            continue
        if is_dir:
            if not (entry / "pyvenv.cfg").exists():
                found.extend(_walk(entry, ignores))
        elif entry.is_file():
            found.append(entry)
    return found


def _ignore_file(folder: Path) -> list[_Ignore]:
    path = folder / ".gitignore"
    if not path.is_file():
        return []
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [(folder, pathspec.GitIgnoreSpec.from_lines(lines))]


def _ignores_above(folder: Path) -> list[_Ignore]:
    """The .gitignore files of the folders above ``folder``, up to its repository's root."""
    found: list[_Ignore] = []
    here = folder.resolve()
    for parent in here.parents:
        found = _ignore_file(parent) + found
        if (parent / ".git").exists():
            return found
    return []  # not in a repository: no .gitignore above applies


def _ignored(entry: Path, is_dir: bool, ignores: list[_Ignore]) -> bool:
    for base, spec in ignores:
        try:
            relative = entry.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
        if spec.match_file(relative + "/" if is_dir else relative):
            return True
    return False


_REPORT_KEY = re.compile(rb"^report:", re.MULTILINE)


def _looks_like_report(path: Path) -> bool:
    """Whether a YAML file found in a folder is a report file (it has a ``report:`` key).

    A configuration file or a gold-set file beside the reports is skipped, not an error.
    """
    try:
        with path.open("rb") as handle:
            return _REPORT_KEY.search(handle.read(1 << 16)) is not None
    except OSError:
        return True  # let the loader say what is wrong with it


def _looks_chinese(path: Path) -> bool:
    """Whether a text file found in a folder is a report text: mostly Chinese prose.

    README.txt, LICENSE.txt and requirements.txt beside the reports are not drafted.
    """
    try:
        with path.open("rb") as handle:
            raw = handle.read(6000)
    except OSError:
        return False
    head = raw.decode("utf-8", errors="ignore")
    if _chinese(head):
        return True
    # A report saved as GB18030 (GBK) or UTF-16 is a report all the same: taken, so that
    # reading it says what is wrong with it, never skipped without a word.
    return any(_chinese(raw.decode(codec, errors="ignore")) for codec in ("gb18030", "utf-16"))


def _chinese(head: str) -> bool:
    chinese = sum("\u4e00" <= ch <= "\u9fff" for ch in head)
    return chinese >= max(20, len(head) // 5)


def bundled_report_paths() -> list[Path]:
    """The bundled report files: the Xinhong 2020 report and the Minhang series.

    Looks beside the source checkout first (the package installed in editable mode, as
    for development and CI), then where a wheel puts them (``share/xinhong-metrics/data``
    under the environment's prefix, or under the prefix or target the package was
    installed to: ``pip install --user``, ``--prefix`` or ``--target``).
    """
    here = Path(__file__).resolve()
    candidates = [
        here.parents[2] / "data",
        Path(sys.prefix) / "share" / "xinhong-metrics" / "data",
        # <prefix>/lib/pythonX.Y/site-packages/xinhong_metrics/discovery.py
        here.parents[4] / "share" / "xinhong-metrics" / "data",
        # pip install --target <folder>: <folder>/xinhong_metrics and <folder>/share
        here.parents[1] / "share" / "xinhong-metrics" / "data",
    ]
    for folder in candidates:
        if folder.is_dir():
            return [_relative_to_cwd(p) for p in find_report_files([folder], gitignore=False)]
    return []


def _relative_to_cwd(path: Path) -> Path:
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path
