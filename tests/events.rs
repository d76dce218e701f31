//! The events stage on sentences written for these tests (`data/events.tsv`): the type, the
//! participants, the date and the initiator; and no call, meeting or visit where the sentence
//! denies one, only makes it possible, or uses a trigger word in another sense.

use readout::{extract, Options, Timeline};

fn run(text: &str, published: &str) -> Timeline {
    extract(text, &Options::default().with_published(published).unwrap())
}

/// The first event of type `kind`.
fn first_of<'t>(t: &'t Timeline, kind: &str) -> &'t readout::timeline::Event {
    t.events.iter().find(|e| e.kind == kind).unwrap_or_else(|| panic!("no {kind} in {:?}", t.events))
}

/// The value of an event's date, if it has one.
fn date_of(e: &readout::timeline::Event) -> Option<&str> {
    e.date.as_ref().map(|d| d.value.as_str())
}

fn names(t: &Timeline, ids: &[String]) -> Vec<String> {
    ids.iter().filter_map(|id| t.actors.iter().find(|a| &a.id == id)).map(|a| a.name.clone()).collect()
}

/// [`names`], sorted.
fn sorted_names(t: &Timeline, ids: &[String]) -> Vec<String> {
    let mut who = names(t, ids);
    who.sort_unstable();
    who
}

#[test]
fn event_table() {
    let mut failures = Vec::new();
    let mut cases = 0;
    for (n, line) in include_str!("data/events.tsv").lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 6, "line {}", n + 1);
        let (text, published, kind, people, date, initiator) = (c[0], c[1], c[2], c[3], c[4], c[5]);
        cases += 1;
        let t = run(text, published);
        let ok = if kind == "none" {
            !t.events.iter().any(|e| matches!(e.kind, "call" | "meeting" | "visit"))
        } else if kind == "nothing" {
            t.events.is_empty()
        } else {
            t.events.iter().any(|e| {
                let who = names(&t, &e.participants);
                e.kind == kind
                    && people.split('|').all(|p| who.iter().any(|w| w == p))
                    && (date == "-" || date_of(e) == Some(date))
                    && (initiator == "-"
                        || e.initiator.as_ref().is_some_and(|i| {
                            names(&t, std::slice::from_ref(i)).first().map(String::as_str) == Some(initiator)
                        }))
            })
        };
        if !ok {
            let got: Vec<String> = t
                .events
                .iter()
                .map(|e| format!("{} {:?} {:?}", e.kind, names(&t, &e.participants), e.date.as_ref().map(|d| &d.value)))
                .collect();
            failures.push(format!("line {}: {text:?} wanted {kind} {people} {date}, got {got:?}", n + 1));
        }
    }
    assert!(cases >= 15);
    assert!(failures.is_empty(), "{} of {cases} failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn one_event_per_real_event() {
    let text = "Vladimir Putin had a telephone conversation with Donald Trump on Thursday. \
                The call lasted an hour. In the phone call, Putin thanked Trump. \
                The conversation was the sixth between the two leaders this year.";
    let t = run(text, "2025-07-04");
    let calls: Vec<_> = t.events.iter().filter(|e| e.kind == "call").collect();
    assert_eq!(calls.len(), 1, "{:?}", t.events);
    assert!(calls[0].evidence.len() >= 3, "{:?}", calls[0].evidence);
    assert_eq!(calls[0].cameo, "041");
    assert_eq!(calls[0].plover, "CONSULT");
}

#[test]
fn a_signed_release_speaks_in_the_first_person_of_its_signatory() {
    let text = "Visit to Samoa\n\nMedia release\n\nSenator the Hon Penny Wong, Minister for Foreign Affairs\n\n\
                In Apia on Wednesday, I met Prime Minister Fiame Naomi Mataafa and members of her Cabinet.";
    let t = run(text, "2022-06-03");
    let name = |id: &str| t.actors.iter().find(|a| a.id == id).map(|a| (a.name.as_str(), a.country.as_deref()));
    let meeting = first_of(&t, "meeting");
    let who: Vec<_> = meeting.participants.iter().filter_map(|p| name(p)).collect();
    // "I" is the signatory; the Prime Minister met in Apia is Samoa's.
    assert!(who.contains(&("Penny Wong", Some("AU"))), "{who:?}");
    assert!(who.contains(&("Fiame Naomi Mataafa", Some("WS"))), "{who:?}");
}

#[test]
fn a_city_places_an_event_and_speaks_for_no_one() {
    let text = "ISTANBUL (AP) \u{2014} Turkish President Recep Tayyip Erdogan hosted Ukrainian President \
                Volodymyr Zelenskyy in Istanbul on Friday and said he would press Russia to return to the grain deal.\n\n\
                US President Joe Biden met Chinese President Xi Jinping at an estate south of San Francisco on Wednesday.";
    let t = run(text, "2023-11-17");
    let name = |id: &str| t.actors.iter().find(|a| a.id == id).map(|a| a.name.as_str()).unwrap_or("");
    let places: Vec<_> = t.events.iter().filter_map(|e| e.place.as_deref()).collect();
    assert!(places.contains(&"Istanbul") && places.contains(&"San Francisco"), "{places:?}");
    // The meetings are between the people; only a visit has the country it goes to as a side.
    for e in t.events.iter().filter(|e| e.kind != "visit") {
        let who: Vec<_> = e.participants.iter().map(|p| name(p)).collect();
        assert!(!who.contains(&"Turkey") && !who.contains(&"United States"), "{who:?}");
    }
    let visit = first_of(&t, "visit");
    let who: Vec<_> = visit.participants.iter().map(|p| name(p)).collect();
    assert_eq!(who, ["Volodymyr Zelensky", "Turkey"]);
    let said = t.statements.iter().find(|s| s.text.starts_with("he would press")).expect("the statement");
    assert_eq!(said.speaker.as_deref().map(name), Some("Recep Tayyip Erdogan"));
}

