//! Government bodies named with their state (`ministries.txt`): "the Russian Foreign Ministry",
//! "China's Ministry of Foreign Affairs", "the Ministry of Foreign Affairs of Japan". Each is a
//! body of that state, so that a ministry that speaks or acts is told apart from its state while
//! still standing for it; "the ministry" later names the last one again.

use super::{Actor, ActorKind, Builder, Key, MentionKind};
use crate::text::TokenKind;

/// The names of `ministries.txt` as the keys of their words ([`crate::phrases::key`]), longest
/// first, and their first words' keys (sorted), built on first use. (Matched by keys alone: the
/// general phrase builder is not needed in the browser build, whose other dictionaries come
/// compiled.)
struct Names {
    names: Vec<(Vec<u64>, &'static str)>,
    firsts: Vec<u64>,
}

fn names() -> &'static Names {
    static NAMES: std::sync::OnceLock<Names> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names: Vec<(Vec<u64>, &'static str)> =
            crate::data::rows(crate::data::data_file!("actors/ministries.txt"))
                .filter_map(|r| r.first().copied())
                .map(|name| (words(name).map(crate::phrases::key).collect(), name))
                .collect();
        crate::sort::by_key(&mut names, |(keys, _)| u64::MAX - keys.len() as u64);
        let mut firsts: Vec<u64> = names.iter().filter_map(|(keys, _)| keys.first().copied()).collect();
        firsts.sort_unstable();
        firsts.dedup();
        Names { names, firsts }
    })
}

