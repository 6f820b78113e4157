//! Which temporal expression of a sentence dates its event, and what date that gives.
//!
//! Rules, in the order they apply:
//! - **rule "same segment"**: a date dates the trigger only when no clause break (comma,
//!   semicolon, colon, dash, bracket) stands between them, or when it opens the sentence ("On
//!   Tuesday, both Koreas announced …"), or when a "when" clause follows it ("since early 2019,
//!   when the summit collapsed"). "… later this month, Trump said he had received" does not
//!   date the receiving, and a date in a "that" clause after the trigger dates that clause.
//! - **rule "prenominal date"**: a date between a determiner and a noun describes that noun,
//!   not the event: "the June 12 summit", "its self-imposed 2017 moratorium".
//! - **rule "nearest"**: of the remaining expressions, dated or not, the nearest to the trigger
//!   wins. When the nearest could not be resolved ("on Wednesday" in an article whose day is not
//!   known), the event is not dated by a farther expression that belongs to something else.
//! - **rule "anniversary"**: an event named after "the Nth anniversary of" happened N years
//!   before the anniversary ("Tuesday marks the 68th anniversary of the signing of an
//!   armistice" in July 2021 → 1953); the day comes from a day-precise date of the sentence
//!   that falls in the anniversary's year.

use jiff::civil::Date;

use super::words::{Token, TokenKind};
use super::DatedMention;
use crate::doc::fold::fold;
use crate::{Interval, Precision, Span};

/// A temporal expression the rules may choose: dated, or found but unresolved.
#[derive(Debug, Clone, Copy)]
pub(super) enum Candidate<'a> {
    Dated(&'a DatedMention),
    Unresolved(Span),
}

impl Candidate<'_> {
    fn span(&self) -> Span {
        match self {
            Candidate::Dated(d) => d.span,
            Candidate::Unresolved(s) => *s,
        }
    }
}

/// Determiners and possessives before a prenominal date.
const DETERMINERS: &[&str] =
    &["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"];

/// First words of a date that make it an adverbial, never a noun's modifier.
const ADVERBIAL_OPENERS: &[&str] = &[
    "on", "in", "at", "since", "by", "until", "during", "from", "last", "this", "next", "earlier",
    "later", "early", "late", "around", "before", "after",
];

/// Words after a date that show it is not a noun's modifier.
const NOT_A_NOUN: &[&str] = &[
    "of", "in", "on", "at", "to", "for", "and", "or", "but", "when", "after", "before", "as", "is",
    "was", "were", "are", "will", "with", "by", "that", "which", "from", "until", "since", "s",
    "about",
];

/// The candidate that dates the trigger, by rules "same segment", "prenominal date" and
/// "nearest".
pub(super) fn choose<'a>(
    text: &str,
    sentence: Span,
    toks: &[Token],
    trigger: Span,
    dates: &'a [DatedMention],
    unresolved: &[Span],
) -> Option<Candidate<'a>> {
    let dated = dates.iter().filter(|d| sentence.contains(d.span)).map(Candidate::Dated);
    let open =
        unresolved.iter().filter(|s| sentence.contains(**s)).map(|&s| Candidate::Unresolved(s));
    dated
        .chain(open)
        .filter(|c| same_segment(text, toks, c.span(), trigger))
        .filter(|c| !prenominal(text, toks, c.span(), trigger))
        .min_by_key(|c| (distance(c.span(), trigger), c.span().start))
}

/// Rule "same segment".
fn same_segment(text: &str, toks: &[Token], date: Span, trigger: Span) -> bool {
    let (from, to) = if date.end <= trigger.start {
        (date.end, trigger.start)
    } else {
        (trigger.end, date.start)
    };
    // Tokens are in text order: look only at those between the two (binary search).
    let lo = toks.partition_point(|t| t.span.start < from);
    let hi = toks.partition_point(|t| t.span.start < to).max(lo);
    let broken = toks[lo..hi].iter().any(|t| t.kind == TokenKind::Break && t.span.end <= to);
    // "warned that more rain was expected on Sunday": a date in a "that" clause after the
    // trigger belongs to that clause.
    let complement = date.start >= trigger.end
        && toks[lo..hi].iter().any(|t| t.kind == TokenKind::Word && t.span.of(text) == "that");
    if complement {
        return false;
    }
    if !broken {
        return true;
    }
    // "since early 2019, when the second summit collapsed": the "when" clause tells what
    // happened at the date just before it.
    let when_clause = date.end <= trigger.start
        && toks.get(hi_after(toks, date.end)).is_some_and(|t| t.kind == TokenKind::Break)
        && toks
            .get(hi_after(toks, date.end) + 1)
            .is_some_and(|t| t.span.of(text).eq_ignore_ascii_case("when"));
    if when_clause {
        return true;
    }
    // A fronted adverbial: the date's words start the sentence.
    let first_word = toks.iter().position(|t| t.kind == TokenKind::Word);
    let at = toks.partition_point(|t| t.span.start < date.start);
    let first_date_word = toks.get(at).filter(|t| date.contains(t.span)).map(|_| at);
    date.end <= trigger.start
        && match (first_word, first_date_word) {
            (Some(w), Some(d)) => d <= w + 1,
            _ => false,
        }
}

