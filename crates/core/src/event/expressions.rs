//! Which temporal expressions of a sentence can date an event at all, before the tree
//! attaches them to a predicate (`clauses`, rule "tree date").
//!
//! Rules, named where applied: "relational" ("by May", "since 1990": the event is related to
//! the time, not placed at it; "over the weekend" places, "over the past year" does not),
//! "reporting period" ("in the third quarter"), "bound" ("more than four decades ago"),
//! "starting point" ("rose from 20% last year"), "deadline" ("notes due Nov. 1, 2009",
//! "payable Dec. 1 to stock of record Nov. 10"), and the exceptions the callers read: an
//! expression opened by "since" (rule "since") and one followed by ", when" (its clause is
//! what happened then). Each look is bounded by the expression and a few words around it.

use super::attach::words_in;
use super::predicate::noun_kind;
use super::DatedMention;
use crate::doc::syntax::{Rel, SentenceTree, Upos};
use crate::{Precision, Span};

/// Words that open an expression relating the event to a time rather than placing it there
/// ("by May", "since 1972", "for the quarter", "from 20% last year"): no date of the event.
const RELATIONAL_OPENERS: &[&str] = &[
    "by",
    "until",
    "till",
    "since",
    "before",
    "after",
    "through",
    "for",
    "from",
    "to",
    "ahead",
    "prior",
    "following",
    "within",
    "over",
];

/// Words after "over" that make the expression a stretch of time ("over the past year", "over
/// the next two weeks"), not a time ("over the weekend").
const DURATION_WORDS: &[&str] = &["past", "last", "next", "coming", "recent", "several", "few"];

/// Words of an expression that name a day or more, as a time of day alone does not ("at 10
/// p.m." is a time on a day the text does not say).
const DAY_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Parts of a day: they name a day ("this morning", "Tuesday night") unless a clock time
/// opens the expression ("4 in the morning" is a time on a day the text does not say).
const DAYPARTS: &[&str] = &["morning", "evening", "night", "afternoon"];

/// The last word of a distance back in time ("two years ago").
const AGO: &str = "ago";

/// Openers that make a distance back in time a lower bound (rule "bound"): "more than four
/// decades ago", "at least a year ago".
const BOUND_OPENERS: &[&str] = &["more than ", "over ", "at least ", "well over "];

/// Whether an expression may date the predicate it modifies: not an anniversary (rule
/// "anniversary" in `dating` reads those), not relational (`RELATIONAL_OPENERS`), not a
/// reporting period, not a bare time of day.
pub(super) fn dates_an_event(text: &str, mention: Option<&DatedMention>, span: Span) -> bool {
    let lower = span.of(text).to_lowercase();
    if lower.contains("anniversary") {
        return false;
    }
    let mut words = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    // "over the past year" is a stretch of time; "over the weekend" is when it happened.
    let over_a_time = first == "over"
        && words.take(2).all(|w| !DURATION_WORDS.contains(&w) && !w.starts_with(char::is_numeric));
    if RELATIONAL_OPENERS.contains(&first) && !over_a_time {
        return false;
    }
    // Rule "reporting period": a quarter or half year is the period figures are reported
    // for ("a loss in the third quarter"), not when anything happened.
    if mention.is_some_and(|m| matches!(m.interval.precision, Precision::Quarter | Precision::Half))
    {
        return false;
    }
    // Rule "bound": "more than four decades ago", "over a year ago" say how long ago at
    // least, so the happening lies before the year they would give ("almost four years ago"
    // stays: it falls in that year or the next).
    let last = lower.split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty());
    if last == Some(AGO) && BOUND_OPENERS.iter().any(|b| lower.starts_with(b)) {
        return false;
    }
    // Rule "era": a decade or a century ("in the 1960s", "the disasters of this century")
    // characterizes a time, it does not date a happening.
    if mention.is_some_and(|m| m.interval.precision >= Precision::Decade) {
        return false;
    }
    let finer_than_day = mention.is_some_and(|m| m.interval.precision < Precision::Day);
    let clock = lower.starts_with(|c: char| c.is_ascii_digit());
    !finer_than_day
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| DAY_WORDS.contains(&w) || (!clock && DAYPARTS.contains(&w)))
}

/// Whether the expression is the object of a relational preposition outside its span ("by
/// May", "after Tuesday"; not "after Thursday's ruling", where "after" governs the ruling).
pub(super) fn relational(st: &SentenceTree<'_>, doc: &crate::doc::Doc<'_>, span: Span) -> bool {
    let tree = &st.tree;
    let words = words_in(doc, st, span);
    let Some(head) = words.clone().find(|&w| tree.head(w).is_none_or(|h| !words.contains(&h)))
    else {
        return false;
    };
    let lemma_of = |w: usize| tree.lemma(w).to_lowercase();
    let stretch = words.clone().any(|w| DURATION_WORDS.contains(&lemma_of(w).as_str()));
    // The head's preposition, or one the parser hung on an earlier word of the expression
    // ("by year-end" with "by" on "year").
    let mut cases = words
        .clone()
        .filter(|&w| w <= head)
        .flat_map(|w| tree.children_by(w, Rel::CASE))
        .filter(|c| !words.contains(c));
    let case_relational = cases.any(|c| {
        let case = lemma_of(c);
        RELATIONAL_OPENERS.contains(&case.as_str()) && (case != "over" || stretch)
    });
    // "In the weeks since Labor Day, Mrs. Clinton has held …": "since" right before the
    // expression, which the parser made a subordinator with the date for the subject.
    let since_before = words.start.checked_sub(1).is_some_and(|w| {
        lemma_of(w) == SINCE && tree.upos(w) == Upos::Sconj && tree.rel(head).is_a(Rel::NSUBJ)
    });
    case_relational || since_before
}

