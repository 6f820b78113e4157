//! The person a subject phrase names after the words of their role, who is the phrase's
//! head even where the parser hung the name under a role word or split the phrase into
//! several subjects.
//!
//! - **rule "name after its title"**: in English a person's title comes before the name
//!   ("U.S. Secretary of State Madeleine Albright", "host and Breitbart News Executive
//!   Chairman Stephen K. Bannon", "Former reporter Jane Doe"): a subject phrase without a
//!   comma that ends with a person's name after role words is that person. Not a name that
//!   is the object of a preposition after a common noun ("the lawyer of Bill Clinton"),
//!   nor one coordinated with another participant ("Clinton and Senate leader Harry Reid",
//!   "the host and Stephen Bannon": two people), nor a plural a group is named by
//!   ("Committee Republicans"). An apposition after the name is no part of the phrase.

use crate::bundle::EntityKind;
use crate::doc::syntax::{Rel, Upos};
use crate::event::headline::Headline;
use crate::event::ActorMention;

/// Rule "name after its title": the person whose name closes the subject phrase of verb
/// `v` after role words, when subject `s` is not already that name.
pub(in crate::event) fn titled_name<'a>(
    h: &'a Headline<'_>,
    v: usize,
    s: usize,
) -> Option<&'a ActorMention> {
    let tree = &h.st.tree;
    // The subject phrase: every subject of `v` before it, from the first word of the first
    // to the last word of the last ("U.S. Secretary of State" and "Madeleine Albright",
    // which the parser may give the verb as two subjects).
    let subjects =
        tree.children(v).iter().copied().filter(|&c| c < v && super::is_subject(tree.rel(c)));
    let (mut start, mut end) = tree.extent(s);
    for c in subjects {
        let (a, b) = tree.extent(c);
        start = start.min(a);
        end = end.max(b);
    }
    // Words the parser hung on the subject before a comma ahead of its head ("On Monday,
    // host and …", "… show on channel 125, host and …"), a date or a preposition opening it
    // are no part of the phrase.
    if let Some(comma) = (start..s).rev().find(|&k| h.word(k) == ",") {
        start = comma + 1;
    }
    while start < end && (matches!(tree.upos(start), Upos::Punct | Upos::Adp) || h.in_date(start)) {
        start += 1;
    }
    // An apposition after the name ("Valley investor Jane Doe, a donor, will speak") is no
    // part of the phrase: it ends before the first comma after the subject's head.
    // Not a list's comma ("Treasurer A, Minister B and …": rule "list of names").
    if let Some(comma) = (s..=end).find(|&k| h.word(k) == ",") {
        let apposition =
            (comma + 1..=end).any(|k| tree.rel(k) == Rel::APPOS && tree.extent(k).0 <= comma + 1);
        if apposition {
            end = comma.saturating_sub(1).max(start);
        }
    }
    if end >= v || (start..=end).any(|k| h.word(k) == ",") {
        return None;
    }
    let last = h.span(end).end;
    // A subject that is already the name closing the phrase needs no rule.
    if h.actor_at(s).is_some_and(|a| a.kind == EntityKind::Person && a.span.end == last) {
        return None;
    }
    let name = h.actors.iter().copied().find(|a| {
        a.kind == EntityKind::Person && a.span.end == last && a.span.start > h.span(start).start
    })?;
    // A plural ("Committee Republicans") names a group, not one person.
    if !h.lemma(end).eq_ignore_ascii_case(h.word(end)) {
        return None;
    }
    let first = (start..=end).find(|&k| name.span.contains(h.span(k)))?;
    role_words(h, start, first).then_some(name)
}

/// Whether words `start..name` are role words a name may follow: nouns, adjectives and
/// proper nouns (a capitalized title may hold "of": "Secretary of State"), with no other
/// participant, a determiner only first and not before "and", and the word before the name
/// a noun or adjective.
fn role_words(h: &Headline<'_>, start: usize, name: usize) -> bool {
    let tree = &h.st.tree;
    let capitalized = |k: usize| h.word(k).chars().next().is_some_and(char::is_uppercase);
    let before = name.checked_sub(1).filter(|&k| k >= start);
    if !before.is_some_and(|k| matches!(tree.upos(k), Upos::Noun | Upos::Propn | Upos::Adj)) {
        return false;
    }
    let and = (start..name).find(|&k| tree.upos(k) == Upos::Cconj);
    let mut preposition = false;
    for k in start..name {
        let fits = match tree.upos(k) {
            Upos::Noun | Upos::Adj | Upos::Num => true,
            // A name before "and" is a second participant; one without it owns the role
            // ("Trump campaign manager", "Breitbart News Executive Chairman").
            Upos::Propn => and.is_none_or(|c| k > c),
            Upos::Det => k == start && and.is_none(),
            // "host and … Chairman": "and" between two roles of one person, the first
            // common nouns only.
            Upos::Cconj => {
                k > start && (start..k).all(|j| matches!(tree.upos(j), Upos::Noun | Upos::Adj))
            }
            // "Trump campaign manager": a possessive marker of an owner before the role.
            Upos::Part => h.word(k).starts_with('\''),
            Upos::Punct => h.word(k) != ",",
            // "Secretary of State", "Minister of the Interior": a title, capitalized
            // from the role word before "of" to the name.
            Upos::Adp => {
                preposition = true;
                h.lemma(k) == "of" && k > start && capitalized(k - 1)
            }
            _ => false,
        };
        if !fits {
            return false;
        }
    }
    let mut after_of = (start..name).skip_while(|&k| tree.upos(k) != Upos::Adp).skip(1);
    !preposition || after_of.all(|k| capitalized(k) || tree.upos(k) == Upos::Det)
}
