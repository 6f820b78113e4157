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
//! - **rule "future weekday"**: the other way round, a weekday the date reader resolved
//!   within the week before the publication (its look at the words around it found a past
//!   verb, "flooded", or nothing), or a month or a day of a month without a year resolved
//!   within the year before, that modifies in the tree a verb of a clause told ahead is the
//!   next one: the verb has a future auxiliary ("will meet on Thursday", "we'll be meeting
//!   Friday"), or is the "to" infinitive of a governor in the present tense ("is scheduled to
//!   arrive Tuesday", "has invited him to meet Thursday", "are likely to vote in November"),
//!   or is a conjunct of such a verb; an event noun that is the object or oblique of such a
//!   verb counts as its clause ("will follow it with a speech of his own Wednesday").
//!
//!   A verb in the present progressive is told ahead too when the month was put a season or
//!   more back ("is holding a rally in October" in May, rule "present for the future"), and a
//!   gerund conjunct shares its governor's time.
//!
//! A plan told in the past ("was scheduled for Friday", "planned to leave on Thursday") still
//! points ahead, and so does a date a past act takes effect on ("effective Feb. 1"): a verb of [`PLAN_VERBS`], an infinitive or a goal ("moved the vote to
//! Friday") keeps its date; a plan told in the past is left as the date reader read it by rule
//! "future weekday" too. Work is linear in the article's expressions.

use jiff::ToSpan;

use super::attach::{modified_predicate, words_in};
use super::mood_words::FUTURE_MODALS;
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

/// How far ahead of the publication a weekday may have been put (rule "past weekday"), or
/// behind it (rule "future weekday").
const WEEK: i64 = 7;

/// How far before the publication a month must have been put for rule "present for the
/// future" to move it a year ahead.
const SEASON: i64 = 92;

/// Forms of a finite auxiliary or copula that put a clause in the past or make it
/// hypothetical: its infinitive is then not told ahead of the publication (rule "future
/// weekday").
const PAST_OR_MODAL_FORMS: &[&str] =
    &["was", "were", "had", "did", "would", "could", "might", "should", "'d"];

/// How many conjuncts and "to" infinitives rule "future weekday" climbs to the verb whose
/// tense tells the clause's time ("is expected to begin to withdraw … and return").
const FUTURE_CLIMB: usize = 4;

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

/// What shape of expression a tense may move: a weekday (or "this weekend") by a week, a
/// month or a day of a month without a year by a year.
struct Movable {
    /// A weekday of day precision.
    weekly: bool,
    /// "This weekend" (which only a past act moves).
    weekend: bool,
    /// A month, or a day of a month, without a year.
    yearly: bool,
}

/// The shape of expression `m`, `None` when it has no words.
fn movable(text: &str, m: &DatedMention) -> Option<Movable> {
    let words: Vec<String> = m
        .span
        .of(text)
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',']).to_lowercase())
        .collect();
    let first = words.first()?;
    let weekday = weekdays::weekday(first).is_some_and(|(_, plural)| !plural);
    let weekend = words.len() == 2 && words[0] == "this" && words[1] == "weekend";
    let month = months::full(first).or_else(|| months::abbreviated(first)).is_some();
    let yearless = !words.iter().any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
    let precise = matches!(m.interval.precision, crate::Precision::Day | crate::Precision::Month);
    Some(Movable {
        weekly: weekday && m.interval.precision == crate::Precision::Day,
        weekend: weekend && m.interval.precision <= crate::Precision::Week,
        yearly: month && yearless && precise,
    })
}

/// How far back expression `m` goes when a past act's clause has it ahead of the publication
/// (rule "past weekday"): a week for a weekday (or "this weekend": the weekend just gone) put
/// within the week ahead, a year for a month or a day of a month without a year ("the quarter
/// ended Oct. 31", "in March") put within the year ahead; `None` for any other expression.
fn back_by(text: &str, m: &DatedMention, published: Interval) -> Option<jiff::Span> {
    let shape = movable(text, m)?;
    let within = |span: jiff::Span| {
        m.interval.start > published.end
            && published.end.checked_add(span).is_ok_and(|w| m.interval.start <= w)
    };
    if (shape.weekly || shape.weekend) && within(WEEK.days()) {
        return Some(WEEK.days());
    }
    (shape.yearly && within(1.year())).then(|| 1.year())
}

/// How far ahead expression `m` goes when a clause told ahead has it before the publication
/// (rule "future weekday"): a week for a weekday put within the week before, a year for a
/// month or a day of a month without a year put within the year before; `None` for any other
/// expression.
fn ahead_by(text: &str, m: &DatedMention, published: Interval) -> Option<jiff::Span> {
    let shape = movable(text, m)?;
    let within = |span: jiff::Span| {
        m.interval.end < published.start
            && m.interval.start.checked_add(span).is_ok_and(|w| w >= published.start)
    };
    if shape.weekly && within(WEEK.days()) {
        return Some(WEEK.days());
    }
    (shape.yearly && within(1.year())).then(|| 1.year())
}