#[test]
fn separate_meetings_with_several_are_one_event_each() {
    let text = "Indonesian President Susilo Bambang Yudhoyono held separate meetings with US President \
                Barack Obama and Chinese Premier Wen Jiabao on the sidelines of the ASEAN Summit on Friday.";
    let t = run(text, "2011-11-19");
    // The people of each meeting (the summit they met at may be named as a party too).
    let name = |id: &str| {
        t.actors.iter().find(|a| a.id == id && a.kind == readout::timeline::ActorKind::Person).map(|a| a.name.as_str())
    };
    let mut meetings: Vec<Vec<&str>> = t
        .events
        .iter()
        .filter(|e| e.kind == "meeting")
        .map(|e| {
            let mut who: Vec<&str> = e.participants.iter().filter_map(|p| name(p)).collect();
            who.sort_unstable();
            who
        })
        // The summit itself is an event of no people.
        .filter(|who| !who.is_empty())
        .collect();
    meetings.sort();
    assert_eq!(
        meetings,
        [vec!["Barack Obama", "Susilo Bambang Yudhoyono"], vec!["Susilo Bambang Yudhoyono", "Wen Jiabao"]],
        "{:?}",
        t.events
    );
}

#[test]
fn a_period_since_a_date_does_not_date_the_event() {
    let text =
        "Russian and Ukrainian delegations have met in Istanbul for their first direct peace talks since March 2022.";
    let t = run(text, "2025-05-16");
    let meeting = first_of(&t, "meeting");
    assert_ne!(date_of(meeting), Some("2022-03"), "{:?}", meeting.date);
}

#[test]
fn a_date_in_a_relative_clause_after_the_object_is_not_the_events() {
    let text =
        "Bertie Ahern and Tony Blair signed a new agreement which will replace the Anglo-Irish Agreement of 1985.";
    let t = run(text, "1998-04-11");
    let signed = first_of(&t, "agreement");
    assert_ne!(date_of(signed), Some("1985"), "{:?}", signed.date);
    // After a noun, the relative clause tells of the event itself.
    let text = "The two presidents discussed the upcoming meeting of the Normandy format foreign ministers, which is to take place in Berlin on June 11.";
    let t = run(text, "2018-06-09");
    let meeting = first_of(&t, "meeting");
    assert_eq!(date_of(meeting), Some("2018-06-11"));
}

#[test]
fn a_name_and_a_verb_after_a_comma_and_a_coordinator_open_a_clause_of_their_own() {
    let t = run("Lavrov met Blinken, and Wang Yi signed an agreement with Iran.", "2023-07-16");
    let meeting = first_of(&t, "meeting");
    assert_eq!(names(&t, &meeting.participants), ["Sergey Lavrov", "Antony Blinken"]);
    // An arrival without a place and no dateline goes to the one the visitor met there.
    let t = run("Mr Whitlam, who flew in from Canberra last night, had talks with Mr Somare.", "1975-09-17");
    let visit = first_of(&t, "visit");
    assert_eq!(names(&t, &visit.participants), ["Gough Whitlam", "Michael Somare"]);
    // With no one met, a visit to nowhere is none.
    let t = run("Mr Whitlam, who flew in from Canberra last night, said the talks would go well.", "1975-09-17");
    assert!(!t.events.iter().any(|e| e.kind == "visit"), "{:?}", t.events);
}

#[test]
fn a_signing_told_again_by_its_signers_is_the_same_agreement() {
    let text = "Greece and North Macedonia signed an agreement on Sunday ending the name dispute. The accord was \
                signed by Foreign Minister Nikos Kotzias and his counterpart Nikola Dimitrov at a lakeside ceremony.";
    let t = run(text, "2018-06-18");
    let signed: Vec<_> = t.events.iter().filter(|e| e.kind == "agreement").collect();
    assert_eq!(signed.len(), 1, "{signed:?}");
    assert_eq!(date_of(signed[0]), Some("2018-06-17"));
}

#[test]
fn a_name_hyphened_to_a_participle_of_who_someone_is_takes_no_part() {
    let text = "South African President Thabo Mbeki, the SADC-appointed facilitator, who flew into Zimbabwe \
                yesterday morning, witnessed the signing.";
    let t = run(text, "2008-07-22");
    let visit = first_of(&t, "visit");
    assert_eq!(names(&t, &visit.participants), ["Thabo Mbeki", "Zimbabwe"]);
}

#[test]
fn a_criticism_of_an_earlier_strike_is_aimed_at_the_striker() {
    let text = "Israeli jets fired missiles at the Iranian consulate in Damascus on Monday, Syria said.\n\n\
                Syrian Foreign Minister Faisal Mekdad condemned what he called a \"heinous terrorist attack\".\n\n\
                Russia also denounced it.";
    let t = run(text, "2024-04-02");
    let criticisms: Vec<Vec<String>> =
        t.events.iter().filter(|e| e.kind == "criticism").map(|e| names(&t, &e.participants)).collect();
    assert_eq!(criticisms.len(), 2, "{criticisms:?}");
    for who in &criticisms {
        assert!(who.contains(&"Israel".to_owned()), "{who:?}");
    }
    // The attack Mekdad named is the strike, not an attack of his own.
    for e in t.events.iter().filter(|e| e.kind == "military") {
        assert!(!names(&t, &e.participants).contains(&"Faisal Mekdad".to_owned()), "{:?}", e.participants);
    }
}

