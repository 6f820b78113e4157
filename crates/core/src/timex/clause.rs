//! A light look at the clause around an expression: does it speak of the future or the past?
//! News reports mostly the past, so "Friday" is the last Friday unless a future marker ("will",
//! "is expected to", "next") is nearer to it than a past one ("said", "was", a verb in -ed).
//! The window is bounded (a dozen tokens each way, stopping at sentence ends), so the look costs
//! constant time per expression.

use super::lexicon::{modifiers, tense};
use super::scan::Scanner;
use crate::doc::PieceKind;

/// The time a clause refers to, as far as its words tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    /// A present form of "be" and no nearer marker (rule "present clause").
    Present,
    Future,
    Unknown,
}

const WINDOW: usize = 12;
/// At most this many tokens each way, punctuation included.
const MAX_TOKENS: usize = 24;

fn ends_sentence(s: &Scanner, i: usize) -> bool {
    s.kind(i) == Some(PieceKind::Punct)
        && matches!(s.raw(i), "." | "!" | "?" | ";" | "\"" | "\u{201c}" | "\u{201d}")
        // A period after an abbreviation ("Feb.", "Mr.") or a single letter ("a.m.", "p.m.",
        // "U.S.") does not end the sentence.
        && !(s.raw(i) == "."
            && i > 0
            && (is_abbreviation(s, i - 1)
                || (s.kind(i - 1) == Some(PieceKind::Word) && s.w(i - 1).len() == 1)))
}

/// A short capitalized word before a period is an abbreviation ("Feb.", "Mr.", "Corp.").
pub(crate) fn is_abbreviation(s: &Scanner, i: usize) -> bool {
    s.kind(i) == Some(PieceKind::Word)
        && ((s.w(i).len() <= 4 && s.capitalized(i)) || tense::is_lowercase_abbreviation(s.w(i)))
}

fn marker(s: &Scanner, i: usize) -> Option<Tense> {
    if s.kind(i) != Some(PieceKind::Word) {
        return None;
    }
    let w = s.w(i);
    let before = if i > 0 { s.w(i - 1) } else { "" };
    // "next to" is a place.
    if w == "next" && s.is(i + 1, "to") {
        return None;
    }
    // Rule: "set to resume Monday", "set for Tuesday", "is to resume trading Tuesday": a plan.
    let planned = (w == "set" && matches!(s.w(i + 1), "to" | "for"))
        || (w == "to" && matches!(before, "is" | "are"));
    if tense::is_future_marker(w) || planned {
        // Rule: a plan put in the past by its auxiliary ("had been scheduled to expire Friday",
        // "had been due Monday", "as previously planned Saturday night") points back.
        if tense::is_plan_marker(w) && tense::is_past_auxiliary(before) {
            return Some(Tense::Past);
        }
        return Some(Tense::Future);
    }
    // Rule "until after": "possibly not until after Obama leaves office on Jan. 20": what
    // must first happen is ahead.
    if w == "after" && matches!(before, "until" | "till") {
        return Some(Tense::Future);
    }
    // Rule: "were planning to drive … on Monday", "was expected Friday": a plan told in the
    // past still points ahead, so the auxiliary leaves the tense to the plan word after it.
    if matches!(w, "was" | "were") && tense::is_future_marker(s.w(i + 1)) {
        return None;
    }
    if tense::is_past_marker(w) || tense::is_reporting_verb(w) || tense::is_irregular_past(w) {
        return Some(Tense::Past);
    }
    // Rule "present clause": "is", "are" (after the plan words above: "is expected").
    if tense::is_present_marker(w) {
        return Some(Tense::Present);
    }
    // A verb in -ed is past, unless it is not a verb ("hundred", "succeed") or a passive
    // after "be", whose auxiliary tells the tense ("will be named": future).
    if w.len() > 4 && w.ends_with("ed") && !tense::is_ed_non_verb(w) {
        if tense::is_passive_be(before) {
            let auxiliary = if i >= 2 { s.w(i - 2) } else { "" };
            return tense::is_future_marker(auxiliary).then_some(Tense::Future);
        }
        return Some(Tense::Past);
    }
    None
}

