//! Amounts of time and what is counted from them: durations ("five years", "the past three
//! months", "a two-year term", "2 1/2 years", "several weeks", "for years"), dates counted back
//! or forward ("a year ago", "two days later", "a year earlier") and sets ("every week",
//! "daily", "each Thursday").

use super::super::calendar::CalValue;
use super::super::lexicon::units::{self, Unit};
use super::super::lexicon::{context, dayparts, months, seasons, weekdays};
use super::super::scan::{Found, Memory, Scanner};
use super::super::TimexKind;
use super::count::{count, Count};
use super::relative::unresolved;
use super::resolve::{relative, text};

/// The TIMEX3 duration value of a count of units ("P5Y", "PT3H", "P2Y6M", "PXY").
pub(crate) fn duration_value(count: Count, unit: Unit) -> String {
    let t = if unit.is_clock() { "T" } else { "" };
    let halves = match count {
        Count::Vague => return format!("P{t}X{}", unit.vague_letter()),
        Count::Halves(h) => h,
    };
    let (mult, letter) = unit.duration_letter();
    let whole = (halves / 2).saturating_mul(u64::from(mult));
    if halves % 2 == 0 {
        return format!("P{t}{whole}{letter}");
    }
    // Half a unit, written in the next smaller unit.
    match unit {
        Unit::Year => format!("P{whole}Y6M"),
        Unit::Month => format!("P{whole}M15D"),
        Unit::Day => format!("P{whole}DT12H"),
        Unit::Hour => format!("PT{whole}H30M"),
        Unit::Minute => format!("PT{whole}M30S"),
        Unit::Decade => format!("P{}Y", whole + 5),
        Unit::Century => format!("P{}Y", whole + 50),
        _ => format!("P{t}{whole}{letter}"),
    }
}

