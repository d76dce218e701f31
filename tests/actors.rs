//! The actors stage on sentences written for these tests: who is named, with what country and
//! title, and which later mentions are tied to them.

use readout::{extract, Options, Timeline};

fn run(text: &str, published: &str) -> Timeline {
    extract(text, &Options::default().with_published(published).unwrap())
}

/// The names of every actor found.
fn actor_names(t: &Timeline) -> Vec<&str> {
    t.actors.iter().map(|a| a.name.as_str()).collect()
}

/// The person named `full` is named a second time by `part` alone, which is no actor of its own.
fn named_again_by(t: &Timeline, part: &str, full: &str) {
    let people = actor_names(t);
    assert!(!people.contains(&part), "{people:?}");
    assert_eq!(person(t, full).mentions.len(), 2);
}

fn person<'t>(t: &'t Timeline, name: &str) -> &'t readout::timeline::Actor {
    t.actors
        .iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("{name} not in {:?}", t.actors.iter().map(|a| &a.name).collect::<Vec<_>>()))
}

#[test]
fn titles_and_appositions_introduce_people() {
    let table: &[(&str, &str, &str, &str)] = &[
        ("Kremlin aide Yuri Ushakov told reporters the call went well.", "Yuri Ushakov", "RU", "Aide"),
        // A portfolio of one place between the title and the name.
        ("The minister met US Special Envoy for Sudan Tom Perriello in Doha.", "Tom Perriello", "US", "Special Envoy"),
        ("Yuri Ushakov, a Kremlin aide, told reporters the call went well.", "Yuri Ushakov", "RU", "Aide"),
        // A diplomat's post between the title and the name; a state's office owning the title.
        ("Rabat recalled Morocco's ambassador in Madrid, Karima Benyaich, for consultations.", "Karima Benyaich", "MA", "Ambassador"),
        ("Manila summoned Zhou Zhiyong, the Chinese Embassy's deputy chief of mission.", "Zhou Zhiyong", "CN", "Deputy Chief of Mission"),
        // A minister's portfolio of one or more words between the title and the name.
        ("Cuban Minister of Agriculture Gustavo Rodríguez Rollero signed the memorandum.", "Gustavo Rodríguez Rollero", "CU", "Minister"),
        ("Australia's Minister for Trade, Tourism and Investment, Simon Birmingham, said.", "Simon Birmingham", "AU", "Minister"),
        ("South Africa's Minister of Trade and Industry Rob Davies met the delegation.", "Rob Davies", "ZA", "Trade Minister"),
        // An office in the ruling party of a one-party state speaks for the state.
        (
            "Secretary of State Mike Pompeo held talks with Kim Yong Chol, Vice Chairman of the Central Committee of the Workers' Party of Korea.",
            "Kim Yong Chol",
            "KP",
            "Vice Chairman",
        ),
        // An adjective between the possessive and the title; a title held under a known leader.
        ("He held talks with Japan's new defence minister, Nobuo Kishi.", "Nobuo Kishi", "JP", "Defence Minister"),
        (
            "Officials said Tom Barrack, President Donald Trump's special envoy, attended the ceremony.",
            "Tom Barrack",
            "US",
            "Special Envoy",
        ),
        (
            "Chinese foreign ministry spokesman Qin Gang rejected the remarks.",
            "Qin Gang",
            "CN",
            "Foreign Ministry Spokesperson",
        ),
        ("The envoy met his Russian counterpart, Sergei Lavrov, in Geneva.", "Sergey Lavrov", "RU", "Foreign Minister"),
        ("President Emmanuel Macron of France called for calm.", "Emmanuel Macron", "FR", "President"),
        (
            "Vladimir Putin had a telephone conversation with President of Ukraine Petro Poroshenko.",
            "Petro Poroshenko",
            "UA",
            "President",
        ),
        ("Israeli chief negotiator Tzipi Livni met Palestinian officials.", "Tzipi Livni", "IL", "Chief Negotiator"),
        (
            "He sat between Presidents Nana Akufo-Addo of Ghana, Macky Sall of Senegal and Julius Maada Bio of Sierra Leone.",
            "Julius Maada Bio",
            "SL",
            "President",
        ),
        (
            "He sat between Presidents Nana Akufo-Addo of Ghana, Macky Sall of Senegal and Julius Maada Bio of Sierra Leone.",
            "Macky Sall",
            "SN",
            "President",
        ),
        // The first country of the list has two words.
        (
            "Obama met Presidents Ernest Bai Koroma of Sierra Leone, Boni Yayi of Benin and Alpha Conde of Guinea.",
            "Boni Yayi",
            "BJ",
            "President",
        ),
        (
            "Obama met Presidents Ernest Bai Koroma of Sierra Leone, Boni Yayi of Benin and Alpha Conde of Guinea.",
            "Alpha Condé",
            "GN",
            "President",
        ),
        // An honorific between the title and the name; a phrase between the title and its country;
        // a title after the name without an article.
        ("Macron spoke by telephone with the President of Mali, Mr Bah N'Daw.", "Bah N'Daw", "ML", "President"),
        ("Le Drian spoke with his Malian counterpart, Mr Zeyni Moulaye.", "Zeyni Moulaye", "ML", "Counterpart"),
        (
            "Macron spoke with the President of the Transition of Mali, Bah N'Daw, on Thursday.",
            "Bah N'Daw",
            "ML",
            "President",
        ),
        ("Macron received H.E. Mr. Bah N'Daw, President of Mali, in Paris.", "Bah N'Daw", "ML", "President"),
        // A given name that is also a city.
        ("French Defence Minister Florence Parly met her counterpart in Sydney.", "Florence Parly", "FR", "Defence Minister"),
        // A particle joined to the family name by a hyphen.
        (
            "Qatari Foreign Ministry spokesman Majed al-Ansari said the deal would hold.",
            "Majed al-Ansari",
            "QA",
            "Foreign Ministry Spokesperson",
        ),
    ];
    for (text, name, country, title) in table {
        let t = run(text, "2018-06-09");
        let a = person(&t, name);
        assert_eq!(a.country.as_deref(), Some(*country), "{text}");
        assert!(a.titles.iter().any(|x| x == title), "{text}: {:?}", a.titles);
    }
}

