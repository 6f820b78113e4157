//! Expressions relative to the publication date or to the last dated time in the story:
//! "today", "yesterday morning", "tonight", "last night", "this week", "last month", "next
//! year", "this summer", "last April", "on Tuesday" (the last or the next one, by tense),
//! "Tuesday night", "the following day", "that year".

use jiff::civil::Date;

use super::super::calendar::{self, add_days, CalValue};
use super::super::lexicon::seasons::Season;
use super::super::lexicon::units::Unit;
use super::super::lexicon::{dayparts, months, seasons, units, weekdays};
use super::super::scan::{Found, Memory, Scanner, Val};
use super::super::TimexKind;
use super::resolve::{anchor_day, is_future, relative, text};
use crate::doc::PieceKind;

/// "today", "tomorrow", "yesterday", "tonight", "the day before yesterday", with an optional
/// part of day ("yesterday morning").
pub(crate) fn deictic_day(s: &Scanner, i: usize) -> Option<Found> {
    // Rule: "USA Today", "VOA Today", "NBC's Today": a capitalized "Today" right after an
    // acronym is a title.
    if s.is(i, "today") && s.capitalized(i) && i > 0 && s.kind(i - 1) == Some(PieceKind::Word) {
        let prev = s.raw(i - 1);
        let acronym = prev.strip_suffix("'s").unwrap_or(prev);
        if acronym.len() >= 2 && acronym.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
    }
    let (offset, mut end) = match s.base(i) {
        "today" => (0, i + 1),
        "tomorrow" => (1, i + 1),
        "yesterday" => (-1, i + 1),
        "tonight" => {
            let v = s.anchor.map(|a| CalValue::DayPart(a, "NI"));
            return Some(as_time(relative(i + 1, v, "XXXX-XX-XXTNI")));
        }
        "the" if s.is(i + 1, "day") && s.is(i + 2, "before") && s.is(i + 3, "yesterday") => {
            (-2, i + 4)
        }
        "the" if s.is(i + 1, "day") && s.is(i + 2, "after") && s.is(i + 3, "tomorrow") => {
            (2, i + 4)
        }
        _ => return None,
    };
    // Rule: a part of day after the day ("yesterday morning", "tomorrow night").
    if let Some((part, false)) = dayparts::part_of_day(s.w(end)) {
        end += 1;
        let v = s.anchor.and_then(|a| add_days(a, offset)).map(|d| CalValue::DayPart(d, part));
        return Some(as_time(relative(end, v, &format!("XXXX-XX-XXT{part}"))));
    }
    Some(anchor_day(s, end, offset))
}

fn as_time(mut found: Found) -> Found {
    found.kind = TimexKind::Time;
    found
}

/// Which way a deictic word points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pointer {
    This,
    Last,
    Next,
    /// "that", "the same": the time the story is at.
    That,
    /// "the following", "the next": one after the time the story is at.
    Following,
    /// "the previous", "the preceding": one before it.
    Previous,
}

fn pointer(s: &Scanner, i: usize) -> Option<(Pointer, usize, bool)> {
    let the = s.is(i, "the");
    let j = if the { i + 1 } else { i };
    let p = match (the, s.w(j)) {
        (false, "this") | (true, "current") => Pointer::This,
        (false, "current") => Pointer::This,
        (false, "last") | (false, "past") => Pointer::Last,
        (false, "next") | (false, "coming") => Pointer::Next,
        (false, "that") | (true, "same") => Pointer::That,
        (true, "following") | (true, "next") => Pointer::Following,
        (true, "previous") | (true, "preceding") | (true, "prior") => Pointer::Previous,
        (true, "coming") => Pointer::Next,
        _ => return None,
    };
    let k = j + 1;
    // "this coming Sunday" is the next one; "this past spring" the last one.
    if s.is(j, "this") && s.is(k, "coming") {
        return Some((Pointer::Next, k + 1, the));
    }
    if s.is(j, "this") && s.is(k, "past") {
        return Some((Pointer::Last, k + 1, the));
    }
    Some((p, k, the))
}

