"""geolib benchmarks (``make bench``): throughput, memory, processes, spaCy baseline, lexicon size.

    python benchmarks/run.py            # full run (~10-15 min): >=100 MB corpus, writes results.md/json
    python benchmarks/run.py --quick    # smoke run (~20 s) on a small corpus

What is measured (all on the same corpus, in the same run):

* the corpus: Wikinews (../shared/corpora/wikinews) and the seed article, replicated to at least
  ``--corpus-mb`` MB as CSV files in ``benchmarks/.cache/`` (built once, reused);
* throughput (MB/s, documents/s) of each stage run alone and of the whole pipeline on one core,
  on a sample of ``--sample-mb`` MB of that corpus (the copies are identical, so the sample's rate
  is the corpus's rate; the whole 100 MB goes through the memory run);
* the whole pipeline with 1 and 2 processes on ``--parallel-mb`` MB, and apart from it what
  starting the worker processes costs;
* spaCy's blank English pipeline with its rule-based sentencizer over the same sample, and the
  ratio geolib / spaCy;
* peak memory (max RSS of the process and of its worker processes) of the whole pipeline,
  ``analyze(out=DIR, n_jobs=2)``, over the whole corpus, in a subprocess; and of the documents
  stage over the same corpus as one CSV file (a large file is read as a stream);
* a 100x larger synthetic lexicon for actors and frames: matching time against the shipped one;
* a profile of the whole pipeline (cProfile, own time grouped by module) and pyinstrument's tree.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import json
import os
import platform
import pstats
import random
import resource
import shutil
import string
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

import geolib  # noqa: E402
from geolib.pipeline import DEFAULT_STAGES, analyze, available_stages  # noqa: E402

SHARED = ROOT.parent / "shared"
WIKINEWS = SHARED / "corpora" / "wikinews"
SEED = ROOT / "seeds" / "000_1a88b60b02b3bbd2.txt"


# ------------------------------------------------------------------ corpus

def source_rows() -> list[tuple[str, str]]:
    """(doc_id, text) of Wikinews and the seed; a small built-in text if neither is here."""
    rows: list[tuple[str, str]] = []
    if WIKINEWS.exists():
        for path in sorted(WIKINEWS.glob("*.csv")):
            df = pd.read_csv(path, dtype=str, keep_default_na=False)
            rows += [(f"{path.stem}:{i}", t) for i, t in enumerate(df["text"]) if t.strip()]
    if SEED.exists():
        rows.append(("seed", SEED.read_text(encoding="utf-8")))
    if not rows:  # still a benchmark, on a made-up article
        text = ("BEIJING (Wire) -- China on Tuesday criticised NATO. \"This is a Cold War mentality,\" "
                "a foreign ministry spokesman said. Russia and the United States did not comment.\n\n") * 20
        rows.append(("synthetic", text))
    return rows


def build_corpus(folder: Path, target_mb: float, *, file_mb: float = 2.0) -> list[Path]:
    """Replicate the source rows into CSV files (doc_id,text) until ``target_mb`` MB of text."""
    stamp = folder / f"done-{target_mb:g}MB"
    if stamp.exists():
        return sorted(folder.glob("part-*.csv"))
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-*.csv"):
        old.unlink()
    rows = source_rows()
    total = part = copy = 0
    files: list[Path] = []
    buf: list[tuple[str, str]] = []
    size = 0

    def flush() -> None:
        nonlocal buf, size, part
        path = folder / f"part-{part:04d}.csv"
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["doc_id", "text"])
            w.writerows(buf)
        files.append(path)
        part += 1
        buf, size = [], 0

    while total < target_mb * 1e6:
        for doc_id, text in rows:
            if total >= target_mb * 1e6:
                break
            n = len(text.encode("utf-8"))
            buf.append((f"c{copy:04d}-{doc_id}", text))
            size += n
            total += n
            if size >= file_mb * 1e6:
                flush()
        copy += 1
    if buf:
        flush()
    stamp.write_text(f"{total} bytes, {copy} copies\n")
    return files


def read_texts(files: list[Path], mb: float) -> pd.DataFrame:
    """The first ``mb`` MB of documents of the corpus files, as a DataFrame doc_id,text."""
    frames, size = [], 0
    for path in files:
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        keep = []
        for t in df["text"]:
            if size >= mb * 1e6:
                break
            keep.append(True)
            size += len(t.encode("utf-8"))
        frames.append(df.iloc[:len(keep)])
        if size >= mb * 1e6:
            break
    return pd.concat(frames, ignore_index=True)


def mb_of(texts) -> float:  # noqa: ANN001
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


# ------------------------------------------------------------------ measurements

def rate(mb: float, docs: int, seconds: float) -> dict[str, float]:
    return {"mb": round(mb, 3), "docs": docs, "seconds": round(seconds, 3),
            "mb_per_s": round(mb / seconds, 4) if seconds else None,
            "docs_per_s": round(docs / seconds, 2) if seconds else None}


def warm_up(stages: list[str]) -> None:
    """Import every stage and compile its lexicons once, outside the timings."""
    analyze(["China criticised NATO. \"We object,\" a spokesman said in Beijing."], stages=stages,
            progress=False)


def bench_stages(sample: pd.DataFrame, stages: list[str]) -> dict[str, dict]:
    mb, n = mb_of(sample["text"]), len(sample)
    out = {}
    for stage in stages:
        t = time.perf_counter()
        res = analyze(sample, stages=(stage,), progress=False)
        out[stage] = rate(mb, n, time.perf_counter() - t)
        out[stage]["rows"] = len(res[stage])
    return out


def _cpu_seconds() -> float:
    """User + system CPU time of this process and of its finished child processes."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def bench_pipeline(sample: pd.DataFrame, stages: list[str], n_jobs: int, batch_size: int) -> dict:
    mb, n = mb_of(sample["text"]), len(sample)
    t, cpu = time.perf_counter(), _cpu_seconds()
    res = analyze(sample, stages=stages, n_jobs=n_jobs, batch_size=batch_size, progress=False)
    wall = time.perf_counter() - t
    out = rate(mb, n, wall)
    # CPUs actually obtained: ~n_jobs on an idle machine, less when other work shares the CPUs
    out["cpu_seconds"] = round(_cpu_seconds() - cpu, 2)
    out["cpus_used"] = round(out["cpu_seconds"] / wall, 2) if wall else None
    out["n_jobs"] = n_jobs
    out["rows"] = {k: len(res[k]) for k in res}
    out["stage_seconds"] = {k: round(v, 3) for k, v in res.stats["stage_seconds"].items()}
    return out


