//! Counts and ordinals as news copy writes them: "3", "1,000", "2 1/2", "twenty-four",
//! "a hundred", "a couple of", "several"; "4th", "third", "twenty-first".

use super::super::lexicon::{numbers, ordinals};
use super::super::scan::Scanner;

/// The most thousands groups a count reads ("1,000,000,000,000").
const MAX_THOUSANDS_GROUPS: usize = 4;

/// How many: an exact number of halves (so "2 1/2" is 5 halves), or an unknown count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Count {
    Halves(u64),
    Vague,
}

impl Count {
    pub(crate) fn whole(n: u64) -> Count {
        Count::Halves(n.saturating_mul(2))
    }
}

/// A spelled cardinal below a thousand at `i` ("twenty-four", "one hundred five").
fn spelled(s: &Scanner, i: usize) -> Option<(u64, usize)> {
    let first = numbers::small(s.w(i))?;
    let mut value = u64::from(first);
    let mut j = i + 1;
    if numbers::is_tens(first) {
        // "twenty-four" or "twenty four".
        let k = if s.joiner(j) { j + 1 } else { j };
        if let Some(unit) = numbers::small(s.w(k)).filter(|u| (1..=9).contains(u)) {
            value += u64::from(unit);
            j = k + 1;
        }
    }
    if let Some(m) = numbers::multiplier(s.w(j)) {
        value = value.saturating_mul(u64::from(m));
        j += 1;
    }
    Some((value, j))
}

/// A count at `i`: the count and the token after it. With `article`, "a"/"an" count as one.
pub(crate) fn count(s: &Scanner, i: usize, article: bool) -> Option<(Count, usize)> {
    let w = s.w(i);
    if let Some((n, _)) = s.number(i) {
        let mut value = u64::from(n);
        let mut j = i + 1;
        // "1,000" — a comma glued on both sides, three digits after. At most four groups, so
        // that a long run of digit groups is not re-read from each of its tokens.
        let mut groups = 0;
        while groups < MAX_THOUSANDS_GROUPS
            && s.punct(j, ',')
            && s.glued(j)
            && s.glued(j + 1)
            && s.number(j + 1).is_some_and(|(_, d)| d == 3)
        {
            groups += 1;
            value = value.saturating_mul(1000).saturating_add(u64::from(s.number(j + 1)?.0));
            j += 2;
        }
        // "2 1/2".
        if s.number(j).is_some_and(|(v, _)| v == 1)
            && s.punct(j + 1, '/')
            && s.number(j + 2).is_some_and(|(v, _)| v == 2)
        {
            return Some((Count::Halves(value.saturating_mul(2).saturating_add(1)), j + 3));
        }
        // A decimal point is not a count we normalize ("1.5 million").
        if s.punct(j, '.') && s.glued(j) && s.number(j + 1).is_some() && s.glued(j + 1) {
            return None;
        }
        return Some((Count::whole(value), j));
    }
    if article && (w == "a" || w == "an") {
        // "a couple of", "a few", "a dozen", "a hundred".
        let next = s.w(i + 1);
        if next == "couple" {
            let j = if s.is(i + 2, "of") { i + 3 } else { i + 2 };
            return Some((Count::whole(2), j));
        }
        if next == "few" {
            return Some((Count::Vague, i + 2));
        }
        if let Some(m) = numbers::multiplier(next) {
            return Some((Count::whole(u64::from(m)), i + 2));
        }
        if next == "dozen" {
            return Some((Count::whole(12), i + 2));
        }
        return Some((Count::whole(1), i + 1));
    }
    if w == "couple" {
        let j = if s.is(i + 1, "of") { i + 2 } else { i + 1 };
        return Some((Count::whole(2), j));
    }
    if numbers::is_vague_count(w) {
        return Some((Count::Vague, i + 1));
    }
    if matches!(w, "dozens" | "hundreds" | "thousands") && s.is(i + 1, "of") {
        return Some((Count::Vague, i + 2));
    }
    let (value, j) = spelled(s, i)?;
    // "one and a half".
    if s.is(j, "and") && s.is(j + 1, "a") && s.is(j + 2, "half") {
        return Some((Count::Halves(value.saturating_mul(2).saturating_add(1)), j + 3));
    }
    Some((Count::whole(value), j))
}