#[test]
fn a_clause_after_a_comma_and_a_pronoun_names_no_more_participants() {
    let text = "Prime Minister Theresa May met Crown Prince Mohammed bin Salman in Buenos Aires on Friday. Noting \
                that Foreign Secretary Jeremy Hunt had met with the Crown Prince on 12 November, she encouraged him \
                to co-operate fully with the Turkish authorities.";
    let t = run(text, "2018-11-30");
    for e in &t.events {
        assert!(!names(&t, &e.participants).contains(&"Turkey".to_owned()), "{:?}", e.participants);
    }
}

#[test]
fn a_launch_is_a_weapons_test_only_with_a_weapon() {
    let t = run(
        "The launch of the new trade initiative was welcomed by Japan on Thursday. North Korea conducted a \
         missile test on Friday.",
        "2024-11-01",
    );
    let military: Vec<_> = t.events.iter().filter(|e| e.kind == "military").collect();
    assert_eq!(military.len(), 1, "{military:?}");
    assert!(names(&t, &military[0].participants).contains(&"North Korea".to_owned()));
    // Approval is no reception.
    assert!(t.events.iter().all(|e| e.kind != "meeting"), "{:?}", t.events);
}

#[test]
fn an_opening_phrase_before_a_comma_is_no_coordinated_subject() {
    let text = "On the margins of the UN General Assembly, Foreign Minister Wang Yi met his Brazilian counterpart \
                Mauro Vieira on Thursday. Putin, Erdogan Shake Hands in Sochi";
    let t = run(text, "2023-09-22");
    let met =
        t.events.iter().find(|e| e.evidence.iter().any(|s| text[s[0]..s[1]].contains("met"))).expect("the meeting");
    let who = names(&t, &met.participants);
    assert!(who.contains(&"Wang Yi".to_owned()) && who.contains(&"Mauro Vieira".to_owned()), "{who:?}");
    assert!(!who.iter().any(|n| n.contains("General Assembly")), "{who:?}");
    let shook =
        t.events.iter().find(|e| e.evidence.iter().any(|s| text[s[0]..s[1]].contains("Shake"))).expect("the handshake");
    let who = names(&t, &shook.participants);
    assert!(who.contains(&"Vladimir Putin".to_owned()) && who.contains(&"Recep Tayyip Erdogan".to_owned()), "{who:?}");
}

#[test]
fn a_clause_of_its_own_adds_no_participants() {
    let text = "Secretary of State Rex Tillerson on Wednesday signed an agreement committing the United States to \
                give Jordan aid, as he pressed ahead with a tour overshadowed by a flare-up between Israel and Iran. \
                The two ministers last met in Hiroshima in May, when Prime Minister Fumio Kishida hosted the G7 summit.";
    let t = run(text, "2018-02-14");
    for e in &t.events {
        let who = names(&t, &e.participants);
        if e.evidence.iter().any(|s| text[s[0]..s[1]].contains("signed") || text[s[0]..s[1]].contains("met")) {
            assert!(!who.contains(&"Israel".to_owned()) && !who.contains(&"Fumio Kishida".to_owned()), "{who:?}");
        }
    }
}

#[test]
fn an_event_after_a_named_one_takes_its_day() {
    let text = "Dmitry Medvedev had a telephone conversation with Barack Obama on Friday.\n\n\
                The presidents discussed arms control.\n\n\
                Both sides praised the progress of the talks on trade.\n\n\
                Following the telephone conversation with Barack Obama, Dmitry Medvedev met with First Deputy \
                Prime Minister Igor Shuvalov.";
    let t = run(text, "2010-10-02");
    let met = t
        .events
        .iter()
        .find(|e| names(&t, &e.participants).contains(&"Igor Shuvalov".to_owned()))
        .expect("the meeting");
    assert_eq!(date_of(met), Some("2010-10-01"), "{:?}", met.date);
}

#[test]
fn an_undated_event_after_a_look_back_takes_no_day_of_it() {
    // The treaty of months before is no day for what the article then tells undated.
    let text = "Israel and Jordan signed a peace treaty at the border crossing on Wednesday.\n\n\
                The signing came three months after King Hussein and Yitzhak Rabin met at the White House \
                on July 25.\n\n\
                Bill Clinton held talks with Hosni Mubarak in Cairo.";
    let t = run(text, "1994-10-27");
    let talks =
        t.events.iter().find(|e| names(&t, &e.participants).contains(&"Hosni Mubarak".to_owned())).expect("the talks");
    assert_ne!(date_of(talks), Some("1994-07-25"), "{:?}", talks.date);
}

#[test]
fn a_separate_agreement_is_another_event() {
    let text = "The foreign ministers of Angola, Cuba and South Africa, Afonso Van-Dunem, Isidoro Malmierca \
                and Pik Botha, signed the tripartite accord in New York on Thursday. Minutes later Mr \
                Van-Dunem and Mr Malmierca signed a separate bilateral accord on troop withdrawals.";
    let t = run(text, "1988-12-23");
    let agreements: Vec<_> = t.events.iter().filter(|e| e.kind == "agreement").collect();
    assert_eq!(agreements.len(), 2, "{:?}", agreements.iter().map(|e| names(&t, &e.participants)).collect::<Vec<_>>());
}

