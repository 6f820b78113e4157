//! Clock times: "3 p.m.", "10:30 a.m. EST", "noon", "midnight", "7 o'clock", with the day
//! they fall on when it is said right after ("10 p.m. Wednesday", "5 p.m. EST Nov. 9", "noon
//! Thursday"); without one, the anchor's day.

use super::super::calendar::CalValue;
use super::super::lexicon::{dayparts, zones};
use super::super::scan::{Found, Scanner, Val};
use super::super::TimexKind;
use super::absolute::calendar_date;
use super::relative::{deictic_day, weekday_in};

/// "a.m."/"p.m."/"am"/"pm" at `i`: whether afternoon, and the token after it.
fn meridiem(s: &Scanner, i: usize) -> Option<(bool, usize)> {
    let pm = match s.w(i) {
        "am" | "a" => false,
        "pm" | "p" => true,
        _ => return None,
    };
    if matches!(s.w(i), "am" | "pm") {
        return Some((pm, s.skip_period(i + 1)));
    }
    // "a.m." and "p.m.": letter, period, "m", period — all glued.
    if s.punct(i + 1, '.') && s.glued(i + 1) && s.is(i + 2, "m") && s.glued(i + 2) {
        return Some((pm, s.skip_period(i + 3)));
    }
    None
}

/// A clock time at `i`: `(hour, minute)` in 24-hour form and the token after it.
fn clock(s: &Scanner, i: usize) -> Option<(u8, u8, usize)> {
    // "High Noon", "high noon comes today": the idiom (and the film), not twelve o'clock.
    if i > 0 && s.is(i, "noon") && s.is(i - 1, "high") {
        return None;
    }
    if let Some((h, m)) = dayparts::clock_word(s.w(i)) {
        return Some((h, m, i + 1));
    }
    let (h, digits) = s.number(i)?;
    if digits > 2 || h > 24 {
        return None;
    }
    let mut j = i + 1;
    let mut minute = 0;
    let mut has_colon = false;
    if (s.punct(j, ':') || s.punct(j, '.')) && s.glued(j) {
        let (m, d) = s.number(j + 1)?;
        if d != 2 || m > 59 || !s.glued(j + 1) {
            return None;
        }
        minute = m as u8;
        has_colon = s.punct(j, ':');
        j += 2;
    }
    if let Some((pm, k)) = meridiem(s, j) {
        if !(1..=12).contains(&h) {
            return None;
        }
        let hour = match (pm, h) {
            (false, 12) => 0,
            (false, h) => h as u8,
            (true, 12) => 12,
            (true, h) => h as u8 + 12,
        };
        return Some((hour, minute, k));
    }
    if s.is(j, "o'clock") || s.is(j, "o\u{2019}clock") {
        return Some((h as u8 % 24, 0, j + 1));
    }
    // Rule: "4 in the morning", "10 at night".
    if (1..=12).contains(&h) && minute == 0 {
        let part = if s.is(j, "in") && s.is(j + 1, "the") {
            dayparts::part_of_day(s.w(j + 2)).map(|(code, plural)| (code, plural, j + 3))
        } else if s.is(j, "at") && s.is(j + 1, "night") {
            Some(("NI", false, j + 2))
        } else {
            None
        };
        if let Some((code, false, end)) = part {
            let hour = match (code, h) {
                ("MO", 12) => 0,
                ("MO", h) => h as u8,
                ("NI", h) if h < 5 => h as u8,
                (_, 12) => 12,
                (_, h) => h as u8 + 12,
            };
            return Some((hour, 0, end));
        }
    }
    // A bare 24-hour time needs a preposition before it or a zone after it ("at 16:04").
    let before = if i > 0 { s.w(i - 1) } else { "" };
    if has_colon
        && h < 24
        && (zones::is_zone(s.w(j))
            || matches!(
                before,
                "at" | "around" | "about" | "by" | "until" | "before" | "after" | "from" | "since"
            ))
    {
        return Some((h as u8, minute, j));
    }
    None
}

