//! Subjects that name a group the parser split or set apart: a role word heading several
//! people (rule "plural role"), a list of titled names (rule "list of names"), a quantifier
//! set off after the phrase it is part of (rule "part of the whole") and a quantifier the
//! parser made the subject without its noun (rule "quantified subject"). [`super::agent`] applies them to a verb's subject.

use super::agent::SUBJECT_WORDS;
use super::headline::Headline;
use super::phrase::render;
use super::taxonomy::QUANTIFIERS;
use crate::bundle::EntityKind;
use crate::doc::syntax::{Rel, Upos};
use crate::entity::titles::{PLURAL_TITLES, ROLE_NOUNS};
use crate::Span;

/// Rule "part of the whole": a quantifier subject set off by commas after a noun phrase
/// ("scores of trucks, many with Iraqi plates, streamed north") stands for part of that
/// phrase, which is the subject: the head of the phrase that ends before the first comma.
pub(super) fn quantifier_apposition(h: &Headline<'_>, s: usize) -> Option<usize> {
    let tree = &h.st.tree;
    if s < 2 || !QUANTIFIERS.contains(&h.lemma(s).as_str()) || h.word(s - 1) != "," {
        return None;
    }
    // The closing comma, which the parser may hang on the quantifier.
    let last = tree.extent(s).1;
    if h.word(last) != "," && (last + 1 >= tree.len() || h.word(last + 1) != ",") {
        return None;
    }
    let mut noun = s - 2;
    for _ in 0..tree.len() {
        match tree.head(noun) {
            Some(head)
                if head < noun
                    && matches!(tree.upos(head), Upos::Noun | Upos::Propn)
                    && matches!(tree.rel(noun), Rel::NMOD | Rel::COMPOUND | Rel::FLAT) =>
            {
                noun = head
            }
            _ => break,
        }
    }
    (matches!(tree.upos(noun), Upos::Noun | Upos::Propn) && !h.in_date(noun)).then_some(noun)
}

/// Rule "quantified subject": a determiner or adjective subject ("Some", "Many") followed,
/// up to verb `v`, by words that the parser hung on the verb or on one another rather than on
/// it ("Some 1,500 ethnic Albanians marched", with "Albanians" read as the verb's compound):
/// the whole phrase is the subject, plural when it counts or ends in a plural.
pub(super) fn quantified_subject(h: &Headline<'_>, v: usize, s: usize) -> Option<(String, bool)> {
    let tree = &h.st.tree;
    if !matches!(tree.upos(s), Upos::Det | Upos::Adj) || s + 1 >= v || v - s > SUBJECT_WORDS {
        return None;
    }
    let rest = s + 1..v;
    let nominal = rest.clone().all(|w| {
        matches!(tree.upos(w), Upos::Num | Upos::Adj | Upos::Noun | Upos::Propn)
            && tree.head(w).is_some_and(|g| g > s && g <= v)
    });
    let last = v - 1;
    if !nominal || !matches!(tree.upos(last), Upos::Noun | Upos::Propn) {
        return None;
    }
    let words: Vec<usize> = (s..v).collect();
    let counted = rest.clone().any(|w| tree.upos(w) == Upos::Num);
    let form = h.word(last).to_lowercase();
    let many = counted || (form != h.lemma(last) && form.ends_with('s'));
    Some((render(h, &words), many))
}

/// Rule "plural role" for a role word in the singular the parser made head of a
/// coordination of people ("secretary of state Madeleine Albright, Berger and defense
/// secretary William Cohen announced"): the first name of a coordination of names inside
/// the subject's phrase, before verb `v`.
pub(super) fn coordinated_under_role(h: &Headline<'_>, s: usize, v: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let (lo, hi) = tree.extent(s);
    let role = ROLE_NOUNS.contains(h.word(s).trim_end_matches('.').to_lowercase().as_str());
    let name = |w: usize| tree.upos(w) == Upos::Propn || h.actor_at(w).is_some();
    if !role {
        return None;
    }
    (lo..=hi.min(v)).find_map(|w| {
        let g = tree.head(w).filter(|&g| g >= lo && g <= hi && name(g))?;
        (tree.rel(w) == Rel::CONJ && name(w)).then_some(g)
    })
}

