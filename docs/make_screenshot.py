"""Write docs/img/seed-report.png: the bundled reports' page, the seed's inconsistent figure open.

Run from the checkout, with chromium, chromium-driver and selenium installed::

    .venv/bin/python docs/make_screenshot.py
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from pathlib import Path

from selenium.webdriver.common.by import By

from xinhong_metrics import check_findings, html_report, report_set

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Open the page in headless Chromium, click the inconsistent mark, and save the view."""
    sys.path.insert(0, str(ROOT))
    browser = importlib.import_module("tests.test_page")  # one way to start Chromium
    collection = report_set(ROOT / "data")
    page = html_report(collection, check_findings(collection), title="xinhong-metrics")
    with tempfile.TemporaryDirectory() as folder:
        html = Path(folder) / "report.html"
        html.write_text(page, encoding="utf-8")
        driver = browser.launch(*browser._browser_or_skip(), Path(folder) / "profile")
        try:
            driver.set_window_size(1400, 900)
            driver.get(html.as_uri())
            mark = driver.find_element(By.CSS_SELECTOR, 'mark.mark[data-verdict="inconsistent"]')
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", mark)
            mark.click()
            out = ROOT / "docs" / "img" / "seed-report.png"
            driver.save_screenshot(str(out))
            print(f"wrote {out}")
        finally:
            driver.quit()


if __name__ == "__main__":
    main()
