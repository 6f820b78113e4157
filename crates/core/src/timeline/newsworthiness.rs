//! How newsworthy a merged event is, 0–100, so that a view can show the top events of a dense
//! timeline first (issue 13: "a timeline of 80 articles should not show every 'said'").
//!
//! The score adds up what an editor looks for, each part capped (weights below):
//! - a **specific date**: day-precise beats a year; stated beats inferred;
//! - **named participants**: people, organizations, places the event names;
//! - a **specific kind**: an arrest or a summit says more than a general happening, a
//!   statement less than a deed;
//! - **repetition**: the more articles report it, the more it matters.

use std::collections::BTreeSet;

use crate::bundle::Event;
use crate::event::taxonomy::GENERAL_KIND;
use crate::{Basis, Precision};

/// Points for the date's precision (day or finer, week, month, season to half year, year,
/// coarser).
const PRECISION_POINTS: [(Precision, u32); 5] = [
    (Precision::Day, 30),
    (Precision::Week, 24),
    (Precision::Month, 18),
    (Precision::Half, 12),
    (Precision::Year, 8),
];
const COARSER_POINTS: u32 = 4;
/// Points for a date the text states (not inferred from publication or corroboration).
const STATED_POINTS: u32 = 5;
/// Points per named participant, and how many count.
const PARTICIPANT_POINTS: u32 = 8;
const PARTICIPANTS_COUNTED: usize = 3;
/// Points for a kind of the taxonomy or the frames, for a statement, for a general happening.
const SPECIFIC_KIND_POINTS: u32 = 15;
const STATEMENT_POINTS: u32 = 8;
/// Points per article beyond the first that reports the event, and how many count.
const ARTICLE_POINTS: u32 = 10;
const ARTICLES_COUNTED: usize = 2;

/// The newsworthiness of `event`, 0–100.
pub(crate) fn score(event: &Event) -> u8 {
    let precision = PRECISION_POINTS
        .iter()
        .find(|(p, _)| event.when.precision <= *p)
        .map_or(COARSER_POINTS, |&(_, points)| points);
    let stated = if event.when.basis == Basis::Stated { STATED_POINTS } else { 0 };
    let named = event.participants.len().min(PARTICIPANTS_COUNTED) as u32 * PARTICIPANT_POINTS;
    let kind = match event.kind.as_str() {
        GENERAL_KIND => 0,
        "statement" => STATEMENT_POINTS,
        _ => SPECIFIC_KIND_POINTS,
    };
    let articles: BTreeSet<&str> = event.sources.iter().map(|s| s.article.as_str()).collect();
    let repeated = articles.len().saturating_sub(1).min(ARTICLES_COUNTED) as u32 * ARTICLE_POINTS;
    (precision + stated + named + kind + repeated).min(100) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::{Mention, Status, When};
    use jiff::civil::date;

    fn event(kind: &str, precision: Precision, participants: &[&str], articles: &[&str]) -> Event {
        Event {
            id: String::new(),
            title: String::new(),
            kind: kind.into(),
            when: When {
                start: date(2024, 3, 11),
                end: date(2024, 3, 11),
                precision,
                basis: Basis::Stated,
            },
            status: Status::Happened,
            participants: participants.iter().map(|p| p.to_string()).collect(),
            senders: vec![],
            recipients: vec![],
            sources: articles
                .iter()
                .map(|a| Mention { article: a.to_string(), start: 0, end: 1 })
                .collect(),
            conflicts: vec![],
            newsworthiness: 0,
        }
    }

    #[test]
    fn a_dated_named_specific_event_reported_twice_outranks_a_vague_happening() {
        let arrest = event("justice", Precision::Day, &["person:a", "org:police"], &["x", "y"]);
        let vague = event(GENERAL_KIND, Precision::Year, &[], &["x"]);
        let (high, low) = (score(&arrest), score(&vague));
        assert_eq!(high, 30 + 5 + 16 + 15 + 10);
        assert_eq!(low, 8 + 5);
        assert!(high > low);
    }

    #[test]
    fn a_statement_ranks_under_a_deed_and_the_score_never_passes_100() {
        let said = event("statement", Precision::Day, &["person:a"], &["x"]);
        let did = event("deal", Precision::Day, &["person:a"], &["x"]);
        assert!(score(&said) < score(&did));
        let busy = event("deal", Precision::Day, &["a", "b", "c", "d"], &["w", "x", "y", "z"]);
        assert!(score(&busy) <= 100);
    }
}