/// The index of the first token at or after byte `at`.
fn hi_after(toks: &[Token], at: usize) -> usize {
    toks.partition_point(|t| t.span.start < at)
}

/// Rule "prenominal date". A date before the trigger noun itself ("the June 12 summit" when
/// the summit is the event) is the event's own date.
pub(super) fn prenominal(text: &str, toks: &[Token], date: Span, trigger: Span) -> bool {
    let first = toks.partition_point(|t| t.span.start < date.start);
    let Some(last) = toks.partition_point(|t| t.span.end <= date.end).checked_sub(1) else {
        return false;
    };
    if first >= toks.len() {
        return false;
    }
    // "the 68th anniversary" is itself a noun phrase, not a modifier; "on Wednesday" is an
    // adverbial.
    let lower = date.of(text).to_lowercase();
    let opener = lower.split_whitespace().next().unwrap_or("");
    if lower.contains("anniversary") || ADVERBIAL_OPENERS.contains(&opener) {
        return false;
    }
    let determiner = |t: &Token| t.kind == TokenKind::Word && is_determiner(t.span.of(text));
    let determiner_before = first.checked_sub(1).and_then(|i| toks.get(i)).is_some_and(determiner)
        || first.checked_sub(2).and_then(|i| toks.get(i)).is_some_and(determiner)
            // "its self-imposed 2017 moratorium": one adjective between.
            && toks[first - 1].kind == TokenKind::Word;
    let noun_after = toks.get(last + 1).is_some_and(|t| {
        t.kind == TokenKind::Word
            && t.span.start == date.end + 1
            && !t.span.overlaps(trigger)
            && !NOT_A_NOUN.contains(&fold(t.span.of(text)).as_str())
            && !t.span.of(text).chars().all(|c| c.is_ascii_digit())
    });
    determiner_before && noun_after
}

/// A determiner, or a possessive ("Kopp's 1987 Chevrolet").
fn is_determiner(word: &str) -> bool {
    let possessive = ["'s", "’s", "s'", "s’"].iter().any(|p| word.ends_with(p)) && word.len() > 2;
    possessive || DETERMINERS.contains(&fold(word).as_str())
}

fn distance(a: Span, b: Span) -> usize {
    // Zero when they overlap; otherwise the gap between them.
    b.start.saturating_sub(a.end).max(a.start.saturating_sub(b.end))
}

/// Rule "anniversary": the date of the event an anniversary marks, when `date` is "the Nth
/// anniversary" and the trigger follows its "of".
pub(super) fn anniversary_base(
    text: &str,
    date: &DatedMention,
    trigger: Span,
    sentence_dates: &[&DatedMention],
) -> Option<Interval> {
    let phrase = date.span.of(text).to_lowercase();
    if !phrase.contains("anniversary") || trigger.start < date.span.end {
        return None;
    }
    let between = text.get(date.span.end..trigger.start)?.to_lowercase();
    let between = between.trim();
    if !(between.starts_with("of ") || between == "of") || between.split_whitespace().count() > 3 {
        return None;
    }
    let years = ordinal_years(&phrase)?;
    // A day-precise date in the anniversary's span of days ("Tuesday marks the 68th …").
    let day = sentence_dates
        .iter()
        .filter(|d| d.interval.precision == Precision::Day)
        .find(|d| date.interval.contains(d.interval.start))
        .map(|d| d.interval)
        .unwrap_or(date.interval);
    let back = |d: Date| d.checked_sub(jiff::Span::new().try_years(years).ok()?).ok();
    Some(Interval::new(back(day.start)?, back(day.end)?, day.precision))
}