/// "this week", "last month", "next year", "this weekend", "last night", "this morning",
/// "that year", "the following day", "the previous week".
pub(crate) fn deictic_unit(s: &Scanner, i: usize, memory: &Memory) -> Option<Found> {
    let (p, j, the) = pointer(s, i)?;
    let word = s.base(j);
    // Rule: "last night", "this morning", "this afternoon".
    if let Some((part, false)) = dayparts::part_of_day(word) {
        let offset = match p {
            Pointer::This => 0,
            Pointer::Last if part == "NI" || part == "EV" => -1,
            _ => return None,
        };
        let v = s.anchor.and_then(|a| add_days(a, offset)).map(|d| CalValue::DayPart(d, part));
        return Some(as_time(relative(j + 1, v, &format!("XXXX-XX-XXT{part}"))));
    }
    if let Some((unit, plural)) = units::noun(word) {
        if plural || unit < Unit::Day {
            return None;
        }
        let base = match p {
            Pointer::This | Pointer::Last | Pointer::Next => s.anchor,
            _ => memory.last_dated.and_then(|v| v.reference_for(unit)).or(s.anchor),
        };
        let n = match p {
            Pointer::This | Pointer::That => 0,
            Pointer::Last | Pointer::Previous => -1,
            Pointer::Next | Pointer::Following => 1,
        };
        // "the same quarter", "this quarter": quarters are a business expression too.
        let v = base.and_then(|b| CalValue::shifted(b, unit, n));
        return Some(relative(j + 1, v, unresolved(unit)));
    }
    if the {
        // Rule: "the previous Friday", "the following Monday": from the story's time.
        let (wd, false) = weekdays::weekday(word)? else { return None };
        let base = memory.last_dated.and_then(|v| v.reference_for(Unit::Day)).or(s.anchor);
        let v = base.and_then(|b| match p {
            Pointer::Previous => calendar::weekday_on_or_before(b, wd, true),
            Pointer::Following => calendar::weekday_on_or_after(b, wd, true),
            _ => None,
        });
        if !matches!(p, Pointer::Previous | Pointer::Following) {
            return None;
        }
        return Some(relative(j + 1, v.map(CalValue::Day), &format!("XXXX-WXX-{wd}")));
    }
    // Rule: "last April", "this September", "next March" ("this march" is a procession).
    if let Some(month) = months::full(word).filter(|_| s.capitalized(j)) {
        let v = s.anchor.and_then(|a| {
            let (y, m) = (a.year(), a.month() as u8);
            let year = match p {
                Pointer::Last if month >= m => y.checked_sub(1)?,
                Pointer::Next if month <= m => y.checked_add(1)?,
                _ => y,
            };
            Some(CalValue::Month(year, month))
        });
        return Some(relative(j + 1, v, &format!("XXXX-{month:02}")));
    }
    // Rule: "last fall", "this summer", "next spring".
    if let Some(season) = seasons::season(word) {
        let v = s.anchor.and_then(|a| season_relative(a, season, p));
        return Some(relative(j + 1, v, &format!("XXXX-{}", season.code())));
    }
    // Rule: "last Friday", "next Tuesday", "this Sunday".
    if let Some((wd, false)) = weekdays::weekday(word) {
        if weekdays::is_abbreviation(word) {
            return None;
        }
        let future = is_future(s, i, j + 1);
        let v = s.anchor.and_then(|a| match p {
            Pointer::Last => calendar::weekday_on_or_before(a, wd, true),
            Pointer::Next => calendar::weekday_on_or_after(a, wd, true),
            _ if future => calendar::weekday_on_or_after(a, wd, false),
            _ => calendar::weekday_on_or_before(a, wd, false),
        });
        return Some(relative(j + 1, v.map(CalValue::Day), &format!("XXXX-WXX-{wd}")));
    }
    None
}

