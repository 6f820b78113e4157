//! Grammatical number of a title's subject: whether the verb after it takes the plural
//! ("Two former college punters die", "Police raid", "236,000 Iowans participate") or the
//! third person singular.
//!
//! A subject is plural when it is coordinated ("Bolton and Gorka denounce"; a conjunct that is
//! a clause of its own or an address coordinates nothing), a plural common noun, a collective
//! (`lexicon::COLLECTIVE`: "police"), a plural quantifier (`lexicon::PLURAL_QUANTIFIERS`:
//! "many of …"), a plural proper noun that names no one organization or place ("Radical
//! Islamists"; "United States", "General Motors" take "-s" and stay singular), the plural of a
//! member's noun written as a name (rule "members' name": "Republicans", "Democrats"; a place
//! stays singular), a proper noun in "-s" a determiner or adjective marks as a common plural
//! (rule "marked plural name": "the Whigs", "anti-slavery Whigs"), a number standing for
//! what it counts (rule "bare number": "Three resign"), or a noun a number above one counts
//! (rule "counted subject").

use super::headline::Headline;
use super::lexicon::{COLLECTIVE, MEMBER_SUFFIXES, PLURAL_QUANTIFIERS};
use super::phrase::{clause_conjunct, is_address};
use crate::bundle::EntityKind;
use crate::doc::syntax::{Rel, Upos};

/// Whether a subject headed by `w` takes a plural verb.
pub(super) fn plural(h: &Headline<'_>, w: usize) -> bool {
    let tree = &h.st.tree;
    // A conjunct that is a clause of its own (rule "own clause") coordinates no subject.
    let own_clause = clause_conjunct(h, w);
    // A conjunct that starts inside the same name coordinates nothing ("the National Abortion
    // and Reproductive Rights Action League", which the parser may cut at "and").
    let same_name = |c: usize| {
        let first = tree.extent(c).0;
        h.actor_at(w).is_some_and(|a| a.span.contains(h.span(first)))
    };
    let coordinated =
        tree.children_by(w, Rel::CONJ).any(|c| Some(c) != own_clause && !same_name(c))
            && !is_address(h, w);
    coordinated || plural_form(h, w)
}

/// Whether noun `w` alone, without its conjuncts, takes a plural verb.
pub(super) fn plural_form(h: &Headline<'_>, w: usize) -> bool {
    let tree = &h.st.tree;
    let word = h.word(w).to_lowercase();
    // (An acronym in "S" is no plural: "the IRS", "CBS".)
    let acronym = h.word(w).ends_with('S');
    let plural_form = word != h.lemma(w) && word.ends_with('s') && !acronym;
    let plural_noun = tree.upos(w) == Upos::Noun && plural_form;
    // "Radical Islamists", "ethnic Albanians": a proper noun in the plural that names no
    // one organization or place ("United States", "General Motors" take "-s").
    // Only the name's own words count ("United States"), not a place after it ("Republicans
    // in Ohio").
    let single_word = !tree
        .children(w)
        .iter()
        .any(|&c| tree.upos(c) == Upos::Propn && matches!(tree.rel(c), Rel::COMPOUND | Rel::FLAT));
    let actor = h.actor_at(w);
    let plural_name = tree.upos(w) == Upos::Propn
        && plural_form
        && single_word
        && actor.is_none_or(|a| {
            a.kind == EntityKind::Person
                || (a.kind == EntityKind::Organization && members_name(h.word(w)))
        });
    plural_noun
        || plural_name
        || marked_plural_name(h, w)
        || bare_number(h, w)
        || COLLECTIVE.contains(&word.as_str())
        || PLURAL_QUANTIFIERS.contains(&word.as_str())
        || counted(h, w)
}

/// Rule "members' name": whether a capitalized `word` is the plural of a member's noun
/// ("Republicans", "Democrats", "Islamists", "Texans": [`MEMBER_SUFFIXES`]).
pub(super) fn members_name(word: &str) -> bool {
    let capitalized = word.chars().next().is_some_and(char::is_uppercase);
    let member = word.strip_suffix('s').is_some_and(|noun| {
        noun.chars().count() > 3 && MEMBER_SUFFIXES.iter().any(|end| noun.ends_with(end))
    });
    capitalized && member
}

