"""Hand annotations of the Wikinews development set (see ../wikinews_quotes/GUIDELINES.md).

Same format as ../wikinews_quotes/spec.py: ARTICLES: slug -> {"url": the article's url in
data/wikinews/*.csv, "atts": [...]}; each attribution is (source, cue, content, speaker_name,
speaker_actor[, note]): the spans as written in the article (content: a string, or a tuple of
strings for a quote split around its cue or continued in the next sentence), and ``[x]`` marks
the target x inside a longer anchor where the short string alone is ambiguous.
"""
W = "https://en.wikinews.org//wiki/"

ARTICLES = {
    "2019-01-12_easter_island_statues_water": {
        "url": W + "Scientists_report_correlation_between_locations_of_Easter_Island_statues_and_water_resources",
        "atts": [
            ("study co-author Professor Carl Lipo of Binghamton University", "said",
             '"What is important about it is that it demonstrates the statue locations themselves are not a weird ritual place – [the ahu and moai] represent ritual in a sense of there is symbolic meaning to them, but they are integrated into the lives of the community,"',
             "Carl Lipo", "Binghamton University", "source after the quote"),
            ("He", "add", '"The exceptions to the rule about being at the coast where water comes out actually are met by the fact there is also water there – it is found through cave locations,"',
             "Carl Lipo", "Binghamton University", "pronoun; 'went on to add'"),
            ("Jo Anne Val Tilburg of the University of California, Los Angeles", "disagreed",
             '"The existence of fresh water seeps near coastal ahu is well-known and was certainly important at European contact. However, such seeps are today, and probably always were, minor resources. It is highly unlikely, in my view, that these resources were of major importance in locating ahu during prehistory."',
             "Jo Anne Van Tilburg", "University of California, Los Angeles", "colon-introduced quote after a non-speech verb"),
        ],
    },
    "2019-01-23_germany_bans_mahan_air": {
        "url": W + "Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27",
        "atts": [
            ("US Secretary of State Mike Pompeo", "according to",
             '"The airline transports weapons and fighters across the Middle East, supporting the Iranian regime\'s destructive ambitions around the region,"',
             "Mike Pompeo", "United States", "'according to a tweet on Monday by X': the tweet's author"),
            ("German Chancellor Angela Merkel's spokesperson, Steffen Seibert", "said",
             'it is possible "that this airline carries out transports to Germany that affect our security concerns,"',
             "Steffen Seibert", "Germany"),
            ("US Ambassador to Germany Richard Grenell", "alleged",
             'Mahan had "contributed to incredible human suffering, violence, and political instability felt across the world,"',
             "Richard Grenell", "United States", "'by way of example' between cue and content"),
        ],
    },
    "2019-02-11_bishop_gutierrez_dies": {
        "url": W + "Bishop_Emeritus_Dinualdo_Gutierrez_of_Marbel,_Philippines_dies",
        "atts": [
            ("the current bishop, Allan Casicas", "said",
             '"It is with great sadness that I announce the death of Most Rev. Dinualdo Gutierrez, Bishop-Emeritus of Marbel. He passed away 5:03 AM, February 10, 2019, at the Gen. Santos Doctors\' Hospital."',
             "Allan Casicas", "Diocese of Marbel", "'In a statement, X said'"),
            ("Casicas", "asked", 'people to "please pray for the repose of his soul"', "Allan Casicas", "Diocese of Marbel"),
            ("the CBCP", "described", '"a strong advocate for the environment in a province threatened by mining interests."',
             "Catholic Bishops' Conference of the Philippines", "Catholic Bishops' Conference of the Philippines",
             "passive cue: 'was described by X as'"),
        ],
    },
    "2019-03-17_christchurch_suspect_court": {
        "url": W + "New_Zealand_mosque_murder_suspect_appears_in_court_at_Christchurch",
        "atts": [
            ("Professor Greg Barton, Chair In Global Islamic Politics in the Faculty of Arts and Education at the Deakin University", "said",
             '"The attacker was using a couple of guns, one was a shotgun, one was an AR-15 — that\'s the so-called civilian equivalent of the M-16. It\'s an assault rifle"',
             "Greg Barton", "Deakin University", "long appositive; no comma before the quote"),
            ("She", "She [said],", '"I have instructed ODESC [Officials Committee for Domestic and External Security Coordination] to report to Cabinet on Monday on these events with a view to strengthening our systems on a range of fronts including, but not limited to, firearms, border controls, enhanced information-sharing with Australia, and any practice reinforcement of our watchlist processes."',
             "Jacinda Ardern", "New Zealand", "pronoun"),
        ],
    },
    "2019-03-31_erdogan_hagia_sophia": {
        "url": W + "Turkey%27s_President_Erdogan_proposes_converting_Hagia_Sophia_Museum_to_mosque",
        "atts": [
            ("Erdogan", "Erdogan [said], \"After", '"After elections, we will change Hagia Sophia\'s name from museum to mosque[...] We have some plans and we are going to implement these plans."',
             "Recep Tayyip Erdoğan", "Turkey"),
            ("President Erdogan", "Erdogan [said] —", '"Ayasofya [Haghia Sophia] will no longer be called a museum. Its status will change. We will call it a mosque"',
             "Recep Tayyip Erdoğan", "Turkey", "nested: 'as reported by Hurriyet Daily News' between cue and quote is an outer layer"),
            ("Greek Foreign Minister George Katrougalos", "saying", '"It [Haghia Sophia] is not only a great temple of Christendom — the largest for many centuries — it also belongs to humanity. It has been recognized by UNESCO, as part of our global cultural heritage. So any questioning of this status is not just an insult to the sentiments of Christians, it is an insult to the international community and international law"',
             "George Katrougalos", "Greece", "participle cue; 'as quoted by Greek Reporter' is an outer layer"),
            ("a statement", "which [said]", '"Hagia Sophia bears profound historical and spiritual significance to Muslims and Christians alike, and its status as a museum must be maintained"',
             "United States Commission on International Religious Freedom", "United States Commission on International Religious Freedom",
             "a document as source: 'They released a statement which said'"),
            ("President Erdogan", "Erdogan [said] on Wednesday,", '"Those who remain silent when Masjid Al-Aqsa is attacked, trampled, its windows smashed, cannot tell us what to do about the status of Ayasofya[...] Unfortunately, Trump is behaving like a bully boy[...] How can you do this despite the United Nations? What are you doing? Being at the helm of a state like the U.S. does not give you such a right."',
             "Recep Tayyip Erdoğan", "Turkey"),
            ("he", "he [said], \"Constantinople", '"Constantinople will never exist again[...] The name of this area is Islambol [full of Islam] and you know that."',
             "Recep Tayyip Erdoğan", "Turkey", "pronoun"),
        ],
    },
    "2019-05-05_dinosaurs_flapping_wings": {
        "url": W + "Scientific_study_suggests_dinosaurs_flapped_their_wings_as_they_ran",
        "atts": [
            ("Co-author Jing-Shan Zhao", "said", '"Our work shows that the motion of flapping feathered wings was developed passively and naturally as the dinosaur ran on the ground[...] Although this flapping motion could not lift the dinosaur into the air at that time, the motion of flapping wings may have developed earlier than gliding."',
             "Jing-Shan Zhao", "Tsinghua University"),
            ("he", "told", ('"However,"', '"this study does lay groundwork that could be built upon and tested more rigorously. So perhaps it will inspire deeper insight in the future."'),
             "John Hutchinson", "Royal Veterinary College", "split quote around 'he told Science News'; pronoun"),
        ],
    },
    "2019-09-11_johnson_suspends_parliament": {
        "url": W + "UK_Prime_Minister_Johnson_suspends_parliament_for_five_weeks_as_Brexit_deadline_approaches",
        "atts": [
            ("Johnson", "Johnson [said] in a video", '"[W]e must get Brexit done, because the UK must come out [...] by October 31st, or else I fear that permanent damage will be done in the UK to trust our democratic system"',
             "Boris Johnson", "United Kingdom", "source after the quote"),
            ("Members of the House of Commons", "shouting", '"shame on you!"', "Members of the House of Commons",
             "House of Commons", "shouted words; the signs' \"silenced\" is left out"),
            ("Opposition leader Jeremy Corbyn", "said", 'his Labour Party "[are] eager for an election — but as keen as we are, we are not prepared to risk inflicting the disaster of no deal on our communities, our jobs, our services, or indeed our rights"',
             "Jeremy Corbyn", "Labour Party"),
        ],
    },
    "2019-09-24_uk_supreme_court_prorogation": {
        "url": W + "UK_Supreme_Court_rules_prorogation_of_parliament_unlawful",
        "atts": [
            ("The summary of the decision", "read", '"This Court has already concluded that the Prime Minister\'s advice to Her Majesty was unlawful, void and of no effect. This means that the Order in Council to which it led was also unlawful, void and of no effect and should be quashed. This means that when the Royal Commissioners walked into the House of Lords it was as if they walked in with a blank sheet of paper. The prorogation was also void and of no effect. Parliament has not been prorogued. This is the unanimous judgment of all 11 Justices."',
             "Supreme Court of the United Kingdom (its summary)", "Supreme Court of the United Kingdom", "a document as source, colon"),
            ("The High Court of England and Wales", "finding", '"In our view,  the decision  of  the  Prime  Minister to advise Her Majesty the Queen to prorogue Parliament is not justiciable in Her Majesty’s courts."',
             "High Court of England and Wales", "High Court of England and Wales", "participle cue before a colon"),
            ("he", "he [said] he remained", 'he remained "cautiously optimistic" a deal would be reached', "Boris Johnson", "United Kingdom",
             "pronoun"),
        ],
    },
    "2019-09-30_qandeel_baloch_brother_sentenced": {
        "url": W + "Brother_of_murdered_Pakistani_social_media_star_sentenced_to_life",
        "atts": [
            ("Baloch", "wrote", ('"As women we must stand up for ourselves. As women we must stand up for each other[,]"',
                                 '"I believe I am a modern day feminist."'),
             "Qandeel Baloch", "", "source after the quote; the quote goes on in the next sentence; the nickname \"Kim Kardashian of Pakistan,\" is left out"),
        ],
    },
    "2019-10-02_hurricane_lorenzo_azores": {
        "url": W + "Hurricane_Lorenzo_hits_Azores,_heads_towards_Ireland",
        "atts": [
            ("Vasco Cordeiro, the regional president", "said", '"The situation will worsen in the next few hours"',
                "Vasco Cordeiro", "Azores", "inverted cue after the quote"),
            ("the warning", "read", '"Storm Lorenzo will produce significant swell, high waves and sizeable storm surges. This will lead to wave overtopping, some coastal flooding and damage, especially along western and southern coasts"',
             "Met Éireann (its warning)", "Met Éireann", "a document as source, inverted"),
        ],
    },
    "2019-10-10_nobel_physics_2019": {
        "url": W + "Swedish_academy_announces_2019_Nobel_Prize_winners_in_physics",
        "atts": [
            ("selection committee member Ulf Danielsson", "said",
             ('"Both these prizes [...] tell us something essential, something existential about our place in the Universe"',
              '"The first one, tracing the history back to an unknown origin, is so fascinating. The other one tries to answer these questions about: \'are we alone — is there life anywhere else in the Universe?\'\u2009"'),
             "Ulf Danielsson", "Nobel Committee for Physics", "inverted cue; the quote goes on in the next sentence"),
        ],
    },
    "2019-10-13_kipchoge_sub_two_marathon": {
        "url": W + "Eliud_Kipchoge_of_Kenya_runs_marathon_under_two_hours",
        "atts": [
            ("Kipchoge", "said", ('"They are among the best athletes in the world — so thank you,"',
                                  '"I appreciate them for accepting this job. We did this one together."'),
             "Eliud Kipchoge", "", "inverted cue; the quote goes on in the next sentence; \"open race\" is a scare quote"),
            ("He", "posted", '"Today we went to the Moon and came back to earth! I am at a loss for words for all the support I have received from all over the world."',
             "Eliud Kipchoge", "", "pronoun"),
        ],
    },
    "2019-10-15_kurds_assad_deal_turkey": {
        "url": W + "Kurds_announce_deal_with_Assad%27s_government_as_Turkey_invades_Syria%27s_northeast",
        "atts": [
            ("the SDF", "said", '"An agreement has been reached with the Syrian government — whose duty it is to protect the country\'s borders and preserve Syrian sovereignty — for the Syrian Army to enter and deploy along the Syrian-Turkish border to help the [SDF] stop [the Turkish] aggression"',
             "Syrian Democratic Forces", "Syrian Democratic Forces", "'In a statement, X said'; \"immediate area\" (no speaker named) and the name \"Operation Peace Spring\" are left out"),
            ("Erdoğan", "Erdoğan [said] the invasion", 'the invasion was "to prevent the creation of a terror corridor across our southern border, and to bring peace to the area."',
             "Recep Tayyip Erdoğan", "Turkey"),
            ("Erdoğan", "and [said], \"They", '"They need to stand by us"', "Recep Tayyip Erdoğan", "Turkey",
             "second verb of the subject"),
            ("NATO Secretary-General Jens Stoltenberg", "wrote", '"I count on Turkey to act with restraint & ensure that the gains we have made in the fight against ISIS are not jeopardised."',
             "Jens Stoltenberg", "NATO"),
        ],
    },
    "2019-10-16_carrie_lam_policy_speech": {
        "url": W + "Hong_Kong%27s_Carrie_Lam_delivers_speech_on_video_after_protests_in_legislature",
        "atts": [
            ("Lam", "Lam [said], \"any", '"any acts that advocate Hong Kong’s independence and threaten the country’s sovereignty, security and development interests will not be tolerated."',
             "Carrie Lam", "Hong Kong"),
            ("She", "stated", '"So long as Hong Kong remains impeded by unresolved disputes, ongoing violence, confrontation and discord, our city cannot embark on the road to reconciliation and people will lose faith in the future […] We have to put aside differences and stop attacking each other"',
             "Carrie Lam", "Hong Kong", "pronoun"),
            ("she", "she [said], noting", '"The Hong Kong economy has already slipped into a technical recession since the third quarter. In mid-August, the government lowered the economic growth forecast for 2019 to 0 – 1%"',
             "Carrie Lam", "Hong Kong", "pronoun after the quote"),
            ("Legislator Tanya Chan", "spoke", '"I really urge [Lam], if she can’t govern Hong Kong, and has no determination to govern Hong Kong, and no ability or even capability of administrating Hong Kong, to please step down. This is the only way we can have a good future, the only way Hong Kong can go forward. Please, please Carrie Lam, please don’t let us suffer anymore. Please go."',
             "Tanya Chan", "Legislative Council of Hong Kong", "colon-introduced quote"),
            ("Regina Ip from the pro-Beijing camp", "said", '"The behavior of my colleagues in disrupting the delivery of the policy address by the chief executive is anti-democratic and oppressive of the rights of the chief executive, and the rights and freedoms of myself and colleagues who want to listen to the policy address"',
             "Regina Ip", "Legislative Council of Hong Kong", "'said in a press conference:'"),
        ],
    },
    "2019-11-16_egyptian_ibis_sacrifice": {
        "url": W + "Ancient_Egyptians_collected_wild_ibis_birds_for_sacrifice,_says_study",
        "atts": [
            ("Lead author Sally Wasef of Australia's Griffith University", "explained", '"The ibis was considered [to represent] the god Thoth, the god of wisdom, the god of magic, the god of judgment, writing all sorts of things [...] If you had a boss that annoys you and you don\'t feel like you are getting a good judgment from him or you want fairness and justice, you go and ask Thoth to interfere and in return you promise to offer him an ibis, a mummified ibis, in his annual feast."',
             "Sally Wasef", "Griffith University"),
            ("Wasif", "suggested", '"next to each temple there was like a lake or a wetland — it is a natural habitat for the ibis to live in and if you are giving them food they will keep coming[.]"',
             "Sally Wasef", "Griffith University", "the name misspelt in the article"),
        ],
    },
    "2019-12-02_london_bridge_bystanders": {
        "url": W + "Bystanders_foil_knife-weilding_man_on_London_Bridge_with_fire_extinguisher,_whale_tusk",
        "atts": [
            ("Broadcaster Piers Morgan", "commented", '"The guy with the whale tusk is a Polish chef named Luckasz. Worth noting this for the next time someone says, \'we\'ve let too many Eastern Europeans into this country\'."',
             "Piers Morgan", "", "nested quote inside; the event name \"Learning Together\" is left out"),
            ("tour manager Thomas Gray, 24", "cited", '"\'one in, all in\'. I did what any Londoner would do and tried to put a stop to it."',
             "Thomas Gray", "", "'who cited ...:' relative clause, colon"),
            ("Mayor of London Sadiq Khan", "tweeted", ('"I am in awe of the people who ran towards danger to keep us all safe"',
                                                       '"The bravery of the emergency services and ordinary Londoners is incredible."'),
             "Sadiq Khan", "London", "inverted cue; the quote goes on in the next sentence"),
            ("Lucy Fischer of The Times", "told", '"[Khan] had been released a year ago on the provision that he had agreed to wear an electronic tag, submit to curfews and restrictions to his movements"',
             "Lucy Fischer", "The Times"),
            ("Birmingham City University criminology professor David Wilson", "told",
             ('"In the US there is a phenomenon \'suicide by cop\'"',
              '"[I]ncreasingly what we are seeing is some attackers wear pretend suicide vests as they prefer martyrdom than getting a sentence. I wonder if what we are seeing is another version of suicide by cop."'),
             "David Wilson", "Birmingham City University", "inverted cue with a long source; the quote goes on in the next sentence"),
        ],
    },
    "2020-01-06_iraq_parliament_us_troops": {
        "url": W + "Iraqi_Parliament_votes_for_expulsion_of_United_States_troops",
        "atts": [
            ("he", "said", ('"While we await further clarification on the legal nature and impact of today\'s resolution,"',
                            '"we strongly urge Iraqi leaders to reconsider the importance of the ongoing economic and security relationship between the two countries and the continued presence of the Global Coalition to Defeat ISIS"'),
             "Morgan Ortagus", "United States", "split quote around 'he said', after a colon following 'indicated'"),
            ("The Foreign Ministry of Iraq", "characterized", 'the attack as "a serious violation of Iraqi sovereignty"',
             "Foreign Ministry of Iraq", "Iraq"),
        ],
    },
    "2020-01-13_iran_admits_downing_jet": {
        "url": W + "Iran_admits_downing_Ukrainian_jet,_cites_%27human_error%27",
        "atts": [
            ("representatives from Iran", "acknowledged", 'their government had "unintentionally" shot down a Ukrainian passenger jet near Tehran',
             "Iranian government representatives", "Iran"),
            ("representatives from Iran", "blaming", '"human error" and the fear of aggression from the United States',
             "Iranian government representatives", "Iran", "participle cue, same source"),
            ("Iranian President Hassan Rouhani", "said", '"The Islamic Republic of Iran deeply regrets this disastrous mistake. My thoughts and prayers go to all the mourning families"',
             "Hassan Rouhani", "Iran"),
            ("US Secretary of State Mike Pompeo", "said", 'the crash was "likely" Iran\'s doing', "Mike Pompeo", "United States"),
            ("President of Ukraine Volodymyr Zelenskyy", "said", '"We expect from Iran assurances of their readiness for a full and open investigation, bringing those responsible to justice, the return of the bodies of the dead, the payment of compensation, official apologies through diplomatic channels"',
             "Volodymyr Zelenskyy", "Ukraine"),
        ],
    },
    "2020-01-18_zelensky_rejects_honcharuk_resignation": {
        "url": W + "Ukrainian_president_rejects_prime_minister%27s_resignation_over_leaked_audio_recording",
        "atts": [
            ("someone, seemingly Honcharuk", "says", 'Zelensky "has a very primitive understanding of economic processes."',
             "Oleksiy Honcharuk", "Ukraine", "a recording's speaker: 'in which someone, seemingly X, audibly says'"),
            ("He", "He [said] Zelensky", 'Zelensky is "a model of honesty for me"', "Oleksiy Honcharuk", "Ukraine", "pronoun"),
            ("he", "added", '"to remove any doubts about our respect and trust in the president, I wrote a resignation offer"',
             "Oleksiy Honcharuk", "Ukraine", "pronoun after the quote"),
            ("Zelensky", "Zelensky [said] in a meeting", '"I decided to give you and your government a chance if you\'ll be able to fix some issues that are very important now and really worry our society"',
             "Volodymyr Zelensky", "Ukraine"),
        ],
    },
    "2020-02-05_streatham_knife_attack": {
        "url": W + "Police_shoot_man_dead_after_%27terrorist-related%27_knife_attack_in_London",
        "atts": [
            ("the police", "declared", 'a "terrorist-related" attack', "Metropolitan Police", "Metropolitan Police",
             "'in what the police declared a \"...\" attack'"),
            ("An eyewitness", "stating", '"I was crossing the road when I saw a man with a machete and silver canisters on his chest being chased by what I assume was an undercover police officer [...] The man was then shot. I think I heard three gunshots but I can\'t quite remember."',
             "unnamed eyewitness", "", "participle cue; 'described for news agency PA Media'"),
            ("the police", "described", '"knife-obsessed"', "Metropolitan Police", "Metropolitan Police",
             "passive cue: 'who was described as \"...\" by the police'; \"not life-threatening\" (no speaker named) and the word \"kuffar\" (gloss) are left out"),
            ("He", "He [told] her", '"If you can\'t make a bomb because family, friends or spies are watching or suspecting you, take a knife, molotov, sound bombs or a car at night and attack the tourists (crusaders), police and soldiers of taghut [idolatry], or western embassies in every country you are in this planet."',
             "Sudesh Amman", "", "pronoun, colon"),
            ("Alexis Boon, the head of the Metropolitan Police Counter Terrorism Command", "said", '"His fascination with dying in the name of terrorism was clear in a notepad we recovered from his home. Amman had scrawled his \'life goals\' in the notepad and top of the list, above family activities, was dying a martyr and going to \'Jannah\' — the afterlife. It\'s not clear how Amman became radicalised but it is apparent from his messages that it had been at least a year in development. Whatever the circumstances, this case is a reminder of the need to be vigilant to signs of radicalisation and report it."',
             "Alexis Boon", "Metropolitan Police", "'said about Amman:'"),
            ("The mayor of London, Sadiq Khan", "thanked", '"the police, security and emergency services staff for their swift and courageous response"',
             "Sadiq Khan", "London", "the caption '—The mayor of London, Sadiq Khan' above holds no quote"),
            ("Khan", "said", ('"Terrorists seek to divide us and to destroy our way of life,"', '"here in London we will never let them succeed."'),
             "Sadiq Khan", "London", "split quote around 'said Khan'"),
            ("The prime minister, Boris Johnson", "tweeted", '"Thank you to all emergency services responding to the incident in Streatham, which the police have now declared as terrorism-related. My thoughts are with the injured and all those affected."',
             "Boris Johnson", "United Kingdom", "colon"),
        ],
    },
    "2020-03-17_delhi_cow_urine_party": {
        "url": W + "200_in_New_Delhi,_India_drink_cow_urine_to_fight_off_COVID-19",
        "atts": [
            ("an attendee Om Prakash", "said", '"We have been drinking cow urine for 21 years, we also take bath in cow dung. We have never felt the need to consume English medicine"',
             "Om Prakash", "", "'Speaking to Reuters, X said'"),
            ("ABHM president Chakrapani", "said", '"Coronavirus has come because of the people who kill and eat animals. When you kill an animal, it creates a sort of energy that causes destruction in that place"',
             "Swami Chakrapani", "Akhil Bharat Hindu Mahasabha"),
            ("Chakrapani", "Chakrapani [said], \"Corona is", '"Corona is not a virus, but avatar for the protection of poor creatures. They have come to give the message of death and punishment to the one who eats them"',
             "Swami Chakrapani", "Akhil Bharat Hindu Mahasabha"),
            ("the World Health Organization (WHO)", "announced", 'to be a "pandemic"', "World Health Organization", "World Health Organization",
             "passive cue: 'was announced to be a \"...\" by X'"),
            ("The WHO's website", "said", '"While some western, traditional or home remedies may provide comfort and alleviate symptoms of COVID-19, there is no evidence that current medicine can prevent or cure the disease. The WHO does not recommend self-medication with any medicines, including antibiotics, as a prevention or cure for COVID-19."',
             "World Health Organization (its website)", "World Health Organization", "a website as source, colon"),
            ("Chakrapani", "proposed", '"I request all the presidents and prime ministers of the world to take cow urine on a daily basis. You have all these scientists who don\'t know the cure, we have the cure given to us by the gods"',
             "Swami Chakrapani", "Akhil Bharat Hindu Mahasabha", "colon; participle 'addressing the global leaders' before"),
            ("Chakrapani", "had [said]", '"Corona was quiet in India because of yajña rituals.  But these ignorant, arrogant Telangana ministers have challenged corona by killing animals and eating chicken in public, that there is a speculation of seeing the most formidable form of corona.  Thus, these ministers should promptly seek forgiveness from corona, else it would be a disaster that noone can stop."',
             "Swami Chakrapani", "Akhil Bharat Hindu Mahasabha", "pluperfect cue 'had said'; the Hindi original after it has no quotation marks"),
            ("Chakrapani", "told", '"Just like we organise tea parties, we have decided to organise a gaumutra party, wherein we will inform people about what is coronavirus and how, by consuming cow-related products, people can be saved from it"',
             "Swami Chakrapani", "Akhil Bharat Hindu Mahasabha"),
            ("Suman Haripriya of the Hajo assembly", "said", '"Coronavirus is an airborne disease and it can be cured by using gaumutra and cow dung."',
             "Suman Haripriya", "Assam Legislative Assembly", "no comma before the quote"),
        ],
    },
    "2020-06-03_john_luk_jok_dies": {
        "url": W + "South_Sudanese_politician_John_Luk_Jok_dies_aged_about_68",
        "atts": [
            ("He", "He [said] on Voice", '"It is a great loss to the people of South Sudan, because John Luk had contributed a lot, and him and myself has done a lot in the legal sector and in the negotiations and in all aspects of governance system in South Sudan. So his death is not only a loss to the community, but a loss to the people and the government of South Sudan"',
             "Michael Makuei", "South Sudan", "pronoun; no comma before the quote"),
            ("She", "She [said]", '“John Luk was very honest, hardworking and a brilliant person who devoted his entire life to fight for South Sudan during the liberation processes until his death. He is a person the whole country will miss.”',
             "Rebecca Nyandeng De Mabior", "South Sudan", "pronoun; curly quotation marks"),
        ],
    },
    "2020-06-06_bontddu_hall_fire": {
        "url": W + "Fire_at_historic_Welsh_ex-hotel_Bontddu_Hall_kills_one",
        "atts": [
            ("WalesOnline", "called", '"fury"', "WalesOnline", "WalesOnline", "'what X called \"...\"'"),
            ("The then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership, David Clay", "called",
             'it "a retrograde step"', "David Clay", "Mid Wales Tourism Partnership"),
            ("The then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership, David Clay", "and [said]",
             '"[a]n area like this cannot afford to lose such a quality hotel."', "David Clay", "Mid Wales Tourism Partnership",
             "second verb of the subject"),
            ("Mr Tong", "had [said]", 'they intended to "restore the hall to its former glory."', "Tong Yung-soo", ""),
        ],
    },
    "2020-07-02_iran_trump_arrest_warrant": {
        "url": W + "Iran_issues_arrest_warrants_for_36_people,_including_US_President_Trump;_seeks_Interpol%27s_aid",
        "atts": [
            ("the prosecutor general of Tehran, Ali Alghasi Mehr", "said", 'the 36 must face "murder and terrorism charges"',
             "Ali Alghasi Mehr", "Iran", "'According to ISNA' is an outer layer"),
            ("an Interpol spokesperson", "stated", 'Interpol\'s constitution prohibits "any intervention or activities of a political, military, religious or racial character,"',
             "Interpol spokesperson", "Interpol", "inverted: the content before the source"),
            ("The spokesperson", "added", 'they "would not consider requests of this nature"', "Interpol spokesperson", "Interpol",
             "definite description referring back"),
            ("US Special Representative for Iran Brian Hook", "said", '"This is a political nature. This has nothing to do with national security, international peace or promoting stability"',
             "Brian Hook", "United States"),
            ("He", "added", '"It is a propaganda stunt that no-one takes seriously."', "Brian Hook", "United States", "pronoun"),
        ],
    },
    "2020-08-08_calicut_air_india_crash": {
        "url": W + "Passenger_flight_crashes_upon_landing_at_Calicut_airport_in_India",
        "atts": [
            ("The local health minister", "said", '"The injured persons have been rushed to Kozhikode Medical College and other nearby hospitals. Those admitted are having serious injuries."',
             "Health Minister of Kerala", "Kerala", "description with no name"),
            ("Indian Prime Minister Narendra Modi", "wrote", '"My thoughts are with those who lost their loved ones. May the injured recover at the earliest. [...] Authorities are at the spot, providing all assistance to the affected."',
             "Narendra Modi", "India"),
        ],
    },
    # ---- round 2 (session 27): annotated blind, before geolib was run on these articles
    "2019-01-10_namse_bangdzod_investigation": {
        "url": W + "Wikinews_investigates_disappearance_of_Indonesian_cargo_ship_Namse_Bangdzod",
        "atts": [
            ("Marine Bulletin", "described", '"rather hectic and kind of confused"', "Maritime Bulletin", "Maritime Bulletin",
             "passive cue: 'a pattern described by X as'"),
            ("Dr. Tristan Smith of University College London, a shipping researcher with expert experience interpreting AIS results", "explained",
             'crews might turn their AIS transponders off on purpose for security reasons, such as "in certain sea areas where piracy is a risk" in order to "avoid attracting unwanted attention. This can involve them being turned off for several days at a time."',
             "Tristan Smith", "University College London", "two partial quotes in one reported clause"),
            ("He", "added", 'authorities "are still waiting for updates on the tanker\'s condition, so please refrain from speculating that it had been hijacked"',
             "Baslan Damang", "Indonesia", "pronoun"),
            ("He", "suggested", 'a hypothetical scenario, in which "the AIS equipment has been tampered with or has been turned off for some of the time — either intentionally or accidentally or due to a power malfunction."',
             "Doug Miller", "Milltech Marine", "pronoun ('He too'), after a sentence naming two people"),
            ("Smith", "called", 'the disappearance an "interesting" case', "Tristan Smith", "University College London"),
            ("Miller", "said", '"It is a little hard to definitively say what\'s going on"', "Doug Miller", "Milltech Marine",
             "second clause after a semicolon"),
            ("Miller", "explained", 'while transponders generally transmit every ten seconds "even if the transponder is transmitting there is no guarantee that other vessels or MarineTraffic can see it"',
             "Doug Miller", "Milltech Marine"),
            ("Smith", "said", '"It could also be a power supply issue or faulty transponder"', "Tristan Smith", "University College London",
             "inverted cue after the quote"),
            ("Smith", "Smith [told] Wikinews \"There", '"There are also some operations done on ships containing hazardous cargoes[...] where all risks of sparking/arcs need to be removed and radio transmitting equipment is sometimes turned off for this reason."',
             "Tristan Smith", "University College London", "no comma between cue and quote"),
            ("He", "stated", '"In this scenario, it would normally be expected that both the legal and illegal transmission would be received but depending on how Marine Traffic handle this, it\'s possible the two signals could be confused."',
             "Tristan Smith", "University College London", "pronoun"),
            ("Smith", "Smith [told] Wikinews yesterday", '"Its plausible that an explanation [why] the AIS transponder is not transmitting is that it had been turned off by pirates who wanted to hamper the efforts of a rescue mission"',
             "Tristan Smith", "University College London", "source after the quote, no comma"),
            ("1st Fleet Command's Navy Information Agency head Arba Agung", "told", '"We will continue searching until we find it,"',
             "Arba Agung", "Indonesian Navy", "source after the quote, long title"),
        ],
    },
    "2019-01-16_lion_air_voice_recorder": {
        "url": W + "Lion_Air_disaster:_Crashed_jet%27s_voice_recorder_recovered_from_Java_Sea",
        "atts": [
            ("investigators", "according to", 'The device was located and recovered "broken into two pieces" from under eight metres (about 25 feet) of mud',
             "investigators (National Transportation Safety Committee)", "National Transportation Safety Committee", "'according to X' after the clause"),
        ],
    },
    "2019-02-02_monarch_butterfly_population": {
        "url": W + "Report_indicates_Mexican_monarch_butterfly_population_at_ten-year_high,_reasons_unclear",
        "atts": [
            ("Center for Biological Diversity scientist Tierra Curry", "Remarked", '"This reprieve from bad news on monarchs is a thank-you from the butterflies to all the people who planted native milkweeds and switched to organic corn and soy products[...] But one good weather year won\'t save the monarch in the long run, and more protections are needed for this migratory wonder and its summer and winter habitats."',
             "Tierra Curry", "Center for Biological Diversity", "inverted: the cue opens the sentence ('Remarked X, \"...\"')"),
            ("George Kimbrell of the Center for Food Safety", "said", '"This year\'s count is a temporary reprieve that doesn\'t change what the law and science demands, which is that we protect monarchs under the Endangered Species Act before it\'s too late."',
             "George Kimbrell", "Center for Food Safety", "no comma between cue and quote"),
        ],
    },
    "2019-02-17_francis_dsouza_dies": {
        "url": W + "Francis_D%27Souza,_former_Deputy_Chief_Minister_of_Goa,_dies_aged_64",
        "atts": [
            ("Damodar Naik, spokesperson for the Bharatiya Janata Party", "said", 'D\'Souza had been an "iconic" leader of the party',
             "Damodar Naik", "Bharatiya Janata Party"),
            ("Chief Minister Manohar Parrikar", "tweeted", 'he was "[e]xtremely pained to hear about the demise of my dear childhood friend, colleague and former Deputy Chief Minister (Dy CM) of Goa advocate Francis D\'Souza. A wonderful human being and a leader loved by all. He devoted himself to public service. His demise is a great personal loss"',
             "Manohar Parrikar", "Goa"),
            ("State Congress President Girish Chodankar", "called", 'D\'Souza "humble and soft-spoken"', "Girish Chodankar", "Indian National Congress"),
            ("The Aam Aadmi Party in Goa", "said", 'he was a "gentleman politician"', "Aam Aadmi Party (Goa)", "Aam Aadmi Party",
             "'in its statement' between source and cue"),
        ],
    },
    "2019-02-18_chittagong_slum_fire": {
        "url": W + "Fire_kills_nine,_injures_dozens_in_Chittagong,_Bangladesh_slum",
        "atts": [
            ("One activist, Nur Khan Liton", "told", 'arson has been used "as a weapon to evict poor slum dwellers and squatters from government or private property" by developers',
             "Nur Khan Liton", "", "'told Agence France-Presse' (the outlet is an outer layer)"),
        ],
    },
    "2019-05-06_neurosurgery_olympiad_tyumen": {
        "url": W + "Students_compete_in_second_international_Neurosurgery_Olympiad_in_Tyumen,_Russia",
        "atts": [
            ("Bizheva", "said", '"I give my victory to my mother, who inspired me to study at a neurosurgeon. After she had a stroke, the dream of becoming a doctor began to turn into reality. I was seriously preparing for the Olympiad. One hand rocked the child, the other held a book on neurosurgery. If a person strives for and desires something, then everything will work out."',
             "Madina Bizheva", "", "'X said: \"...\"', followed by the Russian original (not quoted)"),
            ("The new governor of the region, Alexander Moor", "offered", '"Now the annual volume of our exports — non-row materials and non-energy — has come close to a billion dollars. In the next year, this must be given priority. And here, too, non-standard approaches will be required, in which trends of various origins will organically merge across the traditional industry nomenclature. For example, it is time to perceive Tyumen medicine as a full-fledged export-oriented industry, while closely associated with the tourism business. Medical tourism is growing rapidly all over the world, and in terms of price and quality, Tyumen is more than competitive — if not on a global scale, then on a scale of the whole continent Eurasia exactly. Here the themes of several national projects intersect at once!"',
             "Alexander Moor", "Tyumen Oblast", "colon-introduced quote after a long clause ('offered to diversify ...: \"...\"')"),
            ("Sufianov", "According to", 'the Olympiad shows young people the "social elevators" available to them', "Albert Sufianov", "Federal Center for Neurosurgery"),
        ],
    },
    "2019-09-18_gold_toilet_theft": {
        "url": W + 'Arrests_made_in_theft_of_gold_toilet_in_England',
        "atts": [
            ('Detective Inspector Steven Jones', 'said', '"We are continuing to investigate this incident and have made a second arrest in connection with it. Our priority is to locate the stolen item, and I would urge anyone with any information to contact police by calling 101"', 'Steven Jones', 'Thames Valley Police', 'inverted cue after the quote'),
            ('Cattelan, the artist', 'wrote', ('"At first, when they woke me up this morning with the news, I thought it was a prank: Who\'s so stupid to steal a toilet?"', '"I had forgotten for a second that it was made out of gold."'), 'Maurizio Cattelan', '', 'inverted cue after a question mark; the quote goes on in the next sentence'),
            ('Dominic Hare', 'said', 'the toilet represented a "comment on the American dream"', 'Dominic Hare', 'Blenheim Palace'),
        ],
    },
    "2019-10-01_warholm_hurdles_doha": {
        "url": W + 'Norway%27s_Warholm_wins_gold_in_400_m_hurdles_at_World_Championships_in_Doha',
        "atts": [
            ('Warholm', 'said', '"This was a very tough race. I actually felt my heart was going to stop [...] I thought \'I\'m going to die but it\'s going to be worth it\'."', 'Karsten Warholm', '', '\'Speaking to BBC Sport, X said, "..."\'; a nested single-quoted thought stays inside'),
            ('He', 'commented', '"This is only the beginning and I am very lucky to win [...] It\'s deserved but in the future these guys will be tougher to beat. Tomorrow I have to get up and work again. That is what I love."', 'Karsten Warholm', '', 'pronoun; \'commented on the future, "..."\''),
        ],
    },
    "2019-10-02_hong_kong_protester_shot": {
        "url": W + 'Police_shoot_teenage_protester_as_Hong_Kong_demonstrations_continue',
        "atts": [
            ('Police Senior Superintendent Yolanda Yu Hoi-kwan', 'said', '"The police officers\' lives were seriously threatened. To save his own and his colleagues\' lives, he fired a live shot at the attacker."', 'Yolanda Yu Hoi-kwan', 'Hong Kong Police Force', '\'said at a press conference: "..."\''),
        ],
    },
    "2019-10-05_paris_police_hq_stabbing": {
        "url": W + 'Four_stabbed_to_death_at_Paris_police_headquarters',
        "atts": [
            ('The mayor of Paris, Anne Hidalgo', 'wrote', '"Paris is mourning its family this afternoon after this appalling attack on the [Police Prefecture]. The toll is heavy, several police lost their lives. In my name and that of the Parisians, my first thoughts go to the families of the victims and their relatives."', 'Anne Hidalgo', 'Paris', '\'wrote on Twitter: "..."\', followed by the French original (not quoted)'),
        ],
    },
    "2019-10-05_fish_defend_coral_reefs": {
        "url": W + 'Voracious_fish_defend_coral_reefs_against_warming,_say_scientists',
        "atts": [
            ('Mark Hay, a marine ecologist and Regents Professor at GT, who', 'said', '"There is a lot of argument now about whether local management can help in the face of global stresses — whether what a Fijian village does matters when people in London and Los Angeles burn fossil fuels to drive to work"', 'Mark Hay', 'Georgia Institute of Technology', 'relative clause \'X, who said "..."\' (no comma before the quote)'),
            ('Hay', 'added', '"Our work indicates that local management provides a degree of insurance against global stresses, but there are likely higher temperatures that render the insurance ineffective."', 'Mark Hay', 'Georgia Institute of Technology'),
            ('They', 'reported', '"Macroalgae are suggested to disrupt coral microbiomes via transfer of allelochemicals or microbes or release of dissolved organic carbon that affects microbial growth"', "the researchers (Mark Hay's team)", 'Georgia Institute of Technology', 'pronoun for the researchers'),
        ],
    },
    "2019-10-10_uk_us_diplomat_immunity": {
        "url": W + 'UK_urges_US_to_waive_immunity_for_diplomat%27s_wife_involved_in_fatal_collision',
        "atts": [
            ('He', 'said', '"I think everybody\'s sympathies are very much with the family of Harry Dunn and our condolences to them for their tragic loss. I must answer you directly, I do not think that it can be right to use the process of diplomatic immunity for this type of purpose."', 'Boris Johnson', 'United Kingdom', 'pronoun'),
            ('Johnson', 'continued', '"And I hope that Anne Sacoolas will come back and will engage properly with the processes of law as they are carried out in this country. That\'s a point that we\'ve raised or are raising today with the American ambassador here in the UK and I hope it will be resolved very shortly. And to anticipate a question you might want to raise, if we can\'t resolve it then of course I will be raising it myself personally with the White House."', 'Boris Johnson', 'United Kingdom', '\'X continued, "..."\'; the next sentence is the writer\'s gloss'),
            ('She', 'informed', 'she had diplomatic immunity, but "that she had no plans to leave the country in the near future"', 'Anne Sacoolas', '', 'pronoun'),
            ('The State Department', 'gave', 'its "deepest sympathies"', 'United States Department of State', 'United States', '\'gave its "..."\': speech without a speech verb'),
            ('The State Department', 'said', 'immunity cases were afforded "intense attention at senior levels and are considered carefully given the global impact such decisions carry"', 'United States Department of State', 'United States', 'second cue sharing the subject'),
            ("Dunn's mother, Charlotte Charles", 'said', '"She didn\'t purposely drive on the other side of the road... if she\'d have stayed and faced us as a family we could have found that forgiveness... but forgiving her for leaving, I\'m nowhere near."', 'Charlotte Charles', '', '\'said on TV, "..."\''),
            ('Charles', 'told', '"All we need to do is ask her to come back. It’s not much to ask. She’s left a family in complete ruin. We’re broken."', 'Charlotte Charles', '', '\'told the Daily Mail, "..."\''),
        ],
    },
    "2019-10-12_alexei_leonov_dies": {
        "url": W + 'Cosmonaut_Alexei_Leonov_dies_at_age_85',
        "atts": [
            ('It', 'noting', '"[h]is venture into the vacuum of space began the history of extravehicular activity"', 'NASA', 'NASA', 'pronoun \'It\' for NASA; participle cue \'noting on Twitter\'; the nickname "cosmonaut No. 11", the word "spacewalk" and the award "Hero of the Soviet Union" are left out'),
        ],
    },
    "2019-12-14_greta_thunberg_time_person": {
        "url": W + 'Greta_Thunberg_named_2019_Time_Person_of_the_Year',
        "atts": [
            ('Time', 'credits', 'an individual as having done "for better or for worse [...] the most to influence the events of the year"', 'Time', 'Time', '\'with which Time credits X as having done "..."\'; the title "Person of the Year" and the slogan "Make the World Greta Again" are left out'),
        ],
    },
    "2019-12-16_uk_general_election_2019": {
        "url": W + 'Conservative_Party_wins_majority_in_2019_UK_general_election',
        "atts": [
            ('Conservative Party leader and Prime Minister Boris Johnson', 'said', 'he was "humbled" by the results and "...I and we will never take your support for granted. And I will make it my mission to work night and day, flat out, to prove you right in voting for me this time and to earn your support in the future."', 'Boris Johnson', 'Conservative Party', 'two quoted stretches in one reported clause'),
            ('Johnson', 'described', 'a "historic mandate"', 'Boris Johnson', 'Conservative Party', "passive cue: 'were described by X as'"),
        ],
    },
    "2020-01-10_eastmed_pipeline_mitsotakis": {
        "url": W + 'Greek_prime_minister_reaffirms_EastMed_pipeline_project_is_open_for_other_countries_to_join',
        "atts": [
            ('he', 'said', '"We don\'t seek to exclude anyone from energy cooperation in the Eastern Mediterranean provided they respect international law"', 'Kyriakos Mitsotakis', 'Greece', 'pronoun; inverted cue after the quote'),
            ('He', 'calling', 'it "null and void" and "geographically ridiculous"', 'Kyriakos Mitsotakis', 'Greece', 'participle cue; pronoun'),
            ('he', 'added', '"The agreement assumes that our islands, including our biggest island Crete, does not have an exclusive economic zone, which goes against everything we know in international law"', 'Kyriakos Mitsotakis', 'Greece', 'pronoun; inverted cue'),
            ('Mitsotakis', 'underlined', 'they keep channels to Turkey open for dialog and that he would be "very-very happy if Turkey were to reconsider its overall approach"', 'Kyriakos Mitsotakis', 'Greece'),
            ('he', 'noted', '"it is important to point out that the agreement signed between Turkey and Libya infringe upon Greece’s sovereign rights"', 'Kyriakos Mitsotakis', 'Greece', 'pronoun; no comma before the quote'),
            ('Netanyahu', 'envisioned', 'the pipeline to end their "fringe country" status', 'Benjamin Netanyahu', 'Israel'),
            ('Netanyahu', 'adding', '"We call on any other country that wishes to join us to do so"', 'Benjamin Netanyahu', 'Israel', 'participle cue'),
        ],
    },
    "2020-02-10_wuhan_first_foreign_deaths": {
        "url": W + 'First_foreigners_die_from_coronavirus_in_Wuhan,_China',
        "atts": [
            ('Chinese authorities', 'referred', 'him as "Chinese-American."', 'Chinese authorities', 'China', '\'referred to him as "..."\'; the police\'s charge "spreading rumors," (no cue) and the hashtag are left out'),
        ],
    },
    "2020-04-14_john_horton_conway_dies": {
        "url": W + 'English_mathematician_John_Horton_Conway_dies_after_contracting_COVID-19',
        "atts": [
            ('Sam Wang', 'called', 'Conway "[a]n incomparable mathematician, a pleasant neighbor, and an excellent coffee acquaintance."', 'Sam Wang', 'Princeton University'),
            ('US theoretical astrophysicist David Spergel', 'tweeted', 'Conway "was a warm and gentle soul."', 'David Spergel', ''),
        ],
    },
    "2020-06-11_pierre_nkurunziza_dies": {
        "url": W + 'Burundi_President_Pierre_Nkurunziza_dies_aged_55',
        "atts": [
            ('The government statement, which was posted on Twitter,', 'announced', 'the President\'s death "with great sorrow to Burundians and the international community."', 'Government of Burundi (its statement)', 'Burundi', 'a document as source, with a relative clause'),
        ],
    },
    "2020-07-08_kamloops_playground_fentanyl": {
        "url": W + '11-month_old_baby_finds_illegal_drugs_in_playground_in_British_Columbia,_Canadian_police_report',
        "atts": [
            ('the Royal Canadian Mounted Police (RCMP)', 'stating', '"In B.C., this has been considered a public health emergency since April 2016. Unfortunately this means issues like found needles and drugs are something that all parents must be mindful of while in public settings."', 'Royal Canadian Mounted Police', 'Royal Canadian Mounted Police', '\'In a statement ..., X confirmed ..., stating "..."\': participle cue'),
        ],
    },
    "2020-07-09_park_won_soon_found_dead": {
        "url": W + 'Seoul_city_Mayor_Park_Won-soon_found_dead,_South_Korean_police_confirm',
        "atts": [
            ('his daughter', 'reported', 'he "left home four–five hours ago after leaving words like a will, with his phone currently off."', "Park Won-soon's daughter", '', 'followed by the Korean original (not quoted)'),
        ],
    },
    "2020-08-18_caloundra_defeat_maroochydore": {
        "url": W + 'Caloundra_defeat_Maroochydore_in_third_round_of_2020_Sunshine_Coast_Rugby_Union_season',
        "atts": [
            ('Caloundra coach Geoff Ingram', 'said', ('"I am [pretty happy with that]"', '"We made a lot of ground on where we were [in the] last couple of weeks. [...] Set piece and breakdown, they\'ve been the two missing pieces [in the] last couple of weeks.  We got away with it against Uni [in round 1] but [against] Noosa [in round 2], we didn\'t.  They beat us well.  It was probably a set piece was the weak point  against Uni, and then [the] breakdown was the issue against Noosa.  They were good good couple of early lessons and we made  big ground on that gap today."'), 'Geoff Ingram', 'Caloundra', 'inverted cue; the quote goes on in the next sentence'),
            ('Marshall', 'said', ('"Yeah, it didn\'t come our way, we had a few silly mistakes"', '"A couple of yellows [and] disciplines. [...] We\'re training really well together, as a unit we\'re gelling.  We\'re just bringing silly mistakes and errors on to the field.  I think those are things we have to work on."'), 'Sam Marshall', 'Maroochydore', 'inverted cue; the quote goes on in the next sentence'),
            ('Ingram', 'unimpressed', '"One of them was questionable.  But there\'s a lazy high shot from Kauri at the end which was a fair yellow, the other one probably not."', 'Geoff Ingram', 'Caloundra', "no speech verb: the quote follows a sentence that ends 'leaving Ingram unimpressed.'"),
        ],
    },
    "2020-09-01_university_defeat_maroochydore": {
        "url": W + 'University_defeat_Maroochydore_in_round_five_of_2020_Sunshine_Coast_Rugby_Union_season',
        "atts": [
            ('University coach Brad Tronc', 'said', ('"We turned up here knowing we\'d be in for a battle"', '"They pushed [reigning premiers] Caloundra and they pushed Noosa. We knew the were looking for a scalp. To Maroochydore\'s credit, they\'ve made some big improvements since last season. I think as the season goes on they\'ll keep getting better and better, as well."'), 'Brad Tronc', 'University', 'inverted cue; the quote goes on in the next sentences'),
            ('Radmall', 'said', ('"It was pretty set piece dominated there for the last twenty minutes"', '"[It was] a pretty physical game out there this afternoon. It was a good hit out. We\'re sore after that one."'), 'Ben Radmall', 'Maroochydore', 'inverted cue; the quote goes on'),
            ('Tronc', 'said', '"The two guys that set [Uni\'s final try] up were an 18 year old half back and an 18 year old five eighth,"', 'Brad Tronc', 'University', 'inverted cue'),
            ('he', 'said', ('"We had our opportunities in the 22 in that last twenty minutes"', '"Just some management, couple of set pieces let us down. We couldn\'t execute there and they exited pretty well. They slowed the game down pretty well in that last ten minutes to dance up the field and then score a try at the end there."'), 'Ben Radmall', 'Maroochydore', "pronoun after an indirect sentence ('Radmall conceded ...'); the quote goes on"),
        ],
    },
    "2020-12-21_igor_matovic_covid": {
        "url": W + 'Prime_Minister_of_Slovakia_Igor_Matovi%C4%8D_tests_positive_for_COVID-19',
        "atts": [
            ('the Prime Minister', 'apologised', '"having an idiot as economy minister."', 'Igor Matovič', 'Slovakia', '\'apologised ... for "..."\''),
        ],
    },
    "2020-01-12_sultan_qaboos_dies": {
        "url": W + 'Sultan_Qaboos_of_Oman_dies',
        "atts": [
        ],
    },
    "2019-09-02_fan_expo_canada": {
        "url": W + 'Fan_Expo_Canada_2019_offers_celebrities,_cosplay,_panels',
        "atts": [
            ('Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits)', 'told', '"In my first stint, I didn\'t get any work. [...] to come back and get that kind of second chance, eight years ago, it feels really good to have people coming to you and being \'I want you to work,\' and basically working seven days a week for the last eight years."', 'Jenn St-Onge', '', "the quote follows 'told of ...' in the next sentence"),
            ('Valiant Entertainment editor Heather Antos', 'quipped', '"You have to work those seven days to earn a weekend,"', 'Heather Antos', 'Valiant Entertainment', 'inverted cue'),
            ('artist Leisha Riddell', 'saying', '"this weekend, I\'m becoming part of the couch and playing video games until my eyes go blurry."', 'Leisha Riddell', '', "participle cue after 'emphasized'"),
            ('The actress', 'recalled', 'when they were the "scrappy little red headed stepchild of the [Paramount] lot."', 'Denise Crosby', '', 'partial quote'),
            ('[she] left the series', 'Underwhelmed', ('"This is not what I wanted to become an actor for. I didn\'t want to stand on the bridge and just go \'aye aye captain,\' you know, and not even move. I actually asked them to make up some fake legs"', '"You could just stick my legs, just fake legs, and I had no lines[....] You gotta know that Tasha\'s on her command post, but just put the legs there, just keep the camera low."'), 'Denise Crosby', '', "no speech verb: the quotes follow 'she left the series'"),
            ('He', 'quipped', '"I still have dust in my shoes."', 'Brendan Fraser', '', 'pronoun'),
            ('Lead Paul Sun-Hyung Lee', 'talked', ('how the series has been underestimated "up \'til now."', '"I felt like Cinderella at the ball [...] I\'m a jobber, I\'ve been working as an actor for like, close to 25 years, lots of small roles. Expositionary characters, never asked to carry anything, to be a lead, to actually have a background story. And so to finally be able to do an entire season of television as one of the lead actors was tremendous"'), 'Paul Sun-Hyung Lee', '', 'partial quote; the quote goes on in the next sentence'),
            ('the company', 'noted', 'recently they had switched to a bio-based PET for their packaging, "which was more plant-based plastic for greater environmental concerns. [...] This week, Hasbro announced that we\'re [...] looking to switch away from plastic altogether, in terms of our packaging [...] we\'re very much aware that a lot of times times plastic is [...] ripped off and discarded, so we\'re constantly trying to improve on that as a company to improve our environmental footprint."', 'Hasbro', 'Hasbro', "'Asked about ..., the company noted that ...'"),
        ],
    },
    "2019-03-29_toronto_comicon": {
        "url": W + 'Toronto_Comicon_2019_welcomes_fans_with_celebrities,_creativity,_cosplay',
        "atts": [
            ('John Rhys-Davies', 'revealed', '"Jerry [O\'Connell] and I are talking to NBC at the moment. The basic problem is that no one knows who owns the rights"', 'John Rhys-Davies', '', "the quote follows 'revealed that ...' in the next sentence"),
            ('she', 'recalls', '"It was a good day,"', 'Emma Caufield', '', 'inverted cue, pronoun'),
            ('[he] told Wikinews that', 'told', '"it can be tough to maintain focus with so many people streaming past and along questions, but sculpting in front of a crowd at conventions is great because it allows people to see the process that goes into what I do [...] it also can serve as inspiration to other to pursue their own artistic endeavors."', 'Ian Campbell', '', 'pronoun'),
            ('Lisa Mancini', 'cosplaying', 'her "passion" for the hobby "stemmed through my love for Halloween."', 'Lisa Mancini', '', 'no speech verb'),
            ('She', 'chooses', '"to portray beloved characters from childhood or strong females. I also enjoy a good gender bent cosplay to ensure a touch of uniqueness!"', 'Lisa Mancini', '', 'no speech verb: \'She typically chooses "..."\''),
            ('Mancini', 'told', 'the best part of cosplay is "bringing a character to life."', 'Lisa Mancini', ''),
            ('the Daily Hive', 'described', '"squirrel whisperer"', 'Daily Hive', 'Daily Hive', "passive cue, its agent before 'as'"),
            ('Chapman', 'told', ('"Abe, I wanted to go for accuracy over comfort,"', '"is very warm [...] so I have to stay hydrated and try to keep as calm as possible. It\'s just really hard to stay calm when I meet someone like Ron Perlman"'), 'Stephanie Chapman', '', 'inverted cue; the quote goes on in the next sentence'),
            ('[she] shared', 'shared', '"the stress I\'m putting on my body"', 'Stephanie Chapman', '', 'partial quote before the cue'),
        ],
    },
    "2019-03-25_furnal_equinox_toronto": {
        "url": W + 'Fur_fans_flock_to_Toronto%27s_Furnal_Equinox_2019',
        "atts": [
            ('Chuck Jones', 'quote', '"every artist has thousands of bad drawings,"', 'Chuck Jones', '', 'nested: \'citing the Chuck Jones quote that "..."\' (the innermost speaker)'),
            ('He', 'hopes', 'fursuit makers would have "more options for building different eyestyles."', 'Grivik', '', "the quote follows 'He hopes ...' with no cue of its own"),
        ],
    },
    "2019-03-02_bradford_childrens_home_abuse": {
        "url": W + 'Nine_jailed_over_sexual_abuse_in_Bradford,_England_children%27s_home',
        "atts": [
            ('Judge Durham Hall QC', 'said', 'they "appear not to have shown any respect for the minimum standards of decent behaviour."', 'Durham Hall', ''),
            ('Prosecutor Kama Melly QC', 'said', 'the victims were "ripe and vulnerable to manipulation" and had been used "to satisfy [the accused\'s] sexual desires"', 'Kama Melly', ''),
            ('She', 'said', 'she did this to show victims "there is nothing to be ashamed of"', 'unnamed victim', ''),
            ('[One of the victims] said the men', 'said', 'the men thought they were "nothing but a toy to play with"', 'unnamed victim', ''),
            ('Bradford Council', 'stated', '"The Safeguarding Board will look closely at this case to see if there are any lessons we can learn that could help us keep young people safer"', 'Bradford Council', 'Bradford Council'),
        ],
    },
    "2019-09-27_nsw_decriminalises_abortion": {
        "url": W + 'New_South_Wales_decriminalizes_abortion',
        "atts": [
            ('Alex Greenwich', 'said', '"It follows decades of work from women\'s rights campaigners, activists and people in the Parliament"', 'Alex Greenwich', 'New South Wales', 'relative clause: \'drafted by X who said on the parliament floor, "..."\''),
            ('Member of parliament (MP) Kevin Conolly', 'said', 'a law allowing the termination of a life marked a "sad day for NSW"', 'Kevin Conolly', 'New South Wales'),
            ('Former prime minister Tony Abbott', 'said', '"It is a license for sex-selection abortions. It is a license for late-term abortion [...] It is effectively infanticide on demand."', 'Tony Abbott', ''),
            ('MP Penny Sharpe, who co-sponsored the bill', 'said', '"The current law has meant women and doctors have a threat of 10 years in jail for making this decision and that\'s not okay"', 'Penny Sharpe', 'New South Wales'),
            ('Early opponent MP Tanya Davies', 'said', '"We have moved the bill to a better place"', 'Tanya Davies', 'New South Wales'),
        ],
    },
    "2019-08-15_ebola_treatments": {
        "url": W + 'Scientists_report_two_life-saving_treatments_for_Ebola',
        "atts": [
            ("Professor Jean-Jacques Muyembe, Director General of the DRC's Institut National de Recherche Biomédicale that monitored the trial", 'said', '"From now on, we will no longer say that Ebola is incurable[.]"', 'Jean-Jacques Muyembe', 'Institut National de Recherche Biomédicale'),
            ('Mike Ryan of the World Health Organization (WHO)', 'told', '"What will stop Ebola, under professor Muyembe\'s leadership and that of the government of the DRC, is good surveillance, good infection prevention and control, good community engagement, excellent vaccinations, and the use of these therapeutics in the most effective way possible."', 'Mike Ryan', 'World Health Organization', 'colon after an indirect statement'),
            ('[he] told the press,', 'told', ('"Now that 90% of their patients can go into the treatment center and come out completely cured,"', '"they will start believing it and building trust in the population and community[.]"'), 'Jean-Jacques Muyembe', 'Institut National de Recherche Biomédicale', 'split quote; pronoun'),
        ],
    },
    "2019-10-07_ginger_baker_dies": {
        "url": W + 'Influential_rock_drummer_Ginger_Baker_dies_at_age_80',
        "atts": [
            ('[he] recalled', 'recalled', '"I\'d never sat behind a kit before, but I sat down — and I could play! One of the musicians turned round and said, \'Bloody hell, we\'ve got a drummer\', and I thought, \'Bloody hell, I\'m a drummer\'\u2009"', 'Ginger Baker', '', 'inverted cue, pronoun'),
            ('Paul McCartney', 'wrote', '"Ginger Baker, great drummer, wild and lovely guy. We worked together on the \'Band on the Run\' album in his ARC Studio, Lagos, Nigeria. Sad to hear that he died but the memories never will."', 'Paul McCartney', ''),
            ('Steve Winwood', 'wrote', ('"A very sad loss, and my condolences to his family and friends. A loss also for his contribution to music. He was well-grounded in jazz from very early on,"', '"Beneath his somewhat abrasive exterior, there was a very sensitive human being with a heart of gold. He’ll be missed."'), 'Steve Winwood', '', 'inverted cue; the quote goes on'),
            ('Mick Jagger of The Rolling Stones', 'reacted', '"Sad news hearing that Ginger Baker has died, I remember playing with him very early on in Alexis Korner\'s Blues Incorporated. He was a fiery but extremely talented and innovative drummer."', 'Mick Jagger', 'The Rolling Stones', '\'reacted on Twitter, "..."\''),
        ],
    },
    "2019-09-09_robert_mugabe_dies": {
        "url": W + 'Longtime_leader_of_Zimbabwe_Robert_Mugabe_dies_aged_95',
        "atts": [
            ('[he] declared', 'declared', '"Only God who appointed me will remove me — not the MDC, not the British,"', 'Robert Mugabe', 'Zimbabwe', 'inverted cue, pronoun'),
            ('President Mnangagwa', 'wrote', '"It is with the utmost sadness that I announce the passing on of Zimbabwe\'s founding father and former President, Cde [comrade] Robert Mugabe. [...] Cde Mugabe was an icon of liberation, a pan-Africanist who dedicated his life to the emancipation and empowerment of his people. His contribution to the history of our nation and continent will never be forgotten. May his soul rest in eternal peace"', 'Emmerson Mnangagwa', 'Zimbabwe', 'inverted cue'),
            ('Vladimir Putin, president of Russia', 'said', '"Many important dates in Zimbabwe’s modern history are tied to the name of Robert Mugabe. He made a great personal contribution to the battle for your country’s independence, to the building of Zimbabwean State institutions."', 'Vladimir Putin', 'Russia', '\'said in a statement: "..."\''),
            ('Ashton Bumhira, director of Youth Forum Zimbabwe', 'said', '"For my generation, Mr Robert Mugabe should be remembered for what he was to us. He was a dictator. He was ruthless. He is the author of the current economic and political challenges we\'re facing as a nation"', 'Ashton Bumhira', 'Youth Forum Zimbabwe', 'inverted cue'),
        ],
    },
    "2019-09-23_rouhani_persian_gulf": {
        "url": W + 'Iran%27s_President_Rouhani_tells_foreign_powers_to_leave_Persian_Gulf',
        "atts": [
            ('President Hassan Rouhani of Iran', 'said', 'foreign powers should "get out of the region"', 'Hassan Rouhani', 'Iran', 'partial quote'),
            ('[he] said. "Those', 'said', ('"The presence of foreign forces can be dangerous for the region, international waters, as well as the security of shipping lines and energy, but our path is to create unity and coordination with regional countries,"', '"Those who want to link the region’s incidents to the Islamic Republic of Iran are lying like their past lies that have been revealed [...] If they are truthful and really seek security in the region, they must not send weapons, fighter jets, bombs and dangerous arms to the region."'), 'Hassan Rouhani', 'Iran', 'inverted cue; the quote goes on'),
            ('[he] continued', 'continued', '"Your presence has always been a calamity for this region and the farther you go from our region and our nations, the more security would come for our region"', 'Hassan Rouhani', 'Iran', 'inverted cue'),
        ],
    },
    "2019-10-12_antarctica_upside_down_rivers": {
        "url": W + 'Scientists_describe_how_%27upside-down_rivers%27_of_warm_water_break_Antarctica%27s_ice_shelf',
        "atts": [
            ('study co-author Karen Alley', 'said', '"Warm water circulation is attacking the undersides of these ice shelves at their most vulnerable points,"', 'Karen Alley', 'College of Wooster', 'inverted cue'),
            ('The Wooster professor', 'added', '"These effects matter [...] But exactly how much, we don\'t yet know. We need to."', 'Karen Alley', 'College of Wooster'),
            ('the scientists', 'describe', '"upside-down river"', 'researchers of the study', '', '\'what the scientists describe as an "..."\''),
            ("study co-author Ted Scambos of CU Boulder's Cooperative Institute for Research in Environmental Sciences (CIRES)", 'said', ('"Now we\'re seeing a new process, where warm water cuts into the shelf from below,"', '"Like scoring a plate of glass, the trough renders the shelf weak, and in a few decades, it\'s gone, freeing the ice sheet to ride out faster into the ocean."'), 'Ted Scambos', 'University of Colorado Boulder', 'inverted cue; the quote goes on'),
        ],
    },
    "2019-10-25_superbug_e_coli_hand_washing": {
        "url": W + 'Wash_your_hands_or_else_spread_superbug_E._coli,_say_scientists',
        "atts": [
            ("lead author Professor David Livermore of the University of East Anglia's medical school", 'said', '"We wanted to find out how these superbugs are spread — and whether there is a cross-over from the food chain to humans"', 'David Livermore', 'University of East Anglia', 'inverted cue, no comma'),
            ('Dr. Livermore', 'said', ('"[T]he strains of resistant E. coli [found in food], were almost entirely different from the types found in human faeces, sewage and bloodstream infections"', '"[...] Rather — and unpalatably — the likeliest route of transmission for ESBL-E. coli is directly from human to human, with faecal particles from one person reaching the mouth of another.  We need to carry on cooking chicken well and never to alternately handle raw meat and salad. There are plenty of important food-poisoning bacteria, including other strains of E. coli, that do go down the food chain. But here — in the case of ESBL-E. coli — it\'s much more important to wash your hands after going to the toilet."'), 'David Livermore', 'University of East Anglia', 'inverted cue; the quote goes on'),
            ('Society President Ash Soni', 'told', '"If we can reduce the number of illnesses where antibiotics are needed [...] we can reduce antibiotic resistance by saving these important medicines for when they are really required."', 'Ash Soni', 'Royal Pharmaceutical Society'),
        ],
    },
    "2020-05-06_abs_cbn_shut_down": {
        "url": W + 'Philippines%27_largest_television_network_shut_down_by_government',
        "atts": [
            ('Republic Act No. 3846, also known as the "Radio Control Law"', 'states', '"no person, firm, company, association, or corporation shall construct, install, establish, or operate a radio transmitting station, or radio receiving station used for commercial purposes, or a radio broadcasting station, without having first obtained a franchise therefor from the Congress of the Philippines."', 'Republic Act No. 3846', 'Philippines', 'a law as the Source; its name in quotation marks is no attribution'),
            ('A number of Senators', 'citing', 'the move as a "grave abuse of governmental power" and "contrary to law"', 'unnamed Philippine senators', 'Philippines', 'participle cue'),
            ('[he] accused', 'accused', 'the network of "swindling"', 'Rodrigo Duterte', 'Philippines', 'pronoun'),
        ],
    },
    "2020-09-10_winchester_bus_bridge": {
        "url": W + 'Three_children_seriously_injured_as_bus_hits_bridge_in_Winchester,_England',
        "atts": [
            ('A Hampshire Police spokesman', 'said', '"We were called at 8.10am today, 10 September, to reports of a serious collision on Wellhouse Lane, Winchester, after a school bus collided with a railway bridge causing significant damage to the top of the bus. [...] 13 students with minor injuries have been dealt with at the scene. [...] We are working in cooperation with the school and Hampshire County Council children\'s services to provide support to the students and their parents."', 'unnamed Hampshire Police spokesman', 'Hampshire Police', 'no comma before the quote'),
            ('Fourteen-year-old Zoe, on the top deck of the bus when the incident occurred', 'said', 'the roof fell in and "everyone started screaming", and "[i]t felt like \'am I going to live or am I going to die?\'\u2009"', 'Zoe', ''),
            ('Fifteen-year-old Robert, on the lower deck', 'said', '"I thought we\'d hit the side of the tunnel, then I saw the top of the bus falling down"', 'Robert', ''),
        ],
    },
    "2019-09-20_waterloo_travelator_death": {
        "url": W + 'Engineer_killed_while_working_on_travelator_at_London_Waterloo_station',
        "atts": [
            ('Detective Inspector Darren Gough', 'said', '"This is a truly tragic incident, and our deepest condolences are with the man’s family."', 'Darren Gough', 'British Transport Police'),
            ('An official from TfL', 'stated', '"We are working with colleagues in the British Transport Police following an incident at Waterloo station in the early hours of this morning."', 'unnamed Transport for London official', 'Transport for London'),
            ('The mayor of London, Sadiq Khan', 'adding', '"An urgent enquiry into what happened is underway to ensure it cannot happen again."', 'Sadiq Khan', 'London', 'participle cue'),
        ],
    },
    "2019-10-14_kosgei_chicago_marathon": {
        "url": W + 'Kenya%27s_Brigid_Kosgei_sets_new_world_record_at_Chicago_Marathon',
        "atts": [
            ('[Kosgei] after the race', 'said', ('"I was not expecting this"', '"But I felt my body was moving, moving, moving so I went for it. This is amazing for me."'), 'Brigid Kosgei', '', 'inverted cue; the quote goes on'),
            ('Radcliffe', 'said', '"[...] I always knew this time would come — and when I saw how fast Brigid was running I knew the record would go if she could maintain her pace"', 'Paula Radcliffe', '', 'source after the quote'),
        ],
    },
    "2019-10-17_dark_web_task_force": {
        "url": W + 'Hundreds_arrested_for_%27dark_web%27_child_porn_by_international_task_force',
        "atts": [
            ('United States Attorney Jessie K. Liu', 'said', '"Children around the world are safer because of the actions taken by U.S. and foreign law enforcement to prosecute this case and recover funds for victims […] We will continue to pursue such criminals on and off the darknet in the United States and abroad, to ensure they receive the punishment their terrible crimes deserve."', 'Jessie K. Liu', 'United States'),
            ("Nikki Holland of the UK's National Crime Agency (NCA)", 'said', '"Dark web child sex offenders — some of whom are the very worst offenders — cannot hide from law enforcement. They\'re not as cloaked as they think they are, they\'re not as safe as they think they are."', 'Nikki Holland', 'National Crime Agency'),
        ],
    },
    "2020-03-06_tippu_express_women_crew": {
        "url": W + 'Indian_Railway:_all-women_crew_steers_Tippu_Express_ahead_of_International_Women%27s_Day',
        "atts": [
            ('B Shiva Parvathi', 'said', '"It is a proud moment for me to be steering this train today along with my Loco Pilot Rangoli and the all-women staff"', 'B Shiva Parvathi', 'Indian Railways', '\'Speaking to X, Y said, "..."\''),
            ('Garg', 'told', '"The theme \'Equal for All\' is an effort of the Railways to promote more women workforce and empower them.  Women of today are no less to any men, be it in any field.  I hope through such initiatives, more number of women are motivated to take up jobs in their respective fields of interest"', 'Aparna Garg', 'Indian Railways', 'inverted cue'),
        ],
    },
    "2019-02-01_bruce_mcarthur_pleads_guilty": {
        "url": W + 'Toronto_serial_killer_Bruce_McArthur_pleads_guilty_to_eight_murders',
        "atts": [
            ('agreed facts heard in court', 'according to', '"sexual in nature"', 'agreed facts heard in court', '', "'according to X' between subject and quote"),
            ('[Toronto Police], which', 'indicated', 'a "significant development" was likely at Tuesday\'s hearing', 'Toronto Police', 'Toronto Police', 'relative clause'),
            ("National LGBT news source Daily Xtra\u200d's editorial director, Rachel Giese", 'said', 'Tuesday\'s pleas might provide "some solace for the families and friends of the victims, and for the community more broadly,"', 'Rachel Giese', 'Daily Xtra', "'said she felt ...'"),
        ],
    },
    "2019-02-06_babyninsky_bus_crash": {
        "url": W + 'Bus_carrying_children_overturns_in_Babyninsky,_Russia;_at_least_seven_die',
        "atts": [
            ('The Emergencies Ministry', 'called', 'drivers to "not forget that the health and lives of other people depend on you."', 'Emergencies Ministry', 'Russia', '\'has, in a statement, called on drivers to "..."\''),
            ('It', 'urged', 'people to "comply with the established rules of behaviour on the road."', 'Emergencies Ministry', 'Russia', 'pronoun for an agency'),
        ],
    },
    "2019-06-23_hong_kong_police_hq_protest": {
        "url": W + 'Hong_Kong_protesters_surround_downtown_police_complex',
        "atts": [
            ('the BBC', 'describes', '"marred by allegations of torture, forced confessions and arbitrary detentions."', 'BBC', 'BBC', '\'which the BBC describes as "..."\''),
        ],
    },
}
