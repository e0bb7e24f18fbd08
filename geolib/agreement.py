"""Agreement between coders: Cohen's kappa, Krippendorff's alpha and percent agreement.

Two coders who code the same items (framing hits, quotes, ...) should mostly give the same code;
how much more than chance is the reliability of the coding scheme. :func:`agreement` takes two
coded sheets (see :func:`geolib.read_coding_sheet`) or one long table with a ``coder`` column and
returns the number of items, percent agreement, Cohen's kappa (two coders) and Krippendorff's
alpha (nominal; any number of coders, missing codes allowed). :func:`disagreements` lists the
items the coders coded differently, to discuss and to sharpen the guidelines.

The two statistics are short and checked against textbook values (tests/test_agreement.py):

* :func:`cohen_kappa`: ``(p_o - p_e) / (1 - p_e)``, with ``p_e`` from each coder's own marginal
  shares (Cohen 1960);
* :func:`krippendorff_alpha`: ``1 - D_o / D_e`` from the coincidence matrix of the values that
  can be paired within each unit (Krippendorff 2011, "Computing Krippendorff's alpha-reliability";
  his example of 4 coders and 12 units gives 0.743 for nominal data).

Example:
    >>> a = ["own", "own", "topic", "own", "topic"]
    >>> b = ["own", "own", "topic", "topic", "topic"]
    >>> round(cohen_kappa(a, b), 3), round(krippendorff_alpha([a, b]), 3)
    (0.615, 0.64)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from itertools import combinations
from typing import Any

import pandas as pd

__all__ = ["agreement", "code_matrix", "cohen_kappa", "disagreements", "krippendorff_alpha"]

KEYS = ["doc_id", "start", "end"]


def _missing(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, str):
        return not v.strip()
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Cohen's kappa of two coders' codes for the same items (in the same order).

    Items that either coder left empty (None, NaN, "") are left out. ``nan`` when no item is
    left, or when both coders gave one and the same code to every item (chance agreement is 1).

    Example:
        >>> # 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15 (kappa 0.4)
        >>> a = ["yes"] * 25 + ["no"] * 25
        >>> b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
        >>> round(cohen_kappa(a, b), 3)
        0.4
    """
    a, b = list(a), list(b)
    if len(a) != len(b):
        raise ValueError(f"cohen_kappa(): the two coders have {len(a)} and {len(b)} codes; give "
                         "one code per item from each, in the same order")
    pairs = [(x, y) for x, y in zip(a, b) if not _missing(x) and not _missing(y)]
    n = len(pairs)
    if n == 0:
        return float("nan")
    p_o = sum(x == y for x, y in pairs) / n
    ca, cb = Counter(x for x, _ in pairs), Counter(y for _, y in pairs)
    p_e = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if p_e >= 1:
        return float("nan")
    return (p_o - p_e) / (1 - p_e)


