//! Who a personal pronoun inside a title's object, oblique or owner stands for, so that a title
//! read on a timeline, away from its article, names them.
//!
//! Rules:
//! - **rule "pronoun object"**: "him", "her" as an object or oblique of a verb ("a panel
//!   subpoenaed him", "plans to vote for him") stand for the nearest fitting name before them
//!   (the machinery of rule "antecedent" in [`super::pronoun`]), never for the subject of their
//!   own clause (binding: in "Lopez endorsed her", "her" is not Lopez); when that subject is
//!   itself a pronoun of the same form ("he … him") nothing is resolved. A reflexive
//!   ("herself"), "it" and "them" are left as they are.
//! - **rule "unbound owner"**: "his", "her" owning a noun are the clause subject's when the
//!   subject agrees (a person of no other gender, "he" for "his", a noun of a person, a name
//!   the entity reader missed: "Marco Rubio ends his bid" stays); otherwise (the owner sits in
//!   the subject's own phrase, "His car was found"; the subject is a thing, an organization or
//!   a person of the other gender; the clause has none) the nearest fitting name before the
//!   pronoun owns the noun ("Dana Reyes's car").
//! - **rule "no rival"**: either rule keeps the pronoun when, between that name and the
//!   pronoun, or as a subject anywhere before the pronoun, the sentence has a noun of a person
//!   ("the boy was placed in his care") or a proper noun that is no name the entity reader
//!   found: either may be whom it stands for.
//!
//! Each look-up is a bounded climb of the tree and a bounded walk back over the article's
//! names.

use super::headline::Headline;
use super::pronoun::{antecedent_excluding, person_agrees};
use super::taxonomy::{
    OBJECT_PRONOUN_SUBJECTS, OWNER_PRONOUN_SUBJECTS, RELATIVE_PRONOUNS, UNGENDERED_PERSON_NOUNS,
};
use super::ActorMention;
use crate::bundle::EntityKind;
use crate::coref::words::{FEMALE_WORDS, MALE_WORDS, PERSON_NOUNS, TITLE_ROLES};
use crate::doc::syntax::{Rel, Upos};
use crate::entity::titles::ROLE_NOUNS;

/// How a possessive pronoun's clause binds it (rule "unbound owner").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Owner {
    /// The clause's subject owns the noun: its name when the subject is a name.
    Bound(Option<String>),
    /// Someone named before owns it: their name, when one fits.
    Free(Option<String>),
}

/// What a title writes for word `w` when it is a pronoun that a reader away from the article
/// cannot resolve: the name of an object or oblique "him", "her" (rule "pronoun
/// object"), or the owner's name with "'s" for an unbound "his", "her" (rule "unbound owner").
pub(super) fn title_referent(h: &Headline<'_>, w: usize) -> Option<String> {
    let tree = &h.st.tree;
    if tree.upos(w) != Upos::Pron {
        return None;
    }
    if tree.rel(w) == Rel::NMOD_POSS {
        return match owner(h, w)? {
            Owner::Free(Some(name)) => Some(owned(&name)),
            _ => None,
        };
    }
    object_referent(h, w)
}

/// `name` as an owner: "Dana Reyes's", "Chris Evans'".
pub(super) fn owned(name: &str) -> String {
    if name.ends_with('s') {
        format!("{name}'")
    } else {
        format!("{name}'s")
    }
}

/// Rule "pronoun object": the name object or oblique pronoun `w` stands for.
fn object_referent(h: &Headline<'_>, w: usize) -> Option<String> {
    let tree = &h.st.tree;
    let word = h.word(w).to_lowercase();
    let (_, lemma) = OBJECT_PRONOUN_SUBJECTS.iter().find(|(o, _)| *o == word)?;
    let rel = tree.rel(w);
    if !(rel == Rel::OBJ || rel == Rel::IOBJ || rel.is_a(Rel::OBL)) {
        return None;
    }
    let subject = clause_subject(h, w);
    // "He praised him": the subject's own antecedent would be the nearest name.
    if subject.is_some_and(|s| tree.upos(s) == Upos::Pron && h.lemma(s).to_lowercase() == *lemma) {
        return None;
    }
    confident_antecedent(h, w, lemma, subject)
}

/// Rule "unbound owner": who owns the noun possessive pronoun `w` ("his", "her") modifies.
pub(super) fn owner(h: &Headline<'_>, w: usize) -> Option<Owner> {
    let tree = &h.st.tree;
    let word = h.word(w).to_lowercase();
    let (_, lemma) = OWNER_PRONOUN_SUBJECTS.iter().find(|(o, _)| *o == word)?;
    let free = || Owner::Free(confident_antecedent(h, w, lemma, None));
    let Some(subject) = clause_subject(h, w) else {
        return Some(free());
    };
    if in_noun_phrase(h, w, subject) {
        return Some(free());
    }
    if tree.upos(subject) == Upos::Pron {
        // "She ended her bid": bound; "it", "they", "I" own no "his".
        let agrees = h.lemma(subject).to_lowercase() == *lemma;
        return Some(if agrees { Owner::Bound(None) } else { free() });
    }
    if let Some(actor) = subject_actor(h, subject) {
        let agrees = actor.kind == EntityKind::Person && person_agrees(lemma, actor);
        return Some(if agrees { Owner::Bound(Some(actor.name.clone())) } else { free() });
    }
    // A name the entity reader missed, or a noun of a person ("the senator", "the man"),
    // binds it; a thing ("the speech") does not.
    if tree.upos(subject) == Upos::Propn {
        return Some(Owner::Bound(None));
    }
    let noun = h.lemma(subject).to_lowercase();
    let plural = !h.word(subject).eq_ignore_ascii_case(&noun);
    Some(if person_noun(&noun) && !plural { Owner::Bound(None) } else { free() })
}