/// "68th", "first", "one-year", "10-year" → the number of years.
fn ordinal_years(phrase: &str) -> Option<i64> {
    const WORDS: &[(&str, i64)] = &[
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        ("one-year", 1),
        ("two-year", 2),
        ("three-year", 3),
        ("five-year", 5),
        ("ten-year", 10),
    ];
    for word in phrase.split(|c: char| c.is_whitespace()) {
        if let Some(&(_, n)) = WORDS.iter().find(|(w, _)| *w == word) {
            return Some(n);
        }
        let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
        let rest = &word[digits.len()..];
        if !digits.is_empty()
            && matches!(rest, "st" | "nd" | "rd" | "th" | "-year" | "-year-old")
            && digits.len() <= 4
        {
            return digits.parse().ok().filter(|&n: &i64| n > 0 && n < 1000);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;
    use crate::Basis;
    use jiff::civil::date;

    fn span_of(text: &str, needle: &str) -> Span {
        let start = text.find(needle).unwrap();
        Span::new(start, start + needle.len())
    }

    fn dated(text: &str, needle: &str, interval: Interval) -> DatedMention {
        DatedMention { span: span_of(text, needle), interval, basis: Basis::Stated }
    }

    #[test]
    fn prenominal_dates_modify_their_noun() {
        let text = "Kim sent a message honoring the June 12 summit and its self-imposed 2017 moratorium, as in 2018 talks.";
        let toks = tokens(&crate::doc::Doc::new(text), Span::new(0, text.len()));
        let sent = span_of(text, "sent");
        assert!(prenominal(text, &toks, span_of(text, "June 12"), sent));
        assert!(prenominal(text, &toks, span_of(text, "2017"), sent));
        // No determiner before "2018": "in 2018 talks" is ambiguous, so the date may date.
        assert!(!prenominal(text, &toks, span_of(text, "2018"), sent));
        // When the noun is the event ("the June 12 summit"), the date is its own.
        assert!(!prenominal(text, &toks, span_of(text, "June 12"), span_of(text, "summit")));
    }

    #[test]
    fn a_date_across_a_comma_dates_only_when_it_opens_the_sentence() {
        let text = "On Tuesday, the Koreas announced it, and later this month, Trump said he received a letter.";
        let toks = tokens(&crate::doc::Doc::new(text), Span::new(0, text.len()));
        let announced = span_of(text, "announced");
        let received = span_of(text, "received");
        assert!(same_segment(text, &toks, span_of(text, "On Tuesday"), announced));
        assert!(!same_segment(text, &toks, span_of(text, "later this month"), received));
    }

    #[test]
    fn the_nearest_expression_wins_even_unresolved() {
        let text = "Moon sent his letter on Wednesday about summits held in 2018.";
        let toks = tokens(&crate::doc::Doc::new(text), Span::new(0, text.len()));
        let y2018 = Interval::new(date(2018, 1, 1), date(2018, 12, 31), Precision::Year);
        let dates = [dated(text, "2018", y2018)];
        let unresolved = [span_of(text, "on Wednesday")];
        let sentence = Span::new(0, text.len());
        let chosen =
            choose(text, sentence, &toks, span_of(text, "sent"), &dates, &unresolved).unwrap();
        assert!(matches!(chosen, Candidate::Unresolved(_)), "{chosen:?}");
    }

    #[test]
    fn an_anniversary_dates_what_it_marks() {
        let text = "Tuesday marks the 68th anniversary of the signing of an armistice.";
        let y2021 = Interval::new(date(2021, 1, 1), date(2021, 12, 31), Precision::Year);
        let tuesday = dated(text, "Tuesday", Interval::day(date(2021, 7, 27)));
        let anniversary = dated(text, "the 68th anniversary", y2021);
        let base = anniversary_base(
            text,
            &anniversary,
            span_of(text, "signing"),
            &[&tuesday, &anniversary],
        );
        assert_eq!(base, Some(Interval::day(date(1953, 7, 27))));
        // Not after "of": the anniversary dates the event itself.
        assert_eq!(anniversary_base(text, &anniversary, span_of(text, "marks"), &[]), None);
    }

    #[test]
    fn ordinals_in_words_and_digits() {
        assert_eq!(ordinal_years("the first anniversary"), Some(1));
        assert_eq!(ordinal_years("the one-year anniversary"), Some(1));
        assert_eq!(ordinal_years("the 68th anniversary"), Some(68));
        assert_eq!(ordinal_years("the anniversary"), None);
        assert_eq!(ordinal_years("the 99999th anniversary"), None);
    }
}
