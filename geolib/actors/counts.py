"""Counting the mentions of :func:`geolib.actors.actors`: per actor (:func:`actor_counts`),
actors named together (:func:`cooccurrence`, :func:`cooccurrence_matrix`), and where each is
first named (:func:`first_mentions`).

Example:
    >>> m = pd.DataFrame({"doc_id": ["d", "d"], "start": [0, 10], "actor": ["China", "Russia"],
    ...                   "type": ["state", "state"], "affiliation": ["", ""], "sentence": [0, 0]})
    >>> cooccurrence(m).values.tolist()
    [['China', 'Russia', 1]]
"""

from __future__ import annotations

import warnings
from collections import Counter, defaultdict

import pandas as pd

from ..decoding import GeolibWarning

def _group_col(mentions: pd.DataFrame, by: str) -> pd.Series:
    if by == "actor":
        return mentions["actor"]
    if by == "affiliation":
        aff = mentions["affiliation"].fillna("")
        return aff.where(aff != "", mentions["actor"])
    raise ValueError(f"by must be 'actor' or 'affiliation', not {by!r}")


def actor_counts(mentions: pd.DataFrame, *, per: int = 1000, words: int | dict | None = None,
                 by: str = "actor", level: str = "state") -> pd.DataFrame:
    """Mentions per actor, absolute and per ``per`` words (default: per 1,000 words).

    Args:
        mentions: the table from :func:`actors`.
        words: the number of words the mentions come from (an int, or a dict doc_id -> words);
            by default ``mentions.attrs["words"]``, which :func:`actors` fills in.
        by: ``"actor"``, or ``"affiliation"`` to count people and bodies with the actor they
            speak for (Xi Jinping with China).
        level: ``"state"`` (default): a government agency, ministry, military or party counts
            for its state (the FBI for the United States); ``"agency"``: it counts on its own
            (type ``agency``), so a study of one country's politics sees its bodies.

    Returns:
        DataFrame actor, type, count, n_docs, per_1000 (the rate column is named after ``per``),
        most mentioned first.

    Example:
        >>> from geolib.actors import actors
        >>> m = actors("China and Russia met. China spoke.")
        >>> actor_counts(m)[["actor", "count", "per_1000"]].round(1).values.tolist()
        [['China', 2, 333.3], ['Russia', 1, 166.7]]
    """
    rate = f"per_{per}" if per != 1000 else "per_1000"
    cols = ["actor", "type", "count", "n_docs", rate]
    if mentions is None or len(mentions) == 0:
        return pd.DataFrame(columns=cols)
    if words is None:
        words = mentions.attrs.get("words")
    if isinstance(words, dict):
        ids = set(mentions["doc_id"])
        total = sum(v for k, v in words.items() if k in ids) if ids else 0
        total = sum(words.values()) if not ids.issubset(words) else total
    else:
        total = words
    if total is None:
        warnings.warn("actor_counts: no word count (pass words=...); rates left empty",
                      GeolibWarning, stacklevel=2)
    if level not in ("state", "agency"):
        raise ValueError(f"level must be 'state' or 'agency', not {level!r}")
    df = mentions.assign(_key=_group_col(mentions, by))
    if level == "agency" and "agency" in mentions.columns:
        ag = mentions["agency"].fillna("").astype(str)
        has = (ag != "").to_numpy()
        if has.any():
            df.loc[has, "_key"] = ag[has]
            df.loc[has, "type"] = "agency"
            mentions = df
    if by == "affiliation":
        info = mentions.drop_duplicates("actor").set_index("actor")["type"]
        df["_type"] = [info.get(k, t) if k != a else t
                       for k, a, t in zip(df["_key"], df["actor"], df["type"])]
    else:
        df["_type"] = df["type"]
    g = df.groupby("_key", sort=False)
    out = pd.DataFrame({"actor": list(g.groups.keys())})
    out["type"] = g["_type"].agg(lambda s: s.mode().iloc[0]).values
    out["count"] = g.size().values
    out["n_docs"] = g["doc_id"].nunique().values
    out[rate] = out["count"] / total * per if total else float("nan")
    first = df.groupby("_key", sort=False)["start"].min()
    out["_first"] = out["actor"].map(first)
    out = out.sort_values(["count", "_first"], ascending=[False, True], kind="stable")
    return out.drop(columns="_first").reset_index(drop=True)[cols]