/// Whether `noun` (a lowercase lemma) may name a person: a role, a title, a noun of a man
/// or a woman ("the senator", "the boy").
fn person_noun(noun: &str) -> bool {
    ROLE_NOUNS.contains(noun)
        || PERSON_NOUNS.contains(noun)
        || MALE_WORDS.contains(noun)
        || FEMALE_WORDS.contains(noun)
        || TITLE_ROLES.iter().any(|(_, nouns)| nouns.contains(&noun))
        || UNGENDERED_PERSON_NOUNS.contains(&noun)
}

/// Rule "no rival": the nearest name before pronoun `w` that fits `lemma`, passing over the
/// clause's own subject `own`, when nothing between that name and `w` in the sentence may be the one the
/// pronoun stands for instead: a noun of a person ("the boy was placed in his care") or a
/// proper noun the entity reader did not read as a name ("between Elian and his").
fn confident_antecedent(
    h: &Headline<'_>,
    w: usize,
    lemma: &str,
    subject: Option<usize>,
) -> Option<String> {
    let tree = &h.st.tree;
    let own = subject.and_then(|s| subject_actor(h, s)).map(|a| a.span);
    let skip = |a: &ActorMention| own.is_some_and(|s| s.contains(a.span) || a.span.contains(s));
    let (name, at) = antecedent_excluding(h, w, lemma, skip)?;
    // A name in this sentence the tagger reads as no proper noun ("Investigators said …") is
    // a common noun the entity reader took for a name.
    let mut words = (0..w).filter(|&k| at.contains(h.span(k))).peekable();
    if words.peek().is_some() && words.all(|k| tree.upos(k) != Upos::Propn) {
        return None;
    }
    // The subject that binds the pronoun is no rival ("The senator praised her").
    let bound = subject.map(|s| tree.extent(s));
    let named = |k: usize| h.actors.iter().any(|a| a.span.contains(h.span(k)));
    // A title or initial hung on a name ("Gov. Ann Lopez") is the name's.
    let by_name = |k: usize| {
        named(k) || tree.head(k).is_some_and(named) || tree.children(k).iter().any(|&c| named(c))
    };
    // A subject is a likelier antecedent than a name after it: one before the pronoun in the
    // sentence is a rival wherever it stands ("The boy was placed in X's care after a storm
    // that killed his father").
    let near = |k: usize| h.span(k).start >= at.end || tree.rel(k).is_a(Rel::NSUBJ);
    let rival =
        (0..w).filter(|&k| near(k) && bound.is_none_or(|(lo, hi)| k < lo || k > hi)).any(|k| {
            match tree.upos(k) {
                Upos::Propn => !by_name(k) && !h.in_date(k),
                Upos::Noun => !named(k) && person_noun(&h.lemma(k).to_lowercase()),
                _ => false,
            }
        });
    (!rival).then_some(name)
}

/// The name subject `s` is: the name at its head or at a word that makes the head a name
/// ("Comedian George Lopez").
fn subject_actor<'a>(h: &'a Headline<'_>, s: usize) -> Option<&'a ActorMention> {
    let tree = &h.st.tree;
    h.actor_at(s).or_else(|| {
        tree.children(s)
            .iter()
            .copied()
            .filter(|&c| matches!(tree.rel(c), Rel::FLAT | Rel::COMPOUND | Rel::APPOS))
            .find_map(|c| h.actor_at(c))
    })
}

/// Whether word `w` lies in subject `s`'s own noun phrase, no clause between ("His car was
/// found": "His" is the car's; "Pagliano, who invoked his rights": not Pagliano's phrase).
fn in_noun_phrase(h: &Headline<'_>, w: usize, s: usize) -> bool {
    let tree = &h.st.tree;
    let mut k = w;
    for _ in 0..tree.len() {
        match tree.head(k) {
            Some(head) if head == s => return true,
            Some(head) if matches!(tree.upos(head), Upos::Verb | Upos::Aux) => return false,
            Some(head) => k = head,
            None => return false,
        }
    }
    false
}

