//! The rules: each function recognizes one family of expressions at a token and returns what
//! it found. [`longest`] asks them all and keeps the longest match (the earlier rule on a tie).

pub(crate) mod absolute;
pub(crate) mod anniversary;
pub(crate) mod business;
pub(crate) mod count;
pub(crate) mod durations;
pub(crate) mod holidays;
pub(crate) mod references;
pub(crate) mod relative;
pub(crate) mod resolve;
pub(crate) mod times;

use super::lexicon::{
    self, dayparts, modifiers, months, numbers, ordinals, seasons, triggers, units, weekdays,
};
use super::scan::{Found, Memory, Scanner};
use crate::doc::PieceKind;

/// Whether any rule can start at a word (lowercased, without a possessive "'s"): a word from
/// one of the tables. Most words are not; the scanner asks once per distinct word and runs the
/// rules only where one could match, which keeps the tagger fast.
pub(crate) fn could_start_word(w: &str) -> bool {
    // Every table word is ASCII and at most 13 bytes long ("thanksgiving", "approximately").
    if w.len() > 13 || !w.is_ascii() {
        return false;
    }
    triggers::starts_an_expression(w)
        || months::full(w).is_some()
        || months::abbreviated(w).is_some()
        || weekdays::weekday(w).is_some()
        || units::noun(w).is_some()
        || units::frequency(w).is_some()
        || numbers::small(w).is_some()
        || numbers::is_vague_count(w)
        || numbers::decade_word(w).is_some()
        || ordinals::word(w).is_some()
        || seasons::season(w).is_some()
        || dayparts::clock_word(w).is_some()
        || dayparts::part_of_day(w).is_some()
        || lexicon::references::single(w).is_some()
        || modifiers::position(w).is_some()
        || modifiers::quantity(w).is_some()
        || lexicon::holidays::starts_name(w)
}

/// Whether token `i` could continue an expression begun by a lead word.
fn follows(s: &Scanner, i: usize) -> bool {
    match s.kind(i) {
        Some(PieceKind::Number) => true,
        Some(PieceKind::Punct) => s.punct(i, '\'') || s.punct(i, '\u{2019}'),
        Some(PieceKind::Word) => {
            s.starts.get(i).copied().unwrap_or(false) || triggers::follower_word(s.w(i))
        }
        None => false,
    }
}

/// The longest match of any rule at token `i`.
pub(crate) fn longest(s: &Scanner, i: usize, memory: &mut Memory) -> Option<Found> {
    let could_start = match s.kind(i) {
        None => false,
        Some(PieceKind::Number) => true,
        Some(PieceKind::Punct) => s.punct(i, '\'') || s.punct(i, '\u{2019}'),
        Some(PieceKind::Word) => s.starts.get(i).copied().unwrap_or(false),
    };
    if !could_start {
        return None;
    }
    // Rule words that only lead ("the", "a", "last", "more") start nothing unless one of the
    // next two tokens could ("the third quarter", "at least two days").
    if triggers::is_lead_word(s.base(i)) && !(1..=2).any(|k| follows(s, i + k)) {
        return None;
    }
    let memory_now = memory.clone();
    let m = &memory_now;
    let candidates = [
        absolute::numeric_date(s, i),
        times::time(s, i),
        absolute::calendar_date(s, i),
        absolute::listed_day(s, i),
        absolute::year_based(s, i),
        absolute::week_of(s, i),
        business::named_part(s, i),
        business::referred_quarter(s, i, m),
        business::fiscal_year(s, i),
        relative::deictic_day(s, i),
        relative::deictic_unit(s, i, m),
        relative::weekday(s, i),
        relative::the_weekend(s, i),
        relative::period_after_position(s, i),
        relative::year_end(s, i),
        relative::the_year(s, i),
        relative::the_season(s, i),
        relative::mid_part_of_day(s, i),
        durations::amount(s, i, m),
        durations::set(s, i),
        durations::bare_plural(s, i),
        durations::a_while(s, i),
        references::reference(s, i),
        holidays::holiday(s, i),
    ];
    let mut best: Option<Found> = None;
    for found in candidates.into_iter().flatten() {
        if best.as_ref().is_none_or(|b| found.end > b.end) {
            best = Some(found);
        }
    }
    // Anniversaries search ahead, so they run only where the word is.
    if s.w(i + 1) == "anniversary"
        || s.w(i + 2) == "anniversary"
        || s.w(i + 3) == "anniversary"
        || s.w(i + 4) == "anniversary"
    {
        if let Some(found) = anniversary::anniversary(s, i, memory) {
            if best.as_ref().is_none_or(|b| found.end >= b.end) {
                best = Some(found);
            }
        }
    }
    // Rule: a quoted title in capitals ("This Week," on ABC; CBS's "60 Minutes") names a show,
    // not a time.
    if best.as_ref().is_some_and(|b| is_quoted_title(s, i, b.end)) {
        return None;
    }
    best
}

/// Whether tokens `i..end` open a quotation and end in a capitalized word after the first one
/// (`"This Week With David Brinkley"`, `''60 Minutes''`).
fn is_quoted_title(s: &Scanner, i: usize, end: usize) -> bool {
    if i == 0 || end < i + 2 || !s.glued(i) {
        return false;
    }
    let quote = ['"', '\'', '`', '\u{201c}', '\u{2018}'].iter().any(|&c| s.punct(i - 1, c));
    let last = end - 1;
    quote && s.kind(last) == Some(PieceKind::Word) && s.capitalized(last)
}

#[cfg(test)]
mod tests {
    use super::super::tag;
    use jiff::civil::date;

    #[test]
    fn a_quoted_title_in_capitals_is_not_a_time() {
        let text = "Baker said on ABC-TV's \"This Week With David Brinkley\" that talks failed.";
        assert!(tag(text, Some(date(1991, 2, 25))).is_empty());
        let text = "Gonzalez said on CBS's ''60 Minutes.''";
        assert!(tag(text, Some(date(2000, 4, 17))).is_empty());
        let text = "He said \"this week\" twice.";
        assert_eq!(tag(text, Some(date(1991, 2, 25)))[0].value, "1991-W09");
    }
}