#[test]
fn a_datelines_date_dates_no_event_of_the_lead() {
    // The story was filed on the 9th; the arrival its lead tells took place the day before.
    let text = "KAMPALA, Uganda, Jan 9, UNA - Kenya has recalled its ambassador to Uganda in protest over the \
                arrival here of President Daniel arap Moi's rival.\n\n\
                Moi's rival landed at the Entebbe International Airport yesterday afternoon.";
    let t = run(text, "1998-01-09");
    let dated: Vec<_> = t.events.iter().filter(|e| e.kind == "visit").map(date_of).collect();
    assert!(!dated.is_empty() && dated.iter().all(|d| *d != Some("1998-01-09")), "{dated:?}");
}

#[test]
fn a_past_verb_is_not_dated_by_a_later_date_in_its_clause() {
    let text =
        "Russia and India signed a plan of consultations between their foreign ministries for the next five years.";
    let t = run(text, "2023-12-27");
    let signed = first_of(&t, "agreement");
    assert!(date_of(signed).is_none_or(|d| d <= "2023-12-27"), "{:?}", signed.date);
    assert_eq!(signed.status, "occurred");
}

#[test]
fn no_one_visits_their_own_country() {
    let text = "Chinese President Xi Jinping met with Brazilian President Luiz Inacio Lula da Silva on Friday \
                at the Great Hall of the People in Beijing. German Chancellor Olaf Scholz returned to Berlin on Wednesday.";
    let t = run(text, "2023-04-15");
    for e in t.events.iter().filter(|e| e.kind == "visit") {
        let who = names(&t, &e.participants);
        let has = |n: &str| who.iter().any(|w| w == n);
        assert!(!(has("Xi Jinping") && has("China")), "{who:?}");
        assert!(!(has("Olaf Scholz") && has("Germany")), "{who:?}");
    }
    assert!(t.events.iter().any(|e| e.kind == "meeting"), "{:?}", t.events);
}

#[test]
fn a_verb_of_intent_plans_the_infinitive_after_it() {
    let t = run(
        "Saudi Foreign Minister Prince Faisal bin Farhan and Iranian Foreign Minister Hossein Amir-Abdollahian \
         agreed in a telephone call last month to meet in Beijing.",
        "2023-04-06",
    );
    let kinds: Vec<(&str, &str)> = t.events.iter().map(|e| (e.kind, e.status)).collect();
    assert!(kinds.contains(&("call", "occurred")), "{kinds:?}");
    assert!(kinds.contains(&("meeting", "planned")), "{kinds:?}");
}

#[test]
fn a_trip_to_several_states_is_one_visit_each() {
    let t = run("White House adviser Jared Kushner had visited Riyadh and Doha early last month.", "2021-01-06");
    let mut visits: Vec<Vec<String>> =
        t.events.iter().filter(|e| e.kind == "visit").map(|e| sorted_names(&t, &e.participants)).collect();
    visits.sort();
    assert_eq!(visits, [["Jared Kushner", "Qatar"], ["Jared Kushner", "Saudi Arabia"]], "{:?}", t.events);
}

#[test]
fn a_noun_whose_own_verb_is_to_be_held_is_planned() {
    let t = run(
        "A first trilateral meeting of the presidents of Mongolia, China and Russia will be held next month \
         in Dushanbe.",
        "2014-08-22",
    );
    let kinds: Vec<(&str, &str)> = t.events.iter().map(|e| (e.kind, e.status)).collect();
    assert_eq!(kinds, [("meeting", "planned")]);
}

#[test]
fn an_event_of_no_one_takes_no_later_mention() {
    let t = run(
        "Chinese President Xi Jinping held talks with Mongolian President Tsakhiagiin Elbegdorj in Ulaanbaatar \
         on Thursday. In their presence, officials signed 26 documents. The two countries signed a treaty on \
         friendly relations in 1994.",
        "2014-08-22",
    );
    let treaty: Vec<&readout::timeline::Event> = t.events.iter().filter(|e| e.kind == "agreement").collect();
    assert_eq!(treaty.len(), 1, "{treaty:?}");
    assert_eq!(treaty[0].evidence.len(), 1, "the 26 documents are not the 1994 treaty: {treaty:?}");
}

#[test]
fn two_sides_who_met_at_a_summit_are_one_event_and_the_summit_another() {
    let t =
        run("The Prime Minister met President Xi Jinping of China at the G20 Summit in Brazil today.", "2024-11-18");
    let mut events: Vec<Vec<String>> = t.events.iter().map(|e| names(&t, &e.participants)).collect();
    events.sort();
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(
        events.iter().any(|e| e.contains(&"Xi Jinping".to_owned()) && !e.contains(&"G20".to_owned())),
        "{events:?}"
    );
    assert!(events.iter().any(|e| e.contains(&"G20".to_owned()) && e.contains(&"Brazil".to_owned())), "{events:?}");
    // A summit the two go to for is where their meeting is held: one event.
    let t = run(
        "President Barack Obama will meet Brazil's President Dilma Rousseff several days before both leaders go \
         to Colombia for the Summit of the Americas.",
        "2012-04-08",
    );
    assert!(t.events.iter().filter(|e| e.kind == "meeting").count() <= 1, "{:?}", t.events);
}