/// Whether the finite auxiliaries and copulas of word `w` (the first one tells the tense) put
/// its clause in the present or ahead: `Some(true)` for "is", "has", "will"; `Some(false)` for
/// "was", "had", "would"; `None` when it has none.
fn present_auxiliary(doc: &crate::doc::Doc<'_>, st: &SentenceTree<'_>, w: usize) -> Option<bool> {
    let tree = &st.tree;
    let first = tree
        .children(w)
        .iter()
        .copied()
        .filter(|&c| c < w && (tree.rel(c).is_a(Rel::AUX) || tree.rel(c) == Rel::COP))
        .min()?;
    let form = doc.norm(st.token(first)).to_lowercase();
    Some(!PAST_OR_MODAL_FORMS.contains(&form.as_str()))
}

/// Rule "future weekday": whether predicate `p` belongs to a clause told ahead of the
/// publication (see the module docs); `far`: whether the expression is a month put a season
/// or more back, which a present progressive moves too (rule "present for the future").
pub(super) fn told_ahead(
    doc: &crate::doc::Doc<'_>,
    st: &SentenceTree<'_>,
    p: usize,
    span: crate::Span,
    far: bool,
) -> bool {
    let tree = &st.tree;
    let mut q = p;
    // An event noun stands for the clause whose object or oblique it is, when the date comes
    // after it ("a speech Wednesday"); one before it describes the noun ("under a June
    // agreement").
    if matches!(tree.upos(q), Upos::Noun | Upos::Propn) {
        let after = words_in(doc, st, span).start > q;
        if !(after && (tree.rel(q) == Rel::OBJ || tree.rel(q).is_a(Rel::OBL))) {
            return false;
        }
        match tree.head(q) {
            Some(h) if tree.upos(h) == Upos::Verb => q = h,
            _ => return false,
        }
    }
    for _ in 0..FUTURE_CLIMB {
        if tree.is_negated(q) {
            return false;
        }
        let future = tree
            .auxiliaries(q)
            .any(|a| FUTURE_MODALS.contains(&tree.lemma(a).to_lowercase().as_str()));
        if future || (far && present_for_future(doc, st, q)) {
            return true;
        }
        let Some(head) = tree.head(q) else { return false };
        let infinitive =
            tree.children_by(q, Rel::MARK).any(|m| tree.lemma(m).eq_ignore_ascii_case("to"));
        let form = |w: usize| doc.norm(st.token(w)).to_lowercase();
        // A conjunct in a tense of its own ("has vowed to keep it and celebrated the ruling",
        // read as a conjunct of "keep") is no part of the clause ahead.
        if tree.rel(q) == Rel::CONJ {
            // A gerund has no tense of its own ("prizes electability and reclaiming the
            // House in November").
            let gerund = form(q).ends_with("ing");
            if form(q) != tree.lemma(q).to_lowercase()
                && !gerund
                && present_auxiliary(doc, st, q).is_none()
            {
                return false;
            }
            q = head;
            continue;
        }
        // "to" before a word that is no verb's base form ("according to figures") is no
        // infinitive.
        let infinitive = infinitive && form(q) == tree.lemma(q).to_lowercase();
        // "invited the senator to meet": the parser may hang the infinitive on the object.
        let on_object = tree.rel(q) == Rel::ACL && tree.rel(head) == Rel::OBJ;
        let head = match tree.head(head) {
            Some(verb) if on_object => verb,
            _ => head,
        };
        if !(infinitive && (tree.rel(q) == Rel::XCOMP || on_object)) {
            return false;
        }
        // The governor of the infinitive tells its time: ahead when it is in the present.
        match present_auxiliary(doc, st, head) {
            Some(true) => return !tree.is_negated(head),
            Some(false) => return false,
            // Without an auxiliary, a verb is in the present in its base form or in "-s"
            // ("plans to", "want to"), not as a past form or a participle ("according").
            None if matches!(tree.upos(head), Upos::Verb) => {
                let base = form(head) == tree.lemma(head).to_lowercase();
                let third_person = form(head).ends_with('s') && !form(head).ends_with("ss");
                return (base || third_person)
                    && !past_tense(doc, st.token(head), st, head)
                    && !tree.is_negated(head);
            }
            None => q = head,
        }
    }
    false
}

/// Rule "present for the future": whether word `w` is a verb with its own subject in the
/// present progressive ("is holding a rally in June", "is marching toward November"): news
/// tells of a dated act in the present progressive only when it is to come. (A simple
/// present is too often a state the parser hung a date of another clause on.)
fn present_for_future(doc: &crate::doc::Doc<'_>, st: &SentenceTree<'_>, w: usize) -> bool {
    let tree = &st.tree;
    let subject = tree.children(w).iter().any(|&c| tree.rel(c).is_a(Rel::NSUBJ));
    let mut auxiliaries = tree.auxiliaries(w).peekable();
    let progressive = auxiliaries.peek().is_some()
        && auxiliaries.all(|a| PRESENT_BE.contains(&doc.norm(st.token(a)).to_lowercase().as_str()));
    tree.upos(w) == Upos::Verb
        && subject
        && progressive
        && doc.norm(st.token(w)).to_lowercase().ends_with("ing")
}

