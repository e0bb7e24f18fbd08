"""The reproducible candidate list and choice of this set's articles (run from the repository root).

    python data/validation/wikinews_dev/choose.py            # candidates not yet in the set
    python data/validation/wikinews_dev/choose.py --all      # every candidate, chosen ones marked
    python data/validation/wikinews_dev/choose.py --wide     # round 2's wider pool (see below)
    python data/validation/wikinews_dev/choose.py --round3   # round 3's pool (see below)

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
* round 3 (session 28): ``ROUND_3`` below, 20 more. After round 2 no article with a quotation-marked
  stretch is left outside the checked sets that is not about the US or an interview, so round 3
  draws on the Wikinews articles the speaker-actor check set uses **only for one sentence of actor
  mentions** (``sentences.csv`` / ``mentions.csv``; their quotes are judged nowhere), never on its
  quote documents (``speakers.csv``) nor on the held-out set (``python .../choose.py --round3``:
  round 1's rule, at least two stretches of three words or more, under 6,000 characters, no
  interview). The list was read from the top; articles about US politics, US domestic news or
  Americans were skipped (``ROUND_3_SKIPPED``) and the first 20 others taken.
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


#: the 20 articles added in session 28 (URL without the ``W`` prefix -> slug), in the order of
#: ``round3_pool()``
ROUND_3: dict[str, str] = {
    'Fan_Expo_Canada_2019_offers_celebrities,_cosplay,_panels': '2019-09-02_fan_expo_canada',
    'Toronto_Comicon_2019_welcomes_fans_with_celebrities,_creativity,_cosplay': '2019-03-29_toronto_comicon',
    'Fur_fans_flock_to_Toronto%27s_Furnal_Equinox_2019': '2019-03-25_furnal_equinox_toronto',
    'Nine_jailed_over_sexual_abuse_in_Bradford,_England_children%27s_home': '2019-03-02_bradford_childrens_home_abuse',
    'New_South_Wales_decriminalizes_abortion': '2019-09-27_nsw_decriminalises_abortion',
    'Scientists_report_two_life-saving_treatments_for_Ebola': '2019-08-15_ebola_treatments',
    'Influential_rock_drummer_Ginger_Baker_dies_at_age_80': '2019-10-07_ginger_baker_dies',
    'Longtime_leader_of_Zimbabwe_Robert_Mugabe_dies_aged_95': '2019-09-09_robert_mugabe_dies',
    'Iran%27s_President_Rouhani_tells_foreign_powers_to_leave_Persian_Gulf': '2019-09-23_rouhani_persian_gulf',
    'Scientists_describe_how_%27upside-down_rivers%27_of_warm_water_break_Antarctica%27s_ice_shelf': '2019-10-12_antarctica_upside_down_rivers',
    'Wash_your_hands_or_else_spread_superbug_E._coli,_say_scientists': '2019-10-25_superbug_e_coli_hand_washing',
    'Philippines%27_largest_television_network_shut_down_by_government': '2020-05-06_abs_cbn_shut_down',
    'Three_children_seriously_injured_as_bus_hits_bridge_in_Winchester,_England': '2020-09-10_winchester_bus_bridge',
    'Engineer_killed_while_working_on_travelator_at_London_Waterloo_station': '2019-09-20_waterloo_travelator_death',
    'Kenya%27s_Brigid_Kosgei_sets_new_world_record_at_Chicago_Marathon': '2019-10-14_kosgei_chicago_marathon',
    'Hundreds_arrested_for_%27dark_web%27_child_porn_by_international_task_force': '2019-10-17_dark_web_task_force',
    'Indian_Railway:_all-women_crew_steers_Tippu_Express_ahead_of_International_Women%27s_Day': '2020-03-06_tippu_express_women_crew',
    'Toronto_serial_killer_Bruce_McArthur_pleads_guilty_to_eight_murders': '2019-02-01_bruce_mcarthur_pleads_guilty',
    'Bus_carrying_children_overturns_in_Babyninsky,_Russia;_at_least_seven_die': '2019-02-06_babyninsky_bus_crash',
    'Hong_Kong_protesters_surround_downtown_police_complex': '2019-06-23_hong_kong_police_hq_protest',
}

#: round 3's pool articles above the last one taken that were skipped as US news
ROUND_3_SKIPPED: list[str] = [
    'US_President_Trump_announces_troop_withdrawal_from_Syria',
    'Actor_Doris_Day_dies_at_97',
    '200_in_New_Delhi,_India_drink_cow_urine_to_fight_off_COVID-19',
    'President_Trump_says_he_%27can%27_and_%27may%27_put_US_into_state_of_emergency_to_build_border_wall',
    'California_court_sentences_parents_who_kept_their_children_in_captivity',
    'Bystanders_foil_knife-weilding_man_on_London_Bridge_with_fire_extinguisher,_whale_tusk',
    'Police_shoot_man_dead_after_%27terrorist-related%27_knife_attack_in_London',
    'University_defeat_Maroochydore_in_round_five_of_2020_Sunshine_Coast_Rugby_Union_season',
    'Tributes_paid_to_recently_deceased_US_actor_Chadwick_Boseman',
    'Nevada_becomes_first_state_in_U.S._with_majority-female_legislature',
    'Turkey%27s_President_Erdogan_proposes_converting_Hagia_Sophia_Museum_to_mosque',
    'Gunman_opens_fire_in_El_Paso,_Texas_superstore;_more_than_20_dead',
    'Dozens_dead_in_California_boat_fire',
    'UK_urges_US_to_waive_immunity_for_diplomat%27s_wife_involved_in_fatal_collision',
    'Former_U.S._intelligence_agent_Tony_Mendez,_architect_of_%27Argo%27_rescue,_dies_at_78',
    'US_president_Trump_ousts_national_security_advisor_Bolton',
    'Kurds_announce_deal_with_Assad%27s_government_as_Turkey_invades_Syria%27s_northeast',
    'Hong_Kong%27s_Carrie_Lam_delivers_speech_on_video_after_protests_in_legislature',
    'Iran_issues_arrest_warrants_for_36_people,_including_US_President_Trump;_seeks_Interpol%27s_aid',
    'Caloundra_defeat_Maroochydore_in_third_round_of_2020_Sunshine_Coast_Rugby_Union_season',
    'Arrests_made_in_theft_of_gold_toilet_in_England',
    'NYC_Mayor_de_Blasio_ends_US_presidential_campaign',
    'Radio_host_Don_Imus_dies_aged_79',
    'Ukrainian_president_rejects_prime_minister%27s_resignation_over_leaked_audio_recording',
    'Bernie_Sanders_ends_2020_US_presidential_bid',
    'Joe_Biden_projected_US_president-elect',
    'US_professional_wrestler_Jon_Huber_dies_aged_41',
    'Scientists_report_correlation_between_locations_of_Easter_Island_statues_and_water_resources',
    'Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27',
    'Bishop_Emeritus_Dinualdo_Gutierrez_of_Marbel,_Philippines_dies',
    'Texas_federal_judge_says_drafting_only_men_violates_United_States_Constitution',
    'SpaceX_Crew_Dragon_capsule_docks_with_International_Space_Station',
    'U.S._heiress,_designer,_and_author_Gloria_Vanderbilt_dies_at_95',
    'UK_Prime_Minister_Johnson_suspends_parliament_for_five_weeks_as_Brexit_deadline_approaches',
    'Brother_of_murdered_Pakistani_social_media_star_sentenced_to_life',
    'Voracious_fish_defend_coral_reefs_against_warming,_say_scientists',
    'Scheduled_power_outages_in_Northern_California_begin',
    'Cosmonaut_Alexei_Leonov_dies_at_age_85',
    'Eliud_Kipchoge_of_Kenya_runs_marathon_under_two_hours',
    'US_Representative_Elijah_Cummings_dies_at_age_68',
    'Northern_Arapaho_Tribe_welcomes_buffalo_herd_in_Wyoming,_United_States',
    'Slippery_business:_Materials_scientists_invent_new_coating_for_self-cleaning,_water-efficient_toilets',
    'Researchers_break_down_deaths_due_to_power_plant_pollution_in_the_United_States',
    'Greta_Thunberg_named_2019_Time_Person_of_the_Year',
    'US_Federal_judge_rules_American_Samoans_are_citizens,_then_delays_implementation_pending_appeal',
    'United_States_military_kills_Qasem_Soleimani',
    'Iraqi_Parliament_votes_for_expulsion_of_United_States_troops',
    'Elizabeth_Warren_endorses_Joe_Biden_in_2020_US_presidential_election',
    'SpaceX_successfully_launches_its_first_crewed_spaceflight',
    'Fire_at_historic_Welsh_ex-hotel_Bontddu_Hall_kills_one',
    'Biden_announces_Kamala_Harris_as_2020_running_mate_in_US_presidential_race',
    'Conservative_groups_hold_rally_in_Washington_D.C._claiming_U.S._elections_were_stolen_from_President_Trump',
    'Nancy_Pelosi_again_elected_Speaker_as_116th_U.S._Congress_sworn_in',
    'Report_indicates_Mexican_monarch_butterfly_population_at_ten-year_high,_reasons_unclear',
    'Francis_D%27Souza,_former_Deputy_Chief_Minister_of_Goa,_dies_aged_64',
    'New_Zealand_mosque_murder_suspect_appears_in_court_at_Christchurch',
    'Scientific_study_suggests_dinosaurs_flapped_their_wings_as_they_ran',
]


def stretches(text: str) -> int:
    """How many quotation-marked stretches of three words or more ``text`` holds."""
    return sum(1 for m in QUOTE.finditer(text) if len(m.group().split()) >= 3)


def _spec(folder: Path) -> dict:
    """The ARTICLES dict of ``folder/spec.py``."""
    spec = importlib.util.spec_from_file_location(f"spec_{folder.name}", folder / "spec.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ARTICLES


def checked_urls(names: tuple[str, ...] = ("speakers.csv", "sentences.csv", "mentions.csv")) -> set[str]:
    """URLs of the articles of the checked sets (held-out Wikinews set, speaker-actor check set:
    the documents of its csv files ``names``)."""
    import geolib

    used = {a["url"] for a in _spec(HERE.parent / "wikinews_quotes").values()}
    url_of = {}
    for path in sorted((ROOT / "data" / "wikinews").glob("*.csv")):
        for d in geolib.read_corpus(path):
            url_of[d.doc_id] = d.meta.get("url")
    for name in names:
        df = pd.read_csv(HERE.parent / "speaker_actors" / name)
        used |= {url_of[i] for i in df.loc[df["corpus"] == "wikinews", "doc_id"]}
    return used


def candidates(min_quotes: int = MIN_QUOTES, max_chars: int | None = MAX_CHARS,
               used: set[str] | None = None) -> list[dict]:
    """Candidate rows (url, date, title, text, quotes), most quotes first; ``max_chars=None``: any
    length; ``used``: the URLs left out (default: every checked set). Example:
    ``len(candidates())`` is 66 (with the 25 of round 1)."""
    used = checked_urls() if used is None else used
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


def round3_pool() -> list[dict]:
    """Round 3's pool: round 1's rule, leaving out the held-out set and the speaker-actor check
    set's quote documents (``speakers.csv``) but not its mention-sentence documents."""
    return candidates(MIN_QUOTES, MAX_CHARS, used=checked_urls(("speakers.csv",)))


def main(show_all: bool, wide: bool = False, round3: bool = False) -> None:
    round_1 = {a["url"] for a in _spec(HERE).values()} - {W + u for u in ROUND_2} - {W + u for u in ROUND_3}
    pool = round3_pool() if round3 else (wide_pool() if wide else candidates())
    for r in pool:
        short = r["url"][len(W):] if r["url"].startswith(W) else r["url"]
        mark = ("R3" if short in ROUND_3 else "R2" if short in ROUND_2 else
                "R1" if r["url"] in round_1 else "us" if short in ROUND_3_SKIPPED else "  ")
        if mark != "  " and not show_all:
            continue
        print(f"{mark} {r['quotes']:2d} {len(r['text']):5d} {r['date']} {r['title']}")


if __name__ == "__main__":
    main("--all" in sys.argv, "--wide" in sys.argv, "--round3" in sys.argv)
