"""The report's index.html in a real browser (Chromium through Playwright, as tests/test_browser.py):
opened from the file system, every figure shows, nothing is fetched from the network, no script
runs, the browser reports no error (a Content-Security-Policy violation would be one), and a
document's link opens its page. Screenshots go to ``reports/screenshots/`` (look at them).

Skipped unless Debian's ``chromium`` is installed and the ``playwright`` package imports.
"""

from __future__ import annotations


import pandas as pd
import pytest

from conftest import ROOT, system_chromium as _chromium
from geolib.pipeline import report_command

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage"]
SCREENSHOTS = ROOT / "reports" / "screenshots"


def test_index_html_opens_offline_with_every_figure(tmp_path):
    exe = _chromium()
    if exe is None:
        pytest.skip("no system chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    src = tmp_path / "src"
    src.mkdir()
    texts = [f'China said: "We oppose the sanctions, a Cold War mentality." NATO met in Brussels. '
             f'Ruritania objected, the <script>alert({i})</script> minister told reporters. Story {i}.'
             for i in range(4)]
    pd.DataFrame({"id": ["<script>alert('id')</script>", "../x", "c", "d"], "text": texts}).to_csv(
        src / "news.csv", index=False)
    out = tmp_path / "out"
    assert report_command([str(src)], out, 1, progress=False) == 0
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            requests: list[str] = []
            problems: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
            page.goto((out / "index.html").as_uri())
            page.wait_for_load_state("load")
            sizes = page.eval_on_selector_all("img", "imgs => imgs.map(i => [i.complete, i.naturalWidth])")
            assert len(sizes) >= 1 and all(done and width > 0 for done, width in sizes), sizes
            assert page.eval_on_selector_all("script", "s => s.length") == 0
            assert "geolib report" in page.title()
            page.screenshot(path=str(SCREENSHOTS / "report_index.png"), full_page=True)
            links = page.eval_on_selector_all("a[href^='pages/']", "as => as.map(a => a.getAttribute('href'))")
            assert len(links) == 4
            page.click(f"a[href='{links[0]}']")
            page.wait_for_load_state("load")
            assert page.locator(".geolib-display").count() == 1
            page.screenshot(path=str(SCREENSHOTS / "report_document.png"), full_page=True)
            assert not problems, problems
            assert all(u.startswith("file://") for u in requests), requests
        finally:
            browser.close()