/// The present forms of "be" that make a present progressive (rule "present for the future").
const PRESENT_BE: &[&str] = &["is", "are", "am", "'s", "'re", "'m", "’s", "’re", "’m"];

/// The article's dated expressions with rules "past weekday" and "future weekday" applied,
/// `None` when they change none of them.
pub(super) fn redated_by_tense(cx: &Context<'_>) -> Option<Vec<DatedMention>> {
    let (published, _) = cx.published?;
    let doc = cx.doc;
    let text = doc.text();
    let shifted = |m: &DatedMention| {
        back_by(text, m, published).is_some() || ahead_by(text, m, published).is_some()
    };
    if !cx.dates.iter().any(shifted) {
        return None;
    }
    let mut dates = cx.dates.to_vec();
    for m in dates.iter_mut().filter(|m| shifted(m)) {
        let at = cx.sentences.partition_point(|s| s.end <= m.span.start);
        let Some(&sentence) = cx.sentences.get(at).filter(|s| s.contains(m.span)) else {
            continue;
        };
        let Some(st) = doc.sent_of(doc.tokens_in(sentence).start).and_then(|s| doc.tree(s)) else {
            continue;
        };
        let Some(p) = modified_predicate(&st, doc, m.span) else { continue };
        let moved = if let Some(by) = back_by(text, m, published) {
            // Rule "past weekday".
            let back = |d: jiff::civil::Date| d.checked_sub(by).ok();
            past_act(doc, &st, p, m.span)
                .then(|| back(m.interval.start).zip(back(m.interval.end)))
                .flatten()
        } else if let Some(by) = ahead_by(text, m, published) {
            // Rule "future weekday".
            let ahead = |d: jiff::civil::Date| d.checked_add(by).ok();
            // Rule "present for the future": only a month put a season or more back (one
            // just gone may be the act's: "is highlighting his win on Feb. 1").
            let season_back =
                m.interval.start.checked_add(SEASON.days()).is_ok_and(|d| d < published.start);
            let far = season_back && movable(text, m).is_some_and(|shape| shape.yearly);
            told_ahead(doc, &st, p, m.span, far)
                .then(|| ahead(m.interval.start).zip(ahead(m.interval.end)))
                .flatten()
        } else {
            None
        };
        if let Some((start, end)) = moved {
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
    fn a_month_of_a_present_progressive_is_the_next_one() {
        // Published in May 2024: October is the coming one, not last year's.
        let found =
            events("The mayor is holding a rally in the park in October.", date(2024, 5, 13));
        assert!(found.iter().any(|e| e.when.start == date(2024, 10, 1)), "{found:#?}");
        assert!(found.iter().all(|e| e.when.start != date(2023, 10, 1)), "{found:#?}");
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

    /// Asserts that `text`, published on `published`, has an event starting on `day`.
    fn dated_on(text: &str, published: jiff::civil::Date, day: jiff::civil::Date) {
        let found = events(text, published);
        assert!(found.iter().any(|e| e.when.start == day), "{found:#?}");
    }

    #[test]
    fn a_weekday_of_a_clause_told_ahead_is_the_next_one() {
        // Published on Monday 13 May 2024: "flooded" made the date reader look back.
        let will = "The governor will visit the flooded towns on Thursday.";
        dated_on(will, date(2024, 5, 13), date(2024, 5, 16));
        let invited = "The speaker has invited the senator to meet with the committee on \
                       Thursday morning.";
        dated_on(invited, date(2024, 5, 17), date(2024, 5, 23));
        // Told in the past, the infinitive keeps the date the reader gave it.
        let agreed = "The board agreed to meet with the union on Thursday at the plant.";
        dated_on(agreed, date(2024, 5, 17), date(2024, 5, 16));
    }

    #[test]
    fn a_month_of_a_clause_told_ahead_is_the_next_one() {
        let likely = "Most of the delegates are likely to vote for the governor in July.";
        dated_on(likely, date(2024, 4, 9), date(2024, 7, 1));
        // Published in October: the June agreement was made in the June gone; a month before
        // an event noun describes it.
        let june = "The bank is continuing to try to sell itself under a June agreement with its \
                    largest shareholders.";
        dated_on(june, date(1989, 10, 27), date(1989, 6, 1));
    }

    #[test]
    fn a_misread_infinitive_keeps_its_weekday() {
        // Published on Monday 4 January 2016: Friday is 1 January ("according to figures"
        // is no infinitive).
        let figures = "The mayor, who raised $2million in 2015 for his race, had a larger cash \
                       balance at year's end -- nearly $9million, according to figures his \
                       office released Friday.";
        dated_on(figures, date(2016, 1, 4), date(2016, 1, 1));
    }
}
