//! Rule "corroborated date": an article that does not say when it was published takes the date
//! from an event it reports on a named weekday (or "yesterday", "today") that a dated article
//! reports on a day that fits.
//!
//! "On Tuesday, liaison officials from both North and South Korea had several phone
//! conversations" in an undated article, and "South and North Korea have restored
//! communication channels" in an article of Tuesday 27 July 2021: the same actors on the same
//! weekday, within the bounds the undated article's own evidence allows. News names a weekday
//! for a day of the past week, so the undated article was published on that Tuesday or within
//! the six days after it. Its relative expressions are then re-anchored on that window.
//!
//! A date is taken only when every corroborating event agrees on it; two candidate days are
//! no date. Only articles dated to the day by their own text corroborate, so inferred dates
//! never feed on each other.

use jiff::civil::{Date, Weekday};

use super::Analyzed;
use crate::event::words::starting_in;
use crate::event::ActorMention;
use crate::{Basis, Interval, Precision, Span};

/// A publication date taken from another article.
#[derive(Debug, Clone)]
pub(super) struct CorroboratedDate {
    pub interval: Interval,
    /// The weekday expressions in the undated article that the date rests on.
    pub evidence: Vec<Span>,
    /// The id of (the first) article that reports the same event on a known day.
    pub from_article: String,
}

/// How many days after a named weekday an article mentioning it may have been published.
const WEEKDAY_REACH_DAYS: i64 = 6;

/// How far (in bytes) from a weekday its event's actors are looked for.
const ACTOR_REACH: usize = 400;

/// Publication dates for the articles (by index) that need and can get one. `actors[i]` are
/// article `i`'s actor mentions with corpus entity ids (read only for the articles not
/// [`known_to_the_day`]).
pub(super) fn corroborate(
    analyzed: &[Analyzed],
    actors: &[Vec<ActorMention>],
) -> Vec<(usize, CorroboratedDate)> {
    let mut out = Vec::new();
    if !analyzed.iter().any(known_to_the_day) {
        return out;
    }
    for (index, one) in analyzed.iter().enumerate() {
        if known_to_the_day(one) {
            continue;
        }
        let bounds = one.article.published.as_ref().map(|p| (p.start, p.end));
        let mut day: Option<((Date, Date), String)> = None;
        let mut evidence = Vec::new();
        let mut agreed = true;
        for timex in &one.article.timexes {
            let Some(reach) = reach_of(&timex.value, &timex.text) else { continue };
            let span = Span::new(timex.start, timex.end);
            // Sentences and actors are in text order: binary search keeps this linear.
            let sentences = &one.article.sentences;
            let at = sentences.partition_point(|s| s.start <= span.start);
            let Some(&sentence) = at.checked_sub(1).and_then(|i| sentences.get(i)) else {
                continue;
            };
            if !sentence.contains(span) {
                continue;
            }
            // The actors around the weekday, within its sentence (a bounded window, so a
            // sentence that never ends cannot make this quadratic).
            let near = Span::new(
                sentence.start.max(span.start.saturating_sub(ACTOR_REACH)),
                sentence.end.min(span.end + ACTOR_REACH),
            );
            let own: Vec<&str> = starting_in(&actors[index], near, |a| a.span)
                .iter()
                .filter(|a| sentence.contains(a.span))
                .map(|a| a.entity.as_str())
                .collect();
            if own.is_empty() {
                continue;
            }
            for (other, dated) in analyzed.iter().enumerate() {
                if other == index || !known_to_the_day(dated) {
                    continue;
                }
                for event in dated.events() {
                    let date = event.when.start;
                    let fits = event.when.precision == Precision::Day
                        && reach.weekday.is_none_or(|w| date.weekday() == w)
                        && bounds.is_none_or(|(start, end)| {
                            add_days(date, reach.from) <= end && add_days(date, reach.to) >= start
                        })
                        && event.participants.iter().any(|p| own.contains(&p.as_str()));
                    if !fits {
                        continue;
                    }
                    let window = (add_days(date, reach.from), add_days(date, reach.to));
                    match &day {
                        Some((w, _)) if *w != window => agreed = false,
                        Some(_) => {}
                        None => day = Some((window, dated.article.id.clone())),
                    }
                    if evidence.last() != Some(&span) {
                        evidence.push(span);
                    }
                }
            }
        }
        if let (true, Some(((start, end), from_article))) = (agreed, day) {
            let precision = if start == end { Precision::Day } else { Precision::Week };
            let interval = Interval::new(start, end, precision);
            out.push((index, CorroboratedDate { interval, evidence, from_article }));
        }
    }
    out
}

/// Whether the article's own text or its metadata dates it to the day.
pub(super) fn known_to_the_day(one: &Analyzed) -> bool {
    one.article
        .published
        .as_ref()
        .is_some_and(|p| p.basis != Basis::Inferred && p.precision <= Precision::Day)
}

/// What a relative expression says of the publication day, given the day it names: a
/// weekday, published that day or within the six after; "yesterday", the next day; "today",
/// "this morning", "tonight", the same day; "last night", that day or the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Reach {
    weekday: Option<Weekday>,
    /// Days from the named day to the earliest and latest publication day.
    from: i64,
    to: i64,
}

fn reach_of(value: &str, text: &str) -> Option<Reach> {
    if let Some(weekday) = weekday_of(value) {
        return Some(Reach { weekday: Some(weekday), from: 0, to: WEEKDAY_REACH_DAYS });
    }
    if !value.starts_with("XXXX-XX-XX") {
        return None;
    }
    let (from, to) = match text.to_lowercase().as_str() {
        "yesterday" => (1, 1),
        "today" | "this morning" | "this afternoon" | "this evening" | "tonight" => (0, 0),
        "last night" => (0, 1),
        _ => return None,
    };
    Some(Reach { weekday: None, from, to })
}

/// The weekday of an unresolved TIMEX3 value such as `XXXX-WXX-2` (ISO: 1 is Monday).
fn weekday_of(value: &str) -> Option<Weekday> {
    let n: i8 = value.strip_prefix("XXXX-WXX-")?.parse().ok()?;
    Weekday::from_monday_one_offset(n).ok()
}

fn add_days(date: Date, days: i64) -> Date {
    date.checked_add(jiff::Span::new().days(days)).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yesterday_and_today_fix_the_day() {
        assert_eq!(
            reach_of("XXXX-XX-XX", "Yesterday"),
            Some(Reach { weekday: None, from: 1, to: 1 })
        );
        assert_eq!(reach_of("XXXX-XX-XX", "today").map(|r| (r.from, r.to)), Some((0, 0)));
        assert_eq!(reach_of("XXXX-XX-XXTNI", "last night").map(|r| (r.from, r.to)), Some((0, 1)));
        assert_eq!(reach_of("XXXX-XX", "last month"), None);
        assert_eq!(
            reach_of("2021-07-27", "yesterday"),
            None,
            "a resolved value needs no corroboration"
        );
    }

    #[test]
    fn weekdays_come_from_unresolved_values_only() {
        assert_eq!(weekday_of("XXXX-WXX-2"), Some(Weekday::Tuesday));
        assert_eq!(weekday_of("XXXX-WXX-7"), Some(Weekday::Sunday));
        assert_eq!(weekday_of("XXXX-WXX-8"), None);
        assert_eq!(weekday_of("2021-07-27"), None);
        assert_eq!(weekday_of("XXXX-WXX"), None);
    }
}
