//! Dates a predicate's tense rules out: a verb in the past tense tells of a time before the
//! article was written.
//!
//! Rules:
//! - **rule "past weekday"**: a weekday the date reader resolved ahead of the publication
//!   (its look at the words around it took "vacation plans" for a plan) that modifies, in the
//!   tree, a verb in the past tense of a clause that happened ("On Friday, when the minister
//!   set aside her plans, the department lifted a warning", published on a Monday) is the
//!   weekday before the publication; so is a month, or a day of a month, without a year (the
//!   one a year before: "the quarter ended Oct. 31" in a past clause, published on 27
//!   October). Applied to the article's dated expressions before any
//!   event is read, so the frame finder and the tree see the same date.
//! - **rule "past tense, later date"**: any other expression after the publication that the
//!   tree hangs on such a verb is no date of it ("exits the race having won 163 delegates
//!   to the convention this summer": the summer is the convention's); the verb makes no event
//!   with it.
//!
//! A plan told in the past ("was scheduled for Friday", "planned to leave on Thursday") still
//! points ahead, and so does a date a past act takes effect on ("effective Feb. 1"): a verb of [`PLAN_VERBS`], an infinitive or a goal ("moved the vote to
//! Friday") keeps its date. Work is linear in the article's expressions.

use jiff::ToSpan;

use super::attach::{modified_predicate, words_in};
use super::predicate::{past_tense, realis};
use super::{Context, DatedMention};
use crate::doc::syntax::{Rel, SentenceTree, Upos};
use crate::timex::lexicon::{months, weekdays};
use crate::Interval;

/// Verbs whose past tense still tells of a time ahead: a plan made, a thing put off.
pub(super) const PLAN_VERBS: &[&str] = &[
    "plan",
    "schedule",
    "slate",
    "set",
    "expect",
    "due",
    "postpone",
    "delay",
    "reschedule",
    "move",
    "push",
    "put",
    "announce",
    "call",
    "book",
    "arrange",
    "fix",
    "intend",
];

/// Words before an expression that give when a past act takes effect ("created the office,
/// effective Feb. 1"): the date is ahead by design.
const EFFECT_WORDS: &[&str] = &["effective", "starting", "beginning"];

/// Prepositions that give a time at which a thing happened (a bare expression has none).
const TIME_PREPOSITIONS: &[&str] = &["on", "in", "at", "during", "over"];

/// How far ahead of the publication a weekday may have been put (rule "past weekday").
const WEEK: i64 = 7;

/// Whether word `p` is a verb in the past tense of a clause that happened, not a plan, and
/// the expression at `span` is its time (no goal or deadline preposition).
pub(super) fn past_act(
    doc: &crate::doc::Doc<'_>,
    st: &SentenceTree<'_>,
    p: usize,
    span: crate::Span,
) -> bool {
    let tree = &st.tree;
    let words = words_in(doc, st, span);
    let head = words.clone().find(|&w| tree.head(w).is_none_or(|h| !words.contains(&h)));
    let timed = head.is_none_or(|h| {
        tree.children_by(h, Rel::CASE)
            .all(|c| TIME_PREPOSITIONS.contains(&tree.lemma(c).to_lowercase().as_str()))
    });
    let effect = words.start > 0
        && EFFECT_WORDS.contains(&tree.lemma(words.start - 1).to_lowercase().as_str());
    timed
        && !effect
        && tree.upos(p) == Upos::Verb
        && past_tense(doc, st.token(p), st, p)
        && !PLAN_VERBS.contains(&tree.lemma(p).to_lowercase().as_str())
        && realis(st, p) == Some(false)
}

