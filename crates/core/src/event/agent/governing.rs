//! Rule "antecedent" for a pronoun subject under another clause: the governing clause's
//! subject, when it fits the pronoun.
//!
//! - A name of a fitting kind ("he", "she" a person whose gender agrees; "it" no person), or
//!   for "it" and "they" a noun of the same number under a reported or relative clause.
//! - **rule "name beside the noun"**: a noun subject with a person's name set beside it ("an
//!   Israeli blogger, Jane Roe, reported that she had …") is that person.
//! - **rule "unlisted name"**: a singular proper noun subject the entity reader did not list
//!   ("Elian has been at the center of a fight since he was found …") is whom "he" or "she"
//!   stands for, and "it" of a reported clause ("Zentrix announced it was laying off …").
//! - **rule "person noun"**: a singular noun of a person or a role ("the girl", "the
//!   spokesman") is whom "he" or "she" stands for: the person named before whose role holds
//!   it (rule "role description"), else the noun phrase itself.
//! - **rule "coordinated clause's subject"**: when the governing clause's subject does not
//!   fit ("the girl was placed with her aunt, but the agency ruled that she …"), the subject
//!   of the clause it is coordinated with, when that fits.

use super::{plural, relative_antecedent, subject_of};
use crate::bundle::EntityKind;
use crate::coref::words::PERSON_NOUNS;
use crate::doc::syntax::{Rel, Upos};
use crate::entity::titles::ROLE_NOUNS;
use crate::event::headline::{subject_phrase, Headline};
use crate::event::participants::is_reporting_channel;
use crate::event::pronoun::{person_agrees, role_description};
use crate::event::taxonomy::{PERSON_PRONOUNS, RELATIVE_PRONOUNS};
use crate::event::ActorMention;
use crate::Span;

/// Rule "antecedent" for a pronoun subject (`lemma`) of `clause`: the subject of the clause it
/// reports or modifies ("the company said it expects …"; "Christie, who campaigned since he
/// suspended …"), or of the clause that one is coordinated with, when it fits.
pub(super) fn governing_subject(
    h: &Headline<'_>,
    clause: usize,
    lemma: &str,
) -> Option<(String, bool)> {
    let tree = &h.st.tree;
    let rel = tree.rel(clause);
    if !(rel == Rel::CCOMP || (rel.is_a(Rel::ADVCL) && rel != Rel::ADVCL_RELCL)) {
        return None;
    }
    let head = tree.head(clause)?;
    let (s, governing) = subject_of(h, head)?;
    match fitting(h, s, governing, rel, lemma) {
        Fit::Found(found) => Some(found),
        Fit::Channel => None,
        // Rule "coordinated clause's subject".
        Fit::Unfit => {
            let first = tree.head(governing).filter(|_| tree.rel(governing) == Rel::CONJ)?;
            let (s, clause) = subject_of(h, first)?;
            match fitting(h, s, clause, rel, lemma) {
                Fit::Found(found) => Some(found),
                Fit::Channel | Fit::Unfit => None,
            }
        }
    }
}

/// What a governing clause's subject says of a pronoun.
enum Fit {
    /// The subject the pronoun stands for, and whether it is plural.
    Found((String, bool)),
    /// A channel that only relays ("KCNA said it launched …"): no one to look further for.
    Channel,
    /// A subject the pronoun cannot stand for.
    Unfit,
}