#[test]
fn office_holders_follow_the_article_date() {
    let text = "The Prime Minister spoke to the President of France today. The UK and France agreed to meet.";
    let may = run(text, "2018-06-01");
    assert!(
        may.actors.iter().any(|a| a.name == "Theresa May" && a.country.as_deref() == Some("GB")),
        "{:?}",
        may.actors
    );
    let johnson = run(text, "2022-05-06");
    assert!(johnson.actors.iter().any(|a| a.name == "Boris Johnson"), "{:?}", johnson.actors);
    assert!(johnson.actors.iter().any(|a| a.name == "Emmanuel Macron"), "{:?}", johnson.actors);
}

#[test]
fn a_hyphened_surname_names_the_person_again() {
    let t = run(
        "Foreign Minister Afonso Van-Dunem of Angola arrived on Monday. Mr Van-Dunem said the talks went well.",
        "1988-12-23",
    );
    let minister = person(&t, "Afonso Van-Dunem");
    assert_eq!(minister.mentions.len(), 2, "{:?}", actor_names(&t));
}

#[test]
fn a_known_surname_inside_another_name_names_no_office_holder() {
    // "Sharon" is the given name of the member of parliament, not Israel's prime minister.
    let t = run(
        "KINGSTON - He was accompanied by Mrs. Sharon Hay-Webster, who went there as the Prime Minister's \
         special envoy.",
        "2004-03-17",
    );
    assert!(!actor_names(&t).contains(&"Ariel Sharon"), "{:?}", actor_names(&t));
}

#[test]
fn surnames_and_titles_refer_back() {
    let text = "US President Donald Trump called Russian President Vladimir Putin on Thursday. \
                Putin thanked his American counterpart. The Russian president said Trump was friendly.";
    let t = run(text, "2025-07-04");
    let putin = person(&t, "Vladimir Putin");
    let trump = person(&t, "Donald Trump");
    assert_eq!(putin.mentions.len(), 3, "{:?}", putin.mentions);
    assert_eq!(trump.mentions.len(), 3, "{:?}", trump.mentions);
}

#[test]
fn states_capitals_seats_and_organisations() {
    let t = run("Moscow and Kyiv traded blame while the White House urged NATO and the EU to act.", "2024-01-10");
    let kinds: Vec<(&str, String, Option<&str>)> =
        t.actors.iter().map(|a| (a.name.as_str(), format!("{:?}", a.kind), a.country.as_deref())).collect();
    for want in [
        ("Russia", "State", Some("RU")),
        ("Ukraine", "State", Some("UA")),
        ("White House", "Body", Some("US")),
        ("NATO", "Organization", None),
        ("European Union", "Organization", Some("EU")),
    ] {
        assert!(kinds.iter().any(|k| k.0 == want.0 && k.1 == want.1 && k.2 == want.2), "{want:?} in {kinds:?}");
    }
}

#[test]
fn capitals_and_seats_speak_for_the_state_of_the_article_date() {
    let text = "Moscow and Belgrade protested, and the Kremlin said Soviet and Yugoslav envoys would meet.";
    let states = |published: &str| -> Vec<String> {
        let t = run(text, published);
        let mut codes: Vec<String> = t.actors.iter().filter_map(|a| a.country.map(str::to_owned)).collect();
        codes.sort();
        codes.dedup();
        codes
    };
    assert_eq!(states("1987-11-24"), ["SU", "YU"]);
    assert_eq!(states("2024-01-10"), ["RS", "RU", "SU", "YU"]);
    let t = run("Soviet Foreign Minister Eduard Shevardnadze met Secretary of State James Baker.", "1989-09-22");
    assert_eq!(person(&t, "Eduard Shevardnadze").country, Some("SU"));
}

#[test]
fn a_name_before_an_institution_word_is_the_institution() {
    let t = run(
        "Tsai met McCarthy and a group of lawmakers at the Ronald Reagan Presidential Library. Ronald Reagan met Gorbachev.",
        "1987-12-09",
    );
    let reagan = person(&t, "Ronald Reagan");
    assert_eq!(reagan.mentions.len(), 1, "{:?}", reagan.mentions);
    let t = run("The delegation landed at Jomo Kenyatta International Airport.", "2023-12-06");
    assert!(t.actors.iter().all(|a| a.name != "Jomo Kenyatta"), "{:?}", actor_names(&t));
    // A name nobody holds, before an institution's word, is the place's too.
    let t = run("Modi met Shaikh Mohammad and later toured Shaikh Hamdan Grand Mosque.", "2015-08-17");
    assert!(t.actors.iter().all(|a| !a.name.contains("Mosque") && !a.name.contains("Hamdan")), "{:?}", actor_names(&t));
}

#[test]
fn capitalised_words_before_an_organisations_head_word_are_no_person() {
    let t = run(
        "Marshal Sergei Akhromeyev, Chief of General Staff of the USSR Armed Forces, said the talks would go on. \
         The Deputy Supreme Commander of the UAE Armed Forces agreed on Monday to meet Modi.",
        "1986-10-12",
    );
    assert!(t.actors.iter().all(|a| a.name != "Armed"), "{:?}", actor_names(&t));
    // "General" is a rank before a name, not before an institution's word.
    let t = run(
        "The new Organization will have a Council of Ministers and a General Secretariat in Addis Ababa.",
        "1963-05-26",
    );
    assert!(t.actors.iter().all(|a| a.name != "Secretariat"), "{:?}", actor_names(&t));
}

