//! Rule "setting owner": an event noun that is the setting of someone's act is theirs ("In a
//! televised address Friday, President Jane Doe described the entry …": Jane Doe's televised
//! address; "Doe said at a news conference last month …": Jane Doe's news conference), when
//! the noun is a communication one gives ([`GIVEN_COMMUNICATIONS`]), an oblique of the verb
//! opened by "in", "during" or "at", without an owner of its own, of a verb that is no
//! relative clause's, whose subject is a named person or organization.
//!
//! Rule "fronted owner": "his" or "her" owning an event noun in a phrase that opens the clause
//! before its subject ("During his budget speech on Wednesday, Governor Tom Okafor said …")
//! stands for that subject, when it is a named person whose gender agrees: the pronoun looks
//! ahead to the subject it is bound by ("Tom Okafor's budget speech").

use super::{subject, Headline};
use crate::bundle::EntityKind;
use crate::doc::syntax::{Rel, Upos};
use crate::event::lexicon::GIVEN_COMMUNICATIONS;
use crate::event::pronoun::person_agrees;
use crate::event::taxonomy::RELATIVE_PRONOUNS;

/// Rule "setting owner": the name of who gave the communication noun `p`, if the tree says.
pub(in crate::event) fn setting_owner(h: &Headline<'_>, p: usize) -> Option<String> {
    let tree = &h.st.tree;
    let lemma = h.lemma(p);
    if !GIVEN_COMMUNICATIONS.contains(&lemma.as_str()) || !tree.rel(p).is_a(Rel::OBL) {
        return None;
    }
    // Only a news or press conference is given by one speaker.
    let press = |c: usize| matches!(h.lemma(c).as_str(), "news" | "press");
    if lemma == "conference" && !tree.children_by(p, Rel::COMPOUND).any(press) {
        return None;
    }
    let setting = tree
        .children_by(p, Rel::CASE)
        .any(|c| matches!(h.lemma(c).as_str(), "in" | "during" | "at"));
    let owned = tree.children(p).iter().any(|&c| tree.rel(c) == Rel::NMOD_POSS);
    let verb = tree.head(p).filter(|&v| tree.upos(v) == Upos::Verb)?;
    // A relative clause's verb is too often the parser's misplaced head for the noun ("X
    // likened RT to the BBC, which receives funding, in an interview …"), however the parser
    // attached the clause.
    let relative = tree
        .children(verb)
        .iter()
        .any(|&c| tree.rel(c).is_a(Rel::NSUBJ) && RELATIVE_PRONOUNS.contains(&h.lemma(c).as_str()));
    if !setting || owned || relative || tree.rel(verb).is_a(Rel::ACL) {
        return None;
    }
    let (name, _) = subject(h, verb)?;
    let named = |kind: EntityKind| matches!(kind, EntityKind::Person | EntityKind::Organization);
    h.all_actors.iter().any(|a| a.name == name && named(a.kind)).then_some(name)
}

/// Rule "fronted owner": the name possessive pronoun `pronoun` of event noun `p` stands for
/// when `p` is an oblique that opens the clause before its subject.
pub(in crate::event) fn fronted_owner(
    h: &Headline<'_>,
    p: usize,
    pronoun: usize,
) -> Option<String> {
    let tree = &h.st.tree;
    let lemma = match h.word(pronoun).to_lowercase().as_str() {
        "his" => "he",
        "her" => "she",
        _ => return None,
    };
    let verb = tree.head(p).filter(|&v| tree.rel(p).is_a(Rel::OBL) && v > p)?;
    let subject = tree.children(verb).iter().copied().find(|&c| tree.rel(c).is_a(Rel::NSUBJ))?;
    let fronted = tree.extent(p).1 < tree.extent(subject).0;
    let actor = h.actor_at(subject).filter(|a| fronted && person_agrees(lemma, a))?;
    Some(actor.name.clone())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_titled, titles};

    #[test]
    fn a_communication_that_sets_the_act_belongs_to_its_subject() {
        let t = titles("In a televised address on Friday, President Maria Lindqvist described the vote as a turning point.");
        assert!(t.iter().any(|t| t == "Maria Lindqvist's televised address"), "{t:?}");
        // A rally or a debate is only attended: no owner.
        let t = titles(
            "At a rally on Friday, Senator Tom Okafor described the vote as a turning point.",
        );
        assert!(t.iter().all(|t| !t.contains("Okafor's rally")), "{t:?}");
        // The verb of a relative clause is no owner's act.
        let t = titles("A fierce critic of the plan, Ms. Ruiz likened it to the Acme Corporation, which receives some public funding, in an interview with The Daily Ledger last week.");
        assert!(t.iter().all(|t| !t.contains("Acme Corporation's")), "{t:?}");
    }

    #[test]
    fn his_before_the_subject_is_the_subject_s() {
        // Rule "fronted owner": "his" looks ahead to the subject.
        assert_titled(
            "During his budget speech on Wednesday in Denver, Governor Tom Okafor said the plan \
             would cut taxes.",
            // The place after the date is the speech's ("participants on the date").
            "Tom Okafor's budget speech in Denver",
        );
    }
}
