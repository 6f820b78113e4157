//! Evidence from what the world knows: how office holders from [`KNOWN_FACTS`] are called
//! ("outgoing", "then-", "President-elect", "the X administration"), offsets from known events
//! ("weeks before ... inauguration"), anniversaries and known summits mentioned as past or
//! upcoming.

use std::collections::HashMap;
use std::sync::OnceLock;

use jiff::civil::Date;

use super::{add_days, add_years, lower_words, Constraint, Evidence, EvidenceRule};
use crate::article::known_facts::{FactKind, KnownFact, KNOWN_FACTS};
use crate::doc::Doc;
use crate::Span;

/// How an office holder is called in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Standing {
    Outgoing,
    Incoming,
    Former,
    Sitting,
    Unmarked,
}

const OFFICE_TITLES: &[&str] = &[
    "president",
    "leader",
    "minister",
    "pm",
    "premier",
    "chancellor",
    "secretary",
    "general",
    "chairman",
    "pope",
    "king",
    "queen",
];
const FORMER_WORDS: &[&str] = &["then", "former", "ex", "late"];
const OUTGOING_WORDS: &[&str] = &["outgoing", "departing"];
const INCOMING_WORDS: &[&str] = &["incoming", "elect"];
const ADMINISTRATION_WORDS: &[&str] = &["administration", "government", "presidency", "cabinet"];

const TERM_END_PHRASES: &[&[&str]] = &[
    &["term", "ends"],
    &["term", "end"],
    &["term", "comes", "to", "an", "end"],
    &["term", "expires"],
    &["leaves", "office"],
    &["steps", "down"],
    &["end", "of", "his", "term"],
    &["end", "of", "her", "term"],
    &["end", "of", "his", "presidency"],
    &["end", "of", "her", "presidency"],
];
const TERM_START_PHRASES: &[&[&str]] = &[
    &["inauguration"],
    &["inaugurated"],
    &["sworn", "in"],
    &["swearing"],
    &["takes", "office"],
    &["take", "office"],
];

/// Known facts' names keyed by first word: (fact index, the name's lowercase words).
type NameIndex = HashMap<String, Vec<(usize, Vec<String>)>>;

/// The names of the known facts, as lowercase word sequences, keyed by their first word.
fn name_index() -> &'static NameIndex {
    static INDEX: OnceLock<NameIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: NameIndex = HashMap::new();
        for (i, fact) in KNOWN_FACTS.iter().enumerate() {
            if fact.kind != FactKind::TermOfOffice {
                continue;
            }
            for name in fact.names {
                let words: Vec<String> = lower_words(&Doc::new(name), Span::new(0, name.len()))
                    .into_iter()
                    .map(|(_, w)| w)
                    .collect();
                if let Some(first) = words.first() {
                    index.entry(first.clone()).or_default().push((i, words));
                }
            }
        }
        index
    })
}

/// A quantity of time before or after an event: the range of days it may mean.
fn offset_days(words: &[(Span, String)], relation_at: usize) -> Option<(i64, i64)> {
    let unit_at = relation_at.checked_sub(1)?;
    let unit = words.get(unit_at)?.1.as_str();
    let (unit_days, plural) = match unit {
        "day" => (1, false),
        "days" => (1, true),
        "week" => (7, false),
        "weeks" => (7, true),
        "month" => (30, false),
        "months" => (30, true),
        "hours" | "hour" => (0, false),
        _ => return None,
    };
    if unit_days == 0 {
        return Some((0, 1));
    }
    const NUMBERS: &[(&str, i64)] = &[
        ("a", 1),
        ("an", 1),
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
    ];
    let count_word = unit_at.checked_sub(1).and_then(|k| words.get(k)).map(|(_, w)| w.as_str());
    let count = count_word.and_then(|w| {
        NUMBERS
            .iter()
            .find(|(n, _)| *n == w)
            .map(|&(_, v)| v)
            .or_else(|| w.parse::<i64>().ok().filter(|n| *n < 1000))
    });
    let qualifier = unit_at
        .checked_sub(if count.is_some() { 3 } else { 2 })
        .and_then(|k| words.get(k..k + 2))
        .map(|w| (w[0].1.as_str(), w[1].1.as_str()));
    let range = match (count, plural) {
        // "weeks before": two to five of them; "days before": two to thirteen days.
        (None, true) => match unit_days {
            1 => (2, 13),
            7 => (7, 35),
            _ => (60, 330),
        },
        (None, false) | (Some(1), _) => {
            let n = unit_days;
            (n - n / 4, n + n / 4)
        }
        (Some(n), _) => {
            let days = n * unit_days;
            match qualifier {
                Some(("less", "than")) | Some(("fewer", "than")) => ((n - 1) * unit_days, days - 1),
                Some(("more", "than")) => (days + 1, days + unit_days),
                _ => (days - unit_days / 2, days + unit_days / 2),
            }
        }
    };
    Some(range)
}