def bench_startup(stages: list[str]) -> dict:
    """Wall seconds of a two-document run with 2 processes minus the same with 1 (lexicons already
    compiled in this process): what starting the worker processes costs, forked (the default on
    Linux outside Jupyter) and spawned (a fresh Python each: imports and lexicons again)."""
    tiny = ["China criticised NATO. \"We object,\" a spokesman said in Beijing.", "NATO met in Vilnius."]
    out = {}
    for method in ("fork", "spawn"):
        secs = {}
        for n in (1, 2):
            t = time.perf_counter()
            analyze(tiny, stages=stages, n_jobs=n, start_method=method, progress=False)
            secs[n] = time.perf_counter() - t
        out[method] = round(secs[2] - secs[1], 3)
    return out


def bench_spacy(sample: pd.DataFrame) -> dict | None:
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    texts = sample["text"].tolist()
    list(nlp.pipe(texts[:5]))
    t = time.perf_counter()
    sents = toks = 0
    for doc in nlp.pipe(texts, batch_size=64):
        toks += len(doc)
        sents += sum(1 for _ in doc.sents)
    out = rate(mb_of(texts), len(texts), time.perf_counter() - t)
    out.update({"version": spacy.__version__, "sentences": sents, "tokens": toks})
    return out


def bench_foundation(sample: pd.DataFrame) -> dict:
    """geolib's equivalent of the spaCy run: structure, sentences and tokens (spans) per document."""
    texts = sample["text"].tolist()
    t = time.perf_counter()
    sents = toks = 0
    for i, text in enumerate(texts):
        doc = geolib.Document(text, doc_id=str(i))
        toks += len(doc.token_spans)
        sents += len(doc.sentence_spans)
    out = rate(mb_of(texts), len(texts), time.perf_counter() - t)
    out.update({"sentences": sents, "tokens": toks})
    return out


