//! Finite verbs the parser hung on a noun as its modifier.
//!
//! - **rule "no other verb"**: a past form with an object or adverb after it, modifying a
//!   noun no word governs ("but the effect hit home yesterday"), is the clause's own verb.
//! - **rule "clause read as a phrase"**: after a word that is a preposition and a
//!   subordinating conjunction both ([`CLAUSE_PREPOSITIONS`]: "since", "as", "until", …), a
//!   noun with a past or present form the parser hung on it as a modifier ("since the chamber
//!   flipped six years ago", "as dawn broke Saturday", "since a bomb ripped through the
//!   building") is that clause's subject and its finite verb: active, titled in the present
//!   ("The chamber flips"), never a headline-style passive ("The chamber flipped"). A
//!   participle with a "by" agent stays a reduced relative ("after a weekend of accusations
//!   lobbed by both sides"), and so do a gerund and an infinitive; after "as", which also
//!   names a role, so does one with a prepositional complement ("as the first woman elected
//!   to the Senate").

use super::{infinitive, participle_form};
use crate::doc::syntax::{Rel, Upos};
use crate::event::headline::Headline;
use crate::event::lexicon::CLAUSE_PREPOSITIONS;

/// Rule "no other verb": a past form the parser read as modifying a noun that no word of
/// the sentence governs (the noun is the root, or hangs on a conjunction or punctuation:
/// "but the effect hit home yesterday", "Frankfurt prices closed lower Friday") is the
/// clause's finite verb: the clause has no other. Only with an object or an adverb after it
/// (a headline-style passive, "Five people killed in the blast", has neither), without an
/// auxiliary, a "by" agent or "to".
pub(super) fn finite_after_ungoverned_noun(h: &Headline<'_>, v: usize) -> bool {
    let tree = &h.st.tree;
    let Some(noun) = tree.head(v) else {
        return false;
    };
    let word = h.word(v).to_lowercase();
    let past = participle_form(h, v) || word == h.lemma(v);
    // (A fronted date or prepositional phrase the parser made the root governs nothing
    // either: "On Tuesday, tens of thousands of people rallied in a plaza" has no other verb,
    // and a headline-style passive never follows such a phrase: rule "fronted root".)
    let date_root = tree.head(noun).is_some_and(|g| {
        let fronted = h.in_date(g) || tree.children_by(g, Rel::CASE).next().is_some();
        g < noun && tree.head(g).is_none() && fronted
    });
    let ungoverned = date_root
        || tree
            .head(noun)
            .is_none_or(|g| matches!(tree.upos(g), Upos::Cconj | Upos::Sconj | Upos::Punct));
    let completed = tree.children(v).iter().any(|&c| {
        c > v
            && (tree.rel(c) == Rel::OBJ
                || (tree.rel(c) == Rel::ADVMOD && tree.upos(c) == Upos::Adv && h.lemma(c) != "not"))
    });
    tree.rel(v) == Rel::ACL
        && matches!(tree.upos(noun), Upos::Noun | Upos::Propn)
        && noun < v
        && ungoverned
        && past
        && (completed || date_root)
        && tree.auxiliaries(v).next().is_none()
        && tree.agent(v).is_none()
        && !infinitive(h, v)
}

/// Rule "clause read as a phrase": whether verb `v`, which the parser hung on a noun as a
/// modifier, is the finite verb of a clause that noun's case word opens.
pub(super) fn clause_read_as_phrase(h: &Headline<'_>, v: usize) -> bool {
    let tree = &h.st.tree;
    let Some(noun) = tree.head(v).filter(|&n| n < v && tree.rel(v) == Rel::ACL) else {
        return false;
    };
    // The noun's case word, or the word just before its phrase (the parser may hang "since"
    // elsewhere).
    let (start, _) = tree.extent(noun);
    let clause_word = |o: &usize| CLAUSE_PREPOSITIONS.contains(&h.word(*o).to_lowercase().as_str());
    let opener = tree
        .children_by(noun, Rel::CASE)
        .find(|c| *c < noun && clause_word(c))
        .or_else(|| start.checked_sub(1));
    let opened = opener.as_ref().is_some_and(clause_word);
    // "As" also names a role ("served as the first woman elected to the Senate"): after it,
    // a verb with a prepositional complement other than a date stays a reduced relative.
    let role = opener.is_some_and(|o| h.word(o).eq_ignore_ascii_case("as"))
        && tree.children(v).iter().any(|&c| tree.rel(c).is_a(Rel::OBL) && !h.in_date(c));
    let word = h.word(v).to_lowercase();
    let marked = tree.children(v).iter().any(|&c| matches!(tree.rel(c), Rel::MARK));
    let by = tree.agent(v).is_some()
        || tree
            .children(v)
            .iter()
            .any(|&c| tree.children_by(c, Rel::CASE).any(|k| h.word(k).eq_ignore_ascii_case("by")));
    opened
        && !role
        && !marked
        && !by
        && !word.ends_with("ing")
        && tree.auxiliaries(v).next().is_none()
}

#[cfg(test)]
mod tests {
    use crate::event::headline::tests::titles;

    #[test]
    fn a_clause_after_since_or_as_is_active_and_in_the_present() {
        let t = titles("The town has grown quieter since the mill closed a decade ago.");
        assert!(t.iter().any(|t| t.starts_with("The mill closes")), "{t:?}");
        let t = titles("Rescuers kept digging, officials said as dawn broke Saturday.");
        assert!(t.iter().any(|t| t.starts_with("Dawn breaks")), "{t:?}");
    }

    #[test]
    fn a_participle_with_its_agent_after_since_stays_a_passive() {
        let t = titles(
            "After a week of insults hurled by both campaigns, the debate opened on Monday.",
        );
        assert!(t.iter().all(|t| !t.contains("hurls")), "{t:?}");
        let t = titles("In 1998 she took office as the first woman elected to the state senate.");
        assert!(t.iter().all(|t| !t.contains("elects")), "{t:?}");
    }
}