/// An ordinal anniversary: "first anniversary", "1st anniversary", "one-year anniversary".
fn anniversary_years(words: &[(Span, String)]) -> Option<i64> {
    let at = words.iter().position(|(_, w)| w == "anniversary")?;
    const ORDINALS: &[(&str, i64)] = &[
        ("first", 1),
        ("1st", 1),
        ("one", 1),
        ("second", 2),
        ("2nd", 2),
        ("two", 2),
        ("third", 3),
        ("3rd", 3),
        ("three", 3),
        ("fifth", 5),
        ("5th", 5),
        ("five", 5),
        ("tenth", 10),
        ("10th", 10),
        ("ten", 10),
    ];
    words[at.saturating_sub(3)..at].iter().rev().find_map(|(_, w)| {
        ORDINALS.iter().find(|(o, _)| o == w).map(|&(_, n)| n).or_else(|| {
            w.strip_suffix("st")
                .or(w.strip_suffix("nd"))
                .or(w.strip_suffix("rd"))
                .or(w.strip_suffix("th"))
                .and_then(|n| n.parse().ok())
        })
    })
}

struct HolderMention {
    facts: Vec<usize>,
    span: Span,
    standing: Standing,
}

fn is_capitalised(text: &str, span: Span) -> bool {
    span.of(text).chars().next().is_some_and(char::is_uppercase)
}

/// Office holders named in a sentence, with how they are called.
fn holder_mentions(text: &str, words: &[(Span, String)]) -> Vec<HolderMention> {
    let index = name_index();
    let mut out: Vec<HolderMention> = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let Some(candidates) = index.get(&words[k].1).filter(|_| is_capitalised(text, words[k].0))
        else {
            k += 1;
            continue;
        };
        let longest = candidates
            .iter()
            .filter(|(_, name)| {
                words
                    .get(k..k + name.len())
                    .is_some_and(|w| w.iter().zip(name).all(|((_, a), b)| a == b))
            })
            .map(|(_, name)| name.len())
            .max();
        let Some(len) = longest else {
            k += 1;
            continue;
        };
        let name_words =
            &candidates.iter().find(|(_, n)| n.len() == len).expect("a candidate of that length").1;
        let mut facts: Vec<usize> =
            candidates.iter().filter(|(_, n)| n == name_words).map(|&(i, _)| i).collect();
        // Two spellings of one name ("Yoon Suk Yeol", "Yoon Suk-yeol") are one fact.
        facts.dedup();
        let before = &words[k.saturating_sub(4)..k];
        let after = words.get(k + len..(k + len + 2).min(words.len())).unwrap_or(&[]);
        let has = |ws: &[(Span, String)], list: &[&str]| {
            ws.iter().any(|(_, w)| list.contains(&w.as_str()))
        };
        let standing = if has(before, FORMER_WORDS) {
            Standing::Former
        } else if has(before, OUTGOING_WORDS) {
            Standing::Outgoing
        } else if has(before, INCOMING_WORDS) || has(after, &["elect"]) {
            Standing::Incoming
        } else if has(before, OFFICE_TITLES) || has(after, ADMINISTRATION_WORDS) {
            Standing::Sitting
        } else {
            Standing::Unmarked
        };
        let first_marker = before.iter().position(|(_, w)| {
            [FORMER_WORDS, OUTGOING_WORDS, INCOMING_WORDS, OFFICE_TITLES]
                .iter()
                .any(|l| l.contains(&w.as_str()))
        });
        let start = first_marker.map_or(words[k].0.start, |p| before[p].0.start);
        // "the Biden Administration": the span runs to the word "Administration".
        let administration = after.iter().find(|(_, w)| ADMINISTRATION_WORDS.contains(&w.as_str()));
        let end = match administration {
            Some((span, _)) if standing == Standing::Sitting => span.end,
            _ => words[k + len - 1].0.end,
        };
        out.push(HolderMention { facts, span: Span::new(start, end), standing });
        k += len;
    }
    out
}

