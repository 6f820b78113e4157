//! Passives without an auxiliary, and the voice a frame's title lost:
//! - **rule "participle with its agent"**: a past participle with a "by" agent and no
//!   auxiliary ("Rescued by fishermen, the boy …", "a claim, first introduced by the paper")
//!   is a passive, whatever clause the parser hung it on; one set off by a comma after a noun
//!   the parser did not hang it on is about that noun.
//! - **rule "governed reduced relative"**: a participle without an object modifying a noun
//!   that a finite clause governs ("Jane Roe, a trader arrested in May, was …", "swapped ten
//!   agents arrested in Ohio") is that noun's passive even when a frame's title opens with the
//!   noun itself; a noun no finite clause governs may hide the sentence's finite verb ("talks
//!   aimed at ending the dispute collapsed"), so there the frame's title stays; nor one
//!   whose noun is plural under a singular determiner ("a report lawmakers released": an
//!   object relative without "that").
//! - **rule "lost voice"**: a frame's title that reads as active a verb the tree reads as
//!   passive gives way to the tree's.

use super::{infinitive, is_subject, participle_form, reduced_passive};
use crate::doc::syntax::{Rel, Upos};
use crate::event::agreement::plural_form;
use crate::event::headline::Headline;
use crate::event::taxonomy::SINGULAR_DETERMINERS;
use crate::event::verbs;

/// Rule "participle with its agent": whether verb `v` is a past participle with a "by" agent
/// and no auxiliary, subject or object.
pub(super) fn agent_participle(h: &Headline<'_>, v: usize) -> bool {
    let tree = &h.st.tree;
    // A past form with its own subject or an object is active, its "by" phrase a measure or
    // a means ("Smith won the state by ten points").
    let active =
        tree.children(v).iter().any(|&c| is_subject(tree.rel(c)) || tree.rel(c) == Rel::OBJ);
    participle_form(h, v)
        && !active
        && by_agent(h, v).is_some()
        && tree.auxiliaries(v).next().is_none()
        && !tree.children_by(v, Rel::MARK).any(|m| h.word(m).eq_ignore_ascii_case("to"))
}

/// Rule "misread participle": a past form whose subject is a common noun, with no auxiliary,
/// no object but dates, and a "by" phrase naming somebody — on the verb or on its date, where
/// the parser hung it ("A poll released Sunday by the network shows …", which it read as the
/// poll releasing) — is a reduced relative's passive: "A poll released by the network". A "by"
/// phrase naming nobody is a measure or a means ("ruled Friday by a 5-4 vote": active).
pub(in crate::event) fn misread_participle(h: &Headline<'_>, v: usize) -> bool {
    let tree = &h.st.tree;
    if !(participle_form(h, v)
        && tree.objects(v).all(|o| h.in_date(o))
        && tree.auxiliaries(v).next().is_none()
        && !infinitive(h, v)
        && tree
            .children(v)
            .iter()
            .any(|&c| tree.rel(c) == Rel::NSUBJ && tree.upos(c) == Upos::Noun))
    {
        return false;
    }
    let names_somebody = |c: usize| {
        let (start, end) = tree.extent(c);
        marked_by(h, c) && (start..=end).any(|w| h.actor_at(w).is_some())
    };
    let on_verb = tree.children(v).iter().any(|&c| tree.rel(c).is_a(Rel::OBL) && names_somebody(c));
    on_verb || tree.objects(v).any(|d| tree.children(d).iter().any(|&c| names_somebody(c)))
}

/// Whether word `c` has the preposition "by" as its case marker.
pub(in crate::event) fn marked_by(h: &Headline<'_>, c: usize) -> bool {
    h.st.tree.children_by(c, Rel::CASE).any(|k| h.word(k).eq_ignore_ascii_case("by"))
}

/// The "by" phrase of verb `v`: its agent, or an oblique or object the parser gave the
/// preposition "by" ("Rescued on May 2 by fishermen").
fn by_agent(h: &Headline<'_>, v: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let by = |c: usize| {
        (tree.rel(c).is_a(Rel::OBL) || tree.rel(c) == Rel::OBJ) && !h.in_date(c) && marked_by(h, c)
    };
    tree.agent(v).or_else(|| tree.children(v).iter().copied().find(|&c| by(c)))
}

/// Rule "participle with its agent": the noun just before the comma that opens participle
/// `v`'s phrase, when `v` follows the verb the parser hung it on ("asked about a claim,
/// first introduced by the paper": the claim).
pub(super) fn noun_before_comma(h: &Headline<'_>, v: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let head = tree.head(v)?;
    let (start, _) = tree.extent(v);
    if !(agent_participle(h, v) && head < v) {
        return None;
    }
    // The comma may sit inside the participle's phrase or just before it.
    let comma = match start.checked_sub(1) {
        _ if h.word(start) == "," => start,
        Some(before) if h.word(before) == "," => before,
        _ => return None,
    };
    let mut noun = comma.checked_sub(1)?;
    if !matches!(tree.upos(noun), Upos::Noun | Upos::Propn) || noun <= head {
        return None;
    }
    for _ in 0..tree.len() {
        match tree.head(noun) {
            Some(up) if matches!(tree.rel(noun), Rel::FLAT | Rel::COMPOUND) => noun = up,
            _ => break,
        }
    }
    Some(noun)
}