#[test]
fn a_body_named_two_ways_is_one_actor() {
    let t =
        run("The Israel Defense Forces (IDF) said on Monday that the IDF had struck targets in Gaza.", "2024-01-10");
    let idf: Vec<&readout::timeline::Actor> = t.actors.iter().filter(|a| a.country == Some("IL")).collect();
    assert_eq!(idf.len(), 1, "{:?}", actor_names(&t));
    assert_eq!(idf[0].mentions.len(), 3);
}

#[test]
fn a_surname_written_without_its_accent_is_found_again() {
    let t = run(
        "Cuban Foreign Minister Bruno Rodriguez Parrilla reopened the embassy. Rodriguez said the flag expressed the will of the people.",
        "2015-07-20",
    );
    let bruno = t.actors.iter().find(|a| a.name.starts_with("Bruno Rodr")).expect("Bruno Rodriguez Parrilla");
    assert_eq!(bruno.mentions.len(), 2, "{:?}", bruno.mentions);
}

#[test]
fn a_known_name_is_found_with_the_arabic_article_spelt_either_way() {
    let t = run(
        "In Nairobi, President Museveni held talks with President Omar Hassan el-Bashir of the Sudan.",
        "2005-01-10",
    );
    let bashir = person(&t, "Omar al-Bashir");
    assert_eq!(bashir.country, Some("SD"));
}

#[test]
fn a_surname_names_its_holder_of_the_article_date() {
    let t = run("President Carter met Prime Minister Begin at Camp David.", "1978-09-18");
    assert!(t.actors.iter().any(|a| a.name == "Jimmy Carter"), "{:?}", actor_names(&t));
    let t = run("Defense Secretary Carter visited the troops.", "2016-05-02");
    assert!(t.actors.iter().any(|a| a.name == "Ash Carter"), "{:?}", actor_names(&t));
}

#[test]
fn a_title_case_headline_keeps_its_people_and_a_movement_keeps_its_name() {
    let t = run("Santos Wins Nobel Peace Prize\n\nColombian President Juan Manuel Santos won the prize.", "2016-10-07");
    let santos = person(&t, "Juan Manuel Santos");
    assert_eq!(santos.mentions.len(), 2, "{:?}", santos.mentions);
    let t = run("The Sudan People's Liberation Army said it had repelled the attack.", "2013-12-20");
    assert!(t.actors.iter().all(|a| a.country != Some("CN")), "{:?}", actor_names(&t));
}

#[test]
fn common_words_are_not_people() {
    let t = run("In May the talks stalled. The deal may fail, and Brown rice prices rose.", "2017-01-10");
    assert!(t.actors.iter().all(|a| a.name != "Theresa May" && a.name != "Gordon Brown"), "{:?}", t.actors);
}