#[test]
fn an_agreement_named_as_a_topic_or_a_goal_is_no_agreement() {
    for (text, published) in [
        // Efforts toward one.
        (
            "U.S. President Barack Obama said he and Iranian President Hassan Rouhani were making efforts to reach \
             an agreement on Iran's nuclear program.",
            "2013-09-27",
        ),
        // A treaty's commitment.
        (
            "Japanese Prime Minister Shinzo Abe and U.S. President Barack Obama reaffirmed their treaty commitment \
             to Japan's security on Thursday.",
            "2014-04-25",
        ),
        // A promise to keep in touch ("agreed to meet" is one; see events.tsv).
        (
            "British Prime Minister Boris Johnson and French President Emmanuel Macron agreed on Friday to remain \
             in close contact.",
            "2022-05-07",
        ),
        // Agreements being implemented (context cues of cues.tsv).
        (
            "Russian President Dmitry Medvedev had a telephone conversation with U.S. President Barack Obama on \
             Friday. Both presidents noted the progress in implementing the agreements between Russia and the \
             United States.",
            "2010-10-02",
        ),
    ] {
        let t = run(text, published);
        let kinds: Vec<&str> = t.events.iter().map(|e| e.kind).collect();
        assert!(!kinds.contains(&"agreement"), "{text}: {kinds:?}");
    }
}

#[test]
fn their_meeting_at_a_summit_is_both_sides_and_the_summit_is_hosted_where_they_met() {
    let t = run(
        "Secretary of State Antony J. Blinken spoke yesterday with Mexican Foreign Secretary Marcelo Ebrard \
         following their conversations in Los Angeles during the Summit of the Americas.",
        "2022-06-17",
    );
    let meetings: Vec<Vec<String>> =
        t.events.iter().filter(|e| e.kind == "meeting").map(|e| names(&t, &e.participants)).collect();
    let has = |e: &Vec<String>, n: &str| e.iter().any(|x| x == n);
    assert!(meetings.iter().any(|e| has(e, "Antony Blinken") && has(e, "Marcelo Ebrard")), "{meetings:?}");
    assert!(meetings.iter().any(|e| has(e, "Summit of the Americas") && has(e, "United States")), "{meetings:?}");
}

#[test]
fn calls_in_the_plural_with_several_leaders_are_one_call_with_each() {
    let t = run(
        "Russian President Vladimir Putin held telephone conversations with President of Azerbaijan Ilham Aliyev and Prime Minister of Armenia Nikol Pashinyan on Thursday.",
        "2020-10-10",
    );
    let calls: Vec<Vec<String>> =
        t.events.iter().filter(|e| e.kind == "call").map(|e| names(&t, &e.participants)).collect();
    assert_eq!(calls.len(), 2, "{calls:?}");
    assert!(calls.iter().all(|c| c.len() == 2 && c.contains(&"Vladimir Putin".to_owned())), "{calls:?}");
}

#[test]
fn a_plural_without_a_number_means_everyone_just_named() {
    let t = run(
        "A joint mission of President Thomas Boni Yayi of Benin, President Ernest Bai Koroma of Sierra Leone and President Pedro Pires of Cape Verde arrived in Abidjan on Monday.\n\nThe envoys met President Laurent Gbagbo at the Presidential Palace.",
        "2011-01-07",
    );
    let meeting = t.events.iter().find(|e| e.kind == "meeting").map(|e| names(&t, &e.participants));
    let meeting = meeting.unwrap_or_default();
    for who in ["Boni Yayi", "Ernest Bai Koroma", "Pedro Pires", "Laurent Gbagbo"] {
        assert!(meeting.iter().any(|m| m == who), "{who} not in {meeting:?}");
    }
}

#[test]
fn a_strike_with_no_one_named_striking_has_no_target_from_its_place() {
    let t = run("A suicide bombing in Peshawar killed twelve people on Friday.", "2023-01-31");
    assert!(t.events.iter().all(|e| e.kind != "military"), "{:?}", t.events);
    let t = run("Turkish forces retaliated overnight, striking regime positions in Idlib.", "2020-02-28");
    let strike = t.events.iter().find(|e| e.kind == "military").map(|e| names(&t, &e.participants));
    assert_eq!(strike, Some(vec!["Turkey".to_owned(), "Syria".to_owned()]));
}

#[test]
fn an_undated_event_takes_the_day_of_the_sentence_before() {
    let text = "BEIRUT, Aug 16 - Lebanese troops began deploying south of the Litani river on Wednesday.\n\n\
                The deployment follows a month of war.\n\n\
                Prime Minister Fouad Siniora said on Sunday that the army would deploy in the south. \
                He spoke to reporters after meeting Speaker Nabih Berri at the Grand Serail.\n\n\
                Israeli Prime Minister Ehud Olmert met the army chief. He said the army would withdraw.";
    let t = run(text, "2006-08-16");
    let meetings: Vec<_> = t.events.iter().filter(|e| e.kind == "meeting").collect();
    let berri = meetings.iter().find(|e| names(&t, &e.participants).iter().any(|n| n == "Nabih Berri"));
    assert_eq!(berri.and_then(|e| e.date.as_ref()).map(|d| d.value.as_str()), Some("2006-08-13"), "{meetings:?}");
}

#[test]
fn talks_with_one_and_then_another_are_two_meetings() {
    let t =
        run("Before the summit opened, Zelensky held one-on-one talks with Macron and then with Merkel.", "2019-12-10");
    let meetings: Vec<Vec<String>> =
        t.events.iter().filter(|e| e.kind == "meeting").map(|e| names(&t, &e.participants)).collect();
    assert_eq!(meetings.len(), 2, "{meetings:?}");
    assert!(meetings.iter().all(|m| m.len() == 2), "{meetings:?}");
}

