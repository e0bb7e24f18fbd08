"""The notebooks in a real browser: JupyterLab on 127.0.0.1, driven by Playwright and Chromium.

Skipped unless Debian's ``chromium`` is installed and the ``playwright`` Python package imports
(the test uses the system browser through ``executable_path``; it never downloads one). For each
notebook: open it in JupyterLab, Run > Run All Cells, wait for the kernel to be idle, check that no
cell shows an error and that every code cell ran, save, check the saved file the same way, and
keep a screenshot in ``reports/screenshots/`` (look at them).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import nbformat
import pytest

from conftest import ROOT, system_chromium as _chromium

pytestmark = pytest.mark.browser

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
SCREENSHOTS = ROOT / "reports" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage"]
RUN_TIMEOUT_MS = int(os.environ.get("GEOLIB_BROWSER_TIMEOUT", "300")) * 1000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def browser():
    exe = _chromium()
    if exe is None:
        pytest.skip("no system chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module")
def lab(tmp_path_factory, browser):  # noqa: ARG001 - start the server only when a browser is there
    """JupyterLab on 127.0.0.1 with a token, serving a copy of notebooks/, seeds/ and data/."""
    root = tmp_path_factory.mktemp("lab")
    for sub in ("notebooks", "seeds", "data"):
        if (ROOT / sub).exists():
            shutil.copytree(ROOT / sub, root / sub, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    settings = root / ".jupyter" / "lab" / "user-settings" / "@jupyterlab"
    # Render every cell (no windowing) so the page holds every prompt and output to check.
    (settings / "notebook-extension").mkdir(parents=True)
    (settings / "notebook-extension" / "tracker.jupyterlab-settings").write_text(
        json.dumps({"windowingMode": "none", "autoStartDefaultKernel": True}))
    (settings / "apputils-extension").mkdir(parents=True)
    (settings / "apputils-extension" / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    token, port = secrets.token_hex(16), _free_port()
    env = {**os.environ,
           "JUPYTER_CONFIG_DIR": str(root / ".jupyter"),
           "JUPYTER_RUNTIME_DIR": str(root / ".runtime"),
           "JUPYTERLAB_SETTINGS_DIR": str(root / ".jupyter" / "lab" / "user-settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(root / ".jupyter" / "lab" / "workspaces"),
           "GEOLIB_FIGURES": str(root / "figures"),
           "MPLBACKEND": "module://matplotlib_inline.backend_inline"}
    log = open(root / "lab.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ServerApp.ip=127.0.0.1",
         f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={root}", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
         "--LabApp.news_url=", "--LabApp.extension_manager=readonly"]
        + (["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []),
        cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                log.flush()
                pytest.fail("JupyterLab did not start:\n" + (root / "lab.log").read_text()[-3000:])
            time.sleep(0.5)
        yield {"base": base, "token": token, "root": root}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _kernel_state(lab: dict, nb_path: str) -> str | None:
    """The execution state of the kernel of the session open on ``nb_path`` (REST API)."""
    url = f"{lab['base']}/api/sessions?token={lab['token']}"
    with urllib.request.urlopen(url, timeout=5) as r:
        sessions = json.load(r)
    for s in sessions:
        if s.get("path") == nb_path and s.get("kernel"):
            return s["kernel"].get("execution_state")
    return None


def _wait_for_kernel(page, lab: dict, nb_path: str, timeout: float = 120) -> None:  # noqa: ANN001
    """Until the notebook's kernel is up and idle; accept the kernel chooser if it asks."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        dialog = page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept")
        if dialog.count() and dialog.first.is_visible():
            dialog.first.click()
        if _kernel_state(lab, nb_path) == "idle":
            return
        time.sleep(0.5)
    pytest.fail(f"{nb_path}: the kernel did not start (state {_kernel_state(lab, nb_path)})")


def _errors_on_page(page) -> list[str]:  # noqa: ANN001
    return page.evaluate("""() => {
        const out = [];
        for (const el of document.querySelectorAll('.jp-OutputArea-output')) {
            const t = el.innerText || '';
            if (/Traceback \\(most recent call last\\)|^\\w*(Error|Exception)\\b.*$/m.test(t)
                && el.getAttribute('data-mime-type') === 'application/vnd.jupyter.stderr') {
                out.push(t.slice(0, 300));
            }
        }
        return out;
    }""")


_STATE_JS = """() => {
    const ind = [...document.querySelectorAll('.jp-Notebook-ExecutionIndicator')]
        .find(e => e.offsetParent !== null);
    const prompts = [...document.querySelectorAll(
        '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputArea-prompt')]
        .map(p => p.innerText.trim());
    return {status: ind ? ind.getAttribute('data-status') : null, prompts: prompts};
}"""