def krippendorff_alpha(data: Any, *, level: str = "nominal") -> float:
    """Krippendorff's alpha of reliability data: one row per coder, one column per unit.

    Args:
        data: a list of lists (coders x units) or a DataFrame (rows: coders, columns: units);
            a missing code is None, NaN or "". Units with fewer than two codes are left out.
        level: ``"nominal"`` (codes are categories; the default) or ``"interval"`` (numbers).

    Returns:
        alpha (1 perfect agreement, 0 agreement as by chance, below 0 systematic disagreement);
        ``nan`` when fewer than two pairable values, or a single value throughout.

    Example:
        >>> # Krippendorff (2011): 4 coders, 12 units, missing values (nominal alpha = 0.743)
        >>> n = None
        >>> data = [[1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        ...         [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        ...         [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        ...         [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n]]
        >>> round(krippendorff_alpha(data), 3), round(krippendorff_alpha(data, level="interval"), 3)
        (0.743, 0.849)
    """
    if level not in ("nominal", "interval"):
        raise ValueError(f"krippendorff_alpha(level={level!r}): use 'nominal' or 'interval'")
    rows = data.values.tolist() if isinstance(data, pd.DataFrame) else [list(r) for r in data]
    if not rows:
        return float("nan")
    width = len(rows[0])
    if any(len(r) != width for r in rows):
        raise ValueError("krippendorff_alpha(): every coder's row needs one value per unit "
                         "(None for a unit the coder did not code)")
    # coincidence matrix: each unit with m >= 2 values adds 1/(m-1) for each ordered pair
    coinc: Counter = Counter()
    for u in range(width):
        vals = [r[u] for r in rows if not _missing(r[u])]
        m = len(vals)
        if m < 2:
            continue
        for i, j in combinations(range(m), 2):
            coinc[(vals[i], vals[j])] += 1 / (m - 1)
            coinc[(vals[j], vals[i])] += 1 / (m - 1)
    n_c: Counter = Counter()
    for (c, _), w in coinc.items():
        n_c[c] += w
    n = sum(n_c.values())
    if n <= 1:
        return float("nan")

    def delta(c: Any, k: Any) -> float:
        if level == "nominal":
            return 0.0 if c == k else 1.0
        return (float(c) - float(k)) ** 2

    d_o = sum(w * delta(c, k) for (c, k), w in coinc.items())
    values = list(n_c)
    d_e = sum(n_c[c] * n_c[k] * delta(c, k) for c in values for k in values) / (n - 1)
    if d_e == 0:
        return float("nan")
    return 1 - d_o / d_e


# ------------------------------------------------------------------ coded tables

def _coder_of(df: pd.DataFrame, default: str, coder: str) -> str:
    if coder in df.columns:
        names = df[coder].dropna().astype(str).str.strip()
        names = sorted(set(names[names != ""]))
        if len(names) == 1:
            return names[0]
        if len(names) > 1:
            raise ValueError(f"agreement(): one coded table holds the coders {names}; pass one "
                             "long table alone (agreement(table)) or one table per coder")
    return default


def code_matrix(coded_a: pd.DataFrame, coded_b: pd.DataFrame | None = None, *,
                coder: str = "coder", code: str = "code") -> pd.DataFrame:
    """Items x coders: doc_id, start, end, the first sheet's other columns, then one column of codes
    per coder (missing where a coder did not code the item).

    Example:
        >>> a = pd.DataFrame({"doc_id": ["d", "d"], "start": [0, 5], "end": [4, 9],
        ...                   "code": ["topic", "own framing"], "coder": "A"})
        >>> code_matrix(a, a.assign(coder="B", code=["topic", "paraphrase"]))[["A", "B"]].values.tolist()
        [['topic', 'topic'], ['own framing', 'paraphrase']]
    """
    for name, df in (("first", coded_a), ("second", coded_b)):
        if df is None:
            continue
        missing = [c for c in KEYS + [code] if c not in df.columns]
        if missing:
            raise ValueError(f"agreement(): the {name} coded table has no column(s) {missing}; "
                             "use geolib.read_coding_sheet()")
    if coded_b is None:
        if coder not in coded_a.columns:
            raise ValueError(f"agreement(): one table needs a {coder!r} column naming the coder of "
                             "each row (or give two tables, one per coder)")
        long = coded_a
    else:
        name_a = _coder_of(coded_a, "A", coder)
        name_b = _coder_of(coded_b, "B", coder)
        if name_a == name_b:
            name_a, name_b = f"{name_a} (1)", f"{name_b} (2)"
        long = pd.concat([coded_a.assign(**{coder: name_a}), coded_b.assign(**{coder: name_b})],
                         ignore_index=True)
    long = long.assign(**{coder: long[coder].astype(str).str.strip()})
    dup = long.duplicated(KEYS + [coder], keep=False)
    if dup.any():
        r = long[dup].iloc[0]
        raise ValueError(f"agreement(): coder {r[coder]!r} coded the item {r['doc_id']} "
                         f"{int(r['start'])}-{int(r['end'])} more than once")
    codes = long.pivot(index=KEYS, columns=coder, values=code)
    coders = list(dict.fromkeys(long[coder]))
    codes = codes[coders].reset_index()
    codes.columns.name = None
    context = [c for c in coded_a.columns if c not in KEYS + [code, coder, "note"]]
    first = long.drop_duplicates(KEYS)[KEYS + [c for c in context if c in long.columns]]
    out = first.merge(codes, on=KEYS, how="left")
    out.attrs["coders"] = coders
    return out.sort_values(KEYS, kind="stable").reset_index(drop=True)


