"""Mentioned and heard: the actors a story talks about, against the actors it lets speak.

Bennett's *indexing* hypothesis (1990) says that news gives voice to the sides that officials
already give voice to; Ferree et al. (2002) call being quoted *standing*. A first trace of both is
the gap between the actors a text names (:func:`geolib.actors`) and the actors it quotes
(:func:`geolib.quotes`): an actor named often and never quoted is talked about, not heard.

Example:
    >>> import geolib
    >>> doc = geolib.load('NATO said Russia and China were a threat. “We reject this,” China said.')
    >>> t = mentioned_vs_heard(geolib.actors(doc), geolib.quotes(doc))
    >>> t[["actor", "mentions", "quotes", "heard"]].values.tolist()
    [['China', 2, 1, True], ['NATO', 1, 0, False], ['Russia', 1, 0, False]]
"""

from __future__ import annotations

import pandas as pd

from .quotes import voice_share

__all__ = ["mentioned_vs_heard"]

COLUMNS = ["actor", "mentions", "n_docs", "quotes", "quoted_words", "share_mentions", "share_words",
           "heard"]


def mentioned_vs_heard(mentions: pd.DataFrame, quotes_df: pd.DataFrame, *, by: str = "affiliation",
                       min_mentions: int = 1) -> pd.DataFrame:
    """Per actor: how often it is named, and how often (and at what length) it is quoted.

    Args:
        mentions: a :func:`geolib.actors` table.
        quotes_df: a :func:`geolib.quotes` table (corrected with :func:`geolib.apply_corrections`
            if you have corrections), whose ``speaker_actor`` is the side a speaker speaks for.
        by: ``"affiliation"`` (a person counts for the side they speak for, as ``speaker_actor``
            does: Xi Jinping's mentions count for China) or ``"actor"``.
        min_mentions: leave out actors named fewer times (quoted actors are always kept).

    Returns:
        DataFrame actor, mentions, n_docs (documents naming it), quotes, quoted_words,
        share_mentions, share_words (of all mentions, of all quoted words with a speaker actor)
        and heard (quoted at least once); the most named first. An actor quoted but never named
        (a speaker whose actor the text names only through the speaker) has 0 mentions.

    Example:
        >>> m = pd.DataFrame({"doc_id": "d", "actor": ["China", "Xi Jinping", "Russia"],
        ...                   "affiliation": ["", "China", ""]})
        >>> q = pd.DataFrame({"doc_id": "d", "text": ["no"], "kind": ["direct"], "speaker": ["Xi"],
        ...                   "speaker_actor": ["China"]})
        >>> mentioned_vs_heard(m, q)[["actor", "mentions", "heard"]].values.tolist()
        [['China', 2, True], ['Russia', 1, False]]
    """
    if by not in ("affiliation", "actor"):
        raise ValueError("mentioned_vs_heard(by=...): use 'affiliation' or 'actor'")
    for name, table, need in (("mentions", mentions, ["doc_id", "actor"]),
                              ("quotes_df", quotes_df, ["speaker_actor", "text", "kind"])):
        missing = [c for c in need if c not in table.columns]
        if missing:
            raise ValueError(f"mentioned_vs_heard(): {name} has no column(s) {missing}; give "
                             f"{'geolib.actors(doc)' if name == 'mentions' else 'geolib.quotes(doc)'}")
    key = mentions["actor"].astype(object)
    if by == "affiliation" and "affiliation" in mentions.columns:
        aff = mentions["affiliation"].astype(object)
        named = aff.notna() & (aff.astype(str).str.strip() != "")
        key = aff.where(named, key)
    named_df = pd.DataFrame({"actor": key.to_numpy(), "doc_id": mentions["doc_id"].to_numpy()})
    named_counts = named_df.groupby("actor").agg(mentions=("doc_id", "size"),
                                                 n_docs=("doc_id", "nunique"))
    if len(quotes_df) and quotes_df["speaker_actor"].notna().any():
        share = voice_share(quotes_df, by="speaker_actor").set_index("value")
        heard = share[["n_quotes", "n_words"]].rename(columns={"n_quotes": "quotes",
                                                                "n_words": "quoted_words"})
    else:
        heard = pd.DataFrame(columns=["quotes", "quoted_words"], dtype="int64")
    out = named_counts.join(heard, how="outer").fillna(0)
    out.index.name = "actor"
    out = out.reset_index()
    for c in ("mentions", "n_docs", "quotes", "quoted_words"):
        out[c] = out[c].astype("int64")
    total_m, total_w = out["mentions"].sum(), out["quoted_words"].sum()
    out["share_mentions"] = out["mentions"] / total_m if total_m else 0.0
    out["share_words"] = out["quoted_words"] / total_w if total_w else 0.0
    out["heard"] = out["quotes"] > 0
    out = out[(out["mentions"] >= min_mentions) | out["heard"]]
    out = out.sort_values(["mentions", "quoted_words", "actor"], ascending=[False, False, True],
                          kind="stable")
    return out[COLUMNS].reset_index(drop=True)