fn season_relative(anchor: Date, season: Season, p: Pointer) -> Option<CalValue> {
    let current = Season::of_month(anchor.month() as u8);
    // Winter belongs to the year it starts in: January 2020 is in winter 2019.
    let season_year = if current == Season::Winter && anchor.month() <= 2 {
        anchor.year().checked_sub(1)?
    } else {
        anchor.year()
    };
    let year = match p {
        Pointer::Last if season.rank() >= current.rank() => season_year.checked_sub(1)?,
        Pointer::Last => season_year,
        Pointer::Next if season.rank() <= current.rank() => season_year.checked_add(1)?,
        _ => season_year,
    };
    Some(CalValue::Season(year, season))
}

/// "the weekend": the last weekend in a past clause (the one just ending, on a Saturday or
/// Sunday), the coming one in a future clause.
pub(crate) fn the_weekend(s: &Scanner, i: usize) -> Option<Found> {
    if !(s.is(i, "the") && s.base(i + 1) == "weekend") {
        return None;
    }
    let future = is_future(s, i, i + 2);
    let v = s.anchor.and_then(|a| {
        let day = if future {
            calendar::weekday_on_or_after(a, 6, false)?
        } else {
            calendar::weekday_on_or_before(a, 7, false)?
        };
        Some(CalValue::Weekend(day))
    });
    Some(relative(i + 2, v, "XXXX-WXX-WE"))
}

/// "the month", "the year", "the week" after "the end of", "the beginning of", "the middle
/// of": the anchor's month, year or week ("by the end of the month").
pub(crate) fn period_after_position(s: &Scanner, i: usize) -> Option<Found> {
    if i < 2
        || !s.is(i, "the")
        || !s.is(i - 1, "of")
        || super::super::lexicon::modifiers::position_phrase(s.w(i - 2)).is_none()
    {
        return None;
    }
    let (unit, false) = units::noun(s.base(i + 1))? else { return None };
    if !matches!(unit, Unit::Week | Unit::Month | Unit::Quarter | Unit::Year | Unit::Day) {
        return None;
    }
    let v = s.anchor.map(|a| CalValue::containing(a, unit));
    Some(relative(i + 2, v, unresolved(unit)))
}

/// "the year" on its own in a report: "for the year", "earlier in the year", "the first nine
/// months of the year" are the anchor's year; "the year ended March 31" is a fiscal year, a
/// one-year DURATION (its end date is an expression of its own).
pub(crate) fn the_year(s: &Scanner, i: usize) -> Option<Found> {
    if !(s.is(i, "the") && s.is(i + 1, "year")) || i == 0 {
        return None;
    }
    let next = s.w(i + 2);
    if matches!(next, "ended" | "ending") {
        return Some(text(i + 2, TimexKind::Duration, "P1Y"));
    }
    // Only where "the year" ends the phrase ("for the year, …"), not "the year before", "the
    // year's most active session", "the year-ago quarter" or "the year 2000".
    let ends = (s.kind(i + 2) != Some(PieceKind::Word)
        || super::super::lexicon::context::ends_a_noun_phrase(next))
        && !s.joiner(i + 2)
        && s.number(i + 2).is_none();
    let before = s.w(i - 1);
    let of_a_part = before == "of"
        && i >= 2
        && (units::noun(s.base(i - 2)).is_some()
            || super::super::lexicon::context::is_part_of_period(s.w(i - 2)));
    if !ends || !(matches!(before, "for" | "in" | "during") || of_a_part) {
        return None;
    }
    let v = s.anchor.map(|a| CalValue::Year(a.year()));
    Some(relative(i + 2, v, "XXXX"))
}