def one_file(corpus_dir: Path) -> Path:
    """The corpus's CSV parts as one CSV file (made once, beside the folder)."""
    path = corpus_dir.with_name(corpus_dir.name + ".csv")
    parts = sorted(corpus_dir.glob("part-*.csv"))
    if not path.exists() or path.stat().st_mtime < max(p.stat().st_mtime for p in parts):
        tmp = path.with_suffix(".tmp")
        with open(tmp, "wb") as out:
            for k, part in enumerate(parts):
                with open(part, "rb") as f:
                    header = f.readline()
                    if k == 0:
                        out.write(header)
                    shutil.copyfileobj(f, out)
        tmp.replace(path)
    return path


def memory_run(corpus_dir: Path, stages: list[str], n_jobs: int, batch_size: int) -> dict:
    """Peak RSS of analyze(out=...) over the whole corpus, measured in a fresh subprocess."""
    with tempfile.TemporaryDirectory() as out:
        cmd = [sys.executable, str(Path(__file__)), "--_memory", str(corpus_dir), out,
               ",".join(stages), str(n_jobs), str(batch_size)]
        r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        if r.returncode != 0:
            return {"error": r.stderr[-1500:]}
        return json.loads(r.stdout.strip().splitlines()[-1])


def own_peak_rss_mb() -> float:
    """Peak RSS of this process's own memory, in MB: VmHWM on Linux. (``ru_maxrss`` survives
    exec on Linux, so a subprocess started by a large parent would report at least the parent's
    size: the benchmark's parent, holding its samples, measured 383 MB that way.)"""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _memory_child(corpus_dir: str, out: str, stages: str, n_jobs: str, batch_size: str) -> None:
    t = time.perf_counter()
    res = analyze(corpus_dir, stages=stages.split(","), out=out, n_jobs=int(n_jobs),
                  batch_size=int(batch_size), progress=False)
    seconds = time.perf_counter() - t
    me = own_peak_rss_mb()
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    s = res.stats
    print(json.dumps({"stages": stages.split(","), "n_jobs": int(n_jobs), "batch_size": int(batch_size),
                      **rate(s["mb"], s["documents"], seconds), "errors": s["errors"],
                      "peak_rss_mb_main": round(me, 1), "peak_rss_mb_worker": round(kids, 1)}))


def synthetic_words(n: int, rng: random.Random) -> list[str]:
    letters = string.ascii_lowercase
    return ["".join(rng.choice(letters) for _ in range(rng.randint(5, 9))) for _ in range(n)]


def _cold(docs: list, forget) -> None:  # noqa: ANN001
    """Forget what earlier runs left: the actor mentions kept on each Document and what the
    compiled lexicon remembers per token text, so that every timed run matches from scratch."""
    for d in docs:
        d._memo.clear()
    forget()


def shipped_load_seconds() -> float:
    """Seconds a fresh process takes to read and compile the shipped actor lexicon (Phoenix
    people and agencies included): what the first actors() call of a session pays."""
    code = ("import time; t = time.perf_counter(); from geolib.actors import compile_actor_lexicon; "
            "compile_actor_lexicon(); print(time.perf_counter() - t)")
    best = float("inf")
    for _ in range(2):
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        best = min(best, float(run.stdout.strip()))
    return round(best, 3)