/// A duration, or a date counted from one, starting at `i`.
pub(crate) fn amount(s: &Scanner, i: usize, memory: &Memory) -> Option<Found> {
    let the = s.is(i, "the");
    let mut j = if the { i + 1 } else { i };
    let lead = the && context::is_span_lead(s.w(j));
    if lead {
        j += 1;
    }
    // Rule: a count then a unit ("five years", "a week", "two-year"), or after "the past" a
    // unit alone ("the past week").
    // Rule: a count range takes its first count ("two to three weeks", "12 to 18 months").
    let ranged = |k: usize| -> usize {
        if matches!(s.w(k), "to" | "or") || s.joiner(k) {
            if let Some((_, after)) = count(s, k + 1, false) {
                return after;
            }
        }
        k
    };
    let (n, k, adjectival) = match count(s, j, !the) {
        Some((n, k))
            if s.joiner(k) && !(s.number(k + 1).is_some() || count(s, k + 1, false).is_some()) =>
        {
            (n, k + 1, true)
        }
        Some((n, k)) => (n, ranged(k), false),
        None if lead
            && matches!(
                s.w(j - 1),
                "past" | "last" | "previous" | "next" | "coming" | "following"
            ) =>
        {
            // Rule: "the past year", "the last week", "the next year": the unit before or
            // after the anchor's, a date.
            let (unit, false) = units::noun(s.base(j))? else { return None };
            if unit < Unit::Day || unit == Unit::Weekend {
                return None;
            }
            let sign = if matches!(s.w(j - 1), "past" | "last" | "previous") { -1 } else { 1 };
            let v = s.anchor.and_then(|a| CalValue::shifted(a, unit, sign));
            return Some(relative(j + 1, v, unresolved(unit)));
        }
        None => return None,
    };
    let k = if !adjectival && context::is_filler(s.w(k)) && !s.is(k, "long") { k + 1 } else { k };
    let (unit, plural) = units::noun(s.base(k))?;
    // Rule: "more than a quarter of the market" is a fraction ("a quarter of a century" is not).
    if unit == Unit::Quarter && !plural && s.is(k + 1, "of") {
        let m = if matches!(s.w(k + 2), "a" | "an" | "the") { k + 3 } else { k + 2 };
        units::noun(s.base(m))?;
    }
    // Rule: "a second group", "a second time": the ordinal, not a unit of time.
    if unit == Unit::Second
        && !plural
        && s.kind(k + 1) == Some(crate::doc::PieceKind::Word)
        && !context::may_follow_an_amount(s.w(k + 1))
    {
        return None;
    }
    // Ages are not times ("6-year-old", "52 years old"); nor are "year-end", "year-earlier".
    if s.is(k + 1, "old")
        || (s.joiner(k + 1)
            && matches!(s.w(k + 2), "old" | "olds" | "earlier" | "ago" | "end" | "before" | "long"))
    {
        return None;
    }
    // "the first quarter" and "the past weekend" are dates, handled elsewhere.
    if (unit == Unit::Quarter && lead && n == Count::whole(1)) || unit == Unit::Weekend {
        return None;
    }
    // Rule: "a day" after an amount is a rate, a set ("three times a day", "$2 million a
    // year", "four flights a week").
    if !the
        && !lead
        && matches!(s.w(j), "a" | "an" | "per")
        && !plural
        && i > 0
        && is_rate_amount(s, i - 1)
        && !matches!(s.w(k + 1), "ago" | "earlier" | "later" | "before" | "after" | "from" | "or")
    {
        return Some(text(k + 1, TimexKind::Set, &duration_value(Count::whole(1), unit)));
    }
    if the && !lead && n == Count::whole(1) && s.number(j).is_none() && !matches!(s.w(j), "one") {
        return None;
    }
    let mut end = k + 1;
    let mut n = n;
    // Rule: "a minute and a half", "two years and a half".
    if !adjectival && s.is(end, "and") && s.is(end + 1, "a") && s.is(end + 2, "half") {
        if let Count::Halves(h) = n {
            n = Count::Halves(h + 1);
            end += 3;
        }
    }
    if adjectival {
        if the {
            // "the two-week strike": the article belongs to the noun, not the adjective.
            return None;
        }
        if plural && !s.is(k, "years") {
            return None;
        }
        return Some(text(end, TimexKind::Duration, &duration_value(n, unit)));
    }
    // Rule: counted dates — "two years ago", "a year earlier", "two days later", "a week from
    // now".
    if !the {
        let direction = match s.w(end) {
            "ago" => Some((-1, end + 1, false)),
            // Rule "comparative": "two days earlier than planned" compares, it dates nothing.
            "earlier" | "later" if s.is(end + 1, "than") => None,
            // "earlier" is no preposition: "announced two days earlier that …".
            "earlier" => Some((-1, end + 1, true)),
            "before" if !is_noun_after(s, end + 1) => Some((-1, end + 1, true)),
            "later" | "hence" => Some((1, end + 1, true)),
            "from" if s.is(end + 1, "now") => Some((1, end + 2, false)),
            _ => None,
        };
        if let Some((sign, date_end, narrative)) = direction {
            return Some(counted_date(s, memory, n, unit, sign, date_end, narrative));
        }
    }
    if the && !lead && !plural {
        // "the year" and "the month" are too vague to be durations.
        return None;
    }
    Some(text(end, TimexKind::Duration, &duration_value(n, unit)))
}

/// Whether token `i` ends an amount that "a year" can be the rate of: a number, a money or
/// count word, or a plural noun ("flights", "seats").
fn is_rate_amount(s: &Scanner, i: usize) -> bool {
    if s.number(i).is_some() {
        return true;
    }
    let w = s.w(i);
    matches!(
        w,
        "times"
            | "once"
            | "twice"
            | "million"
            | "billion"
            | "thousand"
            | "percent"
            | "cents"
            | "dollars"
    ) || (w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && units::noun(w).is_none()
        && s.kind(i) == Some(crate::doc::PieceKind::Word))
}