#[test]
fn calling_a_person_a_name_is_no_call() {
    let t = run("Trump called the Russian president, Vladimir Putin, a genius.", "2019-04-11");
    assert!(t.events.iter().all(|e| e.kind != "call"), "{:?}", t.events);
}

#[test]
fn where_a_visitor_came_from_is_not_visited() {
    let t = run("Mikhail Gorbachev arrived in Malta from Rome on Friday.", "1989-12-04");
    let visited: Vec<Vec<String>> =
        t.events.iter().filter(|e| e.kind == "visit").map(|e| names(&t, &e.participants)).collect();
    assert!(visited.iter().any(|v| v.iter().any(|n| n == "Malta")), "{visited:?}");
    assert!(visited.iter().all(|v| v.iter().all(|n| n != "Italy")), "{visited:?}");
}

#[test]
fn leaders_who_fly_in_together_make_one_visit_with_their_host() {
    let text = "Nigerian President Muhammadu Buhari, Liberian President Ellen Johnson Sirleaf and Ghanaian \
                President John Mahama flew to Banjul on Tuesday in a bid to talk President Yahya Jammeh into stepping down.";
    let t = run(text, "2016-12-18");
    let visits: Vec<Vec<String>> =
        t.events.iter().filter(|e| e.kind == "visit").map(|e| names(&t, &e.participants)).collect();
    assert_eq!(visits.len(), 1, "{visits:?}");
    let v = &visits[0];
    for who in ["Muhammadu Buhari", "Ellen Johnson Sirleaf", "John Mahama", "Gambia"] {
        assert!(v.iter().any(|n| n == who), "{who} missing: {visits:?}");
    }
}

/// A headline's event that the body tells again is one event, with the headline as its first
/// evidence, even when the headline names its sides otherwise.
#[test]
fn headline_event_is_the_body_event() {
    let text = "Crown Prince Receives Phone Call from French President\n\n\
                RIYADH, March 26 -- His Royal Highness Crown Prince Mohammed bin Salman received a \
                phone call on Monday from French President Emmanuel Macron, who discussed with him \
                the situation in Gaza.\n";
    let t = run(text, "2024-03-26");
    let calls: Vec<_> = t.events.iter().filter(|e| e.kind == "call").collect();
    assert_eq!(calls.len(), 1, "{:?}", t.events);
    let who = names(&t, &calls[0].participants);
    assert!(who.contains(&"Mohammed bin Salman".to_owned()) && who.contains(&"Emmanuel Macron".to_owned()), "{who:?}");
    assert_eq!(calls[0].evidence.len(), 2, "{:?}", calls[0].evidence);
    assert_eq!(calls[0].evidence[0][0], 0);
    // A title-case headline's verbs are no one's name.
    assert!(!t.actors.iter().any(|a| a.name.contains("Receives")), "{:?}", t.actors);
}

#[test]
fn a_phrase_of_solidarity_and_a_clause_of_its_own_are_no_sides() {
    let text = "Nicaragua broke off relations with Ecuador on Saturday in solidarity with Mexico, and \
                Brazil's Foreign Ministry called the raid a grave violation of international law.";
    let t = run(text, "2024-04-08");
    let name = |id: &str| t.actors.iter().find(|a| a.id == id).map(|a| a.name.as_str()).unwrap_or("");
    let cut = first_of(&t, "sanction");
    let who: Vec<_> = cut.participants.iter().map(|p| name(p)).collect();
    assert_eq!(who, ["Nicaragua", "Ecuador"]);
}

#[test]
fn a_statement_released_by_a_government_is_no_release() {
    let text = "Putin, in a statement released by the Kremlin overnight, said the agreement created the \
                conditions for a lasting settlement.";
    let t = extract(text, &Options::default().with_published("2020-11-10").unwrap());
    assert!(t.events.iter().all(|e| e.kind != "release"), "{:?}", t.events);
}

#[test]
fn a_clause_after_and_on_a_day_has_participants_of_its_own() {
    let t = run(
        "Foreign Minister Eduardo Enrique Reina flew to Beijing last week, and on Thursday Taiwan recalled its ambassador.",
        "2023-03-27",
    );
    // The recall is Taiwan's, not the minister's of the clause before.
    let recall = first_of(&t, "sanction");
    assert_eq!(recall.initiator.as_ref().map(|i| names(&t, std::slice::from_ref(i))), Some(vec!["Taiwan".to_owned()]));
    let visit = first_of(&t, "visit");
    assert!(!names(&t, &visit.participants).contains(&"Taiwan".to_owned()), "{:?}", visit.participants);
}

#[test]
fn a_plural_of_an_office_means_the_holders_named_before() {
    let text = "Prime Minister Abdul Salam Majali and Israeli Prime Minister Yitzhak Rabin met President \
                Clinton on Tuesday. The text had been initialled by the two premiers in Amman on Oct. 17.";
    let t = run(text, "1994-10-27");
    let initialled = first_of(&t, "agreement");
    let who = names(&t, &initialled.participants);
    assert!(who.contains(&"Abdul Salam Majali".to_owned()) && who.contains(&"Yitzhak Rabin".to_owned()), "{who:?}");
    assert!(!who.contains(&"Bill Clinton".to_owned()), "{who:?}");
}

#[test]
fn a_date_in_what_is_reported_does_not_date_the_speech() {
    let text = "His special adviser Mai Ahmad Fatty told a press conference in Dakar that more than D500 \
                million had been withdrawn from state coffers in the past two weeks.";
    let t = run(text, "2017-01-23");
    let said = first_of(&t, "statement");
    assert_ne!(date_of(said), Some("2017-01-09"), "{:?}", said.date);
}