/// "year-end", "year end": December 31 of the anchor's year, or of the year before when the
/// clause looks back ("the change since year-end").
pub(crate) fn year_end(s: &Scanner, i: usize) -> Option<Found> {
    let end = if s.is(i, "year") && s.joiner(i + 1) && s.is(i + 2, "end") {
        i + 3
    } else if s.is(i, "year") && s.is(i + 1, "end") {
        i + 2
    } else {
        return None;
    };
    let looks_back = i > 0 && matches!(s.w(i - 1), "since" | "last" | "at");
    let v = s.anchor.and_then(|a| {
        let year =
            if looks_back && !is_future(s, i, end) { a.year().checked_sub(1)? } else { a.year() };
        Date::new(year, 12, 31).ok().map(CalValue::Day)
    });
    Some(relative(end, v, "XXXX-12-31"))
}

/// "the summer", "the early summer": the season of the anchor's year, the last one in a past
/// clause, the next one in a future clause.
pub(crate) fn the_season(s: &Scanner, i: usize) -> Option<Found> {
    if !s.is(i, "the") {
        return None;
    }
    // Rule: "the early summer", "the late fall": a part of the season.
    let position = super::super::lexicon::modifiers::position(s.w(i + 1))
        .filter(|_| seasons::season(s.w(i + 2)).is_some());
    let j = if position.is_some() { i + 2 } else { i + 1 };
    let season = seasons::season(s.w(j))?;
    if s.is(j + 1, "of") {
        return None;
    }
    let found = season_found(s, i, j + 1, season);
    Some(found.with_modifier(position))
}

fn season_found(s: &Scanner, i: usize, end: usize, season: Season) -> Found {
    let p = if is_future(s, i, end) { Pointer::Next } else { Pointer::Last };
    let v = s.anchor.and_then(|a| {
        let current = Season::of_month(a.month() as u8);
        if season == current {
            season_relative(a, season, Pointer::This)
        } else {
            season_relative(a, season, p)
        }
    });
    relative(end, v, &format!("XXXX-{}", season.code()))
}

/// "mid-afternoon", "midmorning", "mid-afternoon yesterday": a part of the anchor's day (or of
/// the day said right after it), a TIME.
pub(crate) fn mid_part_of_day(s: &Scanner, i: usize) -> Option<Found> {
    let (part, j) = if s.is(i, "mid") {
        let k = if s.joiner(i + 1) { i + 2 } else { i + 1 };
        (dayparts::part_of_day(s.w(k))?, k + 1)
    } else if s.w(i).starts_with("mid") {
        (dayparts::part_of_day(s.w(i))?, i + 1)
    } else {
        return None;
    };
    let (code, false) = part else { return None };
    // The day said right after: "mid-afternoon yesterday", "midmorning Tuesday".
    let day = deictic_day(s, j).or_else(|| weekday_in(s, j, i)).and_then(|f| match f.value {
        Val::Cal(CalValue::Day(d)) => Some((d, f.end)),
        _ => None,
    });
    let (date, end) = match day {
        Some((d, end)) => (Some(d), end),
        None => (s.anchor, j),
    };
    let v = date.map(|d| CalValue::DayPart(d, code));
    let found = as_time(relative(end, v, &format!("XXXX-XX-XXT{code}")));
    Some(found.with_modifier(Some(super::super::Modifier::Mid)))
}

/// The unresolved value of a relative expression at a unit's granularity.
pub(crate) fn unresolved(unit: Unit) -> &'static str {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
        Unit::Week => "XXXX-WXX",
        Unit::Weekend => "XXXX-WXX-WE",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century | Unit::Millennium => "XX",
    }
}

/// A weekday ("Friday", "on Tuesday", "Tuesday night"): the last one, or the next one when
/// the clause speaks of the future; plural weekdays are sets ("on Tuesdays").
pub(crate) fn weekday(s: &Scanner, i: usize) -> Option<Found> {
    weekday_in(s, i, i)
}

