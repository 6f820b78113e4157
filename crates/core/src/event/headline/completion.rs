//! What completes a verb's object (rules "object's predicate" and "reflexive object"): an
//! object is sometimes only half of what the verb needs. An open complement or a second
//! object after it says what the object is made, asked or declared to be ("urged the
//! industry to act", "declared it a victory", "named her chief executive"), and a reflexive
//! object needs the phrase that says where the subject put itself ("landed himself in hot
//! water"); a verb that places its object needs where it went (rule "placed object": "brought
//! Castro to power"). Each is kept whole, after the object, in the title.

use super::complement_words::{GOAL_PREPOSITIONS, PLACING_VERBS};
use super::*;
use crate::event::taxonomy::{OBJECT_PRONOUNS, REFLEXIVE_PLACING_VERBS, REFLEXIVE_PRONOUNS};

/// Words the object keeps when a completion follows it, and the completion at most.
pub(super) const COMPLETED_OBJECT_WORDS: usize = 6;

/// The phrase after object `object` of verb `p` that completes it, rendered: rule "object's
/// predicate" (an open complement or a second object of the verb after the object, not a
/// date, before any conjunct of the verb; a second object only after a personal pronoun,
/// "declared it a victory", as a noun's second object is more often a misparse: "had a loss
/// …, or 26 cents a share"), else rule "reflexive object" (the first oblique after the
/// reflexive object of a verb that places its subject, data in the taxonomy). `None` when
/// the object is complete.
pub(super) fn object_completion(h: &Headline<'_>, p: usize, object: usize) -> Option<String> {
    let tree = &h.st.tree;
    let (_, object_end) = tree.extent(object);
    let conjunct = tree.children_by(p, Rel::CONJ).next().unwrap_or(usize::MAX);
    let conjunct = conjunct.min(next_predicate(h, p));
    let personal = tree.upos(object) == Upos::Pron
        && OBJECT_PRONOUNS.iter().any(|w| h.word(object).eq_ignore_ascii_case(w));
    // An open complement has no subject, copula or auxiliary of its own: one that has is a
    // clause the parser hung on the verb ("… and the campaigns have been on the ground").
    let clause = |c: usize| {
        tree.children(c).iter().any(|&k| {
            let rel = tree.rel(k);
            rel == Rel::COP || rel == Rel::AUX || rel.is_a(Rel::NSUBJ) || rel.is_a(Rel::CSUBJ)
        })
    };
    let predicate = tree.children(p).iter().copied().find(|&c| {
        let open = tree.rel(c) == Rel::XCOMP
            && (tree.upos(c) != Upos::Verb || infinitive(h, c))
            && !clause(c);
        let second = tree.rel(c) == Rel::OBJ && c != object && personal;
        (open || second) && c > object_end && c < conjunct && !h.in_date(c)
    });
    let reflexive = REFLEXIVE_PRONOUNS.contains(&h.word(object).to_lowercase().as_str())
        && REFLEXIVE_PLACING_VERBS.contains(&h.lemma(p).as_str());
    let completion = predicate
        .or_else(|| oblique(h, p).filter(|&o| reflexive && o > object_end && o < conjunct))
        .or_else(|| placed_goal(h, p, object_end, conjunct))?;
    let words = phrase_words(h, completion, COMPLETED_OBJECT_WORDS);
    (!words.is_empty()).then(|| render(h, &words))
}

/// Rule "placed object": the oblique after the object (ending at `object_end`) of placing
/// verb `p` ([`PLACING_VERBS`], data) that says where the object went: the first before
/// `conjunct` opened by a preposition of a goal or path ([`GOAL_PREPOSITIONS`], data), not a
/// date ("brought Castro to power 41 years ago", "put his approval during the first months
/// at 49 percent").
fn placed_goal(h: &Headline<'_>, p: usize, object_end: usize, conjunct: usize) -> Option<usize> {
    let tree = &h.st.tree;
    if !PLACING_VERBS.contains(&h.lemma(p).as_str()) {
        return None;
    }
    tree.children(p).iter().copied().find(|&c| {
        let case = tree.children_by(c, Rel::CASE).next().map(|k| h.lemma(k).to_lowercase());
        let goal = case.is_some_and(|w| GOAL_PREPOSITIONS.contains(&w.as_str()));
        tree.rel(c).is_a(Rel::OBL)
            && tree.rel(c) != Rel::OBL_AGENT
            && c > object_end
            && c < conjunct
            && goal
            && !h.in_date(c)
    })
}

#[cfg(test)]
mod tests {
    use crate::event::headline::tests::titles;

    #[test]
    fn a_reflexive_object_keeps_where_the_subject_put_itself() {
        let t = titles("Mayor Ellen Park landed herself in deep trouble on Tuesday.");
        assert!(t.iter().any(|t| t.ends_with("lands herself in deep trouble")), "{t:?}");
    }

    #[test]
    fn an_object_keeps_what_it_is_urged_to_do() {
        let t = titles("The regulator on Monday urged the shipping industry to cut its emissions.");
        assert!(
            t.iter().any(|t| t.contains("urges the shipping industry to cut its emissions")),
            "{t:?}"
        );
    }

    #[test]
    fn a_reflexive_object_of_a_complete_verb_stands_alone() {
        let t = titles("Mayor Ellen Park shot herself in the garden of her house on Tuesday.");
        assert!(t.iter().any(|t| t.ends_with("shoots herself")), "{t:?}");
    }

    #[test]
    fn a_placed_object_keeps_where_it_went() {
        let t = titles("The uprising that brought General Ana Ruiz to power in 1980 failed.");
        assert!(t.iter().any(|t| t.ends_with("brings Ana Ruiz to power")), "{t:?}");
        let t = titles("The court on Monday returned the custody case to the county judges.");
        assert!(
            t.iter().any(|t| t.contains("returns the custody case to the county judges")),
            "{t:?}"
        );
        // Where a thing was is no goal.
        let t = titles("The council on Monday put the plan in a drawer in the town hall.");
        assert!(t.iter().all(|t| !t.contains("in a drawer")), "{t:?}");
    }

    #[test]
    fn an_object_without_a_completion_stands_alone() {
        let t = titles("The regulator on Monday fined the shipping company in Rotterdam.");
        assert!(t.iter().any(|t| t.ends_with("fines the shipping company")), "{t:?}");
    }
}
