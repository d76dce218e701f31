//! Shows how Readout read an article: each event mention with its trigger, frame, status and
//! date, before mentions are merged into events; then the events they make.
//!
//! `cargo run --release --example explain -- FILE [YYYY-MM-DD]`

use readout::{actors, dates, events, text};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: explain FILE [YYYY-MM-DD]");
        std::process::exit(2);
    };
    let Ok(source) = std::fs::read_to_string(path) else {
        eprintln!("cannot read {path}");
        std::process::exit(2);
    };
    let published = args.get(1).and_then(|d| dates::Date::parse_iso(d));
    let doc = text::Document::parse(&source);
    let found = dates::find(&doc, published, dates::Direction::Past);
    let people = actors::find(&doc, &found);
    let ix = events::index::DocIndex::new(&doc, &people, &found);
    let name = |a: &usize| people.list.get(*a).map_or("?".to_owned(), |x| x.name.clone());
    for m in events::mentions(&ix) {
        let (ts, te) = m.tokens;
        let trigger = doc.slice(doc.tokens[ts].start(), doc.tokens[te - 1].end());
        println!(
            "s{:<3} {:<10} {:<28} subj={:?} obj={:?} init={:?} {:?}{} date={:?}",
            m.sentence,
            m.trigger.kind.as_str(),
            format!("{trigger:?}"),
            m.frame.subject.iter().map(name).collect::<Vec<_>>(),
            m.frame.object.iter().map(name).collect::<Vec<_>>(),
            m.frame.initiator.as_ref().map(name),
            m.status,
            if m.anaphoric { " anaphoric" } else { "" },
            m.date.map(|d| d.value.text()),
        );
    }
    println!("-- events after merging");
    for e in events::find(&ix).list {
        println!(
            "{:<10} {:?} sentences={:?} {:?} date={:?}",
            e.kind.as_str(),
            e.participants.iter().map(name).collect::<Vec<_>>(),
            e.sentences,
            e.status,
            e.date.map(|d| d.value.text()),
        );
    }
}
