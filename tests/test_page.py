"""The HTML report: one self-contained page, each checked figure marked in its text.

The first tests read the page as HTML; the browser tests open it in Debian's headless
Chromium (driven by selenium and the packaged chromedriver), which `.ci/run` installs.
Where Chromium cannot be had, they skip and say why (pytest -ra prints the reason).
"""

from __future__ import annotations

import re
import resource
import shutil
from collections.abc import Iterator
from fractions import Fraction
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from xinhong_metrics import Interval, check_findings, html_report, load_report, report_set
from xinhong_metrics.cli import main
from xinhong_metrics.findings import Finding, Verdict
from xinhong_metrics.page import _bars

from .conftest import DATA, SEED

SEED_TEXT = (DATA / "xinhong-2020-work-report.txt").read_text(encoding="utf-8")
# The bound for the seed's page.
MAX_SEED_PAGE = 500_000


@pytest.fixture(scope="module")
def bundled_page() -> str:
    collection = report_set(DATA)
    return html_report(collection, check_findings(collection))


class _Marks(HTMLParser):
    """Collect the marked spans of each report's text, with their attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.report: str | None = None
        self.depth = 0
        self.open: list[dict[str, str]] = []
        self.marks: list[tuple[str, dict[str, str], str]] = []
        self.text: dict[str, list[str]] = {}
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        for key in ("src", "href"):
            if key in found and not found[key].startswith("#"):
                self.external.append(found[key])
        if tag in ("link", "iframe", "img", "object", "embed"):
            self.external.append(tag)
        if tag == "div" and "data-report" in found:
            self.report, self.depth = found["data-report"], 1
            self.text[self.report] = []
        elif self.report is not None and tag in ("mark", "span"):
            self.depth += 1
            self.open.append(
                found | {"_tag": tag, "_at": str(len("".join(self.text[self.report])))}
            )
        elif self.report is not None:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self.report is None:
            return
        self.depth -= 1
        if tag in ("mark", "span") and self.open:
            attrs = self.open.pop()
            inner = "".join(self.text[self.report])[int(attrs["_at"]) :]
            self.marks.append((self.report, attrs, inner))
        if self.depth == 0:
            self.report = None

    def handle_data(self, data: str) -> None:
        if self.report is not None:
            self.text[self.report].append(data)


def parse(page: str) -> _Marks:
    parser = _Marks()
    parser.feed(page)
    return parser


def test_the_page_holds_the_text_and_each_mark_its_figure(bundled_page: str) -> None:
    """Every mark's offsets cut its own characters out of the source text."""
    parsed = parse(bundled_page)
    assert "".join(parsed.text["xinhong-2020"]) == SEED_TEXT
    seed_marks = [(a, inner) for r, a, inner in parsed.marks if r == "xinhong-2020"]
    assert len(seed_marks) > 100
    for attrs, inner in seed_marks:
        assert SEED_TEXT[int(attrs["data-start"]) : int(attrs["data-end"])] == inner


def test_every_finding_of_the_seed_is_listed_and_marked(bundled_page: str) -> None:
    findings = check_findings(report_set(DATA))
    for i, finding in enumerate(findings):
        assert f'id="f{i}"' in bundled_page, finding
    parsed = parse(bundled_page)
    marked = {
        f for _, attrs, _ in parsed.marks if "data-f" in attrs for f in attrs["data-f"].split()
    }
    seed = [i for i, f in enumerate(findings) if f.file == str(SEED)]
    assert {f"f{i}" for i in seed} <= marked
    verdicts = {attrs["data-verdict"] for _, attrs, _ in parsed.marks if "data-verdict" in attrs}
    assert {"consistent", "inconsistent", "ambiguous", "unverifiable"} <= verdicts


def test_the_page_fetches_nothing_and_is_light(bundled_page: str) -> None:
    parsed = parse(bundled_page)
    assert parsed.external == []
    assert "http://" not in bundled_page
    assert "https://" not in bundled_page
    assert len(bundled_page.encode("utf-8")) < MAX_SEED_PAGE


def test_numbers_set_aside_and_unexplained_are_shown(bundled_page: str, tmp_path: Path) -> None:
    """The seed accounts for every number; a raw text with a stray code does not."""
    parsed = parse(bundled_page)
    kinds = {attrs.get("class") for r, attrs, _ in parsed.marks if r == "xinhong-2020"}
    assert {"value", "aside"} <= kinds
    assert "unexplained" not in kinds  # tests/test_seed_accounting: all explained
    text = tmp_path / "town-2020.txt"
    text.write_text("2020年工作回顾\n全年新增就业岗位120个。文件代码为8848。\n", encoding="utf-8")
    collection = report_set(text)
    drafted = parse(html_report(collection, check_findings(collection)))
    flagged = [inner for _, attrs, inner in drafted.marks if attrs.get("class") == "unexplained"]
    assert flagged == ["8848"]