/// How far back expression `m` goes when a past act's clause has it ahead of the publication
/// (rule "past weekday"): a week for a weekday (or "this weekend") put within the week ahead, a year for a month
/// or a day of a month without a year ("the quarter ended Oct. 31", "in March") put within
/// the year ahead; `None` for any other expression.
fn back_by(text: &str, m: &DatedMention, published: Interval) -> Option<jiff::Span> {
    let words: Vec<String> = m
        .span
        .of(text)
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',']).to_lowercase())
        .collect();
    let first = words.first()?;
    let within = |span: jiff::Span| {
        m.interval.start > published.end
            && published.end.checked_add(span).is_ok_and(|w| m.interval.start <= w)
    };
    let weekday = weekdays::weekday(first).is_some_and(|(_, plural)| !plural);
    // "this weekend" of a past act is the weekend just gone.
    let weekend = words.len() == 2 && words[0] == "this" && words[1] == "weekend";
    let daily = weekday && m.interval.precision == crate::Precision::Day;
    let weekly = weekend && m.interval.precision <= crate::Precision::Week;
    if (daily || weekly) && within(WEEK.days()) {
        return Some(WEEK.days());
    }
    let month = months::full(first).or_else(|| months::abbreviated(first)).is_some();
    let yearless = !words.iter().any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
    let precise = matches!(m.interval.precision, crate::Precision::Day | crate::Precision::Month);
    (month && yearless && precise && within(1.year())).then(|| 1.year())
}

/// The article's dated expressions with rule "past weekday" applied, `None` when it changes
/// none of them.
pub(super) fn past_weekdays(cx: &Context<'_>) -> Option<Vec<DatedMention>> {
    let (published, _) = cx.published?;
    let doc = cx.doc;
    let ahead = |m: &DatedMention| back_by(doc.text(), m, published).is_some();
    if !cx.dates.iter().any(ahead) {
        return None;
    }
    let mut dates = cx.dates.to_vec();
    for m in dates.iter_mut().filter(|m| ahead(m)) {
        let at = cx.sentences.partition_point(|s| s.end <= m.span.start);
        let Some(&sentence) = cx.sentences.get(at).filter(|s| s.contains(m.span)) else {
            continue;
        };
        let Some(st) = doc.sent_of(doc.tokens_in(sentence).start).and_then(|s| doc.tree(s)) else {
            continue;
        };
        let past =
            modified_predicate(&st, doc, m.span).is_some_and(|p| past_act(doc, &st, p, m.span));
        let Some(by) = back_by(doc.text(), m, published) else { continue };
        let back = |d: jiff::civil::Date| d.checked_sub(by).ok();
        if let (true, Some(start), Some(end)) = (past, back(m.interval.start), back(m.interval.end))
        {
            m.interval = Interval::new(start, end, m.interval.precision);
        }
    }
    Some(dates)
}

#[cfg(test)]
mod tests {
    use super::super::clauses::tests::events;
    use jiff::civil::date;

    #[test]
    fn a_weekday_of_a_past_act_is_the_one_before_the_publication() {
        // Published on Monday 13 May 2024: Friday is the 10th, whatever "plans" suggests.
        let found = events(
            "On Friday, when the minister set aside her holiday plans, the agency lifted its \
             warning against travel to the region.",
            date(2024, 5, 13),
        );
        assert!(found.iter().any(|e| e.when.start == date(2024, 5, 10)), "{found:#?}");
        assert!(found.iter().all(|e| e.when.start != date(2024, 5, 17)), "{found:#?}");
    }

    #[test]
    fn this_weekend_of_a_past_act_is_the_weekend_gone() {
        // Published on Wednesday 15 May 2024: the weekend of the 11th.
        let text = "This weekend, the senator complained that officials were trying to protect \
                    the governor.";
        let found = events(text, date(2024, 5, 15));
        assert!(found.iter().any(|e| e.when.start == date(2024, 5, 11)), "{found:#?}");
    }

    #[test]
    fn a_plan_told_in_the_past_keeps_its_weekday_ahead() {
        let found = events(
            "The team planned to leave the capital on Thursday for the coast.",
            date(2024, 5, 13),
        );
        assert!(found.iter().all(|e| e.when.start != date(2024, 5, 9)), "{found:#?}");
    }

    #[test]
    fn a_later_date_hung_on_a_past_verb_is_not_its_date() {
        let found = events(
            "The senator left the race having won 40 delegates to the party convention this \
             summer.",
            date(2024, 3, 15),
        );
        assert!(
            found.iter().all(|e| !(e.title.contains("win") && e.when.start.month() >= 6)),
            "{found:#?}"
        );
    }
}