/// A weekday at `i` inside a longer expression that starts at `start` ("until 9 a.m.
/// Tuesday"): the tense is read around the whole expression.
pub(crate) fn weekday_in(s: &Scanner, i: usize, start: usize) -> Option<Found> {
    let w = s.base(i);
    let (wd, plural) = weekdays::weekday(w)?;
    if weekdays::is_abbreviation(w) || !s.capitalized(i) {
        return None;
    }
    let part = dayparts::part_of_day(s.w(i + 1));
    if plural {
        // Rule: "Tuesdays" and "Tuesday nights" recur.
        let (suffix, end) = match part {
            Some((code, _)) => (format!("T{code}"), i + 2),
            None => (String::new(), i + 1),
        };
        return Some(text(end, TimexKind::Set, &format!("XXXX-WXX-{wd}{suffix}")));
    }
    if let Some((code, true)) = part {
        return Some(text(i + 2, TimexKind::Set, &format!("XXXX-WXX-{wd}T{code}")));
    }
    // Rule: "Tuesday morning", "Friday night" are the day itself, a DATE: the part of day is in
    // the extent, not in the value, as TimeBank marks them most often.
    let end = if part.is_some() { i + 2 } else { i + 1 };
    let future = is_future(s, start.min(i), end);
    let day = s.anchor.and_then(|a| {
        if future {
            calendar::weekday_on_or_after(a, wd, false)
        } else {
            calendar::weekday_on_or_before(a, wd, false)
        }
    });
    Some(relative(end, day.map(CalValue::Day), &format!("XXXX-WXX-{wd}")))
}

#[cfg(test)]
mod tests {
    use super::super::super::tag;
    use jiff::civil::date;

    fn values(text: &str, anchor: (i16, i8, i8)) -> Vec<(String, String)> {
        tag(text, Some(date(anchor.0, anchor.1, anchor.2)))
            .into_iter()
            .map(|t| (t.span.of(text).to_string(), t.value))
            .collect()
    }

    fn one(text: &str, anchor: (i16, i8, i8)) -> (String, String) {
        let v = values(text, anchor);
        assert_eq!(v.len(), 1, "{v:?}");
        v[0].clone()
    }

    #[test]
    fn yesterday_today_tomorrow_count_days_from_the_anchor() {
        assert_eq!(one("He said yesterday that", (1998, 2, 6)).1, "1998-02-05");
        assert_eq!(one("the vote tomorrow", (1998, 2, 28)).1, "1998-03-01");
        assert_eq!(one("prices today", (1998, 2, 6)).1, "1998-02-06");
    }

    #[test]
    fn part_of_day_after_a_deictic_day_is_a_time() {
        assert_eq!(one("It fell yesterday morning.", (1998, 2, 6)).1, "1998-02-05TMO");
        assert_eq!(one("It fell last night.", (1998, 2, 6)).1, "1998-02-05TNI");
    }

    #[test]
    fn this_week_is_the_iso_week_of_the_anchor() {
        assert_eq!(
            one("They met this week.", (2019, 6, 13)),
            ("this week".into(), "2019-W24".into())
        );
    }

    #[test]
    fn last_month_and_next_year_shift_from_the_anchor() {
        assert_eq!(one("It rose last month.", (2019, 6, 13)).1, "2019-05");
        assert_eq!(one("It will rise next year.", (2019, 6, 13)).1, "2020");
        assert_eq!(one("Last year, it fell.", (2021, 7, 27)).1, "2020");
    }

    #[test]
    fn last_month_name_is_the_most_recent_one_before_the_anchor_month() {
        assert_eq!(one("approved last April", (1989, 10, 27)).1, "1989-04");
        assert_eq!(one("arrived last November", (2000, 1, 13)).1, "1999-11");
    }

    #[test]
    fn last_fall_in_winter_is_the_previous_years_fall() {
        assert_eq!(one("gains that began last fall", (1998, 2, 6)).1, "1997-FA");
        assert_eq!(one("killed last fall", (1999, 6, 7)).1, "1998-FA");
        assert_eq!(one("due this summer", (2019, 6, 13)).1, "2019-SU");
    }