/// Rule "list of names": a subject of verb `v` whose phrase is nothing but names, their
/// titles, commas and one "and" ("Treasurer Peter Costello, Environment Minister Robert Hill
/// and Attorney General Daryl Williams all voted", which the parser may join as a list under
/// the first title, or split into two subjects): each person it names, when it names two or
/// more. The phrase runs from the first subject the parser gave `v` to the end of `s`'s.
pub(super) fn list_of_names(h: &Headline<'_>, v: usize, s: usize) -> Option<Vec<String>> {
    let tree = &h.st.tree;
    let subjects = tree.children(v).iter().copied().filter(|&c| tree.rel(c).is_a(Rel::NSUBJ));
    let lo = subjects.map(|c| tree.extent(c).0).min()?.min(tree.extent(s).0);
    let hi = tree.extent(s).1;
    let mut and = 0;
    for w in lo..=hi {
        let capitalized = h.word(w).starts_with(|c: char| c.is_uppercase());
        match tree.upos(w) {
            Upos::Propn => {}
            Upos::Adj if capitalized => {}
            Upos::Punct if h.word(w) == "," || h.word(w) == "." => {}
            Upos::Cconj if h.lemma(w) == "and" => and += 1,
            _ => return None,
        }
    }
    let phrase = Span::new(h.span(lo).start, h.span(hi).end);
    let mut names: Vec<String> = Vec::new();
    for a in h.actors.iter().filter(|a| phrase.contains(a.span)) {
        if a.kind == EntityKind::Person && !names.contains(&a.name) {
            names.push(a.name.clone());
        }
    }
    (and == 1 && names.len() >= 2).then_some(names)
}

/// The names of the coordination that `first` heads, as the tree joins them ("Madeleine
/// Albright", "Berger", "William Cohen"): it and its conjuncts and appositions that are
/// proper nouns, each with its flat words.
pub(super) fn coordinated_names(h: &Headline<'_>, first: usize) -> Vec<String> {
    let tree = &h.st.tree;
    let mut heads: Vec<usize> = tree
        .children(first)
        .iter()
        .copied()
        .filter(|&c| matches!(tree.rel(c), Rel::CONJ | Rel::APPOS) && tree.upos(c) == Upos::Propn)
        .collect();
    heads.push(first);
    heads.sort_unstable();
    heads
        .into_iter()
        .map(|k| {
            let mut words = vec![k];
            words.extend(tree.children_by(k, Rel::FLAT));
            words.sort_unstable();
            render(h, &words)
        })
        .collect()
}

/// Whether word `w` is a role word in the plural ("Presidents", "Sens.", "foreign
/// ministers"): the role of the people its phrase names, each a subject.
pub(super) fn plural_role(h: &Headline<'_>, w: usize) -> bool {
    let word = h.word(w).trim_end_matches('.').to_lowercase();
    PLURAL_TITLES.contains(&word.as_str())
        || word.strip_suffix('s').is_some_and(|singular| ROLE_NOUNS.contains(singular))
}

#[cfg(test)]
mod tests {
    use crate::event::headline::tests::titles;

    #[test]
    fn a_plural_role_stands_for_each_person_its_phrase_names() {
        let t = titles(
            "_ Presidents Mikhail Petrov of Russia and Leonid Kravets of Ukraine signed a gas \
             transit deal Friday.\n\nKravets said the deal would hold.",
        );
        let both = "Mikhail Petrov and Leonid Kravets sign a gas transit deal";
        assert!(t.iter().any(|t| t.starts_with(both)), "{t:?}");
    }

    #[test]
    fn a_quantified_subject_is_the_whole_phrase() {
        let t = titles(
            "_ Some 2,000 ethnic Hungarians marched Sunday in downtown Bucharest, waving flags \
             to protest the new language law.",
        );
        assert!(t.iter().any(|t| t.starts_with("Some 2,000 ethnic Hungarians march")), "{t:?}");
    }

    #[test]
    fn a_singular_role_heading_coordinated_names_stands_for_each() {
        let t = titles(
            "Meanwhile, secretary of state Anna Berglund, Lund and defense secretary Carl Moss \
             announced plans to travel to Oslo next week.",
        );
        assert!(
            t.iter().any(|t| t.starts_with("Anna Berglund") && t.contains("Carl Moss travel")),
            "{t:?}"
        );
    }

    #[test]
    fn a_subject_of_titled_names_stands_for_each() {
        let t = titles(
            "_ Treasurer Paul Varga, Health Minister Robert Lane and Attorney General Diane \
             Moss all voted to support the bill Friday.",
        );
        let all = "Paul Varga, Robert Lane and Diane Moss vote";
        assert!(t.iter().any(|t| t.starts_with(all)), "{t:?}");
    }

    #[test]
    fn a_quantifier_between_commas_is_part_of_the_phrase_before_it() {
        let t = titles(
            "A day earlier, dozens of fishing boats, many with foreign flags, sailed out of \
             Harwick.",
        );
        assert!(t.iter().any(|t| t.starts_with("Dozens of fishing boats sail")), "{t:?}");
    }
}
