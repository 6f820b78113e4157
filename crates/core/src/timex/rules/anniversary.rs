//! Anniversaries: "the 68th anniversary of the signing of an armistice that ended the 1950-53
//! Korean War", "the first anniversary of the summit", "the one-year anniversary". The date is
//! the commemorated event's date plus the count in years, when the text gives the event's date:
//! in the same sentence after "of" (for a range, its last year: the end of a war is what an
//! armistice anniversary counts from), or elsewhere in the text next to the event's noun
//! ("their summit in Singapore on June 12, 2018"). Otherwise the value stays unresolved.

use super::super::calendar::{add_months, CalValue};
use super::super::lexicon::context;
use super::super::scan::{Found, Memory, Scanner, Val};
use super::super::TimexKind;
use super::absolute::{calendar_date, numeric_date, year_based};
use super::count::{count, ordinal, Count};

/// How far after "of" the event's date may be, in tokens.
const SENTENCE_WINDOW: usize = 30;
/// How many anniversaries per text may search the whole text for their event.
const MAX_TEXT_SEARCHES: usize = 8;

/// The count of years at `i`: "68th", "first", "one-year", "10-year".
fn years_counted(s: &Scanner, i: usize) -> Option<(u32, usize)> {
    if let Some((n, j)) = ordinal(s, i) {
        return Some((n, j));
    }
    let (Count::Halves(h), j) = count(s, i, false)? else { return None };
    if h % 2 == 1 || !s.joiner(j) || !s.is(j + 1, "year") {
        return None;
    }
    Some((u32::try_from(h / 2).ok()?, j + 2))
}

/// A stated date or year at `i` (ranges give their last year).
fn stated(s: &Scanner, i: usize) -> Option<CalValue> {
    let found = numeric_date(s, i).or_else(|| calendar_date(s, i)).or_else(|| year_based(s, i))?;
    match found.value {
        Val::Cal(v) if found.anchors => Some(v),
        Val::Range(_, interval) => Some(CalValue::Year(interval.end.year())),
        _ => None,
    }
}

fn plus_years(v: CalValue, n: u32) -> Option<CalValue> {
    let n = i16::try_from(n).ok()?;
    Some(match v {
        CalValue::Day(d) => CalValue::Day(
            jiff::civil::Date::new(d.year().checked_add(n)?, d.month(), d.day()).ok()?,
        ),
        CalValue::Month(y, m) => {
            let (y, m) = add_months(y, m, i64::from(n) * 12)?;
            CalValue::Month(y, m)
        }
        CalValue::Minute(d, ..) => CalValue::Day(
            jiff::civil::Date::new(d.year().checked_add(n)?, d.month(), d.day()).ok()?,
        ),
        other => CalValue::Year(other.first_day()?.year().checked_add(n)?),
    })
}

fn sentence_end(s: &Scanner, i: usize) -> bool {
    s.line_start(i)
        || matches!(s.raw(i), "." | "!" | "?")
            && !(i > 0 && super::super::clause::is_abbreviation(s, i - 1))
}

/// An anniversary at `i`.
pub(crate) fn anniversary(s: &Scanner, i: usize, memory: &mut Memory) -> Option<Found> {
    let j = if s.is(i, "the") { i + 1 } else { i };
    let (n, k) = years_counted(s, j)?;
    if !s.is(k, "anniversary") || n == 0 {
        return None;
    }
    let end = k + 1;
    let mut event = None;
    let mut noun = None;
    if s.is(end, "of") {
        let mut p = end + 1;
        while p < end + 1 + SENTENCE_WINDOW && p < s.tokens.len() && !sentence_end(s, p) {
            if noun.is_none()
                && !context::is_determiner(s.w(p))
                && s.w(p).chars().all(char::is_alphabetic)
                && !s.w(p).is_empty()
            {
                noun = Some(p);
            }
            if let Some(v) = stated(s, p) {
                event = Some(v);
                break;
            }
            p += 1;
        }
        // Rule: the event's noun dated elsewhere in the text ("the summit ... on June 12, 2018").
        if event.is_none() && memory.anniversary_searches < MAX_TEXT_SEARCHES {
            memory.anniversary_searches += 1;
            if let Some(noun) = noun.map(|p| head_noun(s, p)) {
                event = dated_elsewhere(s, noun);
            }
        }
    }
    let value = event.and_then(|v| plus_years(v, n));
    Some(match value {
        Some(v) => Found::date(end, v),
        None => Found::text(end, TimexKind::Date, "XXXX"),
    })
}

/// The head of the noun phrase starting at `p`: capitalized modifiers are passed over
/// ("Australian federation" → "federation", "the Singapore summit" → "summit"), so the search
/// elsewhere looks for the event, not an adjective that names a country.
fn head_noun(s: &Scanner, p: usize) -> usize {
    let mut p = p;
    for _ in 0..3 {
        let next = s.w(p + 1);
        if s.capitalized(p)
            && !next.is_empty()
            && next.chars().all(char::is_alphabetic)
            && !context::ends_a_noun_phrase(next)
            && !matches!(next, "for" | "that" | "which" | "who")
        {
            p += 1;
        } else {
            break;
        }
    }
    p
}

/// The first stated date within a few tokens after another mention of the noun at `noun`.
fn dated_elsewhere(s: &Scanner, noun: usize) -> Option<CalValue> {
    let word = s.w(noun);
    (0..s.tokens.len()).filter(|&p| p != noun && s.w(p) == word).find_map(|p| {
        (p + 1..(p + 8).min(s.tokens.len()))
            .take_while(|&q| !sentence_end(s, q))
            .find_map(|q| stated(s, q))
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::tag;
    use jiff::civil::date;

    #[test]
    fn an_anniversary_counts_years_from_the_event_year_in_the_sentence() {
        let text = "Tuesday marks the 68th anniversary of the signing of an armistice that ended the 1950-53 Korean War.";
        let t = tag(text, Some(date(2021, 7, 27)));
        let a = t.iter().find(|t| t.span.of(text).contains("anniversary")).unwrap();
        assert_eq!(a.span.of(text), "the 68th anniversary");
        assert_eq!(a.value, "2021");
    }

    #[test]
    fn an_anniversary_finds_its_event_dated_elsewhere_in_the_text() {
        let text = "A letter on the first anniversary of the summit. The summit was held on June 12, 2018.";
        let t = tag(text, Some(date(2019, 6, 13)));
        assert_eq!(t[0].value, "2019-06-12");
    }

    #[test]
    fn an_anniversary_without_a_dated_event_is_unresolved() {
        let t = tag("the tenth anniversary of the company", Some(date(2019, 6, 13)));
        assert_eq!(t[0].value, "XXXX");
        assert!(t[0].interval.is_none());
    }

    #[test]
    fn an_anniversary_searches_for_the_event_not_an_adjective() {
        let text = "They want an Australian president by the 2000 Olympics and the 100th anniversary of Australian federation.";
        let t = tag(text, Some(date(1998, 2, 13)));
        let a = t.iter().find(|t| t.span.of(text).contains("anniversary")).unwrap();
        assert_eq!(a.value, "XXXX");
    }
}