/// Whether subject `s` of clause `governing` fits pronoun `lemma` of a clause related to it
/// by `rel`.
fn fitting(h: &Headline<'_>, s: usize, governing: usize, rel: Rel, lemma: &str) -> Fit {
    let tree = &h.st.tree;
    let relative = RELATIVE_PRONOUNS.contains(&h.lemma(s).as_str());
    let s = if relative {
        match relative_antecedent(h, governing, s) {
            Some(noun) => noun,
            None => return Fit::Unfit,
        }
    } else {
        s
    };
    let person = PERSON_PRONOUNS.contains(&lemma);
    // "Governor Tom Reyes": a title heading the name is titled by the name.
    let phrase = subject_phrase(h, s);
    let named = h.actors.iter().copied().find(|a| a.name == phrase);
    // Rule "name beside the noun": "an Israeli blogger, Jane Roe, reported that she …".
    let beside = || {
        tree.children_by(s, Rel::APPOS)
            .find_map(|a| h.actor_at(a).filter(|x| x.kind == EntityKind::Person))
    };
    let actor = h.actor_at(s).or(named).or_else(|| beside().filter(|_| person));
    if let Some(actor) = actor {
        // "KCNA said it launched …": a channel that relays is not who acted.
        if is_reporting_channel(h.doc, actor.span) {
            return Fit::Channel;
        }
        let fits = if person {
            person_agrees(lemma, actor)
        } else {
            actor.kind != EntityKind::Person && lemma == "it"
        };
        return found(fits, (actor.name.clone(), false));
    }
    let many = plural(h, s);
    // A subject phrase holding a listed name ("New Jersey Gov. Chris Christie", read with
    // another head) is that name's, which did not fit; a name in a relative clause or
    // prepositional phrase of the subject is someone else's.
    let span_of = |w: usize| {
        let (lo, hi) = tree.extent(w);
        Span::new(h.span(lo).start, h.span(hi).end)
    };
    let others: Vec<Span> = tree
        .children(s)
        .iter()
        .filter(|&&c| tree.rel(c).is_a(Rel::ACL) || tree.rel(c).is_a(Rel::NMOD))
        .map(|&c| span_of(c))
        .collect();
    let extent = span_of(s);
    let own = |a: &&&ActorMention| !others.iter().any(|o| o.contains(a.span));
    if h.actors.iter().filter(own).any(|a| extent.contains(a.span)) {
        return Fit::Unfit;
    }
    // Rule "unlisted name": a proper noun the entity reader did not list.
    if tree.upos(s) == Upos::Propn && !many {
        return found(person || (lemma == "it" && rel == Rel::CCOMP), (phrase, false));
    }
    // Rule "person noun": "the girl …, since she was found".
    let noun = h.lemma(s);
    if person && tree.upos(s) == Upos::Noun && !many {
        let of_person = PERSON_NOUNS.contains(&noun) || ROLE_NOUNS.contains(&noun);
        return found(of_person, (role_description(h, s).unwrap_or(phrase), false));
    }
    // A noun only for a reported clause ("the company said it expects …") or in a relative
    // clause, whose noun is its topic ("a pub that was to give its profit to charity until it
    // closed": the pub): "the stock hit a high after it unveiled …" is no more the stock
    // than the company.
    let thing = tree.upos(s) == Upos::Noun && (rel == Rel::CCOMP || relative);
    found(!person && thing && (many == (lemma == "they")), (phrase, many))
}

/// `subject` when it fits, else [`Fit::Unfit`].
fn found(fits: bool, subject: (String, bool)) -> Fit {
    if fits {
        Fit::Found(subject)
    } else {
        Fit::Unfit
    }
}

#[cfg(test)]
mod tests {
    use crate::event::headline::tests::titles;

    #[test]
    fn an_unlisted_name_governing_the_clause_is_he() {
        let t = titles(
            "Mr. Dorn met his lawyer on Monday. Arlo has been at the center of a custody fight \
             since he was found off the coast in November.",
        );
        assert!(t.iter().all(|t| !t.starts_with("Dorn found")), "{t:?}");
        assert!(t.iter().any(|t| t.starts_with("Arlo found")), "{t:?}");
    }

    #[test]
    fn a_listed_name_of_the_other_gender_is_no_she() {
        let t = titles(
            "Senator Ana Ruiz spoke on Monday. Ohio Gov. Tom Reyes described Senator Ruiz as a \
             disgrace after she attacked the police on Tuesday.",
        );
        assert!(t.iter().all(|t| !t.contains("Reyes attacks")), "{t:?}");
        // A name inside the subject's relative clause is someone else's.
        let t = titles(
            "He bought a pub in Leeds, a tavern that was to give its profit to Kenya until it \
             closed down in March 2015.",
        );
        assert!(t.iter().all(|t| !t.starts_with("Kenya closes")), "{t:?}");
    }

    #[test]
    fn a_name_beside_the_subject_is_she() {
        let t = titles(
            "Mr. Dorn met his lawyer on Monday. A local blogger, Tal Brenner, reported that she \
             obtained a video of Dorn at a fundraiser on Thursday.",
        );
        assert!(t.iter().any(|t| t.starts_with("Tal Brenner obtains")), "{t:?}");
    }

    #[test]
    fn an_unlisted_company_that_announces_is_it() {
        let t = titles(
            "The Daily Ledger reported the news on Monday. Zentrix announced Tuesday it was \
             laying off 600 workers in Chicago.",
        );
        assert!(t.iter().all(|t| !t.contains("Daily Ledger laying")), "{t:?}");
    }
}
