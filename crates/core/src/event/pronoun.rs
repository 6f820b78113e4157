//! Rule "antecedent" for a personal pronoun subject ("he", "she", "it", "they") that no
//! governing clause resolves ([`super::agent`] tries that first): the nearest fitting name
//! before it in the article, looked up by binary search, a bounded number of names back —
//! "he", "she" a person whose gender, when the article gives one, agrees; "it" no person;
//! "they" an organization. Rule "possessive background": a name of unknown gender in a
//! possessive ("citing Suu Kyi's election. That month, he …") gives way to a person of known,
//! agreeing gender named before it. Rule "role description": "the senator" is the nearest
//! person named before it whose role words hold "senator". Rule "the city": "the city", "the town" alone is the
//! nearest place named before it that is no known country or region and no name made by a
//! place head ("Romare Bearden Park").

use super::headline::Headline;
use super::taxonomy::PERSON_PRONOUNS;
use super::ActorMention;
use crate::bundle::EntityKind;
use crate::coref::words::TITLE_ROLES;
use crate::coref::Gender;
use crate::doc::fold::with_lowercase;
use crate::doc::syntax::{Rel, Upos};
use crate::entity::places::{known_places, PlaceKind, PLACE_HEADS, SETTLEMENT_NOUNS};
use crate::entity::titles::ROLE_NOUNS;
use crate::Span;

/// How many names back a pronoun may look for its antecedent.
const PRONOUN_REACH: usize = 12;

/// Rule "antecedent": whether `actor` can be what "he" or "she" (`lemma`) stands for: a
/// person (never a place or organisation) whose gender, when the article gives one ("Mr.",
/// "Elizabeth", "spokeswoman"), agrees with the pronoun.
pub(super) fn person_agrees(lemma: &str, actor: &ActorMention) -> bool {
    let disagrees = match lemma {
        "he" => Gender::Female,
        "she" => Gender::Male,
        _ => return false,
    };
    actor.kind == EntityKind::Person && actor.gender != disagrees
}

/// Rule "antecedent": the name a pronoun subject stands for, if one is near enough.
pub(super) fn antecedent(h: &Headline<'_>, w: usize) -> Option<String> {
    antecedent_as(h, w, h.lemma(w))
}

/// Rule "owner of the noun": the person a possessive "his" or "her" (`w`) stands for, found
/// as the antecedent of "he" or "she".
pub(super) fn possessive_owner(h: &Headline<'_>, w: usize) -> Option<String> {
    let lemma = match h.word(w).to_lowercase().as_str() {
        "his" => "he",
        "her" => "she",
        _ => return None,
    };
    antecedent_as(h, w, lemma.to_string())
}

/// The antecedent of pronoun `w` read as the pronoun `lemma`.
fn antecedent_as(h: &Headline<'_>, w: usize, lemma: String) -> Option<String> {
    let at = h.span(w).start;
    let before = h.all_actors.partition_point(|a| a.span.end <= at);
    let mut candidates =
        h.all_actors[..before].iter().rev().take(PRONOUN_REACH).filter(|a| fits(&lemma, a));
    let nearest = candidates.next()?;
    // Rule "possessive background": a name in a possessive ("citing Suu Kyi's election. That
    // month, he …") is no one the story follows when its gender is unknown and a person
    // whose gender agrees was named before it.
    let person = PERSON_PRONOUNS.contains(&lemma.as_str());
    if person && nearest.gender == Gender::Unknown && possessive(h, nearest) {
        if let Some(known) = candidates.find(|a| a.gender != Gender::Unknown) {
            return Some(known.name.clone());
        }
    }
    Some(nearest.name.clone())
}

/// Whether `actor` can be what pronoun `lemma` stands for: "he", "she" a person whose gender
/// agrees, "they" an organization, "it" no person.
fn fits(lemma: &str, a: &ActorMention) -> bool {
    if PERSON_PRONOUNS.contains(&lemma) {
        person_agrees(lemma, a)
    } else if lemma == "they" {
        // A person is rarely "they", a place is "it": an organization's staff.
        a.kind == EntityKind::Organization
    } else {
        a.kind != EntityKind::Person
    }
}

/// The nearest name before pronoun `w` that fits the pronoun `lemma`, passing over the names
/// `skip` holds (rules "pronoun object" and "unbound owner" in [`super::referent`]), and its
/// mention's span. A possessive name counts as any other: the noun it owns is near.
pub(super) fn antecedent_excluding(
    h: &Headline<'_>,
    w: usize,
    lemma: &str,
    skip: impl Fn(&ActorMention) -> bool,
) -> Option<(String, Span)> {
    let at = h.span(w).start;
    let before = h.all_actors.partition_point(|a| a.span.end <= at);
    let nearest = h.all_actors[..before]
        .iter()
        .rev()
        .take(PRONOUN_REACH)
        .find(|a| !skip(a) && fits(lemma, a))?;
    Some((nearest.name.clone(), nearest.span))
}