    #[test]
    fn a_weekday_is_the_last_one_in_a_past_clause_and_the_next_in_a_future_one() {
        // 1998-02-06 is a Friday.
        assert_eq!(one("The company said Tuesday that", (1998, 2, 6)).1, "1998-02-03");
        assert_eq!(one("The board will meet Tuesday.", (1998, 2, 6)).1, "1998-02-10");
        assert_eq!(one("The report came out Friday.", (1998, 2, 6)).1, "1998-02-06");
    }

    #[test]
    fn last_and_next_weekday_skip_the_anchor_day() {
        assert_eq!(one("It closed last Friday.", (1998, 2, 6)).1, "1998-01-30");
        assert_eq!(one("It opens next Friday.", (1998, 2, 6)).1, "1998-02-13");
    }

    #[test]
    fn plural_weekdays_and_weekday_nights_are_sets() {
        let text = "The club meets on Tuesday nights and on Sundays.";
        let v = tag(text, Some(date(1998, 2, 6)));
        assert_eq!(v[0].value, "XXXX-WXX-2TNI");
        assert_eq!(v[1].value, "XXXX-WXX-7");
        assert_eq!(v[1].kind, super::super::super::TimexKind::Set);
    }

    #[test]
    fn the_weekend_is_the_last_one_in_a_past_clause() {
        // 1998-02-23 is a Monday.
        assert_eq!(one("Talks collapsed over the weekend.", (1998, 2, 23)).1, "1998-W08-WE");
        assert_eq!(one("They will rest on the weekend.", (1998, 2, 23)).1, "1998-W09-WE");
    }

    #[test]
    fn the_previous_friday_counts_from_the_story() {
        assert_eq!(values("It closed on the previous Friday.", (1989, 10, 27))[0].1, "1989-10-20");
    }

    #[test]
    fn this_past_spring_is_last_spring() {
        assert_eq!(one("this past spring", (1989, 10, 27)).1, "1989-SP");
    }

    #[test]
    fn the_end_of_the_month_is_the_anchors_month_ending() {
        let v = tag("by the end of the month", Some(date(1990, 8, 15)));
        assert_eq!(
            (v[0].value.as_str(), v[0].modifier),
            ("1990-08", Some(super::super::super::Modifier::End))
        );
    }

    #[test]
    fn year_end_looks_back_after_since() {
        assert_eq!(one("The change is since year-end.", (1989, 10, 27)).1, "1988-12-31");
        assert_eq!(one("to close the deal by year-end.", (1989, 10, 27)).1, "1989-12-31");
    }

    #[test]
    fn the_summer_is_this_years_summer() {
        assert_eq!(one("demand well into the summer", (1989, 10, 27)).1, "1989-SU");
    }

    #[test]
    fn weekday_with_a_part_of_day_is_that_day() {
        assert_eq!(
            one("It happened Wednesday night.", (1998, 2, 6)),
            ("Wednesday night".into(), "1998-02-04".into())
        );
    }

    #[test]
    fn the_following_day_counts_from_the_last_stated_date() {
        let v = values("They met on June 12, 2018. The following day, talks ended.", (2019, 6, 13));
        assert_eq!(v[1], ("The following day".into(), "2018-06-13".into()));
    }

    #[test]
    fn that_year_is_the_year_of_the_last_stated_date() {
        let v = values("In 1990 prices fell. That year was hard.", (2019, 6, 13));
        assert_eq!(v[1].1, "1990");
    }

    #[test]
    fn without_an_anchor_relative_values_stay_unresolved() {
        let v = tag("last week, on Friday, yesterday", None);
        let got: Vec<_> = v.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(got, ["XXXX-WXX", "XXXX-WXX-5", "XXXX-XX-XX"]);
        assert!(v.iter().all(|t| t.interval.is_none()));
    }