/// Whether a noun phrase or a clause starts at `i` (so "before" is a preposition or a
/// conjunction: "two days before the vote", "a month before Justice Scalia died", "a week
/// before he resigned" give a duration, not a date).
fn is_noun_after(s: &Scanner, i: usize) -> bool {
    let name = s.tokens.get(i).is_some_and(|t| {
        t.kind == crate::doc::PieceKind::Word
            && s.text
                .get(t.span.start..t.span.end)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
    });
    name || matches!(
        s.w(i),
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "this"
            | "that"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "you"
    )
}

/// "two years ago" and the like: the anchor (or, for "later" and "earlier", the story's time)
/// moved by the count, at the unit's granularity. "A year earlier" in a quarterly report is
/// the same quarter a year before.
fn counted_date(
    s: &Scanner,
    memory: &Memory,
    n: Count,
    unit: Unit,
    sign: i64,
    end: usize,
    narrative: bool,
) -> Found {
    let Count::Halves(halves) = n else {
        let value = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
        return text(end, TimexKind::Date, value);
    };
    let whole = i64::try_from(halves / 2).unwrap_or(i64::MAX);
    if unit == Unit::Year && whole == 1 && sign < 0 {
        if let Some((y, q)) = memory.topic_quarter {
            if let Some(y) = y.checked_sub(1) {
                return Found::date(end, CalValue::Quarter(y, q));
            }
        }
    }
    // "two days later" and "a year earlier" count from the story's time, as "ago" counts
    // from the writing.
    let base = if narrative {
        memory.last_dated.and_then(|v| v.reference_for(unit)).or(s.anchor)
    } else {
        s.anchor
    };
    let (unit, whole) = match unit {
        Unit::Decade => (Unit::Year, whole.saturating_mul(10)),
        Unit::Century | Unit::Millennium => (Unit::Year, whole.saturating_mul(100)),
        Unit::Second | Unit::Minute | Unit::Hour => (Unit::Day, 0),
        other => (other, whole),
    };
    let v = base.and_then(|b| CalValue::shifted(b, unit, sign.saturating_mul(whole)));
    relative(end, v, unresolved(unit))
}

/// "for years", "within days", "over months": a plural unit alone after a preposition.
pub(crate) fn bare_plural(s: &Scanner, i: usize) -> Option<Found> {
    let (unit, true) = units::noun(s.w(i))? else { return None };
    if i == 0
        || !matches!(s.w(i - 1), "for" | "within" | "over" | "took" | "takes" | "lasted" | "in")
    {
        return None;
    }
    if matches!(s.w(i + 1), "of" | "ago" | "earlier" | "later" | "before" | "after")
        || unit < Unit::Minute
    {
        return None;
    }
    // "in years" reads as a duration only in negation-like idioms ("the first time in years").
    if s.is(i - 1, "in") && !(s.is(i + 1, ".") || s.is(i + 1, ",")) {
        return None;
    }
    Some(text(i + 1, TimexKind::Duration, &duration_value(Count::Vague, unit)))
}

/// "for a while", "after a while": a vague duration (`PXX`); "a while ago" is the past.
pub(crate) fn a_while(s: &Scanner, i: usize) -> Option<Found> {
    if !(s.is(i, "a") && s.is(i + 1, "while")) || i == 0 {
        return None;
    }
    if s.is(i + 2, "ago") {
        return Some(text(i + 3, TimexKind::Date, "PAST_REF"));
    }
    if !matches!(s.w(i - 1), "for" | "after" | "in" | "quite") {
        return None;
    }
    Some(text(i + 2, TimexKind::Duration, "PXX"))
}

