//! The dates stage on news sentences: the table in `data/dates.tsv` says, for each sentence,
//! which expression must be found and what it must resolve to.

use readout::{extract, extract_dates, Options};

#[test]
fn date_table() {
    let table = include_str!("data/dates.tsv");
    let mut failures = Vec::new();
    let mut cases = 0;
    for (n, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 6, "line {}: {} columns", n + 1, cols.len());
        let (text, published, prefer, phrase, value, kind) = (cols[0], cols[1], cols[2], cols[3], cols[4], cols[5]);
        let end = cols.get(6).copied();
        let mut options = Options::default().with_prefer(prefer).unwrap();
        if published != "-" {
            options = options.with_published(published).unwrap();
        }
        cases += 1;
        let found = extract_dates(text, &options);
        let hit = found.iter().find(|d| d.text.contains(phrase));
        let ok = hit.is_some_and(|d| {
            d.value.as_deref() == (value != "-").then_some(value)
                && d.kind == kind
                && end.is_none_or(|e| d.end.as_deref() == Some(e))
                && text.encode_utf16().skip(d.span[0]).take(d.span[1] - d.span[0]).collect::<Vec<_>>()
                    == d.text.encode_utf16().collect::<Vec<_>>()
        });
        if !ok {
            failures.push(format!("line {}: {text:?} wanted {phrase:?} = {value} ({kind}), got {found:?}", n + 1));
        }
    }
    assert!(cases > 30);
    assert!(failures.is_empty(), "{} of {cases} cases failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn numbers_and_words_that_are_not_dates() {
    let options = Options::default().with_published("2025-05-16").unwrap();
    for text in [
        "Version 1.1.3 was released with 101,194 downloads.",
        "The 12th President spoke for 1 hour and 15 minutes.",
        "Prices rose 12.53% and 4-5-6 was the score.",
        "May the talks succeed, Theresa May said.",
        "He sat down and the sun rose over the march.",
        "February 29, 2022 and June 31, 2022 never happened.",
    ] {
        let found = extract_dates(text, &options);
        assert!(found.iter().all(|d| d.value.is_none()), "{text}: {found:?}");
    }
}

#[test]
fn a_release_signed_off_with_a_date_is_published_that_day() {
    let text = "The President of the Republic welcomes the release of the hostage.\n\n\
                He spoke by telephone this evening with the President of Mali.\n\n\
                Paris, 8 October 2020";
    let t = extract(text, &Options::default());
    let published = t.published.as_ref().expect("a publication date");
    assert_eq!((published.date.as_str(), published.source), ("2020-10-08", "dateline"));
    // A last sentence that tells of a date is no sign-off.
    let t = extract(
        "Leaders met in Rome on Monday to prepare the summit.\n\nIt will end on 12 March 2024.",
        &Options::default(),
    );
    assert!(t.published.is_none(), "{:?}", t.published);
}

#[test]
fn a_dateline_without_a_year_takes_the_year_the_text_tells() {
    let published = |text: &str| extract(text, &Options::default()).published.map(|p| p.date);
    // The latest year named with a month.
    let text = "BUCHAREST, April 4 (Kyiv Post) - NATO leaders told Ukraine and Georgia on Thursday that \
                both will become members, the step Kyiv has sought since its leaders wrote in January 2008.";
    assert_eq!(published(text).as_deref(), Some("2008-04-04"));
    // The year before it, when only that one gives a weekday date its weekday: December 2 was
    // a Saturday in 1989, not in 1990.
    let text = "VALLETTA, December 4 (Reuters) - The two leaders met on Saturday, December 2, aboard the \
                cruiser and agreed to meet again in June 1990 in Washington.";
    assert_eq!(published(text).as_deref(), Some("1989-12-04"));
    // A wire's name between slashes closes a dateline too.
    let text = "Azerbaijan, Baku, Oct. 11 / Trend / The foreign ministry said the protocols signed in Zurich \
                ran counter to what Turkish Prime Minister Recep Tayyip Erdogan had promised on May 14, 2009.";
    assert_eq!(published(text).as_deref(), Some("2009-10-11"));
    // No year anywhere: no date.
    let text = "VIENNA, June 4 (UPI) - President Kennedy and Premier Khrushchev ended their meeting today.";
    assert_eq!(published(text), None);
}

#[test]
fn a_date_line_with_a_two_digit_year_after_an_apostrophe_dates_the_article() {
    let text = "Tbilisi Recalls Its Envoy\n\nCivil Georgia, Tbilisi / 14 Mar.'12 / 09:30\n\nGeorgia recalled \
                its ambassador on Tuesday, a foreign ministry spokesman told journalists.";
    let t = extract(text, &Options::default());
    let published = t.published.as_ref().expect("a publication date");
    assert_eq!((published.date.as_str(), published.source), ("2012-03-14", "dateline"));
}

#[test]
fn a_dateline_without_a_year_in_a_text_without_one_takes_the_year_its_office_holders_tell() {
    let published = |text: &str| extract(text, &Options::default()).published.map(|p| p.date);
    // Barak was Prime Minister and Albright Secretary of State together on a March 3 only in 2000.
    let text = "JERUSALEM, March 3: Prime Minister Ehud Barak received US Secretary of State Madeleine \
                Albright today for talks on the Syrian track.";
    assert_eq!(published(text).as_deref(), Some("2000-03-03"));
    let found = extract_dates(text, &Options::default());
    assert_eq!(found.iter().find(|d| d.text == "today").and_then(|d| d.value.clone()).as_deref(), Some("2000-03-03"));
    // One office holder alone does not tell the year.
    let text = "JERUSALEM, March 3: Prime Minister Ehud Barak spoke to reporters today.";
    assert_eq!(published(text), None);
}

#[test]
fn a_dateline_that_names_the_country_after_the_place_dates_its_today() {
    let text = "CLARK AIR BASE, Philippines, Feb. 12 \u{2014} The first 116 American prisoners of war \
                landed here today.";
    let found = extract_dates(text, &Options::default().with_published("1973-02-13").unwrap());
    let today = found.iter().find(|d| d.text == "today").expect("today");
    assert_eq!(today.value.as_deref(), Some("1973-02-12"));
}

#[test]
fn a_dateline_on_a_line_of_its_own_dates_its_today() {
    // The story was filed the evening before the paper came out.
    let text = "AGREEMENT ON MINORITIES SIGNED\n\nNEW DELHI, April 8.\n\nThe two Prime Ministers signed an \
                agreement this evening after six days of talks.";
    let found = extract_dates(text, &Options::default().with_published("1950-04-09").unwrap());
    let evening = found.iter().find(|d| d.text == "this evening").expect("this evening");
    assert_eq!(evening.value.as_deref(), Some("1950-04-08"));
}

#[test]
fn older_spellings_of_today_and_tomorrow_are_dates() {
    let text = "The Central Committee to-night rejected the charges. The reply will be printed to-morrow. \
                Belgrade was quiet to-day. The to-day-and-to-morrow sort of plan was no date.";
    let found = extract_dates(text, &Options::default().with_published("1948-06-29").unwrap());
    let value = |w: &str| found.iter().find(|d| d.text == w).and_then(|d| d.value.clone());
    assert_eq!(value("to-night").as_deref(), Some("1948-06-29"));
    assert_eq!(value("to-morrow").as_deref(), Some("1948-06-30"));
    assert_eq!(value("to-day").as_deref(), Some("1948-06-29"));
    assert_eq!(found.len(), 3, "{found:?}");
}