def test_text_is_escaped() -> None:
    """A quote holding markup is shown as text, never run."""
    collection = report_set(SEED)
    finding = Finding(
        check="relative-change",
        verdict=Verdict.INCONSISTENT,
        entity="x",
        report=("xinhong-2020",),
        indicator="<script>alert(1)</script>",
        periods=(2020,),
        quote="<img src=x onerror=alert(1)>",
        stated="增长5%",
        recomputed="(1, 2)%",
        message="<b>",
    )
    page = html_report(collection, [finding])
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_report_without_its_text_shows_its_quotes(tmp_path: Path) -> None:
    report = tmp_path / "minhang-2013-gwr.yaml"
    shutil.copy(DATA / "minhang" / "minhang-2013-gwr.yaml", report)
    loaded = load_report(report)
    assert loaded.text is None
    collection = report_set([loaded])
    findings = check_findings(collection)
    page = html_report(collection, findings)
    assert "No source text" in page
    for finding in findings:
        assert finding.quote.split(" | ")[-1][:10] in page


def test_number_lines_show_stated_and_recomputed(bundled_page: str) -> None:
    lines = re.findall(r'<svg class="numberline.*?</svg>', bundled_page)
    assert len(lines) > 10
    assert any('aria-label="stated and recomputed on a number line"' in line for line in lines)
    assert any('aria-label="implied prior on a number line"' in line for line in lines)


def _finding(stated: str, recomputed: str) -> Finding:
    return Finding(
        check="cross-year-change",
        verdict=Verdict.CONSISTENT,
        entity="闵行区",
        report=("b", "a"),
        indicator="第三产业增加值",
        periods=(2013, 2012),
        quote="q",
        stated=stated,
        recomputed=recomputed,
        message="m",
    )


@pytest.mark.parametrize(
    ("stated", "recomputed", "bars"),
    [
        (
            "增长14.2%",
            "+14.13% ((14.02, 14.25)%)",
            [
                ("stated", Interval(Fraction("14.15"), Fraction("14.25"), True, False)),
                ("recomputed", Interval(Fraction("14.02"), Fraction("14.25"), False, False)),
            ],
        ),
        (
            "提高2.3个百分点",
            "2.3 points ((2.2, 2.4) points)",
            [
                ("stated", Interval(Fraction("2.25"), Fraction("2.35"), True, False)),
                ("recomputed", Interval(Fraction("2.2"), Fraction("2.4"), False, False)),
            ],
        ),
        (
            "下降7.2%",
            "prior [330.91, 331.37)亿元",
            [("implied prior", Interval(Fraction("330.91"), Fraction("331.37"), True, False))],
        ),
        ("三项", "3 named", []),
        (
            "11.9%",
            "yearly 11.78–11.91%",
            [
                ("stated", Interval(Fraction("11.85"), Fraction("11.95"), True, False)),
                ("recomputed", Interval(Fraction("11.78"), Fraction("11.91"), True, True)),
            ],
        ),
    ],
)
def test_number_line_bars(stated: str, recomputed: str, bars: list[tuple[str, Interval]]) -> None:
    """Stated and recomputed side by side only when they measure one thing in one unit."""
    assert _bars(_finding(stated, recomputed)) == bars


def test_linked_indicators_have_timelines(bundled_page: str) -> None:
    charts = re.findall(r'<figure class="timeline">.*?</figure>', bundled_page, re.S)
    assert any("general-budget-revenue" in c for c in charts)
    assert all("<circle" in c for c in charts)
    # A change stated across two years spans them, with its verdict's symbol.
    assert any('class="span v-consistent"' in c and "✓ 增长2.6%" in c for c in charts)


def test_report_command_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    main(["report", str(DATA), "-o", str(out)])
    assert "reports" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_report_command_never_replaces_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "r.txt"
    text.write_text(SEED_TEXT, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["report", str(text), "-o", str(text)])
    assert exit_info.value.code == 2
    assert "an output never replaces one" in capsys.readouterr().err
    assert text.read_text(encoding="utf-8") == SEED_TEXT


# -- in a real browser ---------------------------------------------------------------------


def _browser_or_skip() -> tuple[str, str]:
    try:
        import selenium  # noqa: F401
    except ImportError:
        pytest.skip("selenium is not installed (pip install -e '.[dev]')")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if chromium is None or driver is None:
        pytest.skip("Chromium is not installed (apt-get install chromium chromium-driver)")
    return chromium, driver


def _unlimited() -> None:
    # conftest caps the address space of the test process; Chromium reserves far more
    # than it uses, so its driver starts with the cap lifted.
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    chromium, driver_path = _browser_or_skip()
    driver = launch(chromium, driver_path, tmp_path_factory.mktemp("chromium"))
    yield driver
    driver.quit()