/// Rule "governed reduced relative": whether participle `v` is the passive of the noun it
/// modifies and a finite clause governs that noun.
pub(in crate::event) fn governed_reduced_passive(h: &Headline<'_>, v: usize) -> bool {
    let tree = &h.st.tree;
    if !(reduced_passive(h, v) && participle_form(h, v)) {
        return false;
    }
    let Some(mut w) = tree.head(v) else { return false };
    // "a fact sheet lawmakers released": a singular determiner on a plural noun marks a
    // relative clause without "that", whose subject the parser ran into the noun phrase.
    let one =
        tree.children_by(w, Rel::DET).any(|d| SINGULAR_DETERMINERS.contains(&h.lemma(d).as_str()));
    if one && plural_form(h, w) {
        return false;
    }
    for _ in 0..tree.len() {
        let Some(up) = tree.head(w) else { return false };
        let clause = matches!(tree.upos(up), Upos::Verb | Upos::Aux)
            || tree.children_by(up, Rel::COP).next().is_some();
        if clause {
            // A finite clause has a subject or an auxiliary; a gerund or participle above
            // the noun has neither and is no evidence.
            let subject = tree.children(up).iter().any(|&c| is_subject(tree.rel(c)));
            return subject || tree.auxiliaries(up).next().is_some();
        }
        w = up;
    }
    false
}

/// Rule "lost voice": whether the tree reads verb `p` as a passive (by an auxiliary, a "by"
/// agent, or as a governed reduced relative) while `frame_title` has it in the present
/// ("Elian rescues" for "Rescued by fishermen, Elian …").
pub(in crate::event) fn voice_lost(h: &Headline<'_>, p: usize, frame_title: &str) -> bool {
    let tree = &h.st.tree;
    let passive = (tree.is_passive(p) && participle_form(h, p))
        || agent_participle(h, p)
        || governed_reduced_passive(h, p)
        || misread_participle(h, p);
    if !passive {
        return false;
    }
    let lemma = h.lemma(p);
    let active = [verbs::third_person(&lemma), lemma];
    let written = h.word(p).to_lowercase();
    let words: Vec<String> = frame_title
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(str::to_lowercase)
        .collect();
    !words.contains(&written) && words.iter().any(|w| active.contains(w))
}

#[cfg(test)]
mod tests {
    use crate::event::headline::tests::titles;

    #[test]
    fn a_participle_the_parser_gave_a_subject_with_an_agent_on_its_date_is_a_passive() {
        // Rule "misread participle": the parser reads "released" as the memo's own verb and
        // hangs "by Reuters" on "Tuesday".
        let t = titles("A memo released Tuesday by Reuters shows the plan was changed.");
        assert!(t.iter().any(|t| t == "A memo released by Reuters"), "{t:?}");
        // A "by" phrase that names nobody is a means: active.
        let t = titles("The state court ruled Friday by a 5-4 vote against the plan.");
        assert!(t.iter().all(|t| !t.contains("ruled")), "{t:?}");
    }

    #[test]
    fn a_fronted_participle_with_its_agent_is_the_main_subject_s_passive() {
        let t = titles(
            "Rescued on June 3 by two fishermen off the coast, the girl has become the center \
             of a legal fight.",
        );
        assert!(t.iter().any(|t| t.starts_with("The girl rescued by two fishermen")), "{t:?}");
        let t =
            titles("Released by the kidnappers on Friday, the two nurses returned home on Sunday.");
        assert!(t.iter().any(|t| t.starts_with("The two nurses released by")), "{t:?}");
        assert!(t.iter().all(|t| t != "Releases"), "{t:?}");
    }

    #[test]
    fn a_reduced_relative_on_an_object_or_an_apposition_is_a_passive() {
        let t = titles("In 2012 the government swapped ten spies arrested in Ohio for two pilots.");
        assert!(t.iter().any(|t| t.starts_with("Ten spies arrested")), "{t:?}");
        let t = titles(
            "Jane Roe, an Irish trader arrested in Dublin in May, was not part of the swap.",
        );
        assert!(t.iter().any(|t| t.starts_with("Jane Roe arrested")), "{t:?}");
    }

    #[test]
    fn a_past_form_with_a_subject_or_object_and_a_by_phrase_stays_active() {
        let t = titles("Governor Lee won the state by ten points in 2012.");
        assert!(t.iter().any(|t| t.contains("wins the state")), "{t:?}");
    }

    #[test]
    fn a_plural_noun_under_a_singular_determiner_is_no_passive_s_subject() {
        let t = titles(
            "Wages will rise in the first year, according to a summary senators released Monday.",
        );
        assert!(t.iter().all(|t| !t.contains("senators released")), "{t:?}");
    }
}
