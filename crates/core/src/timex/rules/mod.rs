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

use super::scan::{Found, Memory, Scanner};
use super::tokens::TokenKind;

/// The longest match of any rule at token `i`.
pub(crate) fn longest(s: &Scanner, i: usize, memory: &mut Memory) -> Option<Found> {
    // Rules start on a word, a number or an apostrophe ("'90s"); skip other tokens cheaply.
    match s.kind(i)? {
        TokenKind::Punct if !(s.punct(i, '\'') || s.punct(i, '\u{2019}')) => return None,
        _ => {}
    }
    let memory_now = memory.clone();
    let m = &memory_now;
    let candidates = [
        absolute::numeric_date(s, i),
        times::time(s, i),
        absolute::calendar_date(s, i),
        absolute::year_based(s, i),
        absolute::week_of(s, i),
        business::named_part(s, i),
        business::referred_quarter(s, i, m),
        business::fiscal_year(s, i),
        relative::deictic_day(s, i),
        relative::deictic_unit(s, i, m),
        relative::weekday(s, i),
        relative::the_weekend(s, i),
        durations::amount(s, i, m),
        durations::set(s, i),
        durations::bare_plural(s, i),
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
    if s.w(i + 1) == "anniversary" || s.w(i + 2) == "anniversary" || s.w(i + 3) == "anniversary" || s.w(i + 4) == "anniversary" {
        if let Some(found) = anniversary::anniversary(s, i, memory) {
            if best.as_ref().is_none_or(|b| found.end >= b.end) {
                best = Some(found);
            }
        }
    }
    best
}
