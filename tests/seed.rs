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
