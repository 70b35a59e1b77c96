"""The blind conflict sets: each suite's name and its fixture under tests/fixtures, with when it was first read."""

from __future__ import annotations

#: Conflict reports written blind: each set by a helper who had seen none of wirestream's rules, code, data or the
#: sets before, from a brief, with the killed count under ACLED's conventions and a reason for each. The first reading
#: of each is its held-out figure (docs/quality.md); since then each is a guard against regressions.
BLIND_SETS = {
    # 100: 45 ACLED notes, 35 wire leads, 20 without deaths; first read at 3015f60: 0.838 exact, 1.000 zero
    "blind_conflict": "blind_conflict_reports.csv",
    # 120: 60 notes, 40 wire leads with the toll among other numbers, 20 without; at ebfb52f: 0.850, 0.950
    "blind_conflict_2": "blind_conflict_reports_2.csv",
    # 120: 45 notes, 30 wire leads, 25 UN/OCHA and NGO updates, police statements, military communiqués and
    # translated local press, 20 without; at 379a790: 0.800, 0.900
    "blind_conflict_3": "blind_conflict_reports_3.csv",
    # 120 ACLED notes across its event types, 95 with deaths; at 8ee56cd, after the fixes sets 2 and 3 led to:
    # 0.800, 1.000
    "blind_conflict_4": "blind_conflict_reports_4.csv",
    # 120: 45 ACLED notes, 35 wire leads, 20 UN/NGO/police/army/militant/translated, 20 written without deaths; 98
    # with deaths; first read at 42f1b5e, after session 8's first fixes (incidents): 0.704, 0.864
    "blind_conflict_5": "blind_conflict_reports_5.csv",
    # 120: 40 ACLED notes, 40 wire stories, 20 situation reports, rights-group, police and army statements, armed-group
    # claims, translated press and officials' posts, 20 written without deaths; 97 with deaths; first read at
    # c1861c2, after all of session 8's fixes
    "blind_conflict_6": "blind_conflict_reports_6.csv",
    # 120: 40 ACLED notes, 40 wire stories, 20 other styles, 20 written without deaths (100 with deaths), less covered
    # places too; first read at b9163c1, after the set-6 fixes
    "blind_conflict_7": "blind_conflict_reports_7.csv",
    # 120: 45 ACLED notes, 40 wire stories, 15 other styles, 20 without deaths (100 with deaths), written to read
    # like an ordinary week of coverage; first read at 737cb0c, after the set-7 fixes
    "blind_conflict_8": "blind_conflict_reports_8.csv",
    # 120: 50 ACLED notes, 40 wire stories, 10 other styles, 20 without deaths (100 with deaths), "a normal week";
    # first read at 0a749cf, after all of session 8's fixes
    "blind_conflict_9": "blind_conflict_reports_9.csv",
    # 120: 58 ACLED notes, 48 wire stories, 14 other styles, 20 without deaths (100 with deaths), "an ordinary day";
    # first read at 44cebe3, after the set-9 fixes
    "blind_conflict_10": "blind_conflict_reports_10.csv",
    # 120 ACLED Africa notes in the mid-2010s style of the dev file (none of its rows seen by the writer), short,
    # "an ordinary month of coding", 53 without deaths; first read at 83f07bf
    "blind_conflict_11": "blind_conflict_reports_11.csv",
    # 120 of the same, longer, from local and translated press, several counts per note, 54 without deaths; first
    # read at 83f07bf
    "blind_conflict_12": "blind_conflict_reports_12.csv",
    # 120 of the same style, "a random sample of one month of the Africa dataset", 54 without deaths; first read at
    # 860bbfd, after the set-11 and set-12 fixes
    "blind_conflict_13": "blind_conflict_reports_13.csv",
    # 120 ACLED notes of the mid-2010s from the Middle East and Asia, 54 without deaths; first read at 860bbfd
    "blind_conflict_14": "blind_conflict_reports_14.csv",
    # 120 ACLED notes of June-July 2016, East Africa, the Horn and the Great Lakes; first read at 6601f81, after the
    # fixes of sets 11-14
    "blind_conflict_15": "blind_conflict_reports_15.csv",
    # 120 of June-July 2016, West, Central, North and southern Africa; first read at 6601f81
    "blind_conflict_16": "blind_conflict_reports_16.csv",
    # 120 ACLED notes of June-July 2016 from the countries with the most events, many citing their source; first
    # read at bfd2cde, after the fixes of sets 11-16
    "blind_conflict_17": "blind_conflict_reports_17.csv",
    # 120 of June-July 2016, all of Africa, long notes with the usual complications; first read at bfd2cde
    "blind_conflict_18": "blind_conflict_reports_18.csv",
    # 120 ACLED notes of June-July 2016 in their real proportions, written "the way a tired coder does": clumsy, with
    # typos; first read at 11d86fb, after the fixes of sets 11-18
    "blind_conflict_19": "blind_conflict_reports_19.csv",
    # 120 of June-July 2016: events over several villages or days, dead listed by group or place, both sides' losses,
    # injured, missing, abducted and displaced beside the dead; first read at 11d86fb
    "blind_conflict_20": "blind_conflict_reports_20.csv",
    # 120 ACLED notes of June-July 2016, "a plain random sample … nothing contrived"; first read at 8687910, after the
    # fixes of sets 11-20
    "blind_conflict_21": "blind_conflict_reports_21.csv",
    # 120 of June-July 2016, "each note as a different coder might"; first read at 8687910
    "blind_conflict_22": "blind_conflict_reports_22.csv",
    # 120 ACLED notes of June-July 2016, "a random sample … in the proportions a real month has"; first read at
    # 86bda52, after the fixes of sets 11-22
    "blind_conflict_23": "blind_conflict_reports_23.csv",
    # 120 of June-July 2016 from the countries with the most events, "as they come"; first read at 86bda52
    "blind_conflict_24": "blind_conflict_reports_24.csv",
    # 120 ACLED Africa notes of 2017-2018 (other years than the dev file), a random sample; first read at a1a79fa,
    # after the fixes of sets 11-24
    "blind_conflict_25": "blind_conflict_reports_25.csv",
    # 120 of June-July 2016, "as ordinary and representative as you can make it"; first read at a1a79fa
    "blind_conflict_26": "blind_conflict_reports_26.csv",
    # 120 notes in ACLED's current style (2022-2024), worldwide; first read at 2edf177, after the fixes of sets 11-26
    "blind_conflict_27": "blind_conflict_reports_27.csv",
    # 120 ACLED Latin America and Caribbean notes of 2019-2023 (cartels, gangs, armed groups); first read at 2edf177
    "blind_conflict_28": "blind_conflict_reports_28.csv",
    # 120 ACLED Africa notes of one month of 2016, "a plain random sample"; first read at 2edf177
    "blind_conflict_29": "blind_conflict_reports_29.csv",
    # 120 wire-agency stories of 2023-2024 (one to three paragraphs: dateline, sources, quotes, background tolls);
    # first read at 2edf177
    "blind_conflict_30": "blind_conflict_reports_30.csv",
    # 120 story openings of 2019-2025 (agencies and newspapers, one to four paragraphs); first read at 8c7ef67, after
    # the fixes of sets 27-30
    "blind_conflict_31": "blind_conflict_reports_31.csv",
    # 120 ordinary wire stories of 2022-2025, "what an agency actually files"; first read at 8c7ef67
    "blind_conflict_32": "blind_conflict_reports_32.csv",
    # 120 ACLED notes in the current style, a plain month of 2023-2025 worldwide; first read at 8c7ef67
    "blind_conflict_33": "blind_conflict_reports_33.csv",
    # 120 AFP / Al Jazeera / BBC-style stories of 2023-2025, Middle East, Africa, South Asia; first read at f251286,
    # after the fixes of sets 31-33
    "blind_conflict_34": "blind_conflict_reports_34.csv",
    # 120 stories from national English-language newspapers (Nigeria, Pakistan, India, Kenya, the Philippines, …),
    # 2020-2025, in their own idiom; first read at f251286
    "blind_conflict_35": "blind_conflict_reports_35.csv",
    # 120 ACLED notes in the current style, Middle East and Asia, a plain month of 2022-2025; first read at f251286
    "blind_conflict_36": "blind_conflict_reports_36.csv",
    # 120 stories from national and regional English-language outlets (Mexico, Colombia, Kenya, Uganda, Ghana, South
    # Africa, Nepal, Sri Lanka, Bangladesh, …), 2020-2025; first read at 6a670fb, after the fixes of sets 34-36
    "blind_conflict_37": "blind_conflict_reports_37.csv",
    # 120 world-news briefs of 2021-2025 (one or two paragraphs); first read at 6a670fb
    "blind_conflict_38": "blind_conflict_reports_38.csv",
    # 120 UN and NGO incident updates (OCHA, OHCHR, MSF, ICRC, WHO, peacekeeping missions), 2020-2025; first read at
    # 6a670fb
    "blind_conflict_39": "blind_conflict_reports_39.csv",
    # 120 wire stories of 2020-2025 at full length (three to five paragraphs: the news, details, quotes, the other
    # side, context); first read at 27d3ae6, after the fixes of sets 37-39
    "blind_conflict_40": "blind_conflict_reports_40.csv",
    # 120 stories from national English-language newspapers of Africa, Asia and the Americas, 2019-2025; first read
    # at 27d3ae6
    "blind_conflict_41": "blind_conflict_reports_41.csv",
    # 120 ACLED notes drawn across the whole dataset, 2015-2025, every region; first read at 27d3ae6
    "blind_conflict_42": "blind_conflict_reports_42.csv",
    # Read once at 3621a98 (every fix of session 10 in) to measure, not to fix: 120 story openings "from any kind of
    # outlet … as a news feed would"; 120 openings "the way a news aggregator would capture" them; 120 ACLED Africa
    # notes of one month of 2016, a plain sample
    "blind_conflict_43": "blind_conflict_reports_43.csv",
    "blind_conflict_44": "blind_conflict_reports_44.csv",
    "blind_conflict_45": "blind_conflict_reports_45.csv",
    # Session 11, first read at a51196f (every fix of session 10 in): 120 ACLED notes in today's style, worldwide;
    # 120 ACLED notes of Asia and the Middle East, 2017-2022; 120 stories from national and regional outlets,
    # 2024-2026; 120 ACLED notes of Latin America, Europe and Central Asia, 2018-2025; 120 agency and broadcaster
    # web briefs, 2019-2026
    "blind_conflict_46": "blind_conflict_reports_46.csv",
    "blind_conflict_47": "blind_conflict_reports_47.csv",
    "blind_conflict_48": "blind_conflict_reports_48.csv",
    "blind_conflict_49": "blind_conflict_reports_49.csv",
    "blind_conflict_50": "blind_conflict_reports_50.csv",
    # Session 11, first read at f864856 (the fixes of sets 46-50 in): 120 ACLED Africa notes in today's style; 120
    # full-length wire stories, 2022-2026; 120 stories from national outlets of South and Southeast Asia; 120 ACLED
    # Middle East notes, 2019-2025; 120 items as a news feed carries them (press releases, UN statements, briefs)
    "blind_conflict_51": "blind_conflict_reports_51.csv",
    "blind_conflict_52": "blind_conflict_reports_52.csv",
    "blind_conflict_53": "blind_conflict_reports_53.csv",
    "blind_conflict_54": "blind_conflict_reports_54.csv",
    "blind_conflict_55": "blind_conflict_reports_55.csv",
    # Session 11, read once at 954106e (every fix of the session in) to measure, not to fix: 120 ACLED notes drawn across
    # 2016-2025 and every region; 120 wire-story openings, 2020-2026; 120 stories from African national newspapers;
    # 120 ACLED notes of Asia-Pacific and the Americas, 2020-2025; 120 UN, NGO and monitor incident updates
    "blind_conflict_56": "blind_conflict_reports_56.csv",
    "blind_conflict_57": "blind_conflict_reports_57.csv",
    "blind_conflict_58": "blind_conflict_reports_58.csv",
    "blind_conflict_59": "blind_conflict_reports_59.csv",
    "blind_conflict_60": "blind_conflict_reports_60.csv",
    # Session 11's last round, read once at c383d32 (the fixes of sets 56-60 in) to measure, not to fix: 120 ACLED notes
    # of Africa and the Middle East, 2016-2019; 120 wire stories, 2019-2026; 120 stories from English-language outlets
    # of Latin America and the Middle East; 120 ACLED notes in today's style, worldwide; 120 broadcasters' web stories
    "blind_conflict_61": "blind_conflict_reports_61.csv",
    "blind_conflict_62": "blind_conflict_reports_62.csv",
    "blind_conflict_63": "blind_conflict_reports_63.csv",
    "blind_conflict_64": "blind_conflict_reports_64.csv",
    "blind_conflict_65": "blind_conflict_reports_65.csv",
    # Session 12, read once at 999f9b6 (session 11's final code) before any change made for them: 120 ACLED notes,
    # 2020-2025, every region; 120 full wire stories with background paragraphs; 120 stories from African and South
    # Asian local papers; 120 live-blog and news-feed updates, 2022-2025; 120 NGO, UN and ministry releases
    "blind_conflict_66": "blind_conflict_reports_66.csv",
    "blind_conflict_67": "blind_conflict_reports_67.csv",
    "blind_conflict_68": "blind_conflict_reports_68.csv",
    "blind_conflict_69": "blind_conflict_reports_69.csv",
    "blind_conflict_70": "blind_conflict_reports_70.csv",
    # Session 12's second round, read once at 1b4f474 (the fixes of sets 66-70 in), then fixed at 5ac6e02; briefed
    # with "several" coded 10 as in the dev file: 120 ACLED notes of Africa and the Middle East, 2023-2025; 120 wire
    # stories, 2023-2026; 120 stories from national papers of Latin America, South and Southeast Asia; 120 ACLED notes
    # of South and Southeast Asia, 2018-2024; 120 broadcasters' web stories, 2022-2026
    "blind_conflict_71": "blind_conflict_reports_71.csv",
    "blind_conflict_72": "blind_conflict_reports_72.csv",
    "blind_conflict_73": "blind_conflict_reports_73.csv",
    "blind_conflict_74": "blind_conflict_reports_74.csv",
    "blind_conflict_75": "blind_conflict_reports_75.csv",
    # Session 13, read once at 81ba8c9 (session 12's final code) before any change made for them: 120 ACLED notes
    # across 2016-2025, every region; 120 daily round-ups of separate incidents (keyed with all their incidents
    # together, so the location-blind reading is the one to compare); 120 army, police, ministry and government
    # communiqués and statements; 120 wire stories updating a developing event; 120 stories of the wars in Europe,
    # the Caucasus and Central Asia
    "blind_conflict_76": "blind_conflict_reports_76.csv",
    "blind_conflict_77": "blind_conflict_reports_77.csv",
    "blind_conflict_78": "blind_conflict_reports_78.csv",
    "blind_conflict_79": "blind_conflict_reports_79.csv",
    "blind_conflict_80": "blind_conflict_reports_80.csv",
    # Session 13's second round, read once at 3c75069 (the fixes of sets 76-80 in), briefed as ordinary copy: 120 ACLED
    # notes of 2019-2025 in a real month's proportions; 120 wire stories of an ordinary day; 120 stories from national
    # papers of Africa and Asia; 120 items of a news feed as an aggregator captures it; 120 ACLED notes of the Middle
    # East and North Africa, 2016-2024
    "blind_conflict_81": "blind_conflict_reports_81.csv",
    "blind_conflict_82": "blind_conflict_reports_82.csv",
    "blind_conflict_83": "blind_conflict_reports_83.csv",
    "blind_conflict_84": "blind_conflict_reports_84.csv",
    "blind_conflict_85": "blind_conflict_reports_85.csv",
    # Session 14's round, read once at f11093d (session 13's final code): 120 ACLED notes of Latin America and the
    # Caribbean, 2018-2025; 120 wire-agency stories of an ordinary week, 2025-2026; 120 ACLED notes of Sub-Saharan
    # Africa, 2020-2025; 120 stories of national and local papers of South and Southeast Asia; 120 humanitarian and
    # monitoring updates (OCHA, monitors, HRW, Amnesty, ICRC, MSF) and radio bulletins
    "blind_conflict_86": "blind_conflict_reports_86.csv",
    "blind_conflict_87": "blind_conflict_reports_87.csv",
    "blind_conflict_88": "blind_conflict_reports_88.csv",
    "blind_conflict_89": "blind_conflict_reports_89.csv",
    "blind_conflict_90": "blind_conflict_reports_90.csv",
    # Session 15's round, read once at 8122e8a (session 14's rules): 120 ACLED notes each, of Europe and Central Asia
    # 2022-2025; of East Africa and the Great Lakes 2016-2021; of West Africa and the Sahel 2019-2025; of Southeast and
    # East Asia 2021-2025; of the newest data, 2025-2026, every region
    "blind_conflict_91": "blind_conflict_reports_91.csv",
    "blind_conflict_92": "blind_conflict_reports_92.csv",
    "blind_conflict_93": "blind_conflict_reports_93.csv",
    "blind_conflict_94": "blind_conflict_reports_94.csv",
    "blind_conflict_95": "blind_conflict_reports_95.csv",
    # Session 15's second round, read once at f8c4e8a (the first round's rules): 120 ACLED
    # notes each, of the Middle East 2023-2026; of South Asia 2022-2026; of Latin America and the Caribbean
    # 2022-2026; of Africa as coders wrote them in 2011-2016; of Sub-Saharan Africa 2024-2026
    "blind_conflict_96": "blind_conflict_reports_96.csv",
    "blind_conflict_97": "blind_conflict_reports_97.csv",
    "blind_conflict_98": "blind_conflict_reports_98.csv",
    "blind_conflict_99": "blind_conflict_reports_99.csv",
    "blind_conflict_100": "blind_conflict_reports_100.csv",
    # Session 16's round, read once at 062067f (session 15's rules): 120 reports each, wire stories of the wars in
    # Gaza, Lebanon, Israel, Iran, Yemen and Sudan 2024-2026; ACLED notes of Myanmar, the Philippines, southern
    # Thailand and Papua 2021-2026; ACLED notes of Nigeria 2018-2026; newspaper and wire stories of crime and armed
    # violence in Latin America 2023-2026; ACLED notes of Afghanistan, Pakistan and Kashmir 2017-2026
    "blind_conflict_101": "blind_conflict_reports_101.csv",
    "blind_conflict_102": "blind_conflict_reports_102.csv",
    "blind_conflict_103": "blind_conflict_reports_103.csv",
    "blind_conflict_104": "blind_conflict_reports_104.csv",
    "blind_conflict_105": "blind_conflict_reports_105.csv",
    # Session 16's second round, read once at 46c19ca (the first round's rules): ACLED notes of the war in Ukraine and
    # Russia 2022-2026; wire and broadcaster stories of the Sahel and coastal West Africa 2023-2026; ACLED notes of the
    # DR Congo, Burundi, the CAR and South Sudan 2018-2026; Indian and Pakistani newspapers 2018-2026; ACLED notes of
    # Somalia, Kenya, Ethiopia and Mozambique 2017-2026
    "blind_conflict_106": "blind_conflict_reports_106.csv",
    "blind_conflict_107": "blind_conflict_reports_107.csv",
    "blind_conflict_108": "blind_conflict_reports_108.csv",
    "blind_conflict_109": "blind_conflict_reports_109.csv",
    "blind_conflict_110": "blind_conflict_reports_110.csv",
    # Session 16's third round, read once at 8dbc532 (the second round's rules): ACLED notes of Iraq and Syria
    # 2014-2020; wire stories of terrorist attacks and mass shootings in Europe, North America, Asia and Oceania
    # 2015-2026; ACLED notes of Cameroon, Chad and the Lake Chad basin 2015-2026; East and Southern African newspapers
    # 2018-2026; ACLED notes of Libya, Yemen and Sudan 2014-2022
    "blind_conflict_111": "blind_conflict_reports_111.csv",
    "blind_conflict_112": "blind_conflict_reports_112.csv",
    "blind_conflict_113": "blind_conflict_reports_113.csv",
    "blind_conflict_114": "blind_conflict_reports_114.csv",
    "blind_conflict_115": "blind_conflict_reports_115.csv",
    # Session 17's first round, read once at dcc2227 (session 16's rules and set 112's): wire stories of mass shootings
    # and terrorist attacks in North America, Europe and Oceania 2015-2026, trials and anniversaries among them; ACLED
    # notes of the Middle East 2021-2026; broadcasters' web stories of Africa's wars 2020-2026; deadly protest
    # crackdowns and riots worldwide 2019-2026; communal, ethnic and tribal clashes and lynchings 2018-2026
    "blind_conflict_116": "blind_conflict_reports_116.csv",
    "blind_conflict_117": "blind_conflict_reports_117.csv",
    "blind_conflict_118": "blind_conflict_reports_118.csv",
    "blind_conflict_119": "blind_conflict_reports_119.csv",
    "blind_conflict_120": "blind_conflict_reports_120.csv",
    # Session 17's second round, read once at c3a91bc (the first round's rules): ACLED notes of the Americas outside
    # Mexico 2019-2026; police press releases and crime bulletins in English 2019-2026; wire and exile-media stories of
    # Myanmar's civil war 2021-2026; regional English-language papers of the Middle East and Turkey 2019-2026; ACLED
    # notes of Europe, the Caucasus and Central Asia outside the war in Ukraine 2019-2026
    "blind_conflict_121": "blind_conflict_reports_121.csv",
    "blind_conflict_122": "blind_conflict_reports_122.csv",
    "blind_conflict_123": "blind_conflict_reports_123.csv",
    "blind_conflict_124": "blind_conflict_reports_124.csv",
    "blind_conflict_125": "blind_conflict_reports_125.csv",
    # Session 17's third round, read once at 2c11c25 (the session's last rules) and kept held-out: wire stories of an
    # ordinary month worldwide 2024-2026; ACLED notes drawn across 2018-2026; African national newspapers 2020-2026;
    # ticker, live-blog and flash items 2022-2026; South and Southeast Asian national newspapers 2020-2026
    "blind_conflict_126": "blind_conflict_reports_126.csv",
    "blind_conflict_127": "blind_conflict_reports_127.csv",
    "blind_conflict_128": "blind_conflict_reports_128.csv",
    "blind_conflict_129": "blind_conflict_reports_129.csv",
    "blind_conflict_130": "blind_conflict_reports_130.csv",
    # Session 18's round, read once at 1c798fb: ACLED notes drawn across 2020-2026 (held-out); ACLED notes of Africa as
    # the oldest coding wrote them, 1997-2010 (held-out); English translations of French-, Arabic- and Spanish-language
    # press 2018-2026; ACLED notes of riots, mob violence and violence against civilians 2019-2026; wire and broadcaster
    # stories of the air, missile and drone war 2022-2026
    "blind_conflict_131": "blind_conflict_reports_131.csv",
    "blind_conflict_132": "blind_conflict_reports_132.csv",
    "blind_conflict_133": "blind_conflict_reports_133.csv",
    "blind_conflict_134": "blind_conflict_reports_134.csv",
    "blind_conflict_135": "blind_conflict_reports_135.csv",
    # Session 18's second round, read once at 7bea801: ACLED notes drawn across 2016-2019, of Africa 2021-2026 (both
    # held-out), of Asia and the Middle East 2019-2026; stories of kidnappings, hostage-takings, sieges and prison
    # riots 2018-2026; Telegram and X posts of armies, ministries, armed groups and monitors as wires quote them
    "blind_conflict_136": "blind_conflict_reports_136.csv",
    "blind_conflict_137": "blind_conflict_reports_137.csv",
    "blind_conflict_138": "blind_conflict_reports_138.csv",
    "blind_conflict_139": "blind_conflict_reports_139.csv",
    "blind_conflict_140": "blind_conflict_reports_140.csv",
    # Session 18's third round, read once at b4985d0 (the session's rules to then): ACLED notes drawn across 2022-2026,
    # of the Americas and Europe 2020-2026, of the Middle East and North Africa 2018-2026 (the three kept held-out);
    # wire stories of an ordinary month 2019-2023; local English-language newspapers worldwide 2018-2026
    "blind_conflict_141": "blind_conflict_reports_141.csv",
    "blind_conflict_142": "blind_conflict_reports_142.csv",
    "blind_conflict_143": "blind_conflict_reports_143.csv",
    "blind_conflict_144": "blind_conflict_reports_144.csv",
    "blind_conflict_145": "blind_conflict_reports_145.csv",
    # Session 19, read once at 93d3f6d (session 18's rules): ACLED notes of Sub-Saharan Africa 2018-2026, of Europe, the
    # Caucasus and Latin America 2020-2026, across 2018-2026 (the three kept held-out); UN and rights groups'
    # situation reports 2018-2026; police and army press releases 2018-2026; live-blog updates of unfolding attacks
    "blind_conflict_146": "blind_conflict_reports_146.csv",
    "blind_conflict_147": "blind_conflict_reports_147.csv",
    "blind_conflict_148": "blind_conflict_reports_148.csv",
    "blind_conflict_149": "blind_conflict_reports_149.csv",
    "blind_conflict_150": "blind_conflict_reports_150.csv",
    "blind_conflict_151": "blind_conflict_reports_151.csv",
    # Session 19's second round, read once at 69f790b (the first round's rules): ACLED notes of South and Southeast Asia
    # 2018-2026, drawn across 2010-2017, of West Africa and the Sahel 2019-2026 (the three kept held-out); follow-up
    # stories of earlier attacks; state news agencies in their own English; clashes across borders and front lines
    "blind_conflict_152": "blind_conflict_reports_152.csv",
    "blind_conflict_153": "blind_conflict_reports_153.csv",
    "blind_conflict_154": "blind_conflict_reports_154.csv",
    "blind_conflict_155": "blind_conflict_reports_155.csv",
    "blind_conflict_156": "blind_conflict_reports_156.csv",
    "blind_conflict_157": "blind_conflict_reports_157.csv",
    # Session 19's third round, read once at 69a1bfd (the second round's rules): ACLED notes of the Middle East 2016-2021,
    # drawn across 2023-2026, of East Africa and the Horn 2018-2026 (the three kept held-out); translated Latin American
    # crime and conflict reporting; radio and television bulletin copy
    "blind_conflict_158": "blind_conflict_reports_158.csv",
    "blind_conflict_159": "blind_conflict_reports_159.csv",
    "blind_conflict_160": "blind_conflict_reports_160.csv",
    "blind_conflict_161": "blind_conflict_reports_161.csv",
    "blind_conflict_162": "blind_conflict_reports_162.csv",
}


def suite_function(name: str) -> str:
    """The name of the suite function `service.evaluation.acled` serves for a blind set ("evaluate_blind_7")."""
    return "evaluate_blind" + name.removeprefix("blind_conflict")
