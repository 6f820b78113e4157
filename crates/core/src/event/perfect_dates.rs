//! Rule "present perfect, past date": a verb in the present perfect ("has endorsed", "have
//! been arrested") tells of a past act as part of the present, and English does not give it
//! a time that ended before the article was written ("has signed it in 2009" is not said).
//! An expression of month precision or coarser that ended before the publication and that the
//! tree hangs on such a verb belongs to something in the verb's phrase between the verb and
//! the expression: the nearest event noun or verb there ("has cited his role in a parade in
//! 2004": the parade; "has expanded three times, adding two members in 1952 and one in
//! 1955": the adding), or to nothing. A day-precise date stays the verb's (wire copy writes
//! "has decided on Monday"), and so does a period up to the present ("since December 2010",
//! "in the past year"). Work is linear in the sentence.

use super::expressions::{opened_by, SINCE};
use super::predicate::noun_kind;
use super::DatedMention;
use crate::doc::syntax::{Rel, SentenceTree, Upos};
use crate::{Interval, Precision};

/// The forms of "have" that make a present perfect (not "had", nor "having").
const PRESENT_HAVE: &[&str] = &["has", "have", "'s", "'ve", "’s", "’ve"];

/// Whether verb `w` is in the present perfect: a finite "has" or "have" among its
/// auxiliaries and no modal ("would have", "will have" tell of no past act).
pub(super) fn present_perfect(doc: &crate::doc::Doc<'_>, st: &SentenceTree<'_>, w: usize) -> bool {
    let tree = &st.tree;
    if tree.upos(w) != Upos::Verb {
        return false;
    }
    let mut have = false;
    for a in tree.auxiliaries(w) {
        let lemma = tree.lemma(a).to_lowercase();
        if lemma == "have" {
            let form = doc.norm(st.token(a)).to_lowercase();
            have |= PRESENT_HAVE.contains(&form.as_str());
        } else if lemma != "be" {
            return false;
        }
    }
    have
}

/// Whether mention `m` is a time that ended before the publication, at month precision or
/// coarser.
pub(super) fn closed_past(m: &DatedMention, published: Option<Interval>) -> bool {
    m.interval.precision >= Precision::Month && published.is_some_and(|p| m.interval.end < p.start)
}

/// The predicate the expression whose words start at tree word `date_start` dates instead of
/// the present perfect verb `verb`: the nearest event noun or verb before the expression and
/// after the verb, in the verb's phrase; `None` when there is none.
pub(super) fn redirected(st: &SentenceTree<'_>, verb: usize, date_start: usize) -> Option<usize> {
    let tree = &st.tree;
    let predicate = |w: usize| match tree.upos(w) {
        Upos::Verb => tree.rel(w) != Rel::AMOD,
        Upos::Noun => noun_kind(&tree.lemma(w).to_lowercase()).is_some(),
        _ => false,
    };
    (verb + 1..date_start.min(tree.len())).rev().find(|&w| predicate(w) && tree.dominates(verb, w))
}

/// Rule "present perfect, past date" for predicate `p` that the tree gives mention `m` at
/// `span`: `Ok(p)` when the rule does not apply, `Ok(q)` for the predicate it dates instead,
/// `Err(())` when it dates no predicate.
pub(super) fn perfect_predicate(
    doc: &crate::doc::Doc<'_>,
    st: &SentenceTree<'_>,
    p: usize,
    m: Option<&DatedMention>,
    span: crate::Span,
    published: Option<Interval>,
) -> Result<usize, ()> {
    // "since December 2010" and "the past year" run up to the present, as a perfect does.
    let up_to_now = opened_by(st, doc, span, SINCE)
        || span.of(doc.text()).get(..4).is_some_and(|w| w.eq_ignore_ascii_case("the "));
    if up_to_now || !(m.is_some_and(|m| closed_past(m, published)) && present_perfect(doc, st, p)) {
        return Ok(p);
    }
    redirected(st, p, super::attach::words_in(doc, st, span).start).ok_or(())
}

#[cfg(test)]
mod tests {
    use super::super::clauses::tests::{events, year};
    use jiff::civil::date;

    #[test]
    fn a_past_year_dates_the_event_noun_after_a_present_perfect_not_the_verb() {
        let found = events(
            "The senator has cited his role in the campaign and his speech at the convention \
             in 2012.",
            date(2024, 5, 11),
        );
        assert!(!found.iter().any(|e| e.title.contains("cites")), "{found:#?}");
        assert!(
            found.iter().any(|e| e.title.contains("speech") && e.when == year(2012)),
            "{found:#?}"
        );
        let found = events("The mayor has praised the harbor cleanup in 2011.", date(2024, 5, 11));
        assert!(found.is_empty(), "{found:#?}");
    }

    #[test]
    fn a_past_year_stays_with_a_simple_past_and_a_day_with_a_present_perfect() {
        let found = events(
            "The mayor praised her work on the harbor in 2011. The council has approved the \
             budget on Monday.",
            date(2024, 5, 11),
        );
        assert!(
            found.iter().any(|e| e.title.contains("praise") && e.when == year(2011)),
            "{found:#?}"
        );
        assert!(found.iter().any(|e| e.title.contains("approve")), "{found:#?}");
    }
}
