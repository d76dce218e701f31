//! The article that started the project, without a publication date: the date of its embedded
//! post must anchor "on Thursday", and its people must be found with their countries.

use readout::{extract, Options};

const SEED: &str = include_str!("data/putin-trump-call.txt");

#[test]
fn seed_publication_date_comes_from_the_embedded_post() {
    let t = extract(SEED, &Options::default());
    let published = t.published.expect("a publication date");
    assert_eq!(published.date, "2025-07-03");
    assert_eq!(published.source, "embedded");
    let thursday = t.dates.iter().find(|d| d.text == "on Thursday").expect("on Thursday");
    assert_eq!(thursday.value.as_deref(), Some("2025-07-03"));
}

#[test]
fn seed_people_and_their_countries() {
    let t = extract(SEED, &Options::default());
    for (name, country) in [("Vladimir Putin", "RU"), ("Donald Trump", "US"), ("Yuri Ushakov", "RU")] {
        let actor = t.actors.iter().find(|a| a.name == name).unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(actor.country.as_deref(), Some(country), "{name}");
        assert!(actor.mentions.len() >= 2, "{name} should be mentioned more than once");
    }
    // Coreference: "Ushakov" alone and "his American counterpart" are mentions of the people named before.
    let ushakov = t.actors.iter().find(|a| a.name == "Yuri Ushakov").unwrap();
    let texts: Vec<String> = ushakov.mentions.iter().map(|m| utf16_slice(SEED, *m)).collect();
    assert!(texts.iter().filter(|s| *s == "Ushakov").count() >= 3, "{texts:?}");
    let trump = t.actors.iter().find(|a| a.name == "Donald Trump").unwrap();
    assert!(trump.mentions.iter().any(|m| utf16_slice(SEED, *m).contains("American counterpart")));
}

#[test]
fn seed_states_and_spans_slice_the_text() {
    let t = extract(SEED, &Options::default());
    for code in ["RU", "US", "UA", "IR"] {
        assert!(t.actors.iter().any(|a| a.country.as_deref() == Some(code)), "{code}");
    }
    for a in &t.actors {
        for m in &a.mentions {
            assert!(!utf16_slice(SEED, *m).trim().is_empty());
        }
    }
}

fn utf16_slice(text: &str, [a, b]: [usize; 2]) -> String {
    String::from_utf16_lossy(&text.encode_utf16().collect::<Vec<_>>()[a..b])
}

fn name_of(t: &readout::Timeline, id: &str) -> String {
    t.actors.iter().find(|a| a.id == id).map(|a| a.name.clone()).unwrap_or_default()
}

#[test]
fn seed_timeline_events() {
    let t = extract(SEED, &Options::default());
    let kinds: Vec<&str> = t.events.iter().map(|e| e.kind).collect();
    // The Putin–Trump call: one event, all its mentions merged, initiated by Trump, on 3 July.
    let calls: Vec<_> = t.events.iter().filter(|e| e.kind == "call").collect();
    assert_eq!(calls.len(), 1, "{kinds:?}");
    let call = calls[0];
    let who: Vec<String> = call.participants.iter().map(|p| name_of(&t, p)).collect();
    assert!(who.contains(&"Vladimir Putin".to_owned()) && who.contains(&"Donald Trump".to_owned()), "{who:?}");
    assert_eq!(call.initiator.as_deref().map(|i| name_of(&t, i)).as_deref(), Some("Donald Trump"));
    assert_eq!(call.date.as_ref().map(|d| d.value.as_str()), Some("2025-07-03"));
    assert_eq!(call.status, "occurred");
    assert_eq!(call.count, Some(6), "the sixth encounter");
    assert!(call.evidence.len() >= 3);
    // Putin's remarks at the forum.
    assert!(t
        .events
        .iter()
        .any(|e| e.kind == "statement" && e.participants.iter().any(|p| name_of(&t, p) == "Vladimir Putin")));
    // Recent, undated: the prisoner-exchange agreements and the suspension of military aid.
    let agreement = t.events.iter().find(|e| e.kind == "agreement").expect("agreement");
    assert!(agreement.date.is_none());
    let sanction = t.events.iter().find(|e| e.kind == "sanction").expect("suspension of aid");
    assert_eq!(sanction.initiator.as_deref().map(|i| name_of(&t, i)).as_deref(), Some("United States"));
    // The strikes about a week before the call, and Russia's condemnation of them.
    let strikes = t.events.iter().find(|e| e.kind == "military").expect("strikes");
    let date = strikes.date.as_ref().expect("an approximate date");
    assert!(date.approx);
    assert_eq!(date.value, "2025-06-26");
    assert!(t
        .events
        .iter()
        .any(|e| e.kind == "criticism" && e.initiator.as_deref().map(|i| name_of(&t, i)).as_deref() == Some("Russia")));
    // No meeting for the in-person meeting that is "up in the air".
    assert!(!t.events.iter().any(|e| e.kind == "meeting"), "{kinds:?}");
}

#[test]
fn seed_statements() {
    let t = extract(SEED, &Options::default());
    let by = |text: &str| -> Vec<String> {
        t.statements
            .iter()
            .filter(|s| s.text.contains(text))
            .filter_map(|s| s.speaker.as_deref())
            .map(|id| name_of(&t, id))
            .collect()
    };
    assert!(by("will not retreat from these goals").contains(&"Yuri Ushakov".to_owned()));
    assert!(by("the removal of the well-known root causes").contains(&"Yuri Ushakov".to_owned()));
    assert!(by("on the same page").contains(&"Yuri Ushakov".to_owned()));
    assert!(by("awkward").contains(&"Vladimir Putin".to_owned()));
    assert!(t.statements.iter().all(|s| s.text != "root causes"), "a scare quote is not a statement");
    let posts: Vec<_> = t.statements.iter().filter(|s| s.social).collect();
    assert_eq!(posts.len(), 2);
    assert!(posts.iter().all(|s| s.speaker.as_deref().map(|i| name_of(&t, i)).as_deref() == Some("Libs of TikTok")));
    // Statements made in the call are linked to it.
    let call = t.events.iter().find(|e| e.kind == "call").map(|e| e.id.clone());
    let linked = t.statements.iter().filter(|s| s.event == call).count();
    assert!(linked >= 5, "{linked}");
}
