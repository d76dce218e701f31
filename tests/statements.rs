//! Statements on sentences written for these tests (`data/statements.tsv`): quotes in every
//! position of their cue, reported speech, "according to", joint statements, and scare quotes
//! that are no one's statement. Plus transcripts and embedded posts.

use readout::{extract, Options, Timeline};

fn speaker(t: &Timeline, id: &Option<String>) -> Option<String> {
    let id = id.as_ref()?;
    t.actors.iter().find(|a| &a.id == id).map(|a| a.name.clone())
}

#[test]
fn statement_table() {
    let mut failures = Vec::new();
    let mut cases = 0;
    for (n, line) in include_str!("data/statements.tsv").lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 5, "line {}", n + 1);
        let (text, published, said, who, direct) = (c[0], c[1], c[2], c[3], c[4] == "true");
        cases += 1;
        let t = extract(text, &Options::default().with_published(published).unwrap());
        // The statement of exactly these words, else one that holds them (a partial quote is
        // also inside the reported speech around it).
        let found = t
            .statements
            .iter()
            .find(|s| s.text.trim_end_matches(['.', ',']) == said.trim_end_matches(['.', ',']))
            .or_else(|| t.statements.iter().find(|s| s.text.contains(said)));
        let ok = if who == "-" {
            found.is_none()
        } else {
            found.is_some_and(|s| {
                s.direct == direct
                    && t.statements
                        .iter()
                        .filter(|x| x.text == s.text)
                        .any(|x| speaker(&t, &x.speaker).as_deref() == Some(who))
            })
        };
        if !ok {
            let got: Vec<String> = t
                .statements
                .iter()
                .map(|s| format!("{:?} by {:?} direct={}", s.text, speaker(&t, &s.speaker), s.direct))
                .collect();
            failures.push(format!("line {}: wanted {said:?} by {who}, got {got:?}", n + 1));
        }
    }
    assert!(cases >= 7);
    assert!(failures.is_empty(), "{} of {cases} failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn transcript_paragraphs_are_their_speakers() {
    let text = "Meeting with Prime Minister of India Narendra Modi\n\n\
                President of Russia Vladimir Putin: Mr Prime Minister, friends, I am glad to welcome you to Moscow.\n\n\
                Our relations are developing steadily in every area.\n\n\
                Prime Minister of India Narendra Modi: Thank you for the warm welcome, Mr President.";
    let t = extract(text, &Options::default().with_published("2024-07-09").unwrap());
    let by = |s: &str| t.statements.iter().find(|x| x.text.contains(s)).and_then(|x| speaker(&t, &x.speaker));
    assert_eq!(by("glad to welcome you").as_deref(), Some("Vladimir Putin"));
    assert_eq!(by("developing steadily").as_deref(), Some("Vladimir Putin"));
    assert_eq!(by("warm welcome").as_deref(), Some("Narendra Modi"));
}

#[test]
fn a_quote_whose_next_sentence_names_who_said_it_is_theirs() {
    let text = "Minister Pekka Haavisto met Foreign Minister Mevlüt Çavuşoğlu in Ankara on Sunday.\n\n\
                \"We will not give up on this.\"\n\n\
                The words were posted on Twitter by President Sauli Niinistö shortly after the talks.\n\n\
                \"Turkey has legitimate concerns.\"\n\n\
                That was how Turkish presidential spokesman Ibrahim Kalin explained the position on Monday.";
    let t = extract(text, &Options::default().with_published("2022-05-16").unwrap());
    let by = |s: &str| t.statements.iter().find(|x| x.text.contains(s)).and_then(|x| speaker(&t, &x.speaker));
    assert_eq!(by("give up").as_deref(), Some("Sauli Niinistö"));
    assert_eq!(by("legitimate concerns").as_deref(), Some("Ibrahim Kalin"));
}

#[test]
fn quotes_after_a_lead_in_with_a_colon_are_its_speakers() {
    let text = "Foreign Minister Penny Wong visited Samoa on Wednesday.\n\n\
                Quotes attributable to Senator Wong:\n\n\
                \"Australia is not going to take the Pacific for granted.\"\n\n\
                \"We are here to listen, and we are here to stay.\"\n\n\
                Prime Minister Anthony Albanese said:\n\n\
                \"The Pacific family matters to us.\"";
    let t = extract(text, &Options::default().with_published("2022-06-03").unwrap());
    let by = |s: &str| t.statements.iter().find(|x| x.text.contains(s)).and_then(|x| speaker(&t, &x.speaker));
    assert_eq!(by("for granted").as_deref(), Some("Penny Wong"));
    assert_eq!(by("here to stay").as_deref(), Some("Penny Wong"));
    assert_eq!(by("family matters").as_deref(), Some("Anthony Albanese"));
}

#[test]
fn an_embedded_post_is_a_statement_of_its_author() {
    let text = "The leaders spoke on Thursday.\n\nWhat a call! Great talk with the President.pic.twitter.com/xyz \u{2014} Some Reporter (@reporter) July 3, 2025\n\nNo date was set.";
    let t = extract(text, &Options::default());
    let post = t.statements.iter().find(|s| s.social).expect("a social statement");
    assert_eq!(post.text, "What a call! Great talk with the President.");
    assert_eq!(speaker(&t, &post.speaker).as_deref(), Some("Some Reporter"));
    assert_eq!(t.published.as_ref().map(|p| p.source), Some("embedded"));
}

#[test]
fn reported_words_are_one_statement() {
    let text = "A senior Japanese official said the government has been in touch with its allies about the talks.";
    let t = extract(text, &Options::default().with_published("2023-03-02").unwrap());
    let about: Vec<&str> =
        t.statements.iter().filter(|s| s.text.contains("in touch with its allies")).map(|s| s.text.as_str()).collect();
    assert_eq!(about, ["the government has been in touch with its allies about the talks"], "{:?}", t.statements);
}