    #[test]
    fn the_year_alone_in_a_report_is_the_anchors_year() {
        assert_eq!(
            one("For the year, volume was flat.", (1989, 11, 2)),
            ("the year".into(), "1989".into())
        );
        assert_eq!(one("sales were delayed earlier in the year.", (1989, 11, 2)).1, "1989");
        assert_eq!(one("delayed earlier in the year by heavy rains", (1989, 11, 2)).1, "1989");
        assert_eq!(values("in the first nine months of the year.", (1989, 11, 2))[1].1, "1989");
    }

    #[test]
    fn the_year_ended_a_date_is_a_fiscal_year_duration() {
        let v = tag("revenue of $76 million for the year ended March 31.", Some(date(1989, 11, 2)));
        assert_eq!(
            (
                v[0].span.of("revenue of $76 million for the year ended March 31."),
                v[0].value.as_str()
            ),
            ("the year", "P1Y")
        );
    }

    #[test]
    fn the_year_before_a_noun_or_a_comparison_is_not_tagged() {
        assert!(values("down from $450 million the year before.", (1989, 11, 2)).is_empty());
        assert!(values("the year's most active session", (1989, 11, 2)).is_empty());
        assert!(values("player of the year.", (1989, 11, 2)).is_empty());
    }

    #[test]
    fn a_lowercase_month_name_after_this_is_a_word() {
        assert!(values("arrested at this march in each", (1999, 1, 22)).is_empty());
        assert_eq!(one("arrested this March", (1999, 1, 22)).1, "1999-03");
    }

    #[test]
    fn the_early_summer_is_the_start_of_that_summer() {
        let v =
            tag("orders rose from the low levels of the early summer.", Some(date(1989, 10, 26)));
        assert_eq!(
            v[0].span.of("orders rose from the low levels of the early summer."),
            "the early summer"
        );
        assert_eq!(
            (v[0].value.as_str(), v[0].modifier),
            ("1989-SU", Some(super::super::super::Modifier::Start))
        );
    }

    #[test]
    fn earlier_this_month_runs_up_to_the_story_s_day_and_early_is_the_first_third() {
        let text = "She fell ill earlier this month and will rest until later this month.";
        let v = tag(text, Some(date(2024, 4, 27)));
        let earlier = v[0].interval.unwrap();
        assert_eq!((earlier.start, earlier.end), (date(2024, 4, 1), date(2024, 4, 27)));
        let later = v[1].interval.unwrap();
        assert_eq!((later.start, later.end), (date(2024, 4, 27), date(2024, 4, 30)));
        let early = tag("She fell ill early this month.", Some(date(2024, 4, 27)));
        assert_eq!(early[0].interval.unwrap().end, date(2024, 4, 10));
    }

    #[test]
    fn mid_afternoon_is_a_part_of_the_day() {
        assert_eq!(
            one("In London at mid-afternoon yesterday, shares rose.", (1989, 11, 2)),
            ("mid-afternoon yesterday".into(), "1989-11-01TAF".into())
        );
        assert_eq!(one("By mid afternoon, it was over.", (1998, 3, 6)).1, "1998-03-06TAF");
        assert_eq!(one("by midmorning", (1998, 3, 6)).1, "1998-03-06TMO");
    }

    #[test]
    fn the_following_month_counts_from_a_month_in_the_story() {
        let v = values(
            "In March, the Bass family urged a sale. The following month, it sold.",
            (1989, 10, 27),
        );
        assert_eq!(v[1], ("The following month".into(), "1989-04".into()));
        // A month does not say which day "that day" is: the anchor stands in.
        let v = values("In March, funds fell. That day, it sold.", (1989, 10, 27));
        assert_eq!(v[1].1, "1989-10-27");
    }

    #[test]
    fn today_after_a_name_is_a_title() {
        assert!(values("This is VOA Today.", (1998, 3, 31)).is_empty());
        assert!(values("a poll by USA Today and CNN", (1998, 3, 31)).is_empty());
        assert_eq!(one("It rained. Today it is dry.", (1998, 3, 31)).1, "1998-03-31");
    }
}
