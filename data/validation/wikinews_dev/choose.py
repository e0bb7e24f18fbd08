"""The reproducible candidate list and choice of this set's articles (run from the repository root).

    python data/validation/wikinews_dev/choose.py            # candidates not yet in the set
    python data/validation/wikinews_dev/choose.py --all      # every candidate, chosen ones marked
    python data/validation/wikinews_dev/choose.py --wide     # round 2's wider pool (see below)

The rule uses only the texts, never geolib's output. Candidates: articles of
``data/wikinews/wikinews_2019.csv`` and ``wikinews_2020.csv`` with at least ``MIN_QUOTES``
quotation-marked stretches of three words or more, under ``MAX_CHARS`` characters, not an
interview or a transcript, and in none of the checked sets (``../wikinews_quotes``: the URLs of
its ``spec.py``; ``../speaker_actors``: the ``doc_id``s of its csv files). They are listed with
most quotes first (ties by date and URL).

The set grew in two rounds, both chosen by hand from these lists by reading the titles and texts
(the choice is written down here, so it is reproducible; the annotations are in ``spec.py``):

* round 1 (session 26): 25 of the 66 candidates (at least two stretches, under 6,000
  characters), those about US politics or US domestic news left out; their slugs are the first 25
  keys of ``spec.py``.
* round 2 (session 27): ``ROUND_2`` below, 25 more. Only 11 of the 41 candidates left are not about
  US politics, US domestic news or Americans (obituaries), so the pool was widened
  (``python .../choose.py --wide``): (a) those 11; (b) the 3 non-US articles with at least two
  stretches over 6,000 characters that are no interview (a Wikinews investigation, a report from
  an Olympiad, a policy talk); (c) the 11 non-US articles under 6,000 characters with one stretch
  (left out: a data-leak story about US companies). Every non-US article of the wide pool was
  taken; one of them (the Sultan of Oman's obituary) holds no attribution, only a description in
  quotation marks with no speaker, and stays as a check against spurious quotes.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
MIN_QUOTES = 2
MAX_CHARS = 6000
QUOTE = re.compile(r'"[^"\n]{3,}?"|“[^”\n]{3,}?”')
W = "https://en.wikinews.org//wiki/"

#: the 25 articles added in session 27 (URL without the ``W`` prefix -> slug)
ROUND_2: dict[str, str] = {
    'Wikinews_investigates_disappearance_of_Indonesian_cargo_ship_Namse_Bangdzod': '2019-01-10_namse_bangdzod_investigation',
    'Lion_Air_disaster:_Crashed_jet%27s_voice_recorder_recovered_from_Java_Sea': '2019-01-16_lion_air_voice_recorder',
    'Report_indicates_Mexican_monarch_butterfly_population_at_ten-year_high,_reasons_unclear': '2019-02-02_monarch_butterfly_population',
    'Francis_D%27Souza,_former_Deputy_Chief_Minister_of_Goa,_dies_aged_64': '2019-02-17_francis_dsouza_dies',
    'Fire_kills_nine,_injures_dozens_in_Chittagong,_Bangladesh_slum': '2019-02-18_chittagong_slum_fire',
    'Students_compete_in_second_international_Neurosurgery_Olympiad_in_Tyumen,_Russia': '2019-05-06_neurosurgery_olympiad_tyumen',
    'Arrests_made_in_theft_of_gold_toilet_in_England': '2019-09-18_gold_toilet_theft',
    'Norway%27s_Warholm_wins_gold_in_400_m_hurdles_at_World_Championships_in_Doha': '2019-10-01_warholm_hurdles_doha',
    'Police_shoot_teenage_protester_as_Hong_Kong_demonstrations_continue': '2019-10-02_hong_kong_protester_shot',
    'Four_stabbed_to_death_at_Paris_police_headquarters': '2019-10-05_paris_police_hq_stabbing',
    'Voracious_fish_defend_coral_reefs_against_warming,_say_scientists': '2019-10-05_fish_defend_coral_reefs',
    'UK_urges_US_to_waive_immunity_for_diplomat%27s_wife_involved_in_fatal_collision': '2019-10-10_uk_us_diplomat_immunity',
    'Cosmonaut_Alexei_Leonov_dies_at_age_85': '2019-10-12_alexei_leonov_dies',
    'Greta_Thunberg_named_2019_Time_Person_of_the_Year': '2019-12-14_greta_thunberg_time_person',
    'Conservative_Party_wins_majority_in_2019_UK_general_election': '2019-12-16_uk_general_election_2019',
    'Greek_prime_minister_reaffirms_EastMed_pipeline_project_is_open_for_other_countries_to_join': '2020-01-10_eastmed_pipeline_mitsotakis',
    'First_foreigners_die_from_coronavirus_in_Wuhan,_China': '2020-02-10_wuhan_first_foreign_deaths',
    'English_mathematician_John_Horton_Conway_dies_after_contracting_COVID-19': '2020-04-14_john_horton_conway_dies',
    'Burundi_President_Pierre_Nkurunziza_dies_aged_55': '2020-06-11_pierre_nkurunziza_dies',
    '11-month_old_baby_finds_illegal_drugs_in_playground_in_British_Columbia,_Canadian_police_report': '2020-07-08_kamloops_playground_fentanyl',
    'Seoul_city_Mayor_Park_Won-soon_found_dead,_South_Korean_police_confirm': '2020-07-09_park_won_soon_found_dead',
    'Caloundra_defeat_Maroochydore_in_third_round_of_2020_Sunshine_Coast_Rugby_Union_season': '2020-08-18_caloundra_defeat_maroochydore',
    'University_defeat_Maroochydore_in_round_five_of_2020_Sunshine_Coast_Rugby_Union_season': '2020-09-01_university_defeat_maroochydore',
    'Prime_Minister_of_Slovakia_Igor_Matovi%C4%8D_tests_positive_for_COVID-19': '2020-12-21_igor_matovic_covid',
    'Sultan_Qaboos_of_Oman_dies': '2020-01-12_sultan_qaboos_dies',
}


def stretches(text: str) -> int:
    """How many quotation-marked stretches of three words or more ``text`` holds."""
    return sum(1 for m in QUOTE.finditer(text) if len(m.group().split()) >= 3)


def _spec(folder: Path) -> dict:
    """The ARTICLES dict of ``folder/spec.py``."""
    spec = importlib.util.spec_from_file_location(f"spec_{folder.name}", folder / "spec.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ARTICLES


def checked_urls() -> set[str]:
    """URLs of the articles of the checked sets (held-out Wikinews set, speaker-actor check set)."""
    import geolib

    used = {a["url"] for a in _spec(HERE.parent / "wikinews_quotes").values()}
    url_of = {}
    for path in sorted((ROOT / "data" / "wikinews").glob("*.csv")):
        for d in geolib.read_corpus(path):
            url_of[d.doc_id] = d.meta.get("url")
    for name in ("speakers.csv", "sentences.csv", "mentions.csv"):
        df = pd.read_csv(HERE.parent / "speaker_actors" / name)
        used |= {url_of[i] for i in df.loc[df["corpus"] == "wikinews", "doc_id"]}
    return used


def candidates(min_quotes: int = MIN_QUOTES, max_chars: int | None = MAX_CHARS) -> list[dict]:
    """Candidate rows (url, date, title, text, quotes), most quotes first; ``max_chars=None``: any
    length. Example: ``len(candidates())`` is 66 (with the 25 of round 1)."""
    used = checked_urls()
    rows = []
    for y in (2019, 2020):
        for r in pd.read_csv(ROOT / "data" / "wikinews" / f"wikinews_{y}.csv").to_dict("records"):
            text, title = r["text"], r["title"]
            if r["url"] in used or (max_chars is not None and len(text) >= max_chars):
                continue
            if re.search(r"\binterview", title, re.I) or re.search(r"\binterview", text[:400], re.I):
                continue
            n = stretches(text)
            if n >= min_quotes:
                rows.append({**r, "quotes": n})
    rows.sort(key=lambda r: (-r["quotes"], r["date"], r["url"]))
    return rows


def wide_pool() -> list[dict]:
    """Round 2's pool: at least two stretches at any length, or one stretch under MAX_CHARS."""
    two = candidates(MIN_QUOTES, None)
    seen = {r["url"] for r in two}
    return two + [r for r in candidates(1, MAX_CHARS) if r["url"] not in seen]


def main(show_all: bool, wide: bool = False) -> None:
    round_1 = {a["url"] for a in _spec(HERE).values()} - {W + u for u in ROUND_2}
    for r in (wide_pool() if wide else candidates()):
        short = r["url"][len(W):] if r["url"].startswith(W) else r["url"]
        mark = "R2" if short in ROUND_2 else ("R1" if r["url"] in round_1 else "  ")
        if mark != "  " and not show_all:
            continue
        print(f"{mark} {r['quotes']:2d} {len(r['text']):5d} {r['date']} {r['title']}")


if __name__ == "__main__":
    main("--all" in sys.argv, "--wide" in sys.argv)
