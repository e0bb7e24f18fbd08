"""Validation of the tool's hits against a reader's judgement, as content analysis does it.

The steps a student takes (each one call):

1. :func:`sample_hits`: a reproducible sample of hits, the same number per frame (stratified);
2. :func:`geolib.coding_sheet` / :func:`geolib.write_coding_sheet`: a CSV of KWIC lines to code
   by hand (own framing, paraphrase, denial, topic, wrong sense; see
   ``geolib/data/examples/coding_guidelines.md``), read back with :func:`geolib.read_coding_sheet`;
3. :func:`precision_by_frame`: per frame, the share of coded hits judged correct, with a Wilson
   95% interval (few hits give wide intervals; say so);
4. :func:`kept_hits`: the frames table restricted to the hits judged correct, so that
   ``sponsorship(kept_hits(f, coded))`` is frame sponsorship on validated hits;
5. :func:`geolib.agreement`: Cohen's kappa and Krippendorff's alpha between two coders.

For units judged whole (sentences judged yes or no per frame, as for
:func:`geolib.generic_frames`), :func:`sentence_frame_scores` gives precision and recall. For rows
judged part by part (a relation's source, target, verb and direction), :func:`judged_precision`
gives the precision of each part and of the whole row; for tone, :func:`tone_agreement` sets the
sign of a score against a reader's judgement.

A coded example for the seed article ships with geolib (``example_path("seed_frames_coded.csv")``).

Example:
    >>> import geolib
    >>> doc = geolib.load(geolib.example_path("000_1a88b60b02b3bbd2.txt"))
    >>> coded = geolib.read_coding_sheet(geolib.example_path("seed_frames_coded.csv"))
    >>> p = precision_by_frame(coded).set_index("frame")
    >>> p.loc["enabling the war", ["n_coded", "n_kept"]].tolist()
    [13, 7]
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from .decoding import GeolibWarning

__all__ = ["judged_precision", "kept_hits", "precision_by_frame", "sample_hits", "sentence_frame_scores",
           "tone_agreement", "tone_sign", "wilson_interval"]

KEYS = ["doc_id", "start", "end"]
KEEP = ("own framing",)


def sample_hits(table: pd.DataFrame, *, per_frame: int | None = 10, seed: int = 0,
                by: str | None = "frame") -> pd.DataFrame:
    """A reproducible stratified sample: up to ``per_frame`` hits of each frame (or other group).

    Args:
        table: a :func:`geolib.frames` table, or any geolib table with doc_id, start, end, text
            (an actors table with ``by="actor"``, a quotes table with ``by="speaker_actor"``).
        per_frame: hits per group (all of a group's hits when it has fewer); ``None``: every hit
            (a census, for a short text).
        seed: the random seed; the same seed gives the same sample on any machine.
        by: the column to stratify by; ``None``: a simple random sample of ``per_frame`` hits.

    Returns:
        The sampled rows in reading order (by doc_id and start), the index reset; ``attrs``
        keep the seed and each group's number of hits in the table (``attrs["population"]``).

    Example:
        >>> import geolib
        >>> f = geolib.frames(geolib.load(geolib.example_path("000_1a88b60b02b3bbd2.txt")), layer="all")
        >>> s = sample_hits(f, per_frame=2, seed=1)
        >>> int(s.groupby("frame").size().max()), s.equals(sample_hits(f, per_frame=2, seed=1))
        (2, True)
        >>> s.attrs["population"]["enabling the war"]
        13
    """
    missing = [c for c in KEYS if c not in table.columns]
    if missing:
        raise ValueError(f"sample_hits(): the table has no column(s) {missing}; give a geolib "
                         "table such as geolib.frames(doc)")
    if by is not None and by not in table.columns:
        raise ValueError(f"sample_hits(by={by!r}): no such column; the table has "
                         f"{list(table.columns)}")
    if per_frame is not None and per_frame < 1:
        raise ValueError("sample_hits(): per_frame must be at least 1 (or None for every hit)")
    rng = np.random.RandomState(seed)   # the legacy generator: its stream never changes
    order = table.reset_index(drop=True)
    if by is None:
        groups = {"(all)": np.arange(len(order))}
    else:
        keys = order[by].astype(object).where(order[by].notna(), "(none)").astype(str)
        groups = {k: np.flatnonzero((keys == k).to_numpy()) for k in sorted(set(keys))}
    picked: list[int] = []
    for idx in groups.values():
        if per_frame is None or len(idx) <= per_frame:
            picked.extend(idx.tolist())
        else:
            picked.extend(rng.choice(idx, size=per_frame, replace=False).tolist())
    out = order.iloc[sorted(picked)]
    out = out.sort_values(["doc_id", "start", "end"], kind="stable").reset_index(drop=True)
    out.attrs = {"seed": seed, "per_frame": per_frame, "by": by,
                 "population": {k: len(v) for k, v in groups.items()}}
    return out


def wilson_interval(k: int, n: int, *, z: float = 1.959964) -> tuple[float, float]:
    """The Wilson score interval of a proportion k/n (95% by default).

    Unlike k/n +- 1.96 standard errors, it stays inside 0..1 and is honest for few hits.

    Example:
        >>> [round(x, 4) for x in wilson_interval(81, 263)]     # Newcombe (1998), example 2
        [0.2553, 0.3662]
        >>> [round(x, 3) for x in wilson_interval(0, 10)]
        [0.0, 0.278]
    """
    if n <= 0:
        return (float("nan"), float("nan"))
    if not 0 <= k <= n:
        raise ValueError(f"wilson_interval(): k={k} is not between 0 and n={n}")
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def _one_coder(coded: pd.DataFrame, coder: str | None, who: str) -> pd.DataFrame:
    """One coder's lines, with an empty code ("" or spaces) as missing."""
    if "code" not in coded.columns:
        raise ValueError(f"{who}: the coded table has no 'code' column; read it with "
                         "geolib.read_coding_sheet()")
    code = coded["code"].astype(object)
    blank = code.map(lambda v: isinstance(v, str) and not v.strip())
    if blank.any():
        coded = coded.assign(code=code.where(~blank.astype(bool), None))
    if coder is not None:
        if "coder" not in coded.columns:
            raise ValueError(f"{who}(coder={coder!r}): the coded table has no 'coder' column")
        coded = coded[coded["coder"].astype(str) == coder]
        if coded.empty:
            raise ValueError(f"{who}(coder={coder!r}): no line coded by {coder!r}")
    elif "coder" in coded.columns:
        names = sorted(set(coded["coder"].dropna().astype(str)))
        if len(names) > 1:
            raise ValueError(f"{who}: the table holds the codes of {names}; choose one with "
                             f"coder=... (agreement() compares them)")
    return coded


def _check_keep(keep: Sequence[str], coded: pd.DataFrame, who: str) -> set[str]:
    if isinstance(keep, str):
        keep = (keep,)
    known = set(coded.attrs.get("codes", ())) | set(coded["code"].dropna())
    from .coding import CODES
    known |= set(CODES)
    wrong = [k for k in keep if k not in known]
    if wrong:
        raise ValueError(f"{who}(keep={list(keep)}): {wrong} is not a code of this sheet; the codes "
                         f"are {sorted(known)}")
    return set(keep)


def precision_by_frame(coded: pd.DataFrame, *, keep: Sequence[str] = KEEP, by: str | Sequence[str] = "frame",
                       coder: str | None = None, population: pd.DataFrame | None = None) -> pd.DataFrame:
    """Precision per frame: of the coded hits, the share whose code is in ``keep``.

    Args:
        coded: a coded sheet (:func:`geolib.read_coding_sheet`); uncoded lines are left out.
        keep: the codes that count as a correct hit (default: the writer's or speaker's own
            framing; add ``"paraphrase"`` to count reported framing too).
        by: the column(s) to group by: ``"frame"``, ``"term"``, ``["frame", "voice"]`` ...
        coder: the coder whose codes to use, when the table holds several.
        population: the frames table the sample was drawn from: adds n_hits (its hits per group)
            and est_kept (precision x n_hits, the hits likely to be correct).

    Returns:
        DataFrame [by], n_coded, n_kept, precision, ci_low, ci_high (Wilson 95%) [, n_hits,
        est_kept], the groups with most coded hits first.

    Example:
        >>> c = pd.DataFrame({"frame": ["a", "a", "a", "b"],
        ...                   "code": ["own framing", "topic", "own framing", "denial"]})
        >>> precision_by_frame(c).round(3).values.tolist()
        [['a', 3, 2, 0.667, 0.208, 0.939], ['b', 1, 0, 0.0, 0.0, 0.793]]
    """
    coded = _one_coder(coded, coder, "precision_by_frame()")
    by = [by] if isinstance(by, str) else list(by)
    missing = [c for c in by if c not in coded.columns]
    if missing:
        raise ValueError(f"precision_by_frame(by={by}): no column(s) {missing} in the coded table")
    keep_set = _check_keep(keep, coded, "precision_by_frame")
    done = coded[coded["code"].notna()]
    rows = []
    for key, part in done.groupby(by, sort=True):
        key = key if isinstance(key, tuple) else (key,)
        n, k = len(part), int(part["code"].isin(keep_set).sum())
        lo, hi = wilson_interval(k, n)
        rows.append((*key, n, k, k / n, lo, hi))
    out = pd.DataFrame(rows, columns=by + ["n_coded", "n_kept", "precision", "ci_low", "ci_high"])
    if population is not None:
        miss = [c for c in by if c not in population.columns]
        if miss:
            raise ValueError(f"precision_by_frame(population=...): no column(s) {miss} in it")
        hits = population.groupby(by).size().rename("n_hits").reset_index()
        out = out.merge(hits, on=by, how="left")
        out["n_hits"] = out["n_hits"].fillna(0).astype("int64")
        out["est_kept"] = out["precision"] * out["n_hits"]
    out = out.sort_values(["n_coded"] + by, ascending=[False] + [True] * len(by), kind="stable")
    return out.reset_index(drop=True)


def kept_hits(frames_df: pd.DataFrame, coded: pd.DataFrame, *, keep: Sequence[str] = KEEP,
              coder: str | None = None, uncoded: str = "drop") -> pd.DataFrame:
    """The frames table restricted to the hits a coder judged correct (joined on doc_id, start, end).

    ``geolib.sponsorship(kept_hits(f, coded))`` is frame sponsorship recomputed on those hits.

    Args:
        frames_df: the table the hits were sampled from (:func:`geolib.frames`).
        coded: a coded sheet (:func:`geolib.read_coding_sheet`).
        keep: the codes that keep a hit.
        coder: the coder whose codes to use, when the table holds several.
        uncoded: ``"drop"`` (only hits coded with a code in ``keep``) or ``"keep"`` (also the
            hits the sheet does not code, e.g. outside the sample).

    Returns:
        The rows of ``frames_df`` kept, in its order, with the column ``code`` added.

    Example:
        >>> f = pd.DataFrame({"doc_id": "d", "start": [0, 9], "end": [3, 17], "text": ["war", "lifeline"],
        ...                   "frame": ["military conflict", "enabling the war"], "in_quote": False})
        >>> c = f[["doc_id", "start", "end"]].assign(code=["topic", "own framing"])
        >>> kept_hits(f, c)[["text", "code"]].values.tolist()
        [['lifeline', 'own framing']]
    """
    if uncoded not in ("drop", "keep"):
        raise ValueError("kept_hits(uncoded=...): use 'drop' or 'keep'")
    coded = _one_coder(coded, coder, "kept_hits()")
    missing = [c for c in KEYS if c not in frames_df.columns or c not in coded.columns]
    if missing:
        raise ValueError(f"kept_hits(): both tables need doc_id, start and end (missing {missing})")
    keep_set = _check_keep(keep, coded, "kept_hits")
    codes = coded[KEYS + ["code"]].copy()
    codes["doc_id"] = codes["doc_id"].astype(str)
    codes["start"] = codes["start"].astype("int64")
    codes["end"] = codes["end"].astype("int64")
    dup = codes.duplicated(KEYS, keep=False)
    if dup.any():
        r = codes[dup].iloc[0]
        raise ValueError(f"kept_hits(): the hit {r['doc_id']} {r['start']}-{r['end']} is coded more "
                         "than once; pass one coder's sheet (coder=...)")
    left = frames_df.reset_index(drop=True)
    keys = pd.DataFrame({"doc_id": left["doc_id"].astype(str), "start": left["start"].astype("int64"),
                         "end": left["end"].astype("int64")})
    joined = keys.merge(codes, on=KEYS, how="left", indicator=True)
    matched = pd.MultiIndex.from_frame(keys)
    stray = codes[~pd.MultiIndex.from_frame(codes[KEYS]).isin(matched)]
    if len(stray):
        r = stray.iloc[0]
        where = coded.attrs.get("path", "the coded sheet")
        warnings.warn(f"{where}: {len(stray)} coded line(s) match no hit of the frames table (the "
                      f"first: {r['doc_id']} {r['start']}-{r['end']}); was the table made with "
                      "another lexicon or text, or filtered?", GeolibWarning, stacklevel=2)
    code = joined["code"]
    ok = code.isin(keep_set)
    if uncoded == "keep":
        ok |= code.isna()
    out = left[ok.to_numpy()].copy()
    out["code"] = code[ok].to_numpy()
    return out.reset_index(drop=True)


def sentence_frame_scores(judged: pd.DataFrame, said: pd.DataFrame, *, columns: Mapping[str, str],
                          weight: str | None = None) -> pd.DataFrame:
    """Precision and recall of frames said of sentences (or any spans) against a reader's yes/no.

    Args:
        judged: the judged spans: doc_id, start, end and one 0/1 column per frame.
        said: what the tool says: doc_id, start, end, frame, one row per span and frame it puts
            the span in (e.g. ``geolib.generic_frames(docs, unit="sentence")``); rows for spans
            that were not judged are ignored.
        columns: column of ``judged`` -> frame name in ``said`` (``{"economic": "economic
            consequences"}``), in the order of the result.
        weight: a column of ``judged`` with each span's weight (how many spans of the population
            it stands for, in a stratified sample); counts are then sums of weights.

    Returns:
        DataFrame frame, judged_yes, said_yes, both, precision, recall (NaN with no case), and
        without weights the Wilson 95% intervals (precision_low, precision_high, recall_low,
        recall_high).

    Example:
        >>> judged = pd.DataFrame({"doc_id": ["a", "a", "a"], "start": [0, 10, 20], "end": [9, 19, 29],
        ...                        "conflict": [1, 1, 0]})
        >>> said = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 20], "end": [9, 29],
        ...                      "frame": ["conflict", "conflict"]})
        >>> sentence_frame_scores(judged, said, columns={"conflict": "conflict"})[
        ...     ["frame", "judged_yes", "said_yes", "both", "precision", "recall"]].values.tolist()
        [['conflict', 2, 2, 1, 0.5, 0.5]]
    """
    missing = [c for c in [*KEYS, *columns, *([weight] if weight else [])] if c not in judged.columns]
    if missing:
        raise ValueError(f"sentence_frame_scores(): the judged table has no column {', '.join(missing)}")
    if not set([*KEYS, "frame"]) <= set(said.columns):
        raise ValueError("sentence_frame_scores(): the said table needs doc_id, start, end, frame")
    yes = set(zip(said["doc_id"].astype(str), said["start"].astype(int), said["end"].astype(int), said["frame"]))
    keys = list(zip(judged["doc_id"].astype(str), judged["start"].astype(int), judged["end"].astype(int)))
    w = judged[weight].astype(float).to_numpy() if weight else np.ones(len(judged))
    rows = []
    for col, frame in columns.items():
        vals = judged[col].astype(str).str.strip()
        bad = sorted(set(vals) - {"0", "1"})
        if bad:
            raise ValueError(f"sentence_frame_scores(): column {col!r} must hold 0 or 1, not {bad[0]!r}")
        j = (vals == "1").to_numpy()
        s = np.array([(*k, frame) in yes for k in keys], dtype=bool)
        jy, sy, both = w[j].sum(), w[s].sum(), w[j & s].sum()
        row = {"frame": frame, "judged_yes": jy, "said_yes": sy, "both": both,
               "precision": both / sy if sy else float("nan"), "recall": both / jy if jy else float("nan")}
        if not weight:
            row.update({k: int(v) for k, v in row.items() if k in ("judged_yes", "said_yes", "both")})
            row["precision_low"], row["precision_high"] = wilson_interval(row["both"], row["said_yes"])
            row["recall_low"], row["recall_high"] = wilson_interval(row["both"], row["judged_yes"])
        rows.append(row)
    return pd.DataFrame(rows)


def judged_precision(judged: pd.DataFrame, parts: Sequence[str], *, groups: Mapping[str, str] | None = None,
                     yes: str = "y", whole: str = "triple") -> pd.DataFrame:
    """Precision of rows judged part by part (each part ``yes`` or not), with Wilson 95% intervals.

    A row is right as a whole (``whole``) when every part is right. ``groups`` (label -> a 0/1
    column of ``judged``) scores several subsets of the rows, e.g. the rows an old and a new
    version of a rule found; without it, all rows are one group, labelled "all".

    Returns:
        DataFrame group, part, n, correct, precision, low, high (one row per group and part, the
        whole row first).

    Example:
        >>> judged = pd.DataFrame({"source_ok": ["y", "y", "n"], "target_ok": ["y", "n", "y"]})
        >>> judged_precision(judged, ["source_ok", "target_ok"])[["part", "correct", "n"]].values.tolist()
        [['triple', 1, 3], ['source_ok', 2, 3], ['target_ok', 2, 3]]
    """
    missing = [c for c in [*parts, *(groups or {}).values()] if c not in judged.columns]
    if missing:
        raise ValueError(f"judged_precision(): the judged table has no column {', '.join(missing)}")
    subsets = ({label: judged[judged[col].astype(str).str.strip() == "1"] for label, col in groups.items()}
               if groups else {"all": judged})
    rows = []
    for label, sub in subsets.items():
        ok = sub[list(parts)].astype(str).apply(lambda c: c.str.strip()) == yes
        for name, hits in [(whole, ok.all(axis=1)), *((p, ok[p]) for p in parts)]:
            k, n = int(hits.sum()), len(hits)
            low, high = wilson_interval(k, n)
            rows.append({"group": label, "part": name, "n": n, "correct": k,
                         "precision": k / n if n else float("nan"), "low": low, "high": high})
    return pd.DataFrame(rows)


def tone_sign(scores: pd.Series | Sequence[float], *, threshold: float = 0.05) -> pd.Series:
    """The sign of tone scores as words: "positive" from ``threshold`` up, "negative" from
    ``-threshold`` down, else "neutral" (VADER's usual cut-offs).

    Example:
        >>> tone_sign([0.3, 0.0, -0.2]).tolist()
        ['positive', 'neutral', 'negative']
    """
    s = pd.Series(scores, dtype=float)
    return pd.Series(np.where(s >= threshold, "positive", np.where(s <= -threshold, "negative", "neutral")),
                     index=s.index)


def tone_agreement(judged: pd.DataFrame, *, score: str = "tone", judgement: str = "judgement",
                   threshold: float = 0.05) -> pd.DataFrame:
    """A reader's tone judgement (rows) against the sign of the tool's score (columns), with
    margins. ``attrs`` holds ``agree`` (rows where both say the same), ``n`` and ``neutral`` (how
    many a constant "neutral" would get right: the baseline to beat).

    Example:
        >>> judged = pd.DataFrame({"tone": [0.4, 0.0, -0.3], "judgement": ["positive", "negative", "neutral"]})
        >>> t = tone_agreement(judged)
        >>> t.attrs["agree"], t.attrs["neutral"], int(t.loc["All", "All"])
        (1, 1, 3)
    """
    missing = [c for c in (score, judgement) if c not in judged.columns]
    if missing:
        raise ValueError(f"tone_agreement(): the judged table has no column {', '.join(missing)}")
    said = tone_sign(judged[score], threshold=threshold).set_axis(judged.index)
    reader = judged[judgement].astype(str)
    out = pd.crosstab(reader.rename("reader"), said.rename("tool"), margins=True)
    out.attrs.update({"agree": int((said == reader).sum()), "n": len(judged),
                      "neutral": int((reader == "neutral").sum())})
    return out
