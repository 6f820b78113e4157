//! Evidence from dated mentions: a relative phrase anchored on a date in the same sentence
//! ("yesterday, June 12, 2019", "last month" with "March 2022"), and past absolutely dated
//! mentions as lower bounds, skipped in sentences that talk about the future.

use std::collections::HashMap;

use super::{add_days, has_phrase, lower_words, Constraint, DatedMention, Evidence, EvidenceRule};
use crate::article::dates;
use crate::doc::Doc;
use crate::{Precision, Span};

/// Words that put a sentence in the future: its dates are plans, not past events.
const FUTURE_CUES: &[&str] = &[
    "will",
    "scheduled",
    "upcoming",
    "planned",
    "plans",
    "next",
    "expected",
    "due",
    "until",
    "ahead",
    "by",
    "before",
    "aims",
    "would",
];

/// Relative phrases and how far after a dated mention they put the publication date.
enum Relative {
    SameDay,
    NextDay,
    SameWeek,
    LastWeek,
    SameMonth,
    LastMonth,
    SameYear,
    LastYear,
}

const RELATIVE_PHRASES: &[(&[&str], Relative)] = &[
    (&["today"], Relative::SameDay),
    (&["this", "morning"], Relative::SameDay),
    (&["tonight"], Relative::SameDay),
    (&["yesterday"], Relative::NextDay),
    (&["this", "week"], Relative::SameWeek),
    (&["last", "week"], Relative::LastWeek),
    (&["this", "month"], Relative::SameMonth),
    (&["last", "month"], Relative::LastMonth),
    (&["this", "year"], Relative::SameYear),
    (&["last", "year"], Relative::LastYear),
];

pub(super) fn mention_constraints(
    doc: &Doc<'_>,
    mentions: &[DatedMention],
    out: &mut Vec<(u8, Constraint)>,
) {
    let mut by_sentence: HashMap<Span, Vec<&DatedMention>> = HashMap::new();
    for m in mentions {
        by_sentence.entry(m.sentence).or_default().push(m);
    }
    let mut sentences: Vec<_> = by_sentence.into_iter().collect();
    sentences.sort_by_key(|(s, _)| s.start);
    for (sentence, ms) in sentences {
        let words = lower_words(doc, sentence);
        if words.iter().any(|(_, w)| FUTURE_CUES.contains(&w.as_str())) {
            continue;
        }
        for m in &ms {
            out.push((
                8,
                Evidence {
                    span: m.span,
                    rule: EvidenceRule::PastDatedMention,
                    not_before: Some(m.interval.start),
                    not_after: None,
                    fact: None,
                },
            ));
        }
        // Rule: a relative phrase with exactly one dated mention (day or month) in its sentence.
        let [m] = ms.as_slice() else { continue };
        if m.interval.precision > Precision::Month {
            continue;
        }
        for (phrase, relative) in RELATIVE_PHRASES {
            if !has_phrase(&words, phrase) {
                continue;
            }
            let d = m.interval.start;
            let month_after = add_days(d.last_of_month(), 1);
            let bounds = match relative {
                Relative::SameDay => Some((d, d)),
                Relative::NextDay => add_days(d, 1).map(|n| (n, n)),
                Relative::SameWeek => add_days(d, 6).map(|e| (d, e)),
                Relative::LastWeek => add_days(d, 1).zip(add_days(d, 13)),
                Relative::SameMonth => Some((d, d.last_of_month())),
                Relative::LastMonth => month_after.map(|f| (f, f.last_of_month())),
                Relative::SameYear => dates::year_interval(d.year() as u32).map(|y| (d, y.end)),
                Relative::LastYear => {
                    dates::year_interval(d.year() as u32 + 1).map(|y| (y.start, y.end))
                }
            };
            if let Some((a, b)) = bounds {
                let span = Span::new(sentence.start, sentence.end);
                out.push((
                    0,
                    Evidence {
                        span,
                        rule: EvidenceRule::RelativeToDatedMention,
                        not_before: Some(a),
                        not_after: Some(b),
                        fact: None,
                    },
                ));
            }
            break;
        }
    }
}