/// The hull of several facts' bounds (an ambiguous name such as "Trump" has two terms).
fn hull(
    bounds: impl Iterator<Item = (Option<Date>, Option<Date>)>,
) -> Option<(Option<Date>, Option<Date>)> {
    let mut acc: Option<(Option<Date>, Option<Date>)> = None;
    for (a, b) in bounds {
        acc = Some(match acc {
            None => (a, b),
            Some((x, y)) => (x.zip(a).map(|(x, a)| x.min(a)), y.zip(b).map(|(y, b)| y.max(b))),
        });
    }
    acc
}

pub(super) fn fact_constraints(doc: &Doc<'_>, sentence: Span, out: &mut Vec<(u8, Constraint)>) {
    let text = doc.text();
    let words = lower_words(doc, sentence);
    if words.is_empty() {
        return;
    }
    let holders = holder_mentions(text, &words);
    const OUTGOING_DAYS: i64 = 120;
    for h in &holders {
        let (rule, strength) = match h.standing {
            Standing::Outgoing => (EvidenceRule::OutgoingOfficeHolder, 2),
            Standing::Incoming => (EvidenceRule::IncomingOfficeHolder, 2),
            Standing::Former => (EvidenceRule::FormerOfficeHolder, 3),
            Standing::Sitting => (EvidenceRule::SittingOfficeHolder, 4),
            Standing::Unmarked => continue,
        };
        // A term that has not ended cannot be left ("former") or be ending ("outgoing").
        let bounds = hull(h.facts.iter().filter_map(|&i| {
            let f = &KNOWN_FACTS[i];
            match h.standing {
                Standing::Outgoing => f.end.map(|e| (add_days(e, -OUTGOING_DAYS), Some(e))),
                Standing::Incoming => {
                    Some((add_days(f.start, -OUTGOING_DAYS), add_days(f.start, -1)))
                }
                Standing::Former => f.end.map(|e| (Some(e), None)),
                _ => Some((Some(f.start), f.end)),
            }
        }));
        let Some((not_before, not_after)) = bounds else { continue };
        if not_before.is_none() && not_after.is_none() {
            continue;
        }
        let fact = (h.facts.len() == 1).then(|| KNOWN_FACTS[h.facts[0]].id);
        out.push((strength, Evidence { span: h.span, rule, not_before, not_after, fact }));
    }

    // Offsets and anniversaries relative to known events in the sentence. Each event sits at
    // the word that names it (the phrase "term ends", the word "inauguration", the summit's
    // first name word); an offset ("weeks before") applies to the first event after it and
    // before the next offset.
    let mut events: Vec<(usize, Date, Date, &'static KnownFact)> = Vec::new();
    if let Some(at) = phrase_position(&words, TERM_END_PHRASES) {
        // The holder whose term ends: the outgoing one, else the only one with a known end.
        let pick = holders.iter().find(|h| h.standing == Standing::Outgoing).or_else(|| {
            let with_end: Vec<&HolderMention> = holders
                .iter()
                .filter(|h| h.facts.iter().all(|&i| KNOWN_FACTS[i].end.is_some()))
                .collect();
            (with_end.len() == 1).then(|| with_end[0])
        });
        if let Some(h) = pick.filter(|h| h.facts.len() == 1) {
            let f = &KNOWN_FACTS[h.facts[0]];
            if let Some(end) = f.end {
                events.push((at, end, end, f));
            }
        }
    }
    if let Some(at) = phrase_position(&words, TERM_START_PHRASES) {
        let pick = holders
            .iter()
            .find(|h| h.standing == Standing::Incoming)
            .or_else(|| (holders.len() == 1).then(|| &holders[0]));
        if let Some(h) = pick.filter(|h| h.facts.len() == 1) {
            let f = &KNOWN_FACTS[h.facts[0]];
            events.push((at, f.start, f.start, f));
        }
    }
    let anniversary = anniversary_years(&words);
    let future = words
        .iter()
        .any(|(_, w)| ["ahead", "upcoming", "will", "planned", "scheduled"].contains(&w.as_str()));
    // Most sentences name no summit: test every name against a set of the sentence's words first.
    let present: std::collections::HashSet<&str> = words.iter().map(|(_, w)| w.as_str()).collect();
    for f in KNOWN_FACTS.iter().filter(|f| f.kind == FactKind::Summit) {
        if !f
            .names
            .iter()
            .all(|n| n.split(' ').all(|part| present.contains(part.to_lowercase().as_str())))
        {
            continue;
        }
        let positions: Option<Vec<usize>> = f
            .names
            .iter()
            .map(|n| {
                let lower = n.to_lowercase();
                words.iter().position(|(span, w)| {
                    *w == lower
                        && (!n.starts_with(char::is_uppercase) || is_capitalised(text, *span))
                })
            })
            .collect();
        let Some(at) = positions.and_then(|p| p.into_iter().min()) else { continue };
        let end = f.end.unwrap_or(f.start);
        events.push((at, f.start, end, f));
        if let Some(day) = anniversary.and_then(|n| add_years(f.start, n)) {
            let (not_before, not_after) = (add_days(day, -7), add_days(day, 7));
            let rule = EvidenceRule::AnniversaryOfKnownEvent;
            out.push((
                1,
                Evidence { span: sentence, rule, not_before, not_after, fact: Some(f.id) },
            ));
        }
        let (rule, not_before, not_after) = if future {
            (EvidenceRule::UpcomingKnownEvent, None, add_days(f.start, -1))
        } else {
            (EvidenceRule::PastKnownEvent, Some(f.start), None)
        };
        out.push((6, Evidence { span: sentence, rule, not_before, not_after, fact: Some(f.id) }));
    }
    let relations: Vec<(usize, (i64, i64))> = words
        .iter()
        .enumerate()
        .filter(|(_, (_, w))| w == "before" || w == "after" || w == "ahead")
        .filter_map(|(r, _)| offset_days(&words, r).map(|d| (r, d)))
        .collect();
    for (k, &(r, (min, max))) in relations.iter().enumerate() {
        let next = relations.get(k + 1).map_or(words.len(), |n| n.0);
        let Some(&(_, start, end, f)) =
            events.iter().filter(|e| e.0 > r && e.0 < next).min_by_key(|e| e.0)
        else {
            continue;
        };
        let (not_before, not_after) = if words[r].1 == "after" {
            (add_days(end, min), add_days(end, max))
        } else {
            (add_days(start, -max), add_days(start, -min))
        };
        let rule = EvidenceRule::OffsetFromKnownEvent;
        out.push((1, Evidence { span: sentence, rule, not_before, not_after, fact: Some(f.id) }));
    }
}

/// The word index where the first of `phrases` starts in `words`.
fn phrase_position(words: &[(Span, String)], phrases: &[&[&str]]) -> Option<usize> {
    phrases
        .iter()
        .filter_map(|p| {
            words.windows(p.len()).position(|w| w.iter().zip(*p).all(|((_, a), b)| a == b))
        })
        .min()
}