/// "every week", "each Thursday", "every other year", "each July", "daily", "quarterly".
pub(crate) fn set(s: &Scanner, i: usize) -> Option<Found> {
    let w = s.w(i);
    if let Some(value) = units::frequency(w) {
        let before_a_word =
            s.kind(i + 1) == Some(crate::doc::PieceKind::Word) && !s.line_start(i + 1);
        if units::is_adverb_only_frequency(w) && before_a_word {
            return None;
        }
        return Some(text(i + 1, TimexKind::Set, value));
    }
    if !matches!(w, "every" | "each") {
        return None;
    }
    let mut j = i + 1;
    let mut n = Count::whole(1);
    if s.is(j, "other") {
        n = Count::whole(2);
        j += 1;
    } else if let Some((c, k)) = count(s, j, false) {
        if matches!(c, Count::Halves(_)) {
            n = c;
            j = k;
        }
    }
    let word = s.base(j);
    if let Some((unit, _)) = units::noun(word) {
        if unit == Unit::Weekend {
            return Some(text(j + 1, TimexKind::Set, "XXXX-WXX-WE"));
        }
        return Some(text(j + 1, TimexKind::Set, &duration_value(n, unit)));
    }
    if let Some((wd, _)) = weekdays::weekday(word) {
        return Some(text(j + 1, TimexKind::Set, &format!("XXXX-WXX-{wd}")));
    }
    if let Some(m) = months::full(word) {
        return Some(text(j + 1, TimexKind::Set, &format!("XXXX-{m:02}")));
    }
    if let Some(season) = seasons::season(word) {
        return Some(text(j + 1, TimexKind::Set, &format!("XXXX-{}", season.code())));
    }
    if let Some((part, _)) = dayparts::part_of_day(word) {
        return Some(text(j + 1, TimexKind::Set, &format!("XXXX-XX-XXT{part}")));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::super::{tag, Modifier, TimexKind};
    use jiff::civil::date;

    fn first(text: &str) -> (String, TimexKind, String, Option<Modifier>) {
        let t = tag(text, Some(date(2019, 6, 13)));
        let t = t.first().expect("a timex");
        (t.span.of(text).to_string(), t.kind, t.value.clone(), t.modifier)
    }

    #[test]
    fn counts_of_units_are_durations() {
        assert_eq!(
            first("for five years"),
            ("five years".into(), TimexKind::Duration, "P5Y".into(), None)
        );
        assert_eq!(
            first("in 14 days"),
            ("14 days".into(), TimexKind::Duration, "P14D".into(), None)
        );
        assert_eq!(
            first("took three hours"),
            ("three hours".into(), TimexKind::Duration, "PT3H".into(), None)
        );
    }

    #[test]
    fn quantity_modifiers_are_part_of_the_duration() {
        assert_eq!(
            first("more than a year"),
            (
                "more than a year".into(),
                TimexKind::Duration,
                "P1Y".into(),
                Some(Modifier::MoreThan)
            )
        );
        assert_eq!(
            first("stalled for over two years"),
            ("two years".into(), TimexKind::Duration, "P2Y".into(), Some(Modifier::MoreThan))
        );
        assert_eq!(first("no more than sixty days").0, "no more than sixty days");
        assert_eq!(
            first("about three weeks"),
            ("about three weeks".into(), TimexKind::Duration, "P3W".into(), Some(Modifier::Approx))
        );
    }

    #[test]
    fn the_past_n_units_includes_the_determiner() {
        assert_eq!(first("over the past three years").0, "the past three years");
        assert_eq!(first("over the past three years").2, "P3Y");
        assert_eq!(first("in the first nine months").2, "P9M");
    }

    #[test]
    fn adjectival_durations_with_hyphens_leave_the_article_out() {
        assert_eq!(first("a two-year term").0, "two-year");
        assert_eq!(first("the two-week strike").0, "two-week");
        assert_eq!(first("a two-year term").2, "P2Y");
    }

    #[test]
    fn a_unit_after_an_amount_is_a_rate() {
        assert_eq!(
            first("save $500 million a year in costs"),
            ("a year".into(), TimexKind::Set, "P1Y".into(), None)
        );
        assert_eq!(first("four flights a week").1, TimexKind::Set);
        assert_eq!(first("it lasted a week").1, TimexKind::Duration);
    }

    #[test]
    fn ages_are_not_durations() {
        assert!(
            tag("an 8-month-old baby and a man, 52 years old", Some(date(2019, 6, 13))).is_empty()
        );
    }

    #[test]
    fn over_sets_more_than_but_stays_outside_the_extent() {
        assert_eq!(
            first("it took over three years"),
            ("three years".into(), TimexKind::Duration, "P3Y".into(), Some(Modifier::MoreThan))
        );
        assert_eq!(first("over the past three years").0, "the past three years");
    }

    #[test]
    fn the_past_year_without_a_count_is_the_year_before() {
        assert_eq!(first("over the past year").2, "2018");
        assert_eq!(first("in the next year").2, "2020");
    }

    #[test]
    fn a_count_range_is_one_expression() {
        assert_eq!(first("two to three weeks").0, "two to three weeks");
    }

    #[test]
    fn halves_and_vague_counts() {
        assert_eq!(first("2 1/2 years").2, "P2Y6M");
        assert_eq!(first("a minute and a half").2, "PT1M30S");
        assert_eq!(first("several years").2, "PXY");
        assert_eq!(first("a couple of years").2, "P2Y");
    }

    #[test]
    fn ago_counts_back_from_the_anchor_at_the_units_grain() {
        assert_eq!(first("two years ago").2, "2017");
        assert_eq!(first("five months ago").2, "2019-01");
        assert_eq!(first("10 days ago").2, "2019-06-03");
        assert_eq!(first("a few years ago").2, "PAST_REF");
    }

    #[test]
    fn later_counts_from_the_last_stated_date() {
        let text = "The summit was on June 12, 2018. Two days later, they left.";
        let v = tag(text, Some(date(2019, 6, 13)));
        assert_eq!(v[1].value, "2018-06-14");
    }

    #[test]
    fn earlier_counts_from_the_story_s_day_and_is_no_preposition() {
        let text = "The vote was on Thursday. The panel met two days earlier that week.";
        let v = tag(text, Some(date(2019, 6, 15)));
        assert_eq!(v[0].value, "2019-06-13");
        assert_eq!((v[1].span.of(text), v[1].value.as_str()), ("two days earlier", "2019-06-11"));
    }

    #[test]
    fn a_count_before_a_name_or_a_clause_and_a_comparison_are_durations() {
        for text in [
            "a month before Senator Ruiz resigned",
            "a week before she resigned",
            "two days earlier than planned",
        ] {
            assert_eq!(first(text).1, TimexKind::Duration, "{text}");
        }
        assert_eq!(first("Two days before, it rained.").2, "2019-06-11");
    }

    #[test]
    fn a_year_earlier_in_a_quarterly_report_is_the_same_quarter_a_year_before() {
        let text = "Third-quarter profit rose from $5 million a year earlier.";
        let v = tag(text, Some(date(1989, 10, 26)));
        assert_eq!(v[0].value, "1989-Q3");
        assert_eq!(v[1].value, "1988-Q3");
    }

    #[test]
    fn every_and_frequency_words_are_sets() {
        assert_eq!(first("every week"), ("every week".into(), TimexKind::Set, "P1W".into(), None));
        assert_eq!(first("published daily").2, "P1D");
        assert_eq!(first("each Thursday").2, "XXXX-WXX-4");
        assert_eq!(first("every other year").2, "P2Y");
    }

    #[test]
    fn bare_plural_units_after_for_are_vague_durations() {
        assert_eq!(first("feuding for years, they").2, "PXY");
    }

    #[test]
    fn a_second_before_a_noun_is_an_ordinal() {
        assert!(tag("A second group of directors is seeking seats.", None).is_empty());
        assert_eq!(tag("It lasted a second.", None)[0].value, "PT1S");
        assert_eq!(tag("a second or two later", None)[0].value, "PT1S");
    }

    #[test]
    fn for_a_while_is_a_vague_duration() {
        let text = "They will live without power for a while.";
        let t = tag(text, None);
        assert_eq!((t[0].span.of(text), t[0].value.as_str()), ("a while", "PXX"));
        assert_eq!(tag("He left a while ago.", None)[0].value, "PAST_REF");
        assert!(tag("a while later it rained; a while loop", None).is_empty());
    }

    #[test]
    fn a_quarter_of_something_is_a_fraction() {
        assert!(tag("holding more than a quarter of the entire market", None).is_empty());
        assert!(!tag("for a quarter of a century", None).is_empty());
    }
}