def _wait_for_run_all(page, n_code: int) -> None:  # noqa: ANN001
    """Until every prompt on the page has a number, or a cell failed (Run All stops there)."""
    page.wait_for_function(
        """(n) => {
            const ind = [...document.querySelectorAll('.jp-Notebook-ExecutionIndicator')]
                .find(e => e.offsetParent !== null);
            const prompts = [...document.querySelectorAll(
                '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputArea-prompt')]
                .map(p => p.innerText.trim());
            const busy = prompts.some(t => t.includes('*'));
            // Cells whose source a teacher hid have no prompt on the page; the saved file is
            // checked for them below.
            const done = prompts.length > 0 && prompts.every(t => /\\[\\d+\\]/.test(t));
            const failed = document.querySelector(
                '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]');
            return ind && ind.getAttribute('data-status') === 'idle' && !busy
                   && (done || (failed && /Traceback|Error/.test(failed.innerText)));
        }""", arg=n_code, timeout=RUN_TIMEOUT_MS, polling=500)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_in_jupyterlab(lab, browser, path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    console_errors: list[str] = []
    page.on("pageerror", lambda exc: console_errors.append(str(exc)))
    try:
        page.goto(f"{lab['base']}/lab/tree/notebooks/{path.name}?token={lab['token']}",
                  wait_until="domcontentloaded", timeout=120_000)
        panel = page.locator(".jp-NotebookPanel:visible")
        panel.wait_for(timeout=120_000)
        _wait_for_kernel(page, lab, f"notebooks/{path.name}")

        # Run > Run All Cells, as a person would.
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click()
        n_code = len([c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"])
        try:
            _wait_for_run_all(page, n_code)
        except Exception:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / f"{path.stem}_timeout.png"))
            state = page.evaluate(_STATE_JS)
            pytest.fail(f"{path.name}: Run All did not finish: {state}")
        errors = _errors_on_page(page)

        # Keep a screenshot: the first figure if there is one, else the top of the notebook.
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        image = page.locator(".jp-NotebookPanel:visible .jp-RenderedImage img").first
        if image.count():
            image.scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / f"{path.stem}.png"))
        box = page.locator(".jp-NotebookPanel:visible .jp-MarkdownCell .admonition").first
        if box.count():
            box.scroll_into_view_if_needed()
            page.screenshot(path=str(SCREENSHOTS / f"{path.stem}_pitfalls.png"))
        answer = page.locator(".jp-NotebookPanel:visible .jp-MarkdownCell details").first
        if answer.count():
            answer.scroll_into_view_if_needed()
            page.screenshot(path=str(SCREENSHOTS / f"{path.stem}_exercise.png"))
        display = page.locator(".jp-NotebookPanel:visible .geolib-display").first
        if display.count():
            display.scroll_into_view_if_needed()
            page.screenshot(path=str(SCREENSHOTS / f"{path.stem}_display.png"))

        assert not errors, f"{path.name}: a cell shows an error:\n" + "\n".join(errors)
        if "show(" in path.read_text(encoding="utf-8"):
            # geolib.show rendered in the page: a legend and marked spans, styled by its CSS.
            assert display.count() and display.locator(".geolib-legend").first.is_visible()
            marked = display.locator("[data-span]")
            assert marked.count() > 0
            styled = marked.first.evaluate("""e => { const s = getComputedStyle(e);
                return (s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent')
                       || parseFloat(s.borderBottomWidth) > 0; }""")
            assert styled, "the display's CSS did not apply"
        # After Run All, every exercise answer is still hidden: its code folded by the cell's own
        # metadata, its result folded in a closed <details> until the reader clicks.
        cells = nbformat.read(path, as_version=4).cells
        solutions = [c for c in cells if c.cell_type == "code" and "solution" in c.metadata.get("tags", [])]
        assert all(c.metadata.get("jupyter", {}).get("source_hidden") for c in solutions)
        folds = page.locator(".jp-NotebookPanel:visible .geolib-answer")
        assert folds.count() == len(solutions) >= 2, (folds.count(), len(solutions))
        for k in range(folds.count()):
            fold = folds.nth(k)
            assert fold.evaluate("e => !e.open"), f"answer {k + 1} is open"
            assert not fold.locator(".geolib-answer-body").is_visible(), f"answer {k + 1} shows"
        if "geolib.notes(" in path.read_text(encoding="utf-8"):  # a warning shown as a note, once
            note = page.locator(".jp-NotebookPanel:visible .geolib-notes")
            assert note.count() == 1 and note.first.is_visible()
            assert "skipped empty.txt" in note.first.inner_text()
        first = folds.first
        first.scroll_into_view_if_needed()
        first.locator("summary").click()  # one click opens it
        assert first.locator(".geolib-answer-body").is_visible()
        # Save (Ctrl+S) and check the file the browser wrote: every code cell ran, no error output.
        page.locator(".jp-NotebookPanel:visible .jp-Notebook").first.click(position={"x": 5, "y": 5})
        page.keyboard.press("Control+s")
        saved = lab["root"] / "notebooks" / path.name
        deadline = time.time() + 30
        while time.time() < deadline:
            nb = nbformat.read(saved, as_version=4)
            counts = [c.execution_count for c in nb.cells if c.cell_type == "code"]
            if all(n is not None for n in counts):
                break
            time.sleep(0.5)
        assert all(n is not None for n in counts), f"{path.name}: not every code cell ran: {counts}"
        bad = [c.source[:80] for c in nb.cells if c.cell_type == "code"
               for o in c.outputs if o.output_type == "error"]
        assert not bad, f"{path.name}: error outputs in {bad}"
        assert not console_errors, console_errors[:3]
    finally:
        page.close()