#[test]
fn a_phone_noun_after_a_meeting_names_the_call_before() {
    let text = "Turkish President Recep Tayyip Erdogan spoke by phone with Ukrainian President Volodymyr \
                Zelensky on Tuesday.\n\n\
                Erdogan also recalled his meeting with Zelensky in Istanbul last month.\n\n\
                Following the call, Zelensky wrote on social media that he had thanked Erdogan.";
    let t = run(text, "2023-08-02");
    let post = first_of(&t, "statement");
    assert_eq!(names(&t, &post.participants), ["Volodymyr Zelensky"]);
    assert_eq!(date_of(post), Some("2023-08-01"), "{:?}", post.date);
}

#[test]
fn an_event_after_the_named_one_later_in_its_sentence_takes_its_day() {
    let text = "Ukrainian President Volodymyr Zelensky spoke with Spanish Prime Minister Pedro Sanchez on \
                Tuesday.\n\n\
                Sanchez spoke about reconstruction.\n\n\
                \"We discussed defence,\" Zelensky wrote on his Telegram channel after the conversation.";
    let t = run(text, "2023-06-28");
    let post = first_of(&t, "statement");
    assert_eq!(date_of(post), Some("2023-06-27"), "{:?}", post.date);
}

#[test]
fn a_strike_after_a_call_is_not_aimed_at_the_caller() {
    let text = "US President Donald Trump called Cambodian Prime Minister Hun Manet on Saturday.\n\n\
                Thai F-16 jets struck Cambodian military targets on Friday.";
    let t = run(text, "2025-07-28");
    let strike = first_of(&t, "military");
    let who = names(&t, &strike.participants);
    assert!(who.contains(&"Cambodia".to_owned()), "{who:?}");
    assert!(!who.contains(&"Donald Trump".to_owned()) && !who.contains(&"United States".to_owned()), "{who:?}");
}

#[test]
fn calls_with_one_and_then_another_are_two_calls() {
    for text in [
        "President Bill Clinton spoke by telephone with Prime Minister Meles Zenawi of Ethiopia and with \
         President Isaias Afwerki of Eritrea on Sunday.",
        "US President Bill Clinton said he had telephoned Ethiopian Prime Minister Meles Zenawi and then \
         Eritrean President Isaias Afwerki on Sunday.",
    ] {
        let t = run(text, "1998-06-15");
        let calls: Vec<Vec<String>> =
            t.events.iter().filter(|e| e.kind == "call").map(|e| names(&t, &e.participants)).collect();
        assert_eq!(calls.len(), 2, "{text}: {calls:?}");
        assert!(calls.iter().all(|c| c.len() == 2), "{text}: {calls:?}");
    }
    let t = run("Putin met Xi Jinping and Narendra Modi in Kazan and then flew home.", "2024-10-23");
    assert_eq!(t.events.iter().filter(|e| e.kind == "meeting").count(), 1);
}

#[test]
fn an_undated_event_paragraphs_after_a_dated_one_takes_its_day() {
    let text = "Indian Prime Minister Narendra Modi arrived in Port Moresby on Sunday for a summit of \
                Pacific leaders.\n\n\
                He was greeted at the airport by Prime Minister James Marape.\n\n\
                The summit was the third of its kind.\n\n\
                India has pledged support for climate projects across the region.\n\n\
                Modi left for Sydney in the afternoon.";
    let t = run(text, "2023-05-23");
    let left = t
        .events
        .iter()
        .find(|e| e.kind == "visit" && names(&t, &e.participants).contains(&"Australia".to_owned()))
        .expect("the trip to Sydney");
    assert_eq!(date_of(left), Some("2023-05-21"), "{:?}", left.date);
}

#[test]
fn a_strike_back_is_another_strike() {
    let text = "Ethiopian jets attacked the military section of Asmara airport on Friday.\n\n\
                Eritrean warplanes bombed Mekele on Friday.";
    let t = run(text, "1998-06-06");
    let strikes: Vec<Vec<String>> = t
        .events
        .iter()
        .filter(|e| e.kind == "military")
        .map(|e| names(&t, &e.initiator.iter().cloned().collect::<Vec<_>>()))
        .collect();
    assert_eq!(strikes, [["Ethiopia"], ["Eritrea"]], "{strikes:?}");
}

#[test]
fn ringing_two_people_is_two_calls() {
    let text = "Thai acting Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet \
                blamed each other for the fighting.\n\n\
                Malaysian Prime Minister Anwar Ibrahim telephoned both leaders on Thursday evening.";
    let t = run(text, "2025-07-28");
    let calls: Vec<Vec<String>> =
        t.events.iter().filter(|e| e.kind == "call").map(|e| names(&t, &e.participants)).collect();
    assert_eq!(calls.len(), 2, "{calls:?}");
}

#[test]
fn a_post_before_a_condemnation_leaves_its_target_to_the_sanction_after() {
    let text = "Foreign Ministry Spokesman Esmaeil Baqaei, who accompanies the minister, wrote in a post on X \
                that Iran was giving diplomacy a chance.\n\n\
                Baqaei also condemned the new round of sanctions imposed by the US Treasury Department on \
                Thursday against Iranian oil-related entities, calling the move a clear sign of hostility.";
    let t = run(text, "2025-04-12");
    let criticism = first_of(&t, "criticism");
    let who = names(&t, &criticism.participants);
    assert!(who.contains(&"United States".to_owned()), "{who:?}");
}