#[test]
fn a_headline_title_names_the_person_its_article_introduces() {
    let text = "Prime Minister's call with President of Kenya\n\n\
                Prime Minister Anthony Albanese spoke with President William Ruto of Kenya on Monday.";
    let t = run(text, "2023-05-02");
    let pm = person(&t, "Anthony Albanese");
    assert_eq!(pm.mentions.first().map(|m| m[0]), Some(0), "{:?}", pm.mentions);
    assert!(
        t.actors.iter().all(|a| a.name != "Rishi Sunak"),
        "{:?}",
        t.actors.iter().map(|a| &a.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_shared_surname_of_another_country_is_another_person() {
    let text = "Singapore Prime Minister Lawrence Wong met Australian Foreign Minister Penny Wong in Canberra.";
    let t = run(text, "2024-10-10");
    let lawrence = person(&t, "Lawrence Wong");
    assert_eq!(lawrence.country.as_deref(), Some("SG"));
    let penny = person(&t, "Penny Wong");
    assert_eq!(penny.country.as_deref(), Some("AU"));
    assert!(!penny.titles.iter().any(|&x| x == "Prime Minister"), "{:?}", penny.titles);
}

#[test]
fn a_knight_is_named_again_by_the_given_name() {
    let t = run(
        "UK Prime Minister Sir Keir Starmer spoke in Tirana. Later, Ukrainian President Volodymyr Zelensky, \
         Sir Keir and German Chancellor Friedrich Merz spoke with Donald Trump by phone.",
        "2025-05-16",
    );
    named_again_by(&t, "Keir", "Keir Starmer");
}

#[test]
fn a_title_without_a_country_is_held_by_the_office_holder_the_article_names() {
    // An Élysée communiqué names the President only at its end.
    let t = run(
        "The President of the Republic welcomes the release of the hostage.\n\n\
         In a message posted on social media, Emmanuel Macron wrote that the nightmare was over.",
        "2020-10-08",
    );
    assert!(t.actors.iter().all(|a| a.name != "Donald Trump"), "{:?}", t.actors);
    assert_eq!(person(&t, "Emmanuel Macron").mentions.len(), 2);
}

#[test]
fn patronymic_names_run_on_and_keep_their_given_names() {
    // A known short form followed by more of the name; brothers share the dynasty's name.
    let t = run(
        "His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received Sheikh Mohammed bin \
         Abdulrahman bin Jassim Al Thani in Abu Dhabi. The meeting was attended by His Highness Sheikh Tahnoun \
         bin Zayed Al Nahyan, National Security Advisor, and His Highness Sheikh Abdullah bin Zayed Al Nahyan.",
        "2024-06-12",
    );
    let qatari = person(&t, "Mohammed bin Abdulrahman Al Thani");
    assert_eq!(qatari.mentions.len(), 1);
    assert_eq!(qatari.country.as_deref(), Some("QA"));
    assert!(t.actors.iter().all(|a| a.name != "Tamim bin Hamad Al Thani"), "{:?}", t.actors);
    assert_eq!(person(&t, "Tahnoun bin Zayed Al Nahyan").mentions.len(), 1);
    assert_eq!(person(&t, "Abdullah bin Zayed Al Nahyan").mentions.len(), 1);
    // "Bin" written with a capital is the same particle: a brother of another given name is
    // not the foreign minister.
    let t = run(
        "Modi met His Highness Shaikh Mohammad Bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, in Abu Dhabi.",
        "2015-08-17",
    );
    assert!(t.actors.iter().all(|a| a.name != "Abdullah bin Zayed Al Nahyan"), "{:?}", actor_names(&t));
}

#[test]
fn a_bare_honorific_names_the_person_first_introduced_with_it() {
    let t = run(
        "His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received a phone call from \
         President Emmanuel Macron. His Highness Sheikh Tamim bin Hamad Al Thani sent greetings.\n\n\
         His Highness and the French President reviewed the agreements.",
        "2024-06-12",
    );
    assert_eq!(person(&t, "Mohamed bin Zayed Al Nahyan").mentions.len(), 2);
    assert_eq!(person(&t, "Tamim bin Hamad Al Thani").mentions.len(), 1);
}

#[test]
fn a_title_word_before_a_noun_it_qualifies_is_no_person() {
    let t = run(
        "Prime Minister Manasseh Sogavare is paying an official visit to China. Senior officials said the \
         official talks went well, an official said.",
        "2023-07-10",
    );
    let people: Vec<&str> =
        t.actors.iter().filter(|a| a.kind == readout::timeline::ActorKind::Person).map(|a| a.name.as_str()).collect();
    // Only the unnamed sources that speak are someone ("Senior officials", "an official").
    let sources: Vec<&&str> = people.iter().filter(|p| p.to_lowercase().contains("official")).collect();
    assert_eq!(sources.len(), 2, "{people:?}");
    assert!(sources.iter().all(|p| !p.contains("talks") && !p.contains("visit")), "{people:?}");
}

#[test]
fn a_bare_title_is_the_person_introduced_with_that_very_title() {
    let t = run(
        "Foreign Secretary David Lammy met President William Ruto in Nairobi. Mr Lammy later held talks with \
         Kenya's Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs, Musalia Mudavadi.\n\n\
         The Foreign Secretary also announced new funding. The visit follows a call between the Prime Minister \
         and President Ruto last month.",
        "2025-05-14",
    );
    assert_eq!(person(&t, "David Lammy").mentions.len(), 3);
    assert_eq!(person(&t, "Musalia Mudavadi").mentions.len(), 1);
    // A foreign minister is no prime minister: the UK's is meant.
    assert_eq!(person(&t, "Keir Starmer").mentions.len(), 1);
}

#[test]
fn a_title_with_a_long_named_body_before_the_name() {
    let t = run(
        "Lula was scheduled to meet with Premier Li Qiang and with the chairman of the Standing Committee of \
         the National People's Congress, Zhao Leji.",
        "2023-04-14",
    );
    assert!(person(&t, "Zhao Leji").titles.iter().any(|&x| x == "Chairman"));
}

#[test]
fn office_holders_are_known_without_their_diacritics() {
    let t = run("Milosevic and Izetbegovic met in Dayton on Monday.", "1995-11-21");
    for (name, country) in [("Slobodan Milošević", "RS"), ("Alija Izetbegović", "BA")] {
        assert_eq!(person(&t, name).country.as_deref(), Some(country));
    }
}

#[test]
fn a_family_name_written_first_names_the_person_alone() {
    let text = "North Korean leader Kim Jong Un arrived in Singapore on Sunday. Kim met South Korean \
                President Moon Jae-in at Panmunjom in April. Kim Yo Jong, his sister, did not travel. \
                Later, Vice President Jae Moon spoke.";
    let t = run(text, "2018-06-12");
    let kim = person(&t, "Kim Jong Un");
    let at = |w: &str| text.find(w).unwrap();
    let spans: Vec<usize> = kim.mentions.iter().map(|m| m[0]).collect();
    assert!(spans.contains(&at("Kim met")), "{spans:?}");
    assert!(!spans.contains(&at("Kim Yo")), "{spans:?}");
    // A Korean family name alone names the Korean; the same word first in another country's
    // name does not ("Jae Moon" is not Moon Jae-in, nor the reverse).
    assert_eq!(person(&t, "Moon Jae-in").mentions.len(), 1);
}

#[test]
fn the_leaders_are_heads_of_state_or_government_when_two_are_named() {
    let text = "US President Donald Trump and North Korean leader Kim Jong Un met in Singapore. \
                Secretary of State Mike Pompeo joined them. Both leaders later signed a document.";
    let t = run(text, "2018-06-12");
    let signed = t.events.iter().find(|e| e.kind == "agreement").expect("the signing");
    let who: Vec<&str> = signed
        .participants
        .iter()
        .filter_map(|id| t.actors.iter().find(|a| &a.id == id))
        .map(|a| a.name.as_str())
        .collect();
    assert!(who.contains(&"Donald Trump") && who.contains(&"Kim Jong Un"), "{who:?}");
    assert!(!who.contains(&"Mike Pompeo"), "{who:?}");
}

#[test]
fn a_royal_is_named_again_by_the_given_name() {
    let text = "Saudi Foreign Minister Prince Faisal bin Farhan met his Iranian counterpart in Beijing. \
                Prince Faisal said the talks went well.";
    let t = run(text, "2023-04-06");
    let people = actor_names(&t);
    assert!(!people.contains(&"Faisal"), "{people:?}");
    let at = text.rfind("Faisal").unwrap();
    assert!(person(&t, "Faisal bin Farhan").mentions.iter().any(|m| m[0] == at), "{:?}", t.actors);
}

#[test]
fn a_family_name_written_first_that_a_given_name_follows_is_someone_else() {
    // "Park" alone names Park Geun-hye (president 2013-2017); "Park Jae-kyu" is another person.
    let t = run("Unification Minister Park Jae-kyu told reporters that the talks had gone well.", "2015-06-15");
    assert_eq!(person(&t, "Park Jae-kyu").titles, ["Minister"]);
    assert!(!t.actors.iter().any(|a| a.name == "Park Geun-hye"), "{:?}", t.actors);
}

#[test]
fn a_known_surname_before_more_of_a_name_is_someone_elses_given_name() {
    // "Christopher" alone names Warren Christopher (Secretary of State 1993-1997).
    let t = run(
        "North Korea agreed to terms worked out by Christopher R. Hill, the chief U.S. negotiator. \
         Mr. Hill is expected to travel to Seoul next week.",
        "2008-10-12",
    );
    let hill = person(&t, "Christopher R. Hill");
    assert_eq!(hill.country.as_deref(), Some("US"));
    assert_eq!(hill.mentions.len(), 2);
    let t = run("The deal was worked out by Christopher Hill, the top American envoy.", "2008-10-12");
    assert_eq!(person(&t, "Christopher Hill").country.as_deref(), Some("US"));
    assert!(!t.actors.iter().any(|a| a.name == "Warren Christopher"), "{:?}", t.actors);
    // A headline in title case keeps its words: "Trump Meets Kim" is Trump.
    let t = run("Trump Meets Kim In Singapore\n\nThe two leaders met on Tuesday.", "2018-06-12");
    assert!(t.actors.iter().any(|a| a.name == "Donald Trump"), "{:?}", t.actors);
}

#[test]
fn a_title_case_line_keeps_a_known_name() {
    // "Putin Heads": a capital word before a preposition, in a line in title case.
    for headline in ["Putin Heads to China for Talks", "Lavrov Flies to Ankara"] {
        let t = run(&format!("{headline}\n\nThe talks were held on Sunday."), "2023-06-18");
        assert!(
            t.actors
                .iter()
                .any(|a| a.country.as_deref() == Some("RU") && a.kind == readout::timeline::ActorKind::Person),
            "{headline}: {:?}",
            t.actors
        );
    }
}

#[test]
fn more_international_bodies_are_known() {
    let t = run(
        "Inspectors from the Organisation for the Prohibition of Chemical Weapons arrived in Damascus. \
         Leaders of the Union of South American Nations met in Santiago.",
        "2018-04-15",
    );
    for name in ["OPCW", "UNASUR"] {
        assert!(
            t.actors.iter().any(|a| a.name == name && a.kind == readout::timeline::ActorKind::Organization),
            "{name}: {:?}",
            t.actors
        );
    }
}

#[test]
fn an_honorific_before_a_family_name_first_name_refers_back() {
    let t = run(
        "Chinese Foreign Minister Wang Yi arrived in Fiji on Sunday. Mr Wang said the visit was a success.",
        "2022-05-31",
    );
    named_again_by(&t, "Wang", "Wang Yi");
}

#[test]
fn a_guest_is_the_last_named_person_of_that_country() {
    let t = run(
        "German Foreign Minister Guido Westerwelle held talks in Warsaw on Saturday. A Polish official said the \
         talks went well. The German guest later met Prime Minister Donald Tusk, who praised his guest.",
        "2009-11-02",
    );
    assert_eq!(person(&t, "Guido Westerwelle").mentions.len(), 2, "{:?}", t.actors);
    // "his guest" without a country is no one's title: not the official named before.
    let official = t.actors.iter().find(|a| a.name.contains("official"));
    assert!(official.is_none_or(|o| o.mentions.len() == 1), "{official:?}");
}

#[test]
fn a_region_named_after_a_country_is_no_state() {
    let t = run(
        "Latin American leaders met at the Ibero-American Summit, and Chinese ships sailed in the South China Sea.",
        "2024-01-10",
    );
    let names = actor_names(&t);
    assert!(!names.contains(&"United States"), "{names:?}");
    assert_eq!(names, ["China"]);
}

#[test]
fn an_initial_written_against_the_name_is_no_person() {
    let t = run(
        "President Ts.Elbegdorj welcomed Chinese President Xi Jinping in Ulaanbaatar. Prime Minister \
         N.Altankhuyag hosted a dinner.",
        "2014-08-23",
    );
    let names = actor_names(&t);
    assert!(!names.contains(&"Ts") && !names.contains(&"N"), "{names:?}");
    assert_eq!(person(&t, "Tsakhiagiin Elbegdorj").country.as_deref(), Some("MN"));
    assert_eq!(person(&t, "Norovyn Altankhuyag").country.as_deref(), Some("MN"));
}

#[test]
fn organisations_the_lexicon_does_not_know_are_read_from_their_form() {
    let text = "The government and the Free Aceh Movement (GAM) signed a peace agreement in Helsinki on Monday. \
                GAM leader Malik Mahmud signed for the rebels. In Belgrade, the Democratic Party of Serbia \
                rejected the plan, and Tsai later spoke at the Hudson Institute. The Security Council said \
                Council members would meet again.";
    let t = run(text, "2005-08-16");
    let gam = t.actors.iter().find(|a| a.name == "Free Aceh Movement").expect("the movement");
    assert_eq!(gam.kind, readout::timeline::ActorKind::Organization);
    assert!(gam.mentions.len() >= 2, "its acronym names it again: {:?}", gam.mentions);
    let names = actor_names(&t);
    assert!(names.contains(&"Democratic Party of Serbia"), "{names:?}");
    assert!(names.contains(&"Hudson Institute"), "{names:?}");
    // A head word without an acronym, or not strong enough, names nothing new.
    assert!(!names.iter().any(|n| n.contains("Council members")), "{names:?}");
}

#[test]
fn a_dateline_before_a_dash_is_no_modifier_of_the_title_after_it() {
    // "HARARE - President Mugabe": the capital is the dateline, not "Harare President".
    let t = run("HARARE - President Mugabe said the talks would go on.", "2008-07-22");
    assert!(actor_names(&t).contains(&"Zimbabwe"), "{:?}", actor_names(&t));
    assert!(actor_names(&t).contains(&"Robert Mugabe"), "{:?}", actor_names(&t));
    // A hyphen inside a word still joins the modifier to what follows.
    let t = run("Iranian-backed President Bashar al-Assad met the envoy.", "2020-07-22");
    assert!(actor_names(&t).contains(&"Bashar al-Assad"), "{:?}", actor_names(&t));
}

#[test]
fn a_surname_alone_is_the_one_office_holder_of_that_name() {
    let t = run("Mr Ahern said the deal was good.", "2000-04-11");
    assert_eq!(person(&t, "Bertie Ahern").country.as_deref(), Some("IE"));
    // Two of that surname in office: neither is guessed.
    let t = run("Mr Ahern said the deal was good.", "2005-04-11");
    assert!(!actor_names(&t).contains(&"Bertie Ahern"), "{:?}", actor_names(&t));
}

#[test]
fn a_surname_alone_is_the_namesake_already_named() {
    // No publication date: "Bush" is the George W. Bush of the sentence before, not his father.
    let t =
        extract("U.S. President George W. Bush arrived in Kyiv. Bush held talks with Yushchenko.", &Options::default());
    named_again_by(&t, "George H. W. Bush", "George W. Bush");
}

#[test]
fn cold_war_office_holders_of_smaller_states_are_known() {
    let t = run("President Kaunda said Zambia would not yield.", "1975-03-02");
    assert_eq!(person(&t, "Kenneth Kaunda").country.as_deref(), Some("ZM"));
    let t = run("Mr FitzGerald flew to London.", "1985-11-16");
    assert_eq!(person(&t, "Garret FitzGerald").country.as_deref(), Some("IE"));
}

#[test]
fn a_title_alone_before_a_titled_name_is_that_person() {
    // "the Head of State, President X": one person, not the head of another state and X.
    let t = run(
        "Mr Roussin will be received this morning by the Head of State, President Félix Houphouët-Boigny.",
        "1993-04-23",
    );
    let people: Vec<&str> =
        t.actors.iter().filter(|a| a.kind == readout::timeline::ActorKind::Person).map(|a| a.name.as_str()).collect();
    assert!(!people.contains(&"Bill Clinton"), "{people:?}");
    assert_eq!(person(&t, "Félix Houphouët-Boigny").country.as_deref(), Some("CI"));
}

#[test]
fn a_given_name_alone_is_the_one_person_named_with_it() {
    let t = run("Chief Minister Mamata Banerjee attended the signing. Mamata had opposed the deal.", "2015-06-07");
    named_again_by(&t, "Mamata", "Mamata Banerjee");
    // Not a month's name: "Jan." is January.
    let t = run("Czech Foreign Minister Jan Kavan signed the treaty. It takes effect on Jan. 4.", "1999-03-13");
    assert_eq!(person(&t, "Jan Kavan").mentions.len(), 1);
    // Not before the person is named, and not a name two people share.
    let t = run(
        "Foreign Minister Ahmed Aboul Gheit met Bahraini Minister Ahmed Ali Mirza. Ahmed said the talks went well.",
        "2006-05-02",
    );
    assert_eq!(person(&t, "Ahmed Aboul Gheit").mentions.len(), 1);
}

#[test]
fn a_womans_honorific_before_a_surname_the_text_gives_a_man_is_another_person() {
    let text = "President John F. Kennedy gave a dinner, where Mrs. Kennedy sat beside Premier Nikita Khrushchev. \
                Mr. Kennedy flew to London.";
    let t = run(text, "1961-06-04");
    let jfk = person(&t, "John F. Kennedy");
    assert_eq!(jfk.mentions.len(), 2, "{:?}", jfk.mentions);
    // With no "Mr." for the name, "Ms." keeps the woman the text named.
    let t = run("Foreign Minister Mélanie Joly spoke. Ms. Joly said Canada would not respond.", "2023-10-20");
    assert_eq!(person(&t, "Mélanie Joly").mentions.len(), 2);
}

#[test]
fn a_minister_met_in_a_foreign_capital_named_after_them_serves_that_state() {
    let text = "Chinese Foreign Minister Wang Yi arrived on Thursday. Wang held talks with the acting \
                first deputy prime minister, Abdul Ghani Baradar, in Kabul.";
    let t = run(text, "2022-03-26");
    assert_eq!(person(&t, "Abdul Ghani Baradar").country.as_deref(), Some("AF"));
    // More than their name between them and the place: the place is where they said it.
    let text = "Chinese Foreign Minister Wang Yi arrived on Thursday. Wang met Deputy Prime Minister \
                Han Zheng, who told reporters in Kabul that trade would grow.";
    let t = run(text, "2022-03-26");
    assert_eq!(person(&t, "Han Zheng").country.as_deref(), Some("CN"));
}

#[test]
fn states_and_capitals_go_by_the_names_of_their_time() {
    let text = "Peking and Djakarta welcomed the decision. Zaire, Dahomey, Upper Volta and Ceylon \
                signed the declaration. West German Chancellor Helmut Kohl spoke. Rhodesian forces \
                crossed the border. Hanoi radio said the talks had been frank.";
    let t = run(text, "1973-02-12");
    let countries: Vec<_> = t.actors.iter().filter_map(|a| a.country.as_deref()).collect();
    for code in ["CN", "ID", "CD", "BJ", "BF", "LK", "DE", "RH", "VD"] {
        assert!(countries.contains(&code), "{code} not in {countries:?}");
    }
    // A city by its name of the time is a place: "Bombay", "Leningrad"; East Berlin was the GDR's.
    let t = run("Gromyko flew from Leningrad to Bombay. The talks in East Berlin ended.", "1975-03-01");
    let countries: Vec<_> = t.actors.iter().filter_map(|a| a.country.as_deref()).collect();
    for code in ["SU", "IN", "DD"] {
        assert!(countries.contains(&code), "{code} not in {countries:?}");
    }
    // After reunification "Hanoi" speaks for Vietnam.
    let t = run("Hanoi said the talks had been frank.", "1995-07-12");
    assert_eq!(t.actors.first().and_then(|a| a.country.as_deref()), Some("VN"));
}

#[test]
fn a_place_that_starts_with_a_leaders_surname_is_the_place() {
    // "Key" is John Key (New Zealand's prime minister in 2010) only when named alone.
    let t =
        run("Secretary of State Hillary Clinton held talks in Key West with President Serzh Sargsyan.", "2010-04-07");
    assert!(!actor_names(&t).contains(&"John Key"), "{:?}", actor_names(&t));
}

#[test]
fn honorifics_of_other_lands_go_before_a_known_name() {
    let t = run(
        "Pandit Jawaharlal Nehru met Mr. Liaquat Ali Khan. Alhaji Abubakar Tafawa Balewa and \
         Tun Abdul Razak spoke.",
        "1960-10-05",
    );
    let names = actor_names(&t);
    for n in ["Jawaharlal Nehru", "Liaquat Ali Khan", "Abubakar Tafawa Balewa"] {
        assert!(names.contains(&n), "{n} not in {names:?}");
    }
}

#[test]
fn a_plural_title_names_no_one_person() {
    // A deck in title case: "Pledge Equal Citizenship" is no minister's name.
    let t = run("Two Prime Ministers Pledge Equal Citizenship\n\nNehru and Liaquat Ali Khan signed.", "1950-04-09");
    assert!(!actor_names(&t).contains(&"Pledge Equal Citizenship"), "{:?}", actor_names(&t));
    // "Presidents" alone is not the President of the United States of the day.
    let t = run(
        "Talks were held on Friday between Jammeh and Presidents Condé and Mohamed Ould Abdel Aziz of Mauritania.",
        "2017-01-23",
    );
    let names = actor_names(&t);
    assert!(!names.contains(&"Donald Trump"), "{names:?}");
    assert!(names.contains(&"Mohamed Ould Abdel Aziz"), "{names:?}");
}

#[test]
fn a_word_from_inside_a_name_used_as_an_adjective_is_no_mention() {
    let text = "Prime Minister Mohammed Shia al-Sudani ordered the ambassador to leave. Supporters of \
                the Shia cleric Moqtada al-Sadr stormed the embassy. Al-Sudani recalled his envoy.";
    let t = run(text, "2023-07-21");
    let sudani = t.actors.iter().find(|a| a.name == "Mohammed Shia al-Sudani").expect("al-Sudani");
    let shia = text.find("Shia cleric").unwrap();
    assert!(sudani.mentions.iter().all(|m| m[0] != shia), "{:?}", sudani.mentions);
    assert!(actor_names(&t).contains(&"Moqtada al-Sadr"), "{:?}", actor_names(&t));
}

#[test]
fn a_fuller_name_with_another_given_name_is_the_office_holder_only_under_a_fitting_title() {
    // Raymond Barre was France's prime minister in 1977; Mohamed Siad Barre is someone else.
    let t = run("President Mohamed Siad Barre flew to Moscow at the end of August.", "1977-11-14");
    assert!(!actor_names(&t).contains(&"Raymond Barre"), "{:?}", actor_names(&t));
    assert!(actor_names(&t).contains(&"Mohamed Siad Barre"), "{:?}", actor_names(&t));
}

#[test]
fn a_prime_minister_is_not_of_a_home_country_that_has_none() {
    // The story is about Clinton's trip; the United States has no prime minister.
    let text = "U.S. President Bill Clinton flew to Amman. President Clinton met King Hussein. Prime \
                Minister Abdul Salam Majali welcomed President Clinton at the airport.";
    let t = run(text, "1994-10-27");
    let majali = t.actors.iter().find(|a| a.name == "Abdul Salam Majali").expect("Majali");
    assert_ne!(majali.country.as_deref(), Some("US"));
}

#[test]
fn a_name_described_by_what_the_person_does_is_a_person() {
    let t = run(
        "Frederic Pryor, a Yale graduate student, was freed. Spring Valley, a suburb of Lusaka, was quiet.",
        "1962-02-11",
    );
    let names = actor_names(&t);
    assert!(names.contains(&"Frederic Pryor"), "{names:?}");
    assert!(!names.contains(&"Spring Valley"), "{names:?}");
}

#[test]
fn an_untitled_name_that_speaks_is_a_person() {
    let text = "Moscow rejects the charges\n\n\
                Dmitry Peskov told reporters in Moscow that Russia had nothing to do with the explosions. \
                \"It is absurd,\" said Maria Zakharova. Later Peskov added that the claims were unfounded.";
    let t = run(text, "2021-04-19");
    assert_eq!(person(&t, "Dmitry Peskov").kind, readout::timeline::ActorKind::Person);
    assert_eq!(person(&t, "Dmitry Peskov").mentions.len(), 2);
    assert_eq!(person(&t, "Maria Zakharova").kind, readout::timeline::ActorKind::Person);
    let said: Vec<&str> = t.statements.iter().filter_map(|s| s.speaker.as_deref()).collect();
    assert!(said.len() >= 3, "{said:?}");
}

#[test]
fn an_institution_that_speaks_is_no_person() {
    let text = "Prisoners freed\n\n\
                Hours later, the Israel Prison Service said it had released 200 prisoners. Deutsche Bank \
                said it would comply. Human Rights Watch said the releases were overdue.";
    let t = run(text, "2025-01-26");
    let people: Vec<&str> =
        t.actors.iter().filter(|a| a.kind == readout::timeline::ActorKind::Person).map(|a| a.name.as_str()).collect();
    assert!(people.is_empty(), "{people:?}");
}

#[test]
fn an_occupation_before_a_name_introduces_a_person_of_its_nationality() {
    let text = "Spy swap on the border\n\n\
                Lithuanian customs officer Jonas Petraitis, who was detained last year, came home on Friday \
                after US citizen Paul Whelan was freed. Petraitis thanked the negotiators.";
    let t = run(text, "2024-08-03");
    assert_eq!(person(&t, "Jonas Petraitis").country, Some("LT"));
    assert_eq!(person(&t, "Jonas Petraitis").mentions.len(), 2);
    assert_eq!(person(&t, "Paul Whelan").country, Some("US"));
}

#[test]
fn a_body_named_after_its_state_is_that_states() {
    let text = "The Estonian Internal Security Service (KAPO) said Russia's Federal Security Service (FSB) had \
                seized the officer.";
    let t = run(text, "2015-09-28");
    let body = |name: &str| t.actors.iter().find(|a| a.name == name).map(|a| a.country);
    assert_eq!(body("Estonian Internal Security Service"), Some(Some("EE")), "{:?}", actor_names(&t));
    assert_eq!(body("Russia's Federal Security Service"), Some(Some("RU")), "{:?}", actor_names(&t));
}

#[test]
fn an_apposition_of_what_a_person_does_may_take_the_article_and_a_states_name() {
    let text = "Havana freed Alan Gross, the American aid contractor who had been held since 2009. Moscow \
                released Paul Whelan, a former US marine, on Thursday.";
    let t = run(text, "2024-08-02");
    assert_eq!(person(&t, "Alan Gross").country, Some("US"));
    assert_eq!(person(&t, "Paul Whelan").country, Some("US"));
}

#[test]
fn a_ministry_named_with_its_state_is_that_states_body_and_the_ministry_names_it_again() {
    let text = "China's Foreign Ministry said it had lodged a formal protest with the US side. \
                \"Taiwan is an inseparable part of China's territory,\" the ministry said. \
                The Ministry of Foreign Affairs of Japan and the Russian Defence Ministry declined to comment.";
    let t = run(text, "2016-12-05");
    let china = person(&t, "China's Foreign Ministry");
    assert_eq!((china.kind, china.country.as_deref()), (readout::timeline::ActorKind::Body, Some("CN")));
    assert_eq!(china.mentions.len(), 2, "{:?}", china.mentions);
    let japan = person(&t, "Ministry of Foreign Affairs of Japan");
    assert_eq!(japan.country.as_deref(), Some("JP"));
    assert_eq!(person(&t, "Russian Defence Ministry").country.as_deref(), Some("RU"));
    // The quote is the ministry's, not China's or no one's.
    let quote = t.statements.iter().find(|s| s.text.starts_with("Taiwan is")).expect("the quote");
    assert_eq!(quote.speaker.as_deref(), Some(china.id.as_str()));
    // A spokesman's title is no ministry.
    let t = run("Russian Foreign Ministry spokeswoman Maria Zakharova said the move was hostile.", "2021-04-18");
    assert_eq!(actor_names(&t), ["Maria Zakharova"]);
}

#[test]
fn a_ministry_of_a_capital_or_of_the_state_that_opens_the_sentence_is_that_states() {
    let t = run("Seoul's foreign ministry said it is reviewing additional unilateral sanctions.", "2024-01-12");
    assert_eq!(person(&t, "Seoul's foreign ministry").country.as_deref(), Some("KR"));
    let t = run(
        "Saudi Arabia, which has been holding talks with the Houthis to end the war in Yemen, called for \
         restraint, its Foreign Ministry said.",
        "2024-01-12",
    );
    assert_eq!(person(&t, "Foreign Ministry").country.as_deref(), Some("SA"));
    let t = run(
        "Turkey, the third partner in the Astana process, struck a different note. Its foreign ministry said \
         it welcomed the operation.",
        "2018-04-15",
    );
    assert_eq!(person(&t, "foreign ministry").country.as_deref(), Some("TR"));
}

#[test]
fn a_person_who_represents_a_state_is_of_that_state() {
    let t = run(
        "US Secretary of State Hillary Clinton spoke to the leaders. China was represented by Vice Foreign Minister \
         Cui Tiankai. Clinton said the region had room for everyone.",
        "2012-09-01",
    );
    assert_eq!(person(&t, "Cui Tiankai").country, Some("CN"));
}

#[test]
fn blocs_named_for_a_city_are_the_bloc_not_the_state() {
    let t = run(
        "The Warsaw Pact and the Baghdad Pact were discussed, and the Organisation of Eastern Caribbean States met.",
        "1983-10-26",
    );
    let names = actor_names(&t);
    for bloc in ["Warsaw Pact", "Baghdad Pact", "Organisation of Eastern Caribbean States"] {
        assert!(names.contains(&bloc), "{names:?}");
    }
    // Warsaw, the city in the bloc's name, names no government here.
    assert!(t.actors.iter().all(|a| a.country != Some("PL")), "{names:?}");
}