def agreement(coded_a: pd.DataFrame, coded_b: pd.DataFrame | None = None, *, by: str | None = None,
              coder: str = "coder", code: str = "code") -> pd.DataFrame:
    """Agreement between coders on the same items (matched on doc_id, start, end).

    Args:
        coded_a, coded_b: one coded sheet per coder (:func:`geolib.read_coding_sheet`), or one
            long table with a ``coder`` column (``coded_b`` left out).
        by: a column of the sheets (``"frame"``) for one row per value, after the row for all
            items.

    Returns:
        DataFrame [by,] n_items (coded by at least two coders), n_coders, percent_agreement (of
        the pairs of codes, in percent), cohen_kappa (two coders only, else NaN) and
        krippendorff_alpha (nominal).

    Example:
        >>> a = pd.DataFrame({"doc_id": "d", "start": range(5), "end": range(1, 6),
        ...                   "code": ["own framing", "topic", "topic", "denial", "own framing"]})
        >>> b = a.assign(code=["own framing", "topic", "paraphrase", "denial", "own framing"])
        >>> agreement(a, b).round(3).to_dict("records")
        [{'n_items': 5, 'n_coders': 2, 'percent_agreement': 80.0, 'cohen_kappa': 0.722, 'krippendorff_alpha': 0.743}]
    """
    wide = code_matrix(coded_a, coded_b, coder=coder, code=code)
    coders = wide.attrs["coders"]
    if by is not None and by not in wide.columns:
        raise ValueError(f"agreement(by={by!r}): no such column in the coded table")

    def row(part: pd.DataFrame) -> dict[str, Any]:
        mat = part[coders]
        coded = mat.notna() & mat.astype(str).apply(lambda s: s.str.strip() != "")
        units = coded.sum(axis=1) >= 2
        mat = mat[units]
        same = total = 0
        for vals in mat.itertuples(index=False):
            vs = [v for v in vals if not _missing(v)]
            for x, y in combinations(vs, 2):
                same += x == y
                total += 1
        kappa = (cohen_kappa(mat[coders[0]], mat[coders[1]]) if len(coders) == 2
                 else float("nan"))
        return {"n_items": int(units.sum()), "n_coders": len(coders),
                "percent_agreement": 100 * same / total if total else float("nan"),
                "cohen_kappa": kappa,
                "krippendorff_alpha": krippendorff_alpha(mat.T.values.tolist()) if len(mat) else
                float("nan")}

    if by is None:
        return pd.DataFrame([row(wide)])
    rows = [{by: "(all)", **row(wide)}]
    for value, part in wide.groupby(by, sort=True):
        rows.append({by: value, **row(part)})
    return pd.DataFrame(rows)


def disagreements(coded_a: pd.DataFrame, coded_b: pd.DataFrame | None = None, *,
                  coder: str = "coder", code: str = "code") -> pd.DataFrame:
    """The items two or more coders coded differently: the :func:`code_matrix` rows with more than
    one distinct code (an item one coder left empty is not a disagreement).

    Example:
        >>> a = pd.DataFrame({"doc_id": "d", "start": [0, 5], "end": [4, 9], "keyword": ["war", "lifeline"],
        ...                   "code": ["topic", "own framing"]})
        >>> disagreements(a, a.assign(code=["topic", "paraphrase"]))[["keyword", "A", "B"]].values.tolist()
        [['lifeline', 'own framing', 'paraphrase']]
    """
    wide = code_matrix(coded_a, coded_b, coder=coder, code=code)
    coders = wide.attrs["coders"]
    differ = [len({v for v in vals if not _missing(v)}) > 1
              for vals in wide[coders].itertuples(index=False)]
    out = wide[differ].reset_index(drop=True)
    out.attrs["coders"] = coders
    return out