/// The subject of the clause word `w` belongs to: the first subject met climbing from `w`
/// through the nouns that hold it. A clause without its own subject shares one: an open
/// complement its governor's object, or else its governor's subject ("forced Schultz to resign
/// from her job", "plans to vote for him"); a conjunct or an adverbial clause ("after
/// suspending his campaign") its governor's; a participle on a noun ("the speech outlining
/// her plan") that noun. A relative pronoun stands for its noun.
fn clause_subject(h: &Headline<'_>, w: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let mut v = tree.head(w)?;
    for _ in 0..tree.len() {
        // Of two subjects the parser gave the verb ("The photo is of X walking"), the one
        // nearest before it.
        let subjects =
            || tree.children(v).iter().copied().filter(|&c| tree.rel(c).is_a(Rel::NSUBJ));
        let own = subjects().rfind(|&c| c < v).or_else(|| subjects().next());
        if let Some(s) = own {
            let relative = RELATIVE_PRONOUNS.contains(&h.lemma(s).to_lowercase().as_str());
            return match tree.head(v) {
                Some(noun) if relative && tree.rel(v) == Rel::ACL_RELCL => Some(noun),
                _ if relative => None,
                _ => Some(s),
            };
        }
        let rel = tree.rel(v);
        if tree.upos(v) != Upos::Verb {
            v = tree.head(v)?;
            continue;
        }
        let governor = tree.head(v)?;
        // (A "to" infinitive the parser hung as an adverbial clause is one too.)
        let infinitive = tree.children_by(v, Rel::MARK).any(|m| h.lemma(m) == "to");
        if rel == Rel::XCOMP || (rel.is_a(Rel::ADVCL) && infinitive) {
            // Object control: "urged the senator to drop her bid".
            let object = tree.children(governor).iter().copied().find(|&c| {
                tree.rel(c) == Rel::OBJ && matches!(tree.upos(c), Upos::Noun | Upos::Propn)
            });
            if let Some(object) = object.filter(|&o| o < v) {
                return Some(object);
            }
            v = governor;
        } else if rel == Rel::CONJ || rel.is_a(Rel::ADVCL) {
            v = governor;
        } else if rel.is_a(Rel::ACL) && rel != Rel::ACL_RELCL {
            if !infinitive {
                return Some(governor);
            }
            v = governor;
        } else {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::event::headline::tests::titles;

    #[test]
    fn an_object_pronoun_is_the_name_before_it_never_its_own_subject() {
        // Rule "pronoun object".
        let t = titles(
            "Rita Voss entered the race for mayor in March. Gov. Ann Lopez endorsed her on \
             Tuesday.",
        );
        assert!(t.iter().any(|t| t == "Ann Lopez endorses Rita Voss"), "{t:?}");
        let t = titles("Rita Voss entered the race in March. Ms. Lopez criticized her on Tuesday.");
        assert!(t.iter().any(|t| t == "Lopez criticizes Rita Voss"), "{t:?}");
        // "He … him": the subject's own antecedent is no one to pick.
        let t = titles("Paul Brandt met Omar Haddad in May. He praised him on Tuesday.");
        assert!(
            !t.iter().any(|t| t.contains("praises Omar") || t.contains("praises Paul")),
            "{t:?}"
        );
    }

    #[test]
    fn a_person_noun_before_the_pronoun_leaves_it_unresolved() {
        // Rule "no rival".
        let t = titles(
            "The boy was placed in the care of Tom Hale after a storm that killed his father on \
             Friday.",
        );
        assert!(t.iter().any(|t| t == "A storm kills his father"), "{t:?}");
        let t = titles(
            "Tom Hale arrived on Monday. A storm killed the child and his father on Friday.",
        );
        assert!(t.iter().all(|t| !t.contains("Hale's father")), "{t:?}");
        // A common noun the entity reader took for a name is no antecedent.
        let t = titles(
            "The search went on. Investigators said Friday they found a rifle buried near his \
             home.",
        );
        assert!(t.iter().any(|t| t.ends_with("near his home")), "{t:?}");
        let t = titles("Tom Hale arrived on Monday. A storm killed his father on Friday.");
        assert!(t.iter().any(|t| t.contains("Tom Hale's father")), "{t:?}");
    }

    #[test]
    fn an_unbound_owner_is_the_name_before_it_and_a_bound_one_stays() {
        // Rule "unbound owner".
        let t = titles(
            "Paul Ortiz resigned on Monday. His car was found abandoned at the airport on \
             Wednesday.",
        );
        assert!(t.iter().any(|t| t == "Paul Ortiz's car abandoned"), "{t:?}");
        let t = titles("Mr. Paul Ortiz ended his campaign for governor on Monday.");
        assert!(t.iter().any(|t| t == "Paul Ortiz ends his campaign for governor"), "{t:?}");
        // An object controls an open complement's subject: the job is the object's.
        let t = titles(
            "Mr. Paul Ortiz met the board in May. A scandal forced Dr. Ann Weller to resign from \
             her job on Friday.",
        );
        assert!(t.iter().all(|t| !t.contains("Weller's job")), "{t:?}");
        // A thing as the subject owns no "her": the owner is the name before.
        let t = titles(
            "Dana Reyes spoke in Ohio on Monday. The speech outlining her tax plan ran long \
             on Monday.",
        );
        assert!(t.iter().any(|t| t.contains("Dana Reyes' tax plan")), "{t:?}");
    }
}