def launch(chromium: str, driver_path: str, profile: Path) -> Any:
    """Headless Chromium as the machine's notes say it runs here, with logs kept."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(driver_path, popen_kw={"preexec_fn": _unlimited})
    return webdriver.Chrome(service=service, options=options)


@pytest.fixture(scope="module")
def opened(browser: Any, bundled_page: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    page = tmp_path_factory.mktemp("page") / "report.html"
    page.write_text(bundled_page, encoding="utf-8")
    browser.get(page.as_uri())
    return browser


def test_page_loads_without_console_errors(opened: Any) -> None:
    logs = opened.get_log("browser")
    assert [entry for entry in logs if entry["level"] == "SEVERE"] == []
    assert opened.title == "xinhong-metrics"


_OFFSETS = """
const out = [];
document.querySelectorAll('.text[data-report]').forEach(function (text) {
  text.querySelectorAll('[data-start]').forEach(function (mark) {
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEndBefore(mark);
    out.push([text.dataset.report, Number(mark.dataset.start), range.toString().length,
              mark.textContent]);
  });
});
return out;
"""


def test_each_mark_sits_on_its_offset_in_the_rendered_text(opened: Any) -> None:
    found = opened.execute_script(_OFFSETS)
    seed = [row for row in found if row[0] == "xinhong-2020"]
    assert len(seed) > 100
    for _, start, rendered_at, inner in seed:
        assert rendered_at == start
        assert SEED_TEXT[start : start + len(inner)] == inner


def _reset(driver: Any) -> None:
    driver.execute_script(
        "document.querySelectorAll('input.verdict').forEach(b => { b.checked = true; });"
        "document.getElementById('check-filter').value = '';"
        "document.querySelector('input.verdict').dispatchEvent(new Event('change'));"
    )


def test_a_click_on_a_mark_shows_its_finding(opened: Any) -> None:
    from selenium.webdriver.common.by import By

    _reset(opened)
    mark = opened.find_element(By.CSS_SELECTOR, 'mark.mark[data-verdict="inconsistent"]')
    opened.execute_script("arguments[0].scrollIntoView({block: 'center'});", mark)
    mark.click()
    finding = opened.find_element(By.ID, mark.get_attribute("data-f").split()[0])
    assert "current" in (finding.get_attribute("class") or "")
    detail = finding.find_element(By.CSS_SELECTOR, ".detail")
    assert detail.is_displayed()
    assert "inconsistent" in finding.text


def test_keys_go_from_finding_to_finding(opened: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _reset(opened)
    opened.execute_script(
        "document.querySelectorAll('li.finding.current')"
        ".forEach(l => l.classList.remove('current'));"
    )
    order = opened.execute_script(
        "return Array.from(document.querySelectorAll('li.finding')).map(l => l.id);"
    )
    body = opened.find_element(By.TAG_NAME, "body")
    body.send_keys("j")
    first = opened.find_element(By.CSS_SELECTOR, "li.finding.current")
    assert first.get_attribute("id") == order[0]
    body.send_keys("j")
    current = opened.find_element(By.CSS_SELECTOR, "li.finding.current")
    assert current.get_attribute("id") == order[1]
    body.send_keys("k")
    current = opened.find_element(By.CSS_SELECTOR, "li.finding.current")
    assert current.get_attribute("id") == order[0]
    mark = opened.find_element(By.ID, first.get_attribute("data-mark"))
    assert "current" in (mark.get_attribute("class") or "")
    body.send_keys(Keys.ESCAPE)  # no handler: nothing changes, nothing fails


def test_filters_hide_what_they_should(opened: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _reset(opened)
    box = opened.find_element(By.CSS_SELECTOR, 'input.verdict[value="consistent"]')
    box.click()
    shown = opened.execute_script(
        "return Array.from(document.querySelectorAll('li.finding'))"
        ".filter(l => !l.hidden).map(l => l.dataset.verdict);"
    )
    assert shown
    assert "consistent" not in shown
    off = opened.execute_script(
        "return Array.from(document.querySelectorAll('mark.mark[data-f]'))"
        ".filter(m => m.dataset.verdict === 'consistent' && m.dataset.f.split(' ').length === 1)"
        ".every(m => m.classList.contains('off'));"
    )
    assert off is True
    box.click()
    Select(opened.find_element(By.ID, "check-filter")).select_by_value("listed-count")
    checks = opened.execute_script(
        "return Array.from(document.querySelectorAll('li.finding'))"
        ".filter(l => !l.hidden).map(l => l.dataset.check);"
    )
    assert checks
    assert set(checks) == {"listed-count"}
    _reset(opened)


def test_a_screenshot_of_the_seed_report(opened: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    _reset(opened)
    opened.find_element(By.ID, "r-xinhong-2020").location_once_scrolled_into_view  # noqa: B018
    shot = tmp_path / "seed-report.png"
    assert opened.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    print(f"screenshot of the seed report: {shot}")
