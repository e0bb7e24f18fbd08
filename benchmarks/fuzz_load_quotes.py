"""Fuzz ``geolib.load`` (bytes and text) and ``geolib.quotes.quotes`` (issue 8).

With atheris (coverage-guided, libFuzzer) when it can be imported, otherwise hypothesis at scale::

    PYTHONPATH=/path/to/atheris .venv/bin/python benchmarks/fuzz_load_quotes.py -max_total_time=300
    .venv/bin/python benchmarks/fuzz_load_quotes.py --hypothesis 20000

A crash is any exception other than :class:`geolib.InputError` (which is the clear refusal of
binary or empty input), or a broken invariant: a span whose text is not ``doc.text[start:end]``,
a span outside the text, overlapping sentences, a quote that runs past its paragraph. atheris
writes a crashing input to ``crash-*``; the hypothesis mode prints the smallest failing input.
"""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

QUOTE_MARKS = "\"'“”‘’«»„‹›`"
SEEDS = [
    "Hong Kong\nCNN —\n“We reject the Cold War mentality,” China’s foreign ministry said on Monday.\n\n"
    "NATO said: “No.” The U.S. and Russia disagreed. In the ’90s, rock ’n’ roll; the Joneses’ car.",
    "He said “this is never closed.\n\n‘Nested “quotes” here,’ she said. \"Straight\" 'ones'.",
    "<html><body><p>Putin said &ldquo;no&rdquo;.</p><a href=\"x\">link</a></body></html>",
    "â€œMojibakeâ€\x9d text, cafÃ©.\r\nCRLF line.\rCR line.",
    "Zoe\u0308 \u200f\u0645\u062d\u0645\u062f\u200e 🇷🇺 👍🏽 a\u00a0b c\u200bd ＷＯＲＬＤ！",
]


def check(doc, quotes) -> None:  # noqa: ANN001
    """Invariants of every table; raises AssertionError when one is broken."""
    import pandas as pd

    text = doc.text
    p, s, t = doc.paragraphs, doc.sentences, doc.tokens
    for df in (p, s, t):
        for a, b, x in zip(df.start, df.end, df.text):
            assert 0 <= a < b <= len(text) and text[a:b] == x, ("span", a, b, x)
    starts, ends = s.start.tolist(), s.end.tolist()
    assert all(e <= n for e, n in zip(ends, starts[1:])), "sentences overlap"
    if quotes is None:
        return
    q = quotes(doc, roles=None)
    for a, b, x in zip(q.start, q.end, q.text):
        assert 0 <= a <= b <= len(text) and text[a:b] == x, ("quote", a, b, x)
        # a quote may run on into a paragraph only when that paragraph opens with a quote mark
        for ps in p.start:
            assert not (a < ps < b) or text[ps] in QUOTE_MARKS, ("runaway quote", a, b)
    # the cue is its span's text; the speaker is the fullest name, its span the mention ("she")
    for col in ("speaker", "cue"):
        for a, b, x in zip(q[f"{col}_start"], q[f"{col}_end"], q[col]):
            if not (pd.isna(a) or pd.isna(b)):
                assert 0 <= int(a) < int(b) <= len(text), (col, a, b)
                assert col == "speaker" or text[int(a):int(b)] == x, (col, a, b, x)


def one_input(data: bytes, load, quotes, InputError) -> None:  # noqa: ANN001, N803
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            doc = load(data)
        except InputError:
            return
        check(doc, quotes)
        text = data.decode("utf-8", "replace")
        try:
            doc = load(text)
        except InputError:
            return
        check(doc, quotes)


def run_atheris(argv: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["geolib"]):
        from geolib.decoding import InputError
        from geolib.document import load
        from geolib.quotes import quotes

    def target(data: bytes) -> None:
        one_input(data, load, quotes, InputError)

    seed_dir = Path("/tmp/geolib_fuzz_seeds")
    seed_dir.mkdir(exist_ok=True)
    for i, s in enumerate(SEEDS):
        (seed_dir / f"seed{i}").write_bytes(s.encode("utf-8"))
    atheris.Setup([argv[0], *argv[1:], str(seed_dir)], target)
    atheris.Fuzz()


def run_hypothesis(n: int) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from geolib.decoding import InputError
    from geolib.document import load
    from geolib.quotes import quotes

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from test_properties import news_like  # the hard fragments

    count = 0
    data = st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(lambda s: s.encode("utf-8", "surrogatepass")),
                     news_like.map(lambda s: s.encode("utf-8", "surrogatepass")),
                     st.sampled_from(SEEDS).map(str.encode))

    @settings(max_examples=n, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(data)
    def fuzz(b: bytes) -> None:
        nonlocal count
        count += 1
        one_input(b, load, quotes, InputError)

    t = time.time()
    fuzz()
    print(f"hypothesis: {count} inputs in {time.time() - t:.0f}s, no crash")


if __name__ == "__main__":
    if "--hypothesis" in sys.argv:
        run_hypothesis(int(sys.argv[sys.argv.index("--hypothesis") + 1]))
    else:
        try:
            import atheris  # noqa: F401
        except ImportError:
            print("atheris is not installed: running hypothesis instead")
            run_hypothesis(5000)
        else:
            run_atheris(sys.argv)