def cooccurrence(mentions: pd.DataFrame, *, by: str = "sentence", group: str = "actor"
                 ) -> pd.DataFrame:
    """Pairs of actors named in the same sentence (or paragraph), as a tidy table.

    ``count`` is the number of sentences (paragraphs) in which both are named.

    Example:
        >>> from geolib.actors import actors
        >>> cooccurrence(actors("China and Russia met. China spoke to NATO and Russia."))
          actor_a actor_b  count
        0   China  Russia      2
        1   China    NATO      1
        2    NATO  Russia      1
    """
    if by not in ("sentence", "paragraph"):
        raise ValueError(f"by must be 'sentence' or 'paragraph', not {by!r}")
    cols = ["actor_a", "actor_b", "count"]
    if mentions is None or len(mentions) == 0:
        return pd.DataFrame(columns=cols)
    keys = _group_col(mentions, "affiliation" if group == "affiliation" else "actor")
    units = defaultdict(set)
    for d, u, k in zip(mentions["doc_id"], mentions[by], keys):
        units[(d, u)].add(k)
    pairs: Counter[tuple[str, str]] = Counter()
    for acts in units.values():
        acts_ = sorted(acts)
        for i in range(len(acts_)):
            for j in range(i + 1, len(acts_)):
                pairs[(acts_[i], acts_[j])] += 1
    out = pd.DataFrame([(a, b, c) for (a, b), c in pairs.items()], columns=cols)
    return out.sort_values(["count", "actor_a", "actor_b"], ascending=[False, True, True],
                           kind="stable").reset_index(drop=True)


def cooccurrence_matrix(mentions: pd.DataFrame, *, by: str = "sentence", top: int | None = None,
                        diagonal: bool = False) -> pd.DataFrame:
    """The co-occurrence counts as a square, symmetric actor x actor DataFrame.

    Args:
        top: keep the ``top`` most mentioned actors only.
        diagonal: put on the diagonal the number of sentences (paragraphs) naming each actor
            (default 0).

    Example:
        >>> from geolib.actors import actors
        >>> cooccurrence_matrix(actors("China and Russia met. China spoke."))
                China  Russia
        China       0       1
        Russia      1       0
    """
    if mentions is None or len(mentions) == 0:
        return pd.DataFrame()
    order = mentions["actor"].value_counts(sort=True)
    first = mentions.groupby("actor")["start"].min()
    names = sorted(order.index, key=lambda a: (-order[a], first[a]))
    if top:
        names = names[:top]
    mat = pd.DataFrame(0, index=names, columns=names, dtype="int64")
    tidy = cooccurrence(mentions, by=by)
    for a, b, c in tidy.itertuples(index=False):
        if a in mat.index and b in mat.index:
            mat.loc[a, b] = c
            mat.loc[b, a] = c
    if diagonal:
        units = mentions.drop_duplicates(["doc_id", by, "actor"])["actor"].value_counts()
        for a in names:
            mat.loc[a, a] = int(units.get(a, 0))
    return mat


def first_mentions(mentions: pd.DataFrame, *, chars: dict[str, int] | None = None) -> pd.DataFrame:
    """Where each actor is first named in each document.

    Returns doc_id, actor, start, sentence, paragraph, position (start / document length:
    0 = top of the story, 1 = its end), most prominent first.

    Example:
        >>> from geolib.actors import actors
        >>> first_mentions(actors("China spoke. Russia replied."))[["actor", "sentence"]].values.tolist()
        [['China', 0], ['Russia', 1]]
    """
    cols = ["doc_id", "actor", "start", "sentence", "paragraph", "position"]
    if mentions is None or len(mentions) == 0:
        return pd.DataFrame(columns=cols)
    chars = chars if chars is not None else mentions.attrs.get("chars", {})
    first = mentions.sort_values(["doc_id", "start"], kind="stable").drop_duplicates(
        ["doc_id", "actor"]).copy()
    first["position"] = [s / chars[d] if chars.get(d) else float("nan")
                         for d, s in zip(first["doc_id"], first["start"])]
    return first[cols].reset_index(drop=True)