#[test]
fn they_in_a_past_clause_of_time_are_the_subject_it_hangs_on() {
    let t = run(
        "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin called for a truce when \
         they met in Istanbul on 8 January.",
        "2020-01-20",
    );
    let meetings: Vec<(Vec<String>, &str)> = t
        .events
        .iter()
        .filter(|e| e.kind == "meeting")
        .map(|e| (sorted_names(&t, &e.participants), e.status))
        .collect();
    assert_eq!(meetings, [(vec!["Recep Tayyip Erdogan".to_string(), "Vladimir Putin".to_string()], "occurred")]);
    // A wish stays a wish when its clause of time is not told in the past.
    let t = run(
        "French President Emmanuel Macron called for a meeting with Xi Jinping when he visits Beijing.",
        "2023-04-01",
    );
    assert!(t.events.iter().all(|e| e.status != "occurred" || e.kind != "meeting"), "{:?}", t.events);
}

#[test]
fn a_period_named_inside_a_quote_does_not_date_an_event_told_outside_it() {
    let t = run(
        "US President Barack Obama held talks with President Thein Sein at the old parliament building.\n\n\
         “The steps taken here over the past year have been extraordinary,” Obama told reporters after the meeting.",
        "2012-11-19",
    );
    let meeting = t.events.iter().find(|e| e.kind == "meeting").expect("the meeting");
    assert_ne!(meeting.date.as_ref().map(|d| d.value.as_str()), Some("2011"), "{:?}", t.events);
}

#[test]
fn a_headline_event_is_not_folded_into_a_request_in_the_body() {
    let t = run(
        "Serbia Frees Three Kosovo Police Officers\n\n\
         The three officers returned to Kosovo on Monday evening.\n\n\
         \"I asked President Aleksandar Vucic to release the three police officers,\" EU foreign policy chief Josep Borrell told reporters.",
        "2023-06-27",
    );
    let release = t.events.iter().find(|e| e.kind == "release" && e.status == "occurred");
    assert!(release.is_some_and(|e| names(&t, &e.participants).contains(&"Serbia".to_string())), "{:?}", t.events);
}

#[test]
fn the_closing_session_of_a_summit_is_no_talks_of_the_sides_who_agreed() {
    // Talks an act ended are its sides' ("at the closing session of the third round of talks"),
    // but a summit whose session an agreement was announced at is the grouping's alone.
    let t = run(
        "Iran and Iraq have agreed to settle their frontier dispute, President Houari Boumediene announced last \
         night at the closing session of the summit conference of the Organization of the Petroleum Exporting \
         Countries.",
        "1975-03-07",
    );
    let meetings: Vec<Vec<String>> =
        t.events.iter().filter(|e| e.kind == "meeting").map(|e| sorted_names(&t, &e.participants)).collect();
    assert!(meetings.iter().all(|m| !m.contains(&"Iran".to_owned())), "{meetings:?}");
}

#[test]
fn a_meeting_that_began_somewhere_is_no_visit_of_its_grouping() {
    // A trip's clause ("whose tour began in Paris") is its traveller's; a summit's is no one's.
    let t = run(
        "The spokesman rejected the final communique of the Organisation of Islamic Cooperation summit, which \
         began in Istanbul on Thursday.",
        "2016-04-17",
    );
    assert!(t.events.iter().all(|e| e.kind != "visit"), "{:?}", t.events);
}

#[test]
fn a_meeting_someone_was_urged_or_persuaded_to_hold_did_not_occur() {
    let t = run(
        "Putin held separate talks yesterday with Indian Prime Minister Atal Bihari Vajpayee and Pakistani President \
         Pervez Musharraf, but failed to persuade them to meet face to face.",
        "2002-06-05",
    );
    let pair = |e: &&readout::timeline::Event| {
        let who = names(&t, &e.participants);
        who.contains(&"Atal Bihari Vajpayee".to_owned()) && who.contains(&"Pervez Musharraf".to_owned())
    };
    assert!(t.events.iter().filter(pair).all(|e| e.status != "occurred"), "{:?}", t.events);
    assert_eq!(t.events.iter().filter(|e| e.kind == "meeting" && e.status == "occurred").count(), 2);
}

#[test]
fn between_in_the_predicate_of_a_meeting_noun_names_no_parties() {
    let t = run("Attention at the summit was fixed on the confrontation between India and Pakistan.", "2002-06-05");
    assert!(t.events.iter().all(|e| e.kind != "meeting" || e.participants.len() < 2), "{:?}", t.events);
}

#[test]
fn a_visit_someone_is_due_or_expected_to_make_is_planned() {
    for text in [
        "US Deputy Secretary of State Richard Armitage is due in Islamabad later this week.",
        "US Deputy Secretary of State Richard Armitage is expected in Islamabad later this week.",
    ] {
        let t = run(text, "2002-06-05");
        let visit = first_of(&t, "visit");
        assert_eq!(visit.status, "planned", "{text}");
    }
}

#[test]
fn unnamed_sources_speak_but_take_no_part() {
    let t =
        run("Indian Prime Minister Narendra Modi arrived in Abu Dhabi on Sunday, Indian officials said.", "2015-08-17");
    let visit = first_of(&t, "visit");
    let who = names(&t, &visit.participants);
    assert!(who.iter().all(|w| !w.ends_with("officials")), "{who:?}");
    assert!(t.actors.iter().any(|a| a.name == "Indian officials" && a.country == Some("IN")), "{:?}", t.actors);
}