def bench_lexicons(sample: pd.DataFrame, factor: int = 100, repeat: int = 2) -> dict:
    """Matching time with the shipped lexicons and with ones ``factor`` times larger, each run
    cold (no per-document or per-token-text memo left from an earlier run)."""
    from geolib.actors.compiled import compiled_lexicon
    from geolib.frames.trie import matcher_for

    out: dict[str, dict] = {}
    docs = [geolib.Document(t, doc_id=str(i)) for i, t in enumerate(sample["text"])]
    for d in docs:  # tokenise outside the timings: this measures matching
        d.token_spans, d.tokens  # noqa: B018
    rng = random.Random(7)
    if available_stages(("actors",))["actors"] is None:
        from geolib.actors import actors, compile_actor_lexicon, load_actor_lexicon

        base = load_actor_lexicon()
        n_extra = len(base) * (factor - 1)
        words = synthetic_words(2 * n_extra, rng)
        extra = pd.DataFrame({
            "actor": [f"Synthetic {i}" for i in range(n_extra)],
            "type": "organisation", "code": [f"SYN{i}" for i in range(n_extra)], "affiliation": "",
            "alias": [f"{words[2 * i].title()} {words[2 * i + 1].title()}" for i in range(n_extra)],
            "kind": "name", "case_sensitive": 1})
        t = time.perf_counter()
        big = load_actor_lexicon(user=extra)
        big_c = compile_actor_lexicon(big)
        build = time.perf_counter() - t
        base_c = compile_actor_lexicon(base)
        lookup = {}  # what a DataFrame lexicon costs per call: finding its compiled form by content
        for name, lex in (("small", base), ("large", big)):
            lookup[name] = float("inf")
            for _ in range(3):
                t = time.perf_counter()
                compiled_lexicon(lex)
                lookup[name] = min(lookup[name], time.perf_counter() - t)
        small = large = float("inf")
        for _ in range(repeat):  # alternate, best of each: the machine may be busy with other work
            _cold(docs, base_c.key_memo.clear)
            t = time.perf_counter()
            small_rows = len(actors(docs, lexicon=base_c))
            small = min(small, time.perf_counter() - t)
            _cold(docs, big_c.key_memo.clear)
            t = time.perf_counter()
            big_rows = len(actors(docs, lexicon=big_c))
            large = min(large, time.perf_counter() - t)
        out["actors"] = {"entries": len(base), "entries_large": len(big), "seconds": round(small, 3),
                         "seconds_large": round(large, 3), "ratio": round(large / small, 3),
                         "build_seconds_large": round(build, 2), "rows": small_rows,
                         "rows_large": big_rows, "lookup_seconds": round(lookup["small"], 4),
                         "lookup_seconds_large": round(lookup["large"], 4),
                         "shipped_load_seconds": shipped_load_seconds()}
    if available_stages(("frames",))["frames"] is None:
        from geolib.frames import frames, load_frame_lexicon

        base = load_frame_lexicon()
        n_extra = len(base) * (factor - 1)
        words = synthetic_words(2 * n_extra, rng)
        rows = base.sample(n_extra, replace=True, random_state=1)
        extra = pd.DataFrame({"term": [f"{words[2 * i]} {words[2 * i + 1]}" for i in range(n_extra)],
                              "frame": rows["frame"].to_numpy(), "dimension": rows["dimension"].to_numpy(),
                              "match": rows["match"].to_numpy()})
        big = load_frame_lexicon(user=extra)
        tiny = [geolib.Document("A short text.", doc_id="tiny")]
        t = time.perf_counter()
        frames(tiny, lexicon=big, quotes=False)  # compiled once, then kept by content
        build = time.perf_counter() - t
        lookup = {}  # what finding the compiled lexicon costs per call (a digest of its content)
        for name, lex in (("small", base), ("large", big)):
            lookup[name] = float("inf")
            for _ in range(3):
                t = time.perf_counter()
                frames(tiny, lexicon=lex, quotes=False)
                lookup[name] = min(lookup[name], time.perf_counter() - t)
        small = large = float("inf")
        for _ in range(repeat):
            _cold(docs, matcher_for(base).forget)
            t = time.perf_counter()
            small_rows = len(frames(docs, lexicon=base, quotes=False))
            small = min(small, time.perf_counter() - t - lookup["small"])
            _cold(docs, matcher_for(big).forget)
            t = time.perf_counter()
            big_rows = len(frames(docs, lexicon=big, quotes=False))
            large = min(large, time.perf_counter() - t - lookup["large"])
        out["frames"] = {"entries": len(base), "entries_large": len(big), "seconds": round(small, 3),
                         "seconds_large": round(large, 3), "ratio": round(large / small, 3),
                         "build_seconds_large": round(build, 2), "rows": small_rows,
                         "rows_large": big_rows}
    return out