/// Rule "role description": the person a definite description subject (`w`, its head noun)
/// stands for ("the senator", "the Florida senator"): the nearest person named before it, a
/// bounded number of names back, whose role words (`coref`'s rule `roles`) hold its noun.
/// Only a singular description of the article "the", headed by a role noun, that holds no other person or
/// organization's name ("the Acme chairman" is no description of someone named earlier).
pub(super) fn role_description(h: &Headline<'_>, w: usize) -> Option<String> {
    let tree = &h.st.tree;
    let noun = h.lemma(w);
    let the = tree.children_by(w, Rel::DET).any(|d| h.lemma(d) == "the");
    let singular = h.word(w).eq_ignore_ascii_case(&noun);
    // A noun of a role or title only: coref's role words also hold any word written
    // before a name.
    let role = ROLE_NOUNS.contains(&noun)
        || TITLE_ROLES.iter().any(|(_, nouns)| nouns.contains(&noun.as_str()));
    if !role {
        return None;
    }
    if !(the && singular && tree.upos(w) == Upos::Noun) || h.actor_at(w).is_some() {
        return None;
    }
    let (lo, hi) = tree.extent(w);
    let phrase = Span::new(h.span(lo).start, h.span(hi).end);
    let named = h.actors.iter().any(|a| phrase.contains(a.span) && a.kind != EntityKind::Place);
    if named {
        return None;
    }
    let at = phrase.start;
    let before = h.all_actors.partition_point(|a| a.span.end <= at);
    h.all_actors[..before]
        .iter()
        .rev()
        .take(PRONOUN_REACH)
        .find(|a| a.kind == EntityKind::Person && a.roles.binary_search(&noun).is_ok())
        .map(|a| a.name.clone())
}

/// Rule "the city": the place a bare "the city" (`w`, its noun) stands for: the nearest place
/// named before it, a bounded number of names back, that may be a city.
pub(super) fn settlement(h: &Headline<'_>, w: usize) -> Option<String> {
    let tree = &h.st.tree;
    let bare = tree.children(w).iter().all(|&c| tree.rel(c) == Rel::DET && h.lemma(c) == "the");
    if !bare || tree.children(w).is_empty() || !SETTLEMENT_NOUNS.contains(&h.lemma(w)) {
        return None;
    }
    let at = h.span(w).start;
    let before = h.all_actors.partition_point(|a| a.span.end <= at);
    // A known place that is no city, or a name made by a place head ("Romare Bearden Park",
    // "Bartow County"), is no city.
    let city = |a: &&ActorMention| {
        let head = a.name.rsplit(' ').next().unwrap_or("");
        a.kind == EntityKind::Place
            && !known_places().any(|p| p.name == a.name && p.kind != PlaceKind::City)
            && !with_lowercase(head, |w| PLACE_HEADS.contains(w))
    };
    let nearest = h.all_actors[..before].iter().rev().take(PRONOUN_REACH).find(city)?;
    Some(nearest.name.clone())
}

/// Rule "the city": whether a title opens with a bare "The city", "The town" (which the tree's
/// title may name).
pub(super) fn opens_with_settlement(title: &str) -> bool {
    let mut words = title.split(' ');
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && words.next().is_some_and(|w| SETTLEMENT_NOUNS.contains(w))
}

/// Whether `actor`'s mention is a possessive ("Suu Kyi's", "Jones'").
fn possessive(h: &Headline<'_>, actor: &ActorMention) -> bool {
    let after = h.doc.text().get(actor.span.end..).unwrap_or("");
    ["'s", "\u{2019}s", "' ", "\u{2019} "].iter().any(|p| after.starts_with(p))
}

#[cfg(test)]
mod tests {
    use crate::event::headline::tests::titles;

    #[test]
    fn the_city_is_the_place_named_before_it() {
        // Rules "city_of" and "the city".
        let t = titles(
            "The city of Eldermoor is suing the company. The city sent a letter on Thursday.",
        );
        assert!(t.iter().any(|t| t.starts_with("Eldermoor sends a letter")), "{t:?}");
        let t = titles(
            "The city of Eldermoor sued. Crowds left Kestrel Park. The city lifted a curfew on Sunday.",
        );
        assert!(t.iter().any(|t| t.starts_with("Eldermoor lifts a curfew")), "{t:?}");
        assert!(super::opens_with_settlement("The town votes"));
        assert!(!super::opens_with_settlement("The townhall votes"));
    }

    #[test]
    fn he_or_she_skips_a_person_of_the_other_gender_and_a_place() {
        let t = titles(
            "Mr. Dorn met Ms. Valcourt in Lisbon on Monday. She signed the accord on Tuesday.",
        );
        assert!(t.iter().any(|t| t.starts_with("Valcourt signs the accord")), "{t:?}");
        let t = titles(
            "Mrs. Valcourt met Mr. Dorn in Lisbon on Monday. He signed the accord on Tuesday.",
        );
        assert!(t.iter().any(|t| t.starts_with("Dorn signs the accord")), "{t:?}");
        let t = titles(
            "Elena Marsh spoke to Mr. Dorn in Oslo on Monday. She resigned from the board on Friday.",
        );
        assert!(t.iter().any(|t| t.starts_with("Elena Marsh resigns")), "{t:?}");
        let t = titles(
            "Mr. Dorn praised the reforms on Monday, citing Dr. Lwin's release. That week, he \
             signed the accord.",
        );
        assert!(t.iter().any(|t| t.starts_with("Dorn signs the accord")), "{t:?}");
    }
}