#[test]
fn the_date_of_a_report_is_not_its_content() {
    let t = extract(
        "Germany and France agreed on Tuesday to build a joint tank.",
        &Options::default().with_published("2024-03-06").unwrap(),
    );
    assert!(t.statements.iter().any(|s| s.text == "to build a joint tank"), "{:?}", t.statements);
    assert!(!t.statements.iter().any(|s| s.text.contains("Tuesday")), "{:?}", t.statements);
}

fn statement_texts(text: &str, published: &str) -> Vec<String> {
    extract(text, &Options::default().with_published(published).unwrap())
        .statements
        .into_iter()
        .map(|s| s.text)
        .collect()
}

#[test]
fn a_closing_attribution_and_a_second_report_end_the_content() {
    let texts = statement_texts(
        "United Nations Secretary-General Antonio Guterres welcomed the agreement, his spokesman said.",
        "2023-04-06",
    );
    assert!(texts.iter().any(|s| s == "the agreement"), "{texts:?}");
    let texts = statement_texts(
        "Secretary-General Ban Ki-moon said he hoped the resolution would lead to a negotiated solution, \
         and he urged Iran to comply fully with its obligations.",
        "2010-06-09",
    );
    assert!(texts.iter().any(|s| s == "he hoped the resolution would lead to a negotiated solution"), "{texts:?}");
    assert!(texts.iter().any(|s| s == "Iran to comply fully with its obligations"), "{texts:?}");
}

#[test]
fn a_headline_that_says_is_no_statement() {
    let text = "NATO says Ukraine will join one day, but withholds action plan\n\n\
                BUCHAREST, April 4 - NATO Secretary General Jaap de Hoop Scheffer said on Thursday that \
                both will eventually become members of the alliance.";
    let t = extract(text, &Options::default().with_published("2008-04-04").unwrap());
    assert!(t.statements.iter().all(|s| !s.text.contains("will join one day")), "{:?}", t.statements);
    assert!(t.statements.iter().any(|s| s.text.contains("eventually become members")), "{:?}", t.statements);
}

#[test]
fn what_is_said_follows_the_phrase_of_where_it_was_said() {
    let text =
        "Foreign Minister Sergey Lavrov said in a statement on the ministry's website that the talks had failed.";
    let t = extract(text, &Options::default().with_published("2018-06-09").unwrap());
    let said: Vec<&str> = t.statements.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(said, ["the talks had failed"]);
}

#[test]
fn a_deck_that_quotes_its_speaker_after_a_colon_is_one_quote_not_a_transcript() {
    let text = "Troops in Grenada landing\n\n\
                Seaga: \"We had no choice\"\n\n\
                By Gleaner Staff Reporters\n\n\
                Soldiers of the Jamaica Defence Force went ashore in Grenada yesterday.\n\n\
                Prime Minister Edward Seaga announced the operation at a press conference.";
    let t = extract(text, &Options::default().with_published("1983-10-26").unwrap());
    let said: Vec<(&str, Option<String>)> =
        t.statements.iter().map(|s| (s.text.as_str(), speaker(&t, &s.speaker))).collect();
    // The deck's quote is Seaga's; the byline and the story's sentences are no one's speech.
    assert!(
        said.iter().any(|(s, w)| s.contains("We had no choice") && w.as_deref() == Some("Edward Seaga")),
        "{said:?}"
    );
    assert!(said.iter().all(|(s, _)| !s.contains("Gleaner Staff") && !s.contains("went ashore")), "{said:?}");
}

#[test]
fn a_place_that_ends_what_was_said_is_no_second_speaker() {
    let text = "Iran will not accept Sweden's new ambassador and will not send one of its own to Stockholm, \
                Foreign Minister Hossein Amir-Abdollahian said on Friday, the latest blow to relations.";
    let t = extract(text, &Options::default().with_published("2023-07-22").unwrap());
    let said: Vec<Option<String>> = t.statements.iter().map(|s| speaker(&t, &s.speaker)).collect();
    assert_eq!(said, [Some("Hossein Amir-Abdollahian".to_owned())], "{:?}", t.statements);
    assert!(t.statements.iter().all(|s| s.text.starts_with("Iran will not accept")), "{:?}", t.statements);
}

#[test]
fn the_owner_in_an_apposition_of_the_speaker_is_no_speaker() {
    let text = "Russia, Syria's main international ally, has also denied that the Syrian government is responsible.";
    let t = extract(text, &Options::default().with_published("2013-09-13").unwrap());
    let said: Vec<Option<String>> = t.statements.iter().map(|s| speaker(&t, &s.speaker)).collect();
    assert_eq!(said, [Some("Russia".to_owned())], "{:?}", t.statements);
}

#[test]
fn a_quote_after_a_reported_sentence_is_its_speakers() {
    let text = "Ethiopia rules out talks\n\n\
                Speaking to reporters on Monday, government spokeswoman Selome Tadesse said there would be no \
                direct talks until the troops had left. \"Ethiopia did not start this war and will not be \
                rewarded for showing restraint.\"";
    let t = extract(text, &Options::default().with_published("1998-06-15").unwrap());
    let quote = t.statements.iter().find(|s| s.direct).expect("the quote");
    assert_eq!(speaker(&t, &quote.speaker).as_deref(), Some("Selome Tadesse"), "{:?}", t.statements);
}

#[test]
fn a_description_told_in_quotes_is_the_quotes_statement_only() {
    let texts = statement_texts(
        "Russian Foreign Minister Sergei Lavrov described the strike as \"absolutely unacceptable\".",
        "2024-03-01",
    );
    assert_eq!(texts, ["absolutely unacceptable"]);
}