def profile(sample: pd.DataFrame, stages: list[str], results: Path, *, tree: bool = True) -> dict:
    """cProfile own time grouped by module, and pyinstrument's call tree (if installed)."""
    prof = cProfile.Profile()
    prof.enable()
    analyze(sample, stages=stages, progress=False)
    prof.disable()
    st = pstats.Stats(prof)
    by_module: dict[str, float] = defaultdict(float)
    total = 0.0
    for (filename, _, _), (_, _, tottime, _, _) in st.stats.items():
        total += tottime
        by_module[_module_of(filename)] += tottime
    top = sorted(by_module.items(), key=lambda kv: -kv[1])[:15]
    funcs = sorted(st.stats.items(), key=lambda kv: -kv[1][2])[:20]
    out = {"total_seconds": round(total, 2),
           "by_module": [(m, round(s, 3), round(100 * s / total, 1)) for m, s in top],
           "top_functions": [(f"{_module_of(f)}:{name}:{line}", round(v[2], 3), round(100 * v[2] / total, 1))
                             for (f, line, name), v in funcs]}
    try:
        from pyinstrument import Profiler
    except ImportError:
        return out
    if not tree:
        return out
    p = Profiler(interval=0.002)
    p.start()
    analyze(sample, stages=stages, progress=False)
    p.stop()
    (results / "profile.txt").write_text(p.output_text(unicode=False, color=False), encoding="utf-8")
    out["pyinstrument"] = "profile.txt"
    return out


def _module_of(filename: str) -> str:
    f = filename.replace("\\", "/")
    if "/geolib/" in f:
        return "geolib/" + f.split("/geolib/")[-1]
    if "site-packages/" in f:
        return f.split("site-packages/")[-1].split("/")[0]
    if f.startswith("<") or "/" not in f:
        return "builtins (C: regex, str, list ...)" if f.startswith("~") or f.startswith("<built") else f
    return "stdlib/" + f.rsplit("/", 1)[-1]


# ------------------------------------------------------------------ report