/// The words of a name as the tokenizer splits them: "minister's" is "minister" and "'s", a
/// comma is a word of its own.
fn words(name: &'static str) -> impl Iterator<Item = &'static str> {
    name.split(' ').flat_map(|w| {
        let (w, comma) = w.strip_suffix(',').map_or((w, None), |w| (w, Some(",")));
        let (w, possessive) = w.strip_suffix("'s").map_or((w, None), |w| (w, Some("'s")));
        [Some(w), possessive, comma].into_iter().flatten()
    })
}

/// The longest name of `ministries.txt` at token `i`: its pattern and the token after it.
fn name_at(doc: &crate::text::Document<'_>, i: usize) -> Option<(&'static str, usize)> {
    let first = *doc.keys.get(i)?;
    names().names.iter().find_map(|(keys, name)| {
        let end = i + keys.len();
        let got = doc.keys.get(i..end)?;
        let one_line = doc.tokens.get(i + 1..end)?.iter().all(|t| t.newlines_before == 0);
        (keys.first() == Some(&first) && got == keys.as_slice() && one_line).then_some((*name, end))
    })
}

/// Adds the bodies of `ministries.txt` that a state names, and "the ministry" after them.
pub(crate) fn add(b: &mut Builder<'_>) {
    let doc = b.doc;
    let (text, tokens) = (doc.text, &doc.tokens);
    // One pass: the names (their first words' keys turn most tokens away), and where "the
    // ministry" may name one again.
    let firsts = &names().firsts;
    let ministry = crate::phrases::key("ministry");
    let mut found: Vec<(usize, &'static str, usize)> = Vec::new();
    let mut ministries: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if doc.keys.get(i) == Some(&ministry) {
            ministries.push(i);
        }
        match doc.keys.get(i).filter(|k| firsts.binary_search(k).is_ok()).and_then(|_| name_at(doc, i)) {
            Some((name, end)) => {
                found.push((i, name, end));
                i = end;
            }
            None => i += 1,
        }
    }
    if found.is_empty() {
        return;
    }
    // Mentions so far by start: (start, end of the phrase, actor, is a state's name or adjective).
    let mut taken: Vec<(usize, usize, usize, bool)> = b
        .mentions
        .iter()
        .map(|m| {
            // ("Seoul's foreign ministry": a capital stands for its state.)
            let state = b.list.get(m.actor).is_some_and(|a| a.kind == ActorKind::State)
                && matches!(m.kind, MentionKind::Name | MentionKind::Adjective | MentionKind::Capital);
            (m.phrase.0, m.phrase.1, m.actor, state)
        })
        .collect();
    taken.sort_unstable();
    // (Each looks at the few mentions that start near the place asked about: a binary search,
    // then a short scan, so that a text of nothing but ministries stays linear.)
    let near = |from: usize, to: usize| {
        let i = taken.partition_point(|t| t.0 < from);
        taken.get(i..).unwrap_or(&[]).iter().take_while(move |t| t.0 < to)
    };
    let state_ending_at =
        |end: usize| near(end.saturating_sub(64), end).filter(|t| t.3 && t.1 == end).last().map(|t| (t.0, t.2));
    let state_starting_at = |start: usize| near(start, start + 1).find(|t| t.3).map(|t| (t.1, t.2));
    // Another mention over the name ("Foreign Ministry spokesman Wang Wenbin", a seat).
    let covered = |s: usize, e: usize| near(s.saturating_sub(256), e).any(|t| !t.3 && t.1 > s);
    let mut bodies: Vec<(usize, usize)> = Vec::new();
    for &(i, pattern, end) in &found {
        let (Some(first), Some(last)) = (tokens.get(i), tokens.get(end.saturating_sub(1))) else { continue };
        let (s, e) = (first.start(), last.end());
        // "the Russian Foreign Ministry": the adjective right before; "China's Foreign Ministry":
        // the name before the possessive; "the Ministry of Foreign Affairs of Japan".
        let before = i.checked_sub(1).and_then(|p| tokens.get(p));
        let by_name = match before {
            Some(p) if p.kind == TokenKind::Possessive => state_ending_at(p.start()),
            // "Saudi Arabia, which has been holding talks ..., called for restraint, its Foreign
            // Ministry said": the state that opens the sentence.
            // ("Turkey ... struck a different note. Its foreign ministry said": the sentence
            // before, when this one names no state first.)
            Some(p) if matches!(p.text(text).to_ascii_lowercase().as_str(), "its" | "their") => {
                let si = doc.sentence_at(p.start()).unwrap_or(0);
                let opening = |si: usize, to: usize| {
                    doc.sentences.get(si).and_then(|sent| near(sent.start, to).find(|t| t.3 && t.1 <= to))
                };
                let here = opening(si, p.start());
                let before = || si.checked_sub(1).and_then(|b| opening(b, doc.sentences.get(b).map_or(0, |x| x.end)));
                here.or_else(before).map(|t| (s, t.2))
            }
            Some(p) => state_ending_at(p.end()).filter(|_| p.end() <= s),
            None => None,
        };
        let after = (tokens.get(end).is_some_and(|t| t.text(text) == "of"))
            .then(|| tokens.get(end + 1).and_then(|t| state_starting_at(t.start())))
            .flatten();
        // The whole name: from the state before it, or to the state after it.
        let Some((from, to, state)) = by_name.map(|(f, a)| (f, e, a)).or(after.map(|(t, a)| (s, t, a))) else {
            continue;
        };
        if covered(s, e) {
            continue;
        }
        let Some(country) = b.list.get(state).and_then(|a| a.country) else { continue };
        let name = doc.slice(from, to).to_owned();
        let key = Key::Body(format!("{country} {pattern}"));
        let body = b.get_or_create(key, || Actor {
            name,
            kind: ActorKind::Body,
            country: Some(country),
            aliases: Vec::new(),
            titles: Vec::new(),
            mentions: Vec::new(),
            known: None,
            organization: None,
        });
        b.add_mention((from, to), body, MentionKind::Name);
        bodies.push((to, body));
    }
    if bodies.is_empty() {
        return;
    }
    // "the ministry said": the last of them named before.
    for k in ministries {
        let Some(t) = tokens.get(k).filter(|_| k > 0) else { continue };
        let the = tokens.get(k - 1).is_some_and(|p| p.text(text).eq_ignore_ascii_case("the"));
        // Not a name of its own ("the Ministry of Defence").
        let named = tokens.get(k + 1).is_some_and(|n| n.text(text) == "of");
        if !the || named {
            continue;
        }
        let before = bodies.partition_point(|(e, _)| *e <= t.start());
        if let Some(&(_, body)) = before.checked_sub(1).and_then(|i| bodies.get(i)) {
            b.add_mention((t.start(), t.end()), body, MentionKind::Name);
        }
    }
}