/// Rule "marked plural name": a proper noun in "-s" that no name reads, which a determiner
/// ("the Whigs") or an adjective ("anti-slavery Whigs") marks as a noun of a group, and that
/// the lemmatizer left as written (it knows no singular for it).
fn marked_plural_name(h: &Headline<'_>, w: usize) -> bool {
    let tree = &h.st.tree;
    let word = h.word(w);
    let lower = word.to_lowercase();
    // (Not an acronym: "the INS".)
    let before_s = word.strip_suffix('s').and_then(|w| w.chars().next_back());
    let ends = before_s.is_some_and(char::is_lowercase)
        && !["ss", "us", "is"].iter().any(|e| lower.ends_with(e));
    let marked = tree.children(w).iter().any(|&c| {
        c < w && (tree.upos(c) == Upos::Adj || (tree.rel(c) == Rel::DET && h.lemma(c) == "the"))
    });
    tree.upos(w) == Upos::Propn
        && ends
        && h.lemma(w) == lower
        && marked
        && h.actor_at(w).is_none()
        && !tree.children(w).iter().any(|&c| tree.upos(c) == Upos::Propn)
}

/// Rule "bare number": a number above one that heads the subject stands for what it counts
/// ("Three of the delegates resign", "Two resign"); not a year nor a date.
fn bare_number(h: &Headline<'_>, w: usize) -> bool {
    let tree = &h.st.tree;
    let word = h.word(w).to_lowercase();
    let digits: String = word.chars().filter(|c| c.is_ascii_digit()).collect();
    let year = digits.len() == 4 && !word.contains(',');
    tree.upos(w) == Upos::Num && !matches!(word.as_str(), "one" | "1") && !year && !h.in_date(w)
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

#[cfg(test)]
mod tests {
    use super::members_name;
    use crate::event::headline::tests::titles;

    #[test]
    fn a_members_name_is_a_plural_but_a_place_or_a_firm_in_s_is_not() {
        assert!(members_name("Republicans"));
        assert!(members_name("Democrats"));
        assert!(!members_name("Reuters"));
        assert!(!members_name("republicans"));
        let members = titles("Republicans rejected the budget on Monday.");
        assert!(members.iter().any(|t| t.starts_with("Republicans reject")), "{members:?}");
        // A place after the name is no part of it.
        let placed = titles("Young Republicans in Ohio rejected the budget on Monday.");
        assert!(placed.iter().any(|t| t.contains("Republicans in Ohio reject ")), "{placed:?}");
        // "And" inside one organisation's name (rule "joined organization" of the entity
        // reader), even where the parser cuts the name at it.
        let one = titles("The Fisheries and Wildlife Service approved the plan on Monday.");
        assert!(one.iter().any(|t| t.contains("Wildlife Service approves")), "{one:?}");
        let one = titles("The Fisheries and Wildlife Service plans to close the park on Monday.");
        assert!(one.iter().any(|t| t.contains("Wildlife Service plans to close")), "{one:?}");
        let place = titles("The United States bombed the depot on Friday.");
        assert!(place.iter().any(|t| t.contains("United States bombs")), "{place:?}");
    }

    #[test]
    fn a_marked_plural_name_and_a_bare_number_take_a_plural_verb() {
        let group = titles("The Whigs censured him in 1852.");
        assert!(group.iter().any(|t| t.starts_with("The Whigs censure")), "{group:?}");
        let acronym = titles("The FRS ruled last month that the fee stands.");
        assert!(acronym.iter().any(|t| t.starts_with("The FRS rules")), "{acronym:?}");
        let number = titles("Three of the trustees resigned their seats on Monday.");
        // (The frame's title: rule "bare number" in `title`.)
        assert!(number.iter().any(|t| t.contains(" resign ")), "{number:?}");
    }
}