/// A clock time, a zone, and the day after it.
pub(crate) fn time(s: &Scanner, i: usize) -> Option<Found> {
    let (hour, minute, mut j) = clock(s, i)?;
    if zones::is_zone(s.w(j)) {
        j += 1;
    }
    // Rule: a day right after the time belongs to it ("10 p.m. Wednesday", "noon Thursday",
    // "5 p.m. EST, Nov. 6").
    let k = if s.is(j, "on") || (s.punct(j, ',') && super::absolute::month_at(s, j + 1).is_some()) {
        j + 1
    } else {
        j
    };
    let day = weekday_in(s, k, i)
        .or_else(|| deictic_day(s, k))
        .or_else(|| super::absolute::month_date_in(s, k, i))
        .or_else(|| calendar_date(s, k))
        .and_then(|f| match f.value {
            Val::Cal(CalValue::Day(d)) | Val::Cal(CalValue::DayPart(d, _)) => Some((d, f.end)),
            _ => None,
        });
    let (date, end) = match day {
        Some((d, end)) => (Some(d), end),
        None => (s.anchor, j),
    };
    Some(match date {
        Some(d) => Found::new(end, TimexKind::Time, Val::Cal(CalValue::Minute(d, hour, minute))),
        None => Found::text(end, TimexKind::Time, format!("XXXX-XX-XXT{hour:02}:{minute:02}")),
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::{tag, TimexKind};
    use jiff::civil::date;

    fn first(text: &str) -> (String, TimexKind, String) {
        let t = tag(text, Some(date(1998, 2, 6)));
        let t = t.first().expect("a timex");
        (t.span.of(text).to_string(), t.kind, t.value.clone())
    }

    #[test]
    fn pm_times_fall_on_the_anchor_day() {
        assert_eq!(
            first("at 3 p.m. the"),
            ("3 p.m.".into(), TimexKind::Time, "1998-02-06T15:00".into())
        );
        assert_eq!(
            first("around 7:15 p.m."),
            ("around 7:15 p.m.".into(), TimexKind::Time, "1998-02-06T19:15".into())
        );
    }

    #[test]
    fn a_day_after_the_time_is_part_of_it() {
        assert_eq!(first("at 10 p.m. Wednesday").2, "1998-02-04T22:00");
        assert_eq!(first("by noon Thursday").0, "noon Thursday");
        assert_eq!(first("at 5 p.m. EST Nov. 9").0, "5 p.m. EST Nov. 9");
        assert_eq!(first("until 5 p.m. EST, Nov. 6.").0, "5 p.m. EST, Nov. 6");
        assert_eq!(first("until 5 p.m. EST, Nov. 6.").2, "1998-11-06T17:00");
    }

    #[test]
    fn twelve_am_is_midnight() {
        assert_eq!(first("at 12:30 a.m.").2, "1998-02-06T00:30");
    }

    #[test]
    fn scores_and_ratios_are_not_times() {
        assert!(tag("won 3:2 in the final", Some(date(1998, 2, 6))).is_empty());
    }

    #[test]
    fn a_number_in_the_morning_is_a_clock_time() {
        assert_eq!(
            first("He will leave at 4 in the morning."),
            ("4 in the morning".into(), TimexKind::Time, "1998-02-06T04:00".into())
        );
        assert_eq!(first("at 10 at night").2, "1998-02-06T22:00");
        assert_eq!(first("at 2 in the afternoon").2, "1998-02-06T14:00");
    }

    #[test]
    fn the_day_after_a_time_takes_the_tense_of_the_whole_expression() {
        // 1998-02-06 is a Friday: "until 9 a.m. Tuesday" is the coming Tuesday.
        assert_eq!(first("gave them until 9 a.m. Tuesday to sign").2, "1998-02-10T09:00");
    }

    #[test]
    fn high_noon_is_an_idiom() {
        assert!(tag("the film High Noon. For Poland, high noon comes today.", None)
            .iter()
            .all(|t| !t.value.contains("T12")));
    }
}