def markdown(r: dict) -> str:
    L = []
    add = L.append
    add("# geolib benchmarks\n")
    add(f"Run {r['when']} on {r['machine']} (Python {r['python']}, {r['cpus']} CPUs); "
        f"`python benchmarks/run.py{' --quick' if r['quick'] else ''}`, {r['wall_seconds']:.0f} s in all. "
        f"Load average (1, 5, 15 min) at the start {r['load_average_start']}, at the end "
        f"{r['load_average_end']}: on a machine shared with other work every rate here is a lower "
        "bound, and the 2-process speed-up most of all.\n")
    c = r["corpus"]
    add(f"Corpus: Wikinews + seed replicated to {c['mb']:.1f} MB in {c['files']} CSV files "
        f"({c['docs']:,} documents). Throughput sample: {r['sample']['mb']:.1f} MB, "
        f"{r['sample']['docs']:,} documents. Stages available: {', '.join(r['stages'])}"
        + (f"; unavailable: {', '.join(r['unavailable'])}" if r["unavailable"] else "") + ".\n")
    add("## Throughput\n")
    add("| run | MB/s | docs/s | seconds |")
    add("|---|---:|---:|---:|")
    for name, x in r["stage_alone"].items():
        add(f"| stage `{name}` alone (load + structure + what it needs) | {x['mb_per_s']:.3f} | "
            f"{x['docs_per_s']:.1f} | {x['seconds']:.1f} |")
    x = r["pipeline_1"]
    add(f"| **whole pipeline, 1 process** ({x['mb']:.1f} MB) | {x['mb_per_s']:.3f} | "
        f"{x['docs_per_s']:.1f} | {x['seconds']:.1f} |")
    for key in ("parallel_1", "parallel_2"):
        x = r[key]
        add(f"| whole pipeline, {x['n_jobs']} process{'es' if x['n_jobs'] > 1 else ''} "
            f"({x['mb']:.1f} MB, best of {1 if r['quick'] else 2}; {x['cpus_used']} CPUs obtained) | "
            f"{x['mb_per_s']:.3f} | {x['docs_per_s']:.1f} | {x['seconds']:.1f} |")
    f = r["foundation"]
    add(f"| geolib structure + sentences + tokens (spans, no tables) | {f['mb_per_s']:.3f} | "
        f"{f['docs_per_s']:.1f} | {f['seconds']:.1f} |")
    s = r.get("spacy")
    if s:
        add(f"| spaCy {s['version']} blank `en` + sentencizer | {s['mb_per_s']:.3f} | {s['docs_per_s']:.1f} | "
            f"{s['seconds']:.1f} |")
    add("")
    add("Time inside the whole pipeline (1 process), seconds per stage; `load` is reading the text "
        "and the document structure, and each stage pays for the sentences/tokens it is first to need:\n")
    add("| " + " | ".join(r["pipeline_1"]["stage_seconds"]) + " |")
    add("|" + "---:|" * len(r["pipeline_1"]["stage_seconds"]))
    add("| " + " | ".join(f"{v:.2f}" for v in r["pipeline_1"]["stage_seconds"].values()) + " |\n")
    add("## Goals\n")
    add("| goal | measured | met |")
    add("|---|---|---|")
    for g in r["goals"]:
        add(f"| {g['goal']} | {g['measured']} | {'yes' if g['met'] else 'no'} |")
    add("")
    for key in ("memory_pipeline", "memory", "memory_one_file"):
        m = r.get(key) or {}
        if m and "error" not in m:
            add(f"Memory run: `analyze(out=DIR, stages={m['stages']}, n_jobs={m['n_jobs']}, "
                f"batch_size={m['batch_size']})` over {m['mb']:.1f} MB ({m['docs']:,} documents"
                f"{', ' + m['source'] if m.get('source') else ''}) in "
                f"{m['seconds']:.0f} s ({m['mb_per_s']:.3f} MB/s): peak RSS {m['peak_rss_mb_main']:.0f} MB "
                f"in the main process, {m['peak_rss_mb_worker']:.0f} MB in the largest worker.\n")
        elif m:
            add(f"Memory run failed: {m['error'][-300:]}\n")
    if r.get("lexicons"):
        add("## Lexicon size\n")
        add("Matching time on the sample's documents (tokens made beforehand), shipped lexicon vs "
            f"{r['lexicon_factor']}x as many entries (synthetic names / terms added to the shipped "
            "ones), every run cold (no mention or token-text memo left from an earlier run); the "
            "one-off build (loading, checking and compiling the large lexicon) is apart:\n")
        add(f"Best of {1 if r['quick'] else 3} alternating runs each.\n")
        add("| stage | entries | seconds | entries ×N | seconds | ratio | one-off build |")
        add("|---|---:|---:|---:|---:|---:|---:|")
        for name, x in r["lexicons"].items():
            add(f"| {name} | {x['entries']:,} | {x['seconds']:.2f} | {x['entries_large']:,} | "
                f"{x['seconds_large']:.2f} | {x['ratio']:.2f} | {x['build_seconds_large']:.1f} s |")
        add("")
        a = r["lexicons"].get("actors")
        if a and "lookup_seconds" in a:
            add(f"Actors are timed with lexicons compiled once (`compile_actor_lexicon`), frames with "
                f"the cost of finding the compiled lexicon taken off. Passing the table instead costs a "
                f"digest of its content per call: {a['lookup_seconds']:.3f} s for the shipped lexicon, "
                f"{a['lookup_seconds_large']:.3f} s for the ×N one. Reading and compiling the shipped "
                f"actor lexicon in a fresh process (the first call of a session): "
                f"{a['shipped_load_seconds']:.2f} s.\n")
    p = r.get("profile")
    if p:
        add("## Where the time goes (cProfile, whole pipeline, own time by module)\n")
        add("| module | seconds | % |")
        add("|---|---:|---:|")
        for mod, sec, pct in p["by_module"]:
            add(f"| {mod} | {sec:.2f} | {pct:.1f} |")
        add("\nTop functions by own time:\n")
        add("| function | seconds | % |")
        add("|---|---:|---:|")
        for fn, sec, pct in p["top_functions"][:12]:
            add(f"| `{fn}` | {sec:.2f} | {pct:.1f} |")
        if p.get("pyinstrument"):
            add(f"\nCall tree: `{p['pyinstrument']}` (pyinstrument).")
        add("")
    if r.get("notes"):
        add("## Notes\n")
        for n in r["notes"]:
            add(f"- {n}")
    return "\n".join(L) + "\n"