/// Words that open a starting point: "from 20% last year", "from fewer than 100,000 in 1980".
const STARTING_POINTS: &[&str] = &["from"];

/// How many words may stand between a starting point's "from" and its expression.
const STARTING_POINT_WORDS: usize = 5;

/// Rule "starting point": an expression that says when a quantity after "from" held ("rose
/// from 20% last year to 25%") is the start of a change, not when it happened.
pub(super) fn starting_point(st: &SentenceTree<'_>, doc: &crate::doc::Doc<'_>, span: Span) -> bool {
    let tree = &st.tree;
    let words = words_in(doc, st, span);
    let from = words.start.saturating_sub(STARTING_POINT_WORDS);
    let mut quantity = false;
    for w in (from..words.start).rev() {
        match tree.upos(w) {
            Upos::Num | Upos::Sym => quantity = true,
            Upos::Verb | Upos::Aux | Upos::Punct => return false,
            _ => {}
        }
        if STARTING_POINTS.contains(&tree.lemma(w).to_lowercase().as_str()) {
            return quantity;
        }
    }
    false
}

/// Words right before an expression that make it a deadline or a maturity: "notes due Nov.
/// 1, 2009", "bonds maturing in 2010", a dividend's dates ("payable Dec. 1 to stock of
/// record Nov. 10").
const DEADLINE_WORDS: &[&str] = &["due", "maturing", "expiring", "payable", "record"];

/// Rule "deadline": an expression after a deadline word tells when something falls due, not
/// when anything happened.
pub(super) fn deadline(st: &SentenceTree<'_>, doc: &crate::doc::Doc<'_>, span: Span) -> bool {
    let words = words_in(doc, st, span);
    let before = words.start.checked_sub(1);
    let skip_in = before.filter(|&w| st.tree.lemma(w).eq_ignore_ascii_case("in"));
    let word = skip_in.map_or(before, |w| w.checked_sub(1));
    let Some(word) = word else { return false };
    // "the election due this September": an event that is due is expected then.
    let event_due =
        word.checked_sub(1).is_some_and(|n| noun_kind(&st.tree.lemma(n).to_lowercase()).is_some());
    DEADLINE_WORDS.contains(&st.tree.lemma(word).to_lowercase().as_str()) && !event_due
}

/// Words that name a reporting period.
const PERIOD_WORDS: &[&str] = &["quarter", "half", "fiscal", "q1", "q2", "q3", "q4"];

/// Whether the expression names a reporting period ("the third quarter", "first half").
pub(super) fn names_a_period(text: &str, span: Span) -> bool {
    span.of(text)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| PERIOD_WORDS.contains(&w.to_lowercase().as_str()))
}

/// The opener of an expression that gives when a lasting event began.
pub(super) const SINCE: &str = "since";

/// Whether the expression starts with `word` or is its object ("since April").
pub(super) fn opened_by(
    st: &SentenceTree<'_>,
    doc: &crate::doc::Doc<'_>,
    span: Span,
    word: &str,
) -> bool {
    let words = words_in(doc, st, span);
    let is = |w: usize| st.tree.lemma(w).eq_ignore_ascii_case(word);
    // The parser may read "since Labor Day," as a clause with the date for subject.
    let preposition = |w: usize| matches!(st.tree.upos(w), Upos::Adp | Upos::Sconj);
    words.clone().next().is_some_and(is)
        || words.start.checked_sub(1).is_some_and(|w| is(w) && preposition(w))
}

/// Whether the expression is followed by ", when" (a clause telling what happened then).
pub(super) fn when_clause_after(
    st: &SentenceTree<'_>,
    doc: &crate::doc::Doc<'_>,
    span: Span,
) -> bool {
    let words = words_in(doc, st, span);
    let lemma = |w: usize| (w < st.tree.len()).then(|| st.tree.lemma(w).to_lowercase());
    lemma(words.end).as_deref() == Some(",") && lemma(words.end + 1).as_deref() == Some("when")
}

/// Whether the nouns right after the expression name an event ("the 1998 abortion clinic
/// bombing").
pub(super) fn event_noun_after(
    st: &SentenceTree<'_>,
    doc: &crate::doc::Doc<'_>,
    span: Span,
) -> bool {
    let tree = &st.tree;
    (words_in(doc, st, span).end..tree.len())
        .take_while(|&w| matches!(tree.upos(w), Upos::Noun | Upos::Propn | Upos::Adj))
        .any(|w| noun_kind(&tree.lemma(w).to_lowercase()).is_some())
}
