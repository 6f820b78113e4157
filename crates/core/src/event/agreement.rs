//! Grammatical number of a title's subject: whether the verb after it takes the plural
//! ("Two former college punters die", "Police raid", "236,000 Iowans participate") or the
//! third person singular.
//!
//! A subject is plural when it is coordinated ("Bolton and Gorka denounce"; a conjunct that is
//! a clause of its own or an address coordinates nothing), a plural common noun, a collective
//! (`lexicon::COLLECTIVE`: "police"), a plural quantifier (`lexicon::PLURAL_QUANTIFIERS`:
//! "many of …"), a plural proper noun that names no one organization or place ("Radical
//! Islamists"; "United States", "General Motors" take "-s" and stay singular), or a noun a
//! number above one counts (rule "counted subject").

use super::headline::Headline;
use super::lexicon::{COLLECTIVE, PLURAL_QUANTIFIERS};
use super::phrase::{clause_conjunct, is_address};
use crate::bundle::EntityKind;
use crate::doc::syntax::{Rel, Upos};

/// Whether a subject headed by `w` takes a plural verb.
pub(super) fn plural(h: &Headline<'_>, w: usize) -> bool {
    let tree = &h.st.tree;
    // A conjunct that is a clause of its own (rule "own clause") coordinates no subject.
    let own_clause = clause_conjunct(h, w);
    let coordinated =
        tree.children_by(w, Rel::CONJ).any(|c| Some(c) != own_clause) && !is_address(h, w);
    coordinated || plural_form(h, w)
}

/// Whether noun `w` alone, without its conjuncts, takes a plural verb.
pub(super) fn plural_form(h: &Headline<'_>, w: usize) -> bool {
    let tree = &h.st.tree;
    let word = h.word(w).to_lowercase();
    let plural_form = word != h.lemma(w) && word.ends_with('s');
    let plural_noun = tree.upos(w) == Upos::Noun && plural_form;
    // "Radical Islamists", "ethnic Albanians": a proper noun in the plural that names no
    // one organization or place ("United States", "General Motors" take "-s").
    let plural_name = tree.upos(w) == Upos::Propn
        && plural_form
        && !tree.children(w).iter().any(|&c| tree.upos(c) == Upos::Propn)
        && h.actor_at(w).is_none_or(|a| a.kind == EntityKind::Person);
    plural_noun
        || plural_name
        || COLLECTIVE.contains(&word.as_str())
        || PLURAL_QUANTIFIERS.contains(&word.as_str())
        || counted(h, w)
}

/// Rule "counted subject": a number above one right before noun `w` counts it ("236,000
/// Iowans participated", which the parser may not even hang on the noun); a year before a
/// name ("a 1987 Chevrolet") counts nothing, nor a number inside a name ("the Nasdaq 100
/// Index").
fn counted(h: &Headline<'_>, w: usize) -> bool {
    let tree = &h.st.tree;
    let Some(n) = w.checked_sub(1).filter(|&n| tree.upos(n) == Upos::Num) else {
        return false;
    };
    let in_name =
        n.checked_sub(1).is_some_and(|b| matches!(tree.upos(b), Upos::Propn | Upos::Noun));
    if in_name {
        return false;
    }
    let word = h.word(n).to_lowercase();
    let digits: String = word.chars().filter(|c| c.is_ascii_digit()).collect();
    let year = digits.len() == 4 && !word.contains(',');
    let one = matches!(word.as_str(), "one" | "1" | "a");
    !one && !year && !h.in_date(n)
}