/// An ordinal at `i` ("4th", "third", "twenty-first"): its value and the token after it.
pub(crate) fn ordinal(s: &Scanner, i: usize) -> Option<(u32, usize)> {
    if let Some((n, _)) = s.number(i) {
        if s.glued(i + 1) && ordinals::is_suffix(s.w(i + 1)) {
            return Some((n, i + 2));
        }
        return None;
    }
    if let Some(n) = ordinals::word(s.base(i)) {
        return Some((n, i + 1));
    }
    // "twenty-first".
    let tens = numbers::small(s.w(i)).filter(|&t| numbers::is_tens(t))?;
    let k = if s.joiner(i + 1) { i + 2 } else { i + 1 };
    let unit = ordinals::word(s.base(k)).filter(|u| (1..=9).contains(u))?;
    Some((tens + unit, k + 1))
}

/// A year spelled out or written at `i`: "1990", "nineteen ninety-six", "two thousand".
pub(crate) fn spelled_year(s: &Scanner, i: usize) -> Option<(i16, usize)> {
    let century = numbers::small(s.w(i)).filter(|&c| numbers::is_century_teen(c))?;
    if s.is(i + 1, "hundred") {
        return Some((i16::try_from(century * 100).ok()?, i + 2));
    }
    let (rest, j) = spelled(s, i + 1)?;
    if !(10..100).contains(&rest) {
        return None;
    }
    let year = u64::from(century) * 100 + rest;
    Some((i16::try_from(year).ok()?, j))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count_of(text: &str) -> Option<Count> {
        let doc = crate::doc::Doc::new(text);
        let s = Scanner::new(&doc, None);
        count(&s, 0, true).map(|(c, _)| c)
    }

    #[test]
    fn digits_words_and_compounds_count() {
        assert_eq!(count_of("3 days"), Some(Count::whole(3)));
        assert_eq!(count_of("twenty-four hours"), Some(Count::whole(24)));
        assert_eq!(count_of("twenty four hours"), Some(Count::whole(24)));
        assert_eq!(count_of("a hundred years"), Some(Count::whole(100)));
        assert_eq!(count_of("1,000 years"), Some(Count::whole(1000)));
    }

    #[test]
    fn halves_are_counted_exactly() {
        assert_eq!(count_of("2 1/2 years"), Some(Count::Halves(5)));
        assert_eq!(count_of("one and a half years"), Some(Count::Halves(3)));
    }

    #[test]
    fn vague_counts_and_couples() {
        assert_eq!(count_of("several years"), Some(Count::Vague));
        assert_eq!(count_of("a few days"), Some(Count::Vague));
        assert_eq!(count_of("a couple of years"), Some(Count::whole(2)));
    }

    #[test]
    fn ordinals_in_digits_and_words() {
        let doc = crate::doc::Doc::new("68th twenty-first third");
        let s = Scanner::new(&doc, None);
        assert_eq!(ordinal(&s, 0), Some((68, 2)));
        assert_eq!(ordinal(&s, 2), Some((21, 5)));
        assert_eq!(ordinal(&s, 5), Some((3, 6)));
    }

    #[test]
    fn spoken_years() {
        let doc = crate::doc::Doc::new("nineteen ninety-six");
        let s = Scanner::new(&doc, None);
        assert_eq!(spelled_year(&s, 0), Some((1996, 4)));
        let doc = crate::doc::Doc::new("nineteen hundred");
        let s = Scanner::new(&doc, None);
        assert_eq!(spelled_year(&s, 0), Some((1900, 2)));
    }
}