/// Whether token `i` is "to" before a verb ("agreed to acquire it in January"): the date then
/// belongs to the infinitive, whose time the past verb before it does not fix.
fn is_infinitive(s: &Scanner, i: usize) -> bool {
    s.is(i, "to")
        && s.kind(i + 1) == Some(PieceKind::Word)
        && !s.capitalized(i + 1)
        && !super::lexicon::context::is_determiner(s.w(i + 1))
        && !tense::is_not_a_verb_after_to(s.w(i + 1))
}

/// Whether the clause around tokens `start..end` has "had" (the past perfect) within the window:
/// a deadline in it has passed ("had filed reports by Wednesday", "Until Thursday, they had
/// not called him a suspect").
fn has_past_perfect(s: &Scanner, start: usize, end: usize) -> bool {
    let mut i = start;
    let mut steps = 0;
    while i > 0 && steps < WINDOW {
        i -= 1;
        steps += 1;
        if ends_sentence(s, i) || tense::is_clause_break(s.w(i)) {
            break;
        }
        if s.is(i, "had") {
            return true;
        }
        if s.line_start(i) {
            break;
        }
    }
    let mut i = end;
    let mut steps = 0;
    while i < s.tokens.len() && steps < WINDOW {
        if s.line_start(i) || ends_sentence(s, i) || tense::is_clause_break(s.w(i)) {
            break;
        }
        if s.is(i, "had") {
            return true;
        }
        steps += 1;
        i += 1;
    }
    false
}

