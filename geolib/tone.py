"""Tone toward each actor: the valence of the words around every actor mention, by voice.

The words are scored with the VADER lexicon and rules (Hutto and Gilbert 2014) as the
``vaderSentiment`` package ships them (MIT licence; NLTK's copy needs a download, so not that):
word valences from -4 to +4, with VADER's negation ("not good"), intensifier ("very bad"),
all-caps and "but" rules, summed and normalised to a compound score from -1 to +1.

For each actor mention (:func:`geolib.actors.actors`) the scope is its sentence, at most
``window`` words either side of it. Words inside any actor mention are left out (names carry no
tone: "Free Syrian Army"), and so are words of a quote the mention itself is the speaker of.
The words are split by **voice**: the writer's own words, and each quoted speaker's (the quote
holding the word, from :func:`geolib.quotes.quotes`); each voice gets its own row and score.

A lexicon measures words, not stance: "war" is negative wherever it stands, and "China denies
supplying weapons" is negative for China. Every row carries the scored words with their offsets
(``scored``), so that a score can always be read back to the words behind it.

Example:
    >>> t = tone('NATO is a great partner, the minister said. China called NATO "a liar".', quotes=False)
    >>> t[["text", "voice", "tone"]].values.tolist()
    [['NATO', 'writer', 0.6249], ['China', 'writer', -0.5106], ['NATO', 'writer', -0.5106]]
    >>> t["scored"].iloc[1]
    [(65, 69, 'liar', -2.3)]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import pandas as pd

from .actors import mentions_by_doc
from .document import Document
from .quotes.table import QuotesArg, quotes_of

__all__ = ["TONE_COLUMNS", "ACTOR_TONE_COLUMNS", "tone", "actor_tone", "tone_words", "plot_actor_tone",
           "score_words"]

WRITER = "writer"
TONE_COLUMNS = ["doc_id", "start", "end", "text", "actor", "sentence", "voice", "in_quote", "speaker",
                "n_words", "n_scored", "tone", "positive", "negative", "scored"]
ACTOR_TONE_COLUMNS = ["actor", "voice", "mentions", "with_words", "scored_words", "mean_tone",
                      "negative_share", "positive_share", "top_words"]
_APOS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


@lru_cache(maxsize=1)
def _vader() -> Any:
    try:
        from vaderSentiment import vaderSentiment as vs
    except ImportError as err:  # pragma: no cover - a runtime dependency
        raise ImportError("geolib.tone needs the vaderSentiment package (pip install vaderSentiment)"
                          ) from err
    return vs, vs.SentimentIntensityAnalyzer()


def score_words(words: Sequence[str]) -> tuple[list[float], float]:
    """VADER valence of each word of a word sequence (in order) and the compound score of all.

    The words are read as one text, so VADER's negation, intensifier and "but" rules see the
    words before each one.

    Example:
        >>> score_words(["not", "a", "good", "plan"])
        ([0.0, 0.0, -1.406, 0.0], -0.3412)
        >>> score_words(["very", "bad"])[1] < score_words(["bad"])[1] < 0
        True
    """
    vs, analyzer = _vader()
    words = [w.translate(_APOS) for w in words]
    if not words:
        return [], 0.0
    text = " ".join(words)
    st = vs.SentiText(text)
    wae = st.words_and_emoticons
    if len(wae) != len(words):      # a word with a space inside: score the words one by one
        vals = [score_words([w])[0][0] if w.split() else 0.0 for w in words]
        return vals, float(vs.normalize(sum(vals))) if any(vals) else 0.0
    sentiments: list[float] = []
    for i, item in enumerate(wae):
        if item.lower() in vs.BOOSTER_DICT or (
                i < len(wae) - 1 and item.lower() == "kind" and wae[i + 1].lower() == "of"):
            sentiments.append(0)
            continue
        sentiments = analyzer.sentiment_valence(0, st, item, i, sentiments)
    sentiments = analyzer._but_check(wae, sentiments)
    compound = analyzer.score_valence(sentiments, text)["compound"]
    return [round(float(v), 4) for v in sentiments], float(compound)


def _voice_of(speaker: Any, actor: Any) -> str:
    for v in (actor, speaker):
        if v is not None and not (isinstance(v, float) and pd.isna(v)) and str(v).strip():
            return str(v)
    return "unattributed"



def _doc_rows(doc: Document, mentions: pd.DataFrame, q: pd.DataFrame | None, window: int | None
              ) -> list[tuple]:
    text = doc.text
    spans = doc.token_spans
    starts = [s for s, _, _, _ in spans]
    m_spans = sorted(zip(mentions["start"].astype(int), mentions["end"].astype(int)))
    m_starts = [s for s, _ in m_spans]

    def in_mention(s: int, e: int) -> bool:
        k = bisect.bisect_right(m_starts, s) - 1
        return k >= 0 and m_spans[k][1] > s

    quotes_l: list[tuple[int, int, str, Any, int, int]] = []
    if q is not None and len(q):
        for r in q.itertuples(index=False):
            ss = getattr(r, "speaker_start", None)
            se = getattr(r, "speaker_end", None)
            ss = -1 if ss is None or pd.isna(ss) else int(ss)
            se = -1 if se is None or pd.isna(se) else int(se)
            quotes_l.append((int(r.start), int(r.end), _voice_of(getattr(r, "speaker", None),
                                                                 getattr(r, "speaker_actor", None)),
                             getattr(r, "speaker", None), ss, se))

    def voice_at(s: int, m_start: int, m_end: int) -> tuple[str, Any]:
        best = None
        for qs, qe, voice, spk, ss, se in quotes_l:
            if qs <= s < qe and (best is None or qe - qs < best[1] - best[0]):
                if ss < m_end and m_start < se:
                    continue          # the mention is this quote's speaker
                best = (qs, qe, voice, spk)
        return (WRITER, None) if best is None else (best[2], best[3])

    rows = []
    for r in mentions.itertuples(index=False):
        ms, me, si = int(r.start), int(r.end), int(r.sentence)
        s0, s1, _ = doc.sentence_spans[si]
        lo, hi = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, s1)
        first = bisect.bisect_left(starts, ms)
        last = bisect.bisect_left(starts, me)
        words = [k for k in range(lo, hi) if spans[k][2] == "word"]
        before = [k for k in words if k < first]
        after = [k for k in words if k >= last]
        if window is not None:
            before, after = before[-window:] if window else [], after[:window]
        chosen = [k for k in before + after if not in_mention(spans[k][0], spans[k][1])]
        groups: dict[str, list[int]] = {}
        speakers: dict[str, Any] = {}
        for k in chosen:
            voice, spk = voice_at(spans[k][0], ms, me)
            groups.setdefault(voice, []).append(k)
            speakers.setdefault(voice, spk)
        if not groups:
            groups[WRITER] = []
            speakers[WRITER] = None
        for voice, ks in groups.items():
            vals, compound = score_words([text[spans[k][0]:spans[k][1]] for k in ks])
            scored = [(spans[k][0], spans[k][1], text[spans[k][0]:spans[k][1]], v)
                      for k, v in zip(ks, vals) if v]
            rows.append((doc.doc_id, ms, me, text[ms:me], r.actor, si, voice, voice != WRITER,
                         speakers[voice], len(ks), len(scored), compound,
                         round(sum(v for *_, v in scored if v > 0), 4),
                         round(sum(v for *_, v in scored if v < 0), 4), scored))
    return rows


def tone(doc_or_corpus: Any, *, window: int | None = 10, roles: Sequence[str] | None = ("body",),
         quotes: QuotesArg = None, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """The tone of the words around each actor mention, one row per mention and voice.

    Args:
        doc_or_corpus: text, Document, Corpus or anything ``geolib.iter_documents`` reads.
        window: words either side of the mention, within its sentence (``None``: the whole
            sentence).
        roles: paragraph roles whose actor mentions are scored.
        quotes: a quotes table (:func:`geolib.quotes.quotes`) for the voices; by default found
            per document; ``False``: every word is the writer's.
        mentions: an actor table (:func:`geolib.actors.actors`) to use instead of finding them.

    Returns:
        DataFrame doc_id, start, end, text (the mention), actor, sentence, voice (``"writer"`` or
        the quoted speaker's actor, else the speaker), in_quote, speaker, n_words (words in scope
        in this voice), n_scored (words with a VADER valence), tone (VADER compound, -1 to 1),
        positive and negative (sums of the valences), scored (a list of (start, end, word,
        valence) for every scored word; ``text[start:end]`` is the word).

    Example:
        >>> t = tone("Critics said Acme was reckless and dishonest.", quotes=False,
        ...          mentions=pd.DataFrame({"doc_id": ["text"], "start": [13], "end": [17],
        ...                                 "actor": ["Acme"], "sentence": [0]}))
        >>> bool(t.loc[0, "tone"] < 0), [w for _, _, w, _ in t.loc[0, "scored"]]
        (True, ['Critics', 'reckless', 'dishonest'])
    """
    rows: list[tuple] = []
    for doc, m in mentions_by_doc(doc_or_corpus, mentions, roles=roles):
        if len(m) == 0:
            continue
        rows.extend(_doc_rows(doc, m, quotes_of(doc, quotes), window))
    df = pd.DataFrame(rows, columns=TONE_COLUMNS)
    return df.astype({"start": "int64", "end": "int64", "sentence": "int64", "in_quote": "bool",
                      "n_words": "int64", "n_scored": "int64", "tone": "float64",
                      "positive": "float64", "negative": "float64"})


def tone_words(data: pd.DataFrame) -> pd.DataFrame:
    """The scored words of a :func:`tone` table, one row each: doc_id, actor, voice, mention_start,
    start, end, word, valence.

    Example:
        >>> t = tone('NATO is a great partner.', quotes=False)
        >>> tone_words(t)[["actor", "word", "valence"]].values.tolist()
        [['NATO', 'great', 3.1]]
    """
    rows = [(d, a, v, ms, s, e, w, val) for d, a, v, ms, sc in
            zip(data["doc_id"], data["actor"], data["voice"], data["start"], data["scored"])
            for s, e, w, val in sc]
    return pd.DataFrame(rows, columns=["doc_id", "actor", "voice", "mention_start", "start", "end",
                                       "word", "valence"])


def actor_tone(data: Any, *, min_mentions: int = 1, top_words: int = 5, **kw: Any) -> pd.DataFrame:
    """Tone per actor and voice: how the writer, and each quoted speaker, describe each actor.

    Args:
        data: a :func:`tone` table, or what :func:`tone` reads (then ``kw`` go to it).
        min_mentions: leave out pairs with fewer mention rows.
        top_words: how many of the most frequent scored words to list.

    Returns:
        DataFrame actor, voice, mentions (rows: mentions in that voice), with_words (those with
        at least one scored word), scored_words, mean_tone (mean compound over all the rows),
        negative_share and positive_share (rows with tone <= -0.05 and >= 0.05, VADER's
        thresholds), top_words ("word (count)"); sorted by actor, the writer first.

    Example:
        >>> a = actor_tone('NATO is a great partner. Critics call NATO a threat.', quotes=False)
        >>> a[["actor", "voice", "mentions", "top_words"]].values.tolist()
        [['NATO', 'writer', 2, 'great (1), Critics (1), threat (1)']]
    """
    t = data if isinstance(data, pd.DataFrame) and "scored" in data.columns else tone(data, **kw)
    out = []
    for (actor, voice), g in t.groupby(["actor", "voice"], sort=False):
        if len(g) < min_mentions:
            continue
        counts: dict[str, int] = {}
        for sc in g["scored"]:
            for _, _, w, _ in sc:
                counts[w] = counts.get(w, 0) + 1
        top = sorted(counts.items(), key=lambda kv: -kv[1])[:top_words]
        out.append((actor, voice, len(g), int((g["n_scored"] > 0).sum()), int(g["n_scored"].sum()),
                    round(float(g["tone"].mean()), 4), round(float((g["tone"] <= -0.05).mean()), 4),
                    round(float((g["tone"] >= 0.05).mean()), 4),
                    ", ".join(f"{w} ({c})" for w, c in top)))
    res = pd.DataFrame(out, columns=ACTOR_TONE_COLUMNS)
    if len(res):
        res = res.assign(_w=res["voice"] != WRITER).sort_values(
            ["actor", "_w", "mentions"], ascending=[True, True, False], kind="stable").drop(columns="_w")
    return res.reset_index(drop=True)


def plot_actor_tone(data: Any, *, actors: Sequence[str] | None = None, top: int = 8, max_voices: int = 4,
                    min_mentions: int = 2, ax: Any = None, **kw: Any):
    """Bar chart of the mean tone toward each actor, one bar per voice, with the number of mentions.

    Args:
        data: an :func:`actor_tone` table, a :func:`tone` table or what :func:`tone` reads.
        actors: the actors to show (default: the ``top`` most mentioned).
        max_voices: the writer and the most frequent quoted voices.
        min_mentions: leave out bars with fewer mentions.

    Returns:
        The matplotlib Axes.

    Example:
        >>> ax = plot_actor_tone('NATO is a great partner. NATO is a threat.', quotes=False)
        >>> ax.get_xlabel()
        'mean tone of the words around the mentions (VADER compound)'
    """
    import matplotlib.pyplot as plt

    a = data if isinstance(data, pd.DataFrame) and "mean_tone" in data.columns else actor_tone(data, **kw)
    a = a[a["mentions"] >= min_mentions] if len(a) and (a["mentions"] >= min_mentions).any() else a
    if actors is None:
        actors = list(a.groupby("actor")["mentions"].sum().sort_values(ascending=False, kind="stable")
                      .index[:top])
    a = a[a["actor"].isin(actors)]
    vtot = a.groupby("voice")["mentions"].sum().sort_values(ascending=False, kind="stable")
    voices = ([WRITER] if WRITER in vtot.index else []) + [v for v in vtot.index if v != WRITER]
    voices = voices[:max_voices]
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 1.0 + 0.55 * max(1, len(actors)) * max(1, len(voices)) ** 0.5))
    height = 0.8 / max(1, len(voices))
    for j, voice in enumerate(voices):
        g = a[a["voice"] == voice].set_index("actor")
        ys = [i + (j - (len(voices) - 1) / 2) * height for i in range(len(actors))]
        vals = [float(g.loc[x, "mean_tone"]) if x in g.index else 0.0 for x in actors]
        ns = [int(g.loc[x, "mentions"]) if x in g.index else 0 for x in actors]
        ax.barh(ys, vals, height=height, label=f"{voice}" if voice == WRITER else f"quoted: {voice}",
                color=f"C{j}")
        for y, v, n in zip(ys, vals, ns):
            if n:
                ax.text(v + (0.02 if v >= 0 else -0.02), y, f"n={n}", va="center",
                        ha="left" if v >= 0 else "right", fontsize=7)
    ax.axvline(0, color="0.4", linewidth=0.8)
    ax.set_yticks(range(len(actors)), list(actors))
    ax.set_ylim(len(actors) - 0.5, -0.5)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("mean tone of the words around the mentions (VADER compound)")
    ax.set_title("Tone toward each actor, by voice")
    if voices:
        ax.legend(fontsize=8, loc="lower right")
    return ax
