//! What a relative pronoun subject stands for (rule "antecedent" of [`super`]): the noun
//! its clause modifies, or the noun phrase just before it, and the name that noun stands
//! beside; "who" is a person (rule "who is a person").

use super::plural;
use crate::bundle::EntityKind;
use crate::doc::syntax::{Rel, Upos};
use crate::event::headline::{subject_phrase, Headline};

/// Noun `w` as a subject, or the name it stands beside when it is that name's apposition
/// ("Kalief Browder, a 22-year-old man who …"), with whether it is plural.
pub(super) fn named_beside(h: &Headline<'_>, w: usize) -> (String, bool) {
    let tree = &h.st.tree;
    let head = tree.head(w).filter(|_| tree.rel(w) == Rel::APPOS && h.actor_at(w).is_none());
    // Or a person's name set beside the same noun ("her boss, Alan Greenberg, the chairman
    // of …, who"): the appositions of one noun name one person.
    let beside = |n: usize| {
        tree.children_by(n, Rel::APPOS)
            .find_map(|a| h.actor_at(a).filter(|x| x.kind == EntityKind::Person))
    };
    let name = head
        .and_then(|n| h.actor_at(n).filter(|a| a.kind != EntityKind::Place).or_else(|| beside(n)));
    // A name the entity reader missed is still a proper noun.
    let proper = tree.head(w).filter(|&n| tree.rel(w) == Rel::APPOS && tree.upos(n) == Upos::Propn);
    match (name, proper) {
        (Some(actor), _) => (actor.name.clone(), false),
        (None, Some(n)) => (subject_phrase(h, n), false),
        (None, None) => (subject_phrase(h, w), plural(h, w)),
    }
}

/// Rule "antecedent" for relative pronoun `pronoun` of clause `p`: the noun the clause
/// modifies, or (when the parser did not attach the clause to it) the noun phrase just
/// before the pronoun, named by the head of its name ("Officer Dale Brooks, who …" → "Dale").
pub(super) fn relative_antecedent(h: &Headline<'_>, p: usize, pronoun: usize) -> Option<usize> {
    let tree = &h.st.tree;
    if tree.rel(p).is_a(Rel::ACL) {
        return tree.head(p);
    }
    let mut noun =
        (0..pronoun).rev().take(3).find(|&w| matches!(tree.upos(w), Upos::Noun | Upos::Propn))?;
    for _ in 0..tree.len() {
        match tree.head(noun) {
            Some(head) if matches!(tree.rel(noun), Rel::FLAT | Rel::COMPOUND) => noun = head,
            _ => break,
        }
    }
    // Rule "who is a person": "who" after an organization or place that modifies a noun
    // ("the chairman of Bear Stearns, who died") stands for that noun.
    if h.lemma(pronoun) == "who" {
        for _ in 0..3 {
            let thing = h.actor_at(noun).is_some_and(|a| a.kind != EntityKind::Person);
            match tree.head(noun) {
                Some(head)
                    if thing
                        && tree.rel(noun).is_a(Rel::NMOD)
                        && matches!(tree.upos(head), Upos::Noun | Upos::Propn) =>
                {
                    noun = head
                }
                _ => break,
            }
        }
    }
    Some(noun)
}