/// The tense of the clause around tokens `start..end` (the expression itself excluded). The
/// distance to a marker counts words (punctuation is free, up to a bound: "4 a.m. EDT Thursday").
pub(crate) fn tense_around(s: &Scanner, start: usize, end: usize) -> Tense {
    let mut best: Option<(usize, Tense)> = None;
    // A position modifier before the expression is part of it ("until mid-November").
    let mut start = start;
    for _ in 0..2 {
        if start > 0 && (s.joiner(start - 1) || modifiers::position(s.w(start - 1)).is_some()) {
            start -= 1;
        }
    }
    // Backwards.
    let mut i = start;
    let mut steps = 0;
    let mut looked = 0;
    let mut infinitive = false;
    while i > 0 && steps < WINDOW && looked < MAX_TOKENS {
        i -= 1;
        looked += 1;
        if s.kind(i) == Some(PieceKind::Word) || steps == 0 {
            steps += 1;
        }
        if ends_sentence(s, i) || tense::is_clause_break(s.w(i)) {
            break;
        }
        // Rule: a deadline preposition right before the date ("by Jan. 14", "as early as
        // Tuesday") points to the future, unless the clause is in the past perfect.
        let as_soon_as =
            s.is(i, "as") && i >= 2 && tense::is_earliest_adverb(s.w(i - 1)) && s.is(i - 2, "as");
        // Rule: "from now to Election Day", "between now and Feb. 10".
        let from_now = i > 0 && s.is(i - 1, "now") && matches!(s.w(i), "to" | "and" | "through");
        // A possessive names an event, which the preposition is about ("before Friday's
        // purchases", "around Wednesday's ruling"), not a deadline.
        let possessive = end > 0 && s.w(end - 1) != s.base(end - 1);
        if looked == 1
            && !possessive
            && (tense::is_future_preposition(s.w(i)) || as_soon_as || from_now)
        {
            let t = if has_past_perfect(s, i, end) { Tense::Past } else { Tense::Future };
            best = Some((steps, t));
            break;
        }
        // Rule "since": "since Feb. 1" looks back from now, whatever the clause's tense.
        if looked == 1 && tense::is_past_preposition(s.w(i)) {
            best = Some((steps, Tense::Past));
            break;
        }
        if let Some(t) = marker(s, i) {
            // Rule: a past verb before an infinitive says nothing of when the infinitive's
            // event happens ("announced an agreement to acquire the bank in January").
            let plan = tense::is_plan_marker(s.w(i));
            let t = if t == Tense::Past && infinitive && !plan { Tense::Unknown } else { t };
            best = Some((steps, t));
            break;
        }
        infinitive |= is_infinitive(s, i);
        if s.line_start(i) {
            break;
        }
    }
    // Forwards.
    let mut i = end;
    let mut steps = 0;
    let mut looked = 0;
    let mut after_comma = false;
    while i < s.tokens.len() && steps < WINDOW && looked < MAX_TOKENS {
        if s.line_start(i) || ends_sentence(s, i) || tense::is_clause_break(s.w(i)) {
            break;
        }
        looked += 1;
        if s.kind(i) == Some(PieceKind::Word) || steps == 0 {
            steps += 1;
        }
        if s.punct(i, ',') {
            after_comma = true;
        }
        // Rule: a speech tag after a comma ("… leave Thursday, Castro said") tells when it was
        // said, not when the clause before it happens.
        if after_comma && tense::is_reporting_verb(s.w(i)) {
            break;
        }
        if let Some(t) = marker(s, i) {
            if best.is_none_or(|(d, _)| steps < d) {
                best = Some((steps, t));
            }
            break;
        }
        i += 1;
    }
    best.map_or(Tense::Unknown, |(_, t)| t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense_of(text: &str, word: &str) -> Tense {
        let doc = crate::doc::Doc::new(text);
        let s = Scanner::new(&doc, None);
        let i = (0..s.tokens.len()).find(|&i| s.w(i) == word).unwrap();
        tense_around(&s, i, i + 1)
    }

    #[test]
    fn will_makes_a_weekday_future() {
        assert_eq!(tense_of("The board will meet Friday to vote.", "friday"), Tense::Future);
    }

    #[test]
    fn said_makes_a_weekday_past() {
        assert_eq!(tense_of("The company said Friday that profit fell.", "friday"), Tense::Past);
    }

    #[test]
    fn the_nearest_marker_wins() {
        assert_eq!(tense_of("He said the talks will resume Friday.", "friday"), Tense::Future);
        assert_eq!(tense_of("The talks will go on, he said Friday.", "friday"), Tense::Past);
    }

    #[test]
    fn a_deadline_preposition_right_before_the_date_is_future() {
        assert_eq!(tense_of("He must leave by Friday, officials said.", "friday"), Tense::Future);
    }

    #[test]
    fn as_soon_as_a_date_is_future() {
        assert_eq!(
            tense_of("He could come as soon as Tuesday, aides said.", "tuesday"),
            Tense::Future
        );
    }

    #[test]
    fn until_after_points_ahead() {
        assert_eq!(
            tense_of("A ruling is unlikely until after the mayor leaves office on Jan. 20.", "jan"),
            Tense::Future
        );
        assert_eq!(
            tense_of("He stayed on after the mayor left office on Jan. 20.", "jan"),
            Tense::Past
        );
    }

    #[test]
    fn markers_in_another_sentence_do_not_count() {
        assert_eq!(tense_of("It will rain. Friday looks dry", "friday"), Tense::Unknown);
    }

    #[test]
    fn a_period_after_a_single_letter_does_not_end_the_sentence() {
        assert_eq!(tense_of("He will leave at 4 a.m. EDT Thursday", "thursday"), Tense::Future);
    }

    #[test]
    fn a_speech_tag_after_a_comma_does_not_set_the_tense() {
        assert_eq!(tense_of("He will leave Thursday, Castro said.", "thursday"), Tense::Future);
        assert_eq!(tense_of("Rain flooded the town Thursday, he said.", "thursday"), Tense::Past);
    }

    #[test]
    fn words_in_ed_that_are_not_past_verbs_are_not_markers() {
        assert_eq!(tense_of("He will succeed Mr. Davison Feb. 1", "feb"), Tense::Future);
        assert_eq!(tense_of("Two hundred arrive Friday", "friday"), Tense::Unknown);
    }

    #[test]
    fn a_passive_after_be_takes_the_tense_of_its_auxiliary() {
        assert_eq!(tense_of("She will be named commander in December", "december"), Tense::Future);
    }

    #[test]
    fn set_to_and_is_to_are_plans() {
        assert_eq!(tense_of("the talks, set to resume Monday in Belfast", "monday"), Tense::Future);
        assert_eq!(tense_of("The stock is to resume trading Tuesday", "tuesday"), Tense::Future);
    }

    #[test]
    fn a_plan_in_the_past_points_back() {
        assert_eq!(tense_of("It had been scheduled to expire Friday", "friday"), Tense::Past);
        assert_eq!(
            tense_of("the offensive began as previously planned Saturday", "saturday"),
            Tense::Past
        );
    }

    #[test]
    fn a_deadline_in_the_past_perfect_is_past() {
        assert_eq!(tense_of("Members had filed reports by Wednesday", "wednesday"), Tense::Past);
        assert_eq!(tense_of("Until Thursday, they had not called him", "thursday"), Tense::Past);
    }

    #[test]
    fn a_plan_told_in_the_past_points_ahead() {
        assert_eq!(
            tense_of("They planned a rally on Saturday and were planning to march", "saturday"),
            Tense::Future
        );
        assert_eq!(tense_of("The vote was expected Friday", "friday"), Tense::Future);
        assert_eq!(tense_of("The vote was held Friday", "friday"), Tense::Past);
    }

    #[test]
    fn a_present_form_of_be_makes_the_clause_present_and_since_past() {
        assert_eq!(tense_of("Its March 3 primary is the first", "march"), Tense::Present);
        assert_eq!(tense_of("The fair, which is in March", "march"), Tense::Present);
        assert_eq!(tense_of("The vote is expected in March", "march"), Tense::Future);
        assert_eq!(tense_of("Prices are up since March", "march"), Tense::Past);
    }

    #[test]
    fn next_to_is_a_place() {
        assert_eq!(tense_of("the blasts next to the embassy on Friday", "friday"), Tense::Unknown);
    }

    #[test]
    fn from_now_to_a_date_is_future() {
        assert_eq!(tense_of("our theme from now to Friday, he said.", "friday"), Tense::Future);
        assert_eq!(tense_of("protected between now and Friday, he said.", "friday"), Tense::Future);
    }

    #[test]
    fn a_preposition_before_a_possessive_weekday_is_no_deadline() {
        assert_eq!(tense_of("a 7% share before Friday's purchases", "friday's"), Tense::Unknown);
    }

    #[test]
    fn irregular_past_verbs_are_past() {
        assert_eq!(
            tense_of("In January, the company brought in a new chief", "january"),
            Tense::Past
        );
    }

    #[test]
    fn a_past_verb_before_an_infinitive_leaves_the_date_open() {
        assert_eq!(
            tense_of("It agreed to purchase the line for $22 million in February", "february"),
            Tense::Unknown
        );
        assert_eq!(tense_of("It agreed to the purchase in February", "february"), Tense::Past);
    }

    #[test]
    fn will_be_and_a_participle_is_future() {
        assert_eq!(
            tense_of(
                "Collins will be named commander of the shuttle for a mission in December",
                "december"
            ),
            Tense::Future
        );
    }

    #[test]
    fn vs_does_not_end_the_sentence() {
        assert_eq!(
            tense_of(
                "In January, after the Roe vs. Wade decision, a bomb killed a guard",
                "january"
            ),
            Tense::Past
        );
    }

    #[test]
    fn a_position_modifier_belongs_to_the_expression() {
        assert_eq!(tense_of("gave them until mid-November to submit", "november"), Tense::Future);
    }
}