def goals(r: dict) -> list[dict]:
    out = []
    s, p1 = r.get("spacy"), r["pipeline_1"]
    if s:
        ratio = p1["mb_per_s"] / s["mb_per_s"]
        measured = f"{ratio:.3f}x ({p1['mb_per_s']:.3f} vs {s['mb_per_s']:.3f} MB/s)"
        out.append({"goal": "whole pipeline >= 0.8x spaCy blank+sentencizer, one core (issue 15)",
                    "measured": measured, "met": ratio >= 0.8})
        out.append({"goal": "whole pipeline >= 2x spaCy blank+sentencizer, one core (issue 7, blocked)",
                    "measured": measured, "met": ratio >= 2})
        f = r["foundation"]["mb_per_s"] / s["mb_per_s"]
        out.append({"goal": "(context) geolib sentences+tokens alone vs spaCy",
                    "measured": f"{f:.2f}x", "met": f >= 2})
    q1, q2 = r["parallel_1"], r["parallel_2"]
    sp = q2["mb_per_s"] / q1["mb_per_s"]
    cpu = q2.get("cpus_used")
    out.append({"goal": "2 processes >= 1.8x 1 process",
                "measured": f"{sp:.2f}x over {q1['mb']:.1f} MB on {r['cpus']} CPUs (the 2-process run "
                            f"obtained {cpu} CPUs; starting forked workers takes "
                            f"{r['startup']['fork']:.2f} s, spawned ones {r['startup']['spawn']:.2f} s)",
                "met": sp >= 1.8})
    for key in ("memory_pipeline", "memory", "memory_one_file"):
        m = r.get(key) or {}
        if "peak_rss_mb_main" in m:
            peak = max(m["peak_rss_mb_main"], m["peak_rss_mb_worker"])
            out.append({"goal": f"peak memory < 500 MB ({m['mb']:.0f} MB corpus"
                                f"{' in ' + m['source'] if m.get('source') else ''}, stages "
                                f"{', '.join(m['stages'])})",
                        "measured": f"{peak:.0f} MB", "met": peak < 500})
    for name, x in (r.get("lexicons") or {}).items():
        out.append({"goal": f"{name}: {r['lexicon_factor']}x lexicon <= 1.3x time", "measured": f"{x['ratio']:.2f}x",
                    "met": x["ratio"] <= 1.3})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="small smoke run (seconds)")
    ap.add_argument("--corpus-mb", type=float, default=None, help="corpus size (default 100; quick 2)")
    ap.add_argument("--sample-mb", type=float, default=None, help="throughput sample (default 4; quick 0.3)")
    ap.add_argument("--memory-mb", type=float, default=None,
                    help="corpus size of the whole-pipeline memory run (default: the whole corpus)")
    ap.add_argument("--parallel-mb", type=float, default=None,
                    help="sample for 1 vs 2 processes (default 8; quick 0.3)")
    ap.add_argument("--batch-size", type=int, default=100)
    ap.add_argument("--results", type=Path, default=HERE, help="folder for results.md/json")
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--_memory", nargs=5, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a._memory:
        _memory_child(*a._memory)
        return 0
    t0 = time.perf_counter()
    corpus_mb = a.corpus_mb or (0.3 if a.quick else 100)
    sample_mb = a.sample_mb or (0.08 if a.quick else 4)
    parallel_mb = a.parallel_mb or (0.3 if a.quick else 8)
    a.results.mkdir(parents=True, exist_ok=True)
    cache = HERE / ".cache" / f"corpus-{corpus_mb:g}MB"
    log = lambda msg: print(f"[{time.perf_counter() - t0:6.1f}s] {msg}", file=sys.stderr, flush=True)  # noqa: E731

    files = build_corpus(cache, corpus_mb)
    n_docs = sum(len(pd.read_csv(f, usecols=["doc_id"])) for f in files)
    corpus_bytes = sum(f.stat().st_size for f in files)
    log(f"corpus: {len(files)} files, {corpus_bytes / 1e6:.1f} MB, {n_docs} documents")
    sample = read_texts(files, sample_mb)
    avail = available_stages(DEFAULT_STAGES)
    stages = [s for s, why in avail.items() if why is None]
    r: dict = {"when": time.strftime("%Y-%m-%d %H:%M"), "machine": platform.platform(),
               "python": platform.python_version(), "cpus": os.cpu_count(), "quick": a.quick,
               "corpus": {"mb": corpus_bytes / 1e6, "files": len(files), "docs": n_docs},
               "sample": {"mb": mb_of(sample["text"]), "docs": len(sample)},
               "stages": stages, "unavailable": {s: w for s, w in avail.items() if w},
               "load_average_start": [round(x, 2) for x in os.getloadavg()]}
    warm_up(stages)
    log("stage by stage")
    r["stage_alone"] = bench_stages(sample, stages)
    log("whole pipeline (1 process), foundation and spaCy on the same sample")
    r["pipeline_1"] = bench_pipeline(sample, stages, 1, a.batch_size)
    r["foundation"] = bench_foundation(sample)
    r["spacy"] = bench_spacy(sample)
    if r["spacy"] is None:
        r.setdefault("notes", []).append("spaCy is not installed (pip install -e '.[bench]'): no baseline.")
    log(f"1 and 2 processes over {parallel_mb:g} MB")
    # alternate 1 and 2 processes and keep the best of each (other work on the machine comes and
    # goes); a sample large enough that the workers' start-up (measured apart) weighs little
    psample = read_texts(files, parallel_mb)
    for _ in range(1 if a.quick else 2):
        for n in (1, 2):
            x = bench_pipeline(psample, stages, n, a.batch_size)
            if f"parallel_{n}" not in r or x["seconds"] < r[f"parallel_{n}"]["seconds"]:
                r[f"parallel_{n}"] = x
    r["startup"] = bench_startup(stages)
    memory_mb = a.memory_mb or corpus_mb
    memory_dir = cache if memory_mb >= corpus_mb else HERE / ".cache" / f"corpus-{memory_mb:g}MB"
    build_corpus(memory_dir, memory_mb)
    log(f"memory run: whole pipeline over {memory_mb:g} MB, 2 processes")
    r["memory_pipeline"] = memory_run(memory_dir, stages, 2, a.batch_size)
    log(f"memory run: one {memory_mb:g} MB CSV file (read as a stream), stage documents")
    r["memory_one_file"] = memory_run(one_file(memory_dir), ["documents"], 1, a.batch_size)
    r["memory_one_file"]["source"] = "one CSV file"
    log("lexicons x100")
    r["lexicon_factor"] = 2 if a.quick else 100
    r["lexicons"] = bench_lexicons(sample.head(5) if a.quick else read_texts(files, 1.0), r["lexicon_factor"],
                                   repeat=1 if a.quick else 3)
    if not a.no_profile:
        log("profile")
        r["profile"] = profile(sample.head(5) if a.quick else read_texts(files, 1.0), stages, a.results,
                               tree=not a.quick)
    r["wall_seconds"] = time.perf_counter() - t0
    r["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    r["goals"] = goals(r)
    (a.results / "results.json").write_text(json.dumps(r, indent=1, default=str), encoding="utf-8")
    (a.results / "results.md").write_text(markdown(r), encoding="utf-8")
    log(f"wrote {a.results / 'results.md'}")
    print(markdown(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
