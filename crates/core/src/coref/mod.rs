//! Coreference for the actors that matter: which entity of an article a pronoun ("he", "she",
//! "it", "they") or a definite description ("the senator", "the company", "the daily") stands
//! for, or none.
//!
//! [`Coref::new`] reads once what the article says about each entity: its gender (rule
//! `gender`: a given name of [`words::MALE_GIVEN_NAMES`] or [`words::FEMALE_GIVEN_NAMES`], a
//! gendered title before a mention, "Mr. Trump", or a gendered role, "spokeswoman"; conflicting
//! evidence leaves it unknown) and its role words (rule `roles`: the roles the entity reader
//! found, the titles written before its mentions, and the nouns a later description uses for
//! them through [`words::TITLE_ROLES`]: "Sen. Elizabeth Warren" → "senator"). [`genders`] reads
//! the genders alone, for callers that ask nothing else.
//!
//! Resolution, rules named where applied:
//! - `pronoun`: "he"/"she" is the person in focus (the caller's: who spoke or was the subject
//!   last) when the gender agrees, or else the most recent person mentioned whose gender does
//!   not disagree; "it" and "they" are the organisation in focus, or else the most recent
//!   organisation mentioned.
//! - `role_description`: "the senator", "the former president": the most recent person whose
//!   role words hold the description's head noun.
//! - `group_description`: "the company", "the campaign": the organisation in focus or the most
//!   recent one mentioned; "the daily", "the newspaper": the most recent news outlet.
//! - `focus_description`: "the businessman", "the 70-year-old": a person noun nobody's role
//!   holds is the person in focus when the gender agrees.
//! - Otherwise `None`: never a guess. Look-backs cover the last [`WINDOW`] mentions, so the
//!   work per question is bounded.

pub mod words;

use crate::doc::fold::with_lowercase;
use crate::entity::{Entity, EntityKind, Extraction};
use crate::word_table::Words;
use crate::Span;
use words::{
    FEMALE_GIVEN_NAMES, FEMALE_WORDS, GROUP_NOUNS, MALE_GIVEN_NAMES, MALE_WORDS, MEDIA_NOUNS,
    PERSON_NOUNS, TITLE_ROLES,
};

/// How many mentions back a look-back goes.
pub const WINDOW: usize = 80;

/// A person's gender as the article gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

/// A personal pronoun that can name a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    It,
    They,
}

impl Pronoun {
    /// The subject (or object) pronoun a lowercase word is.
    pub fn of(word: &str) -> Option<Pronoun> {
        match word {
            "he" | "him" => Some(Pronoun::He),
            "she" | "her" => Some(Pronoun::She),
            "it" => Some(Pronoun::It),
            "they" | "them" => Some(Pronoun::They),
            _ => None,
        }
    }

    fn agrees(self, gender: Gender) -> bool {
        match (self, gender) {
            (Pronoun::He, Gender::Female) | (Pronoun::She, Gender::Male) => false,
            (Pronoun::He | Pronoun::She, _) => true,
            _ => false,
        }
    }
}

/// What coreference knows about an article's entities.
pub struct Coref<'a> {
    entities: &'a Extraction,
    genders: Vec<Gender>,
    /// Lowercase role words per entity ("senator", "spokeswoman", "nominee").
    roles: Vec<Vec<String>>,
}

/// The lowercase word before `pos` in `text` (a title: "Mr." → "mr"), within a few bytes.
fn word_before(text: &str, pos: usize) -> String {
    let head = text.get(..pos).unwrap_or("").trim_end();
    let head = head.get(head.len().saturating_sub(24)..).unwrap_or(head);
    let word = head.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    word.trim_end_matches('.').to_lowercase()
}

/// The gender of `word` by the lists of words male and female.
fn gender_in(word: &str, male: &Words, female: &Words) -> Gender {
    if male.contains(word) {
        Gender::Male
    } else if female.contains(word) {
        Gender::Female
    } else {
        Gender::Unknown
    }
}

fn gender_of_word(word: &str) -> Gender {
    gender_in(word, &MALE_WORDS, &FEMALE_WORDS)
}

/// Rule `gender`: the gender a gendered title or role word written right before `pos` gives
/// ("Mr." → male, "Mrs." → female), else unknown.
pub fn title_gender(text: &str, pos: usize) -> Gender {
    gender_of_word(&word_before(text, pos))
}

/// Rule `gender`: the gender a person's name gives by its first word, a given name mostly
/// borne by one gender ("Michelle Obama" → female), else unknown.
pub fn given_name_gender(name: &str) -> Gender {
    with_lowercase(name.split_whitespace().next().unwrap_or(""), |first| {
        gender_in(first, &MALE_GIVEN_NAMES, &FEMALE_GIVEN_NAMES)
    })
}

/// Rule `gender`: the evidence agrees, or the gender is unknown.
fn combine(a: Gender, b: Gender) -> Option<Gender> {
    match (a, b) {
        (Gender::Unknown, x) | (x, Gender::Unknown) => Some(x),
        (x, y) if x == y => Some(x),
        _ => None,
    }
}

/// The words `text` says about `entity`: its role phrases' words, and the title word written
/// before (or opening) each of its first [`WINDOW`] mentions, lowercased.
fn entity_words(text: &str, entity: &Entity) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for role in &entity.roles {
        words.extend(
            role.text
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase()),
        );
    }
    for mention in entity.mentions.iter().take(WINDOW) {
        // A title written before the name or inside the mention ("Mr. Tanaka").
        let before = word_before(text, mention.start);
        let first = mention.of(text).split_whitespace().next().unwrap_or("");
        let first = first.trim_end_matches('.').to_lowercase();
        words.extend([before, first].into_iter().filter(|w| !w.is_empty()));
    }
    words
}

/// Rule `gender`: the gender of `entity` given its name and `words` ([`entity_words`]).
fn gender_of(entity: &Entity, words: &[String]) -> Gender {
    let mut gender = Some(Gender::Unknown);
    if entity.kind == EntityKind::Person {
        gender = Some(given_name_gender(&entity.name));
        for w in words {
            gender = gender.and_then(|g| combine(g, gender_of_word(w)));
        }
    }
    gender.unwrap_or(Gender::Unknown)
}

/// The gender `text` gives each entity of `entities` (rule `gender`), in order: what
/// [`Coref::gender`] says, without reading the roles.
pub fn genders(text: &str, entities: &Extraction) -> Vec<Gender> {
    entities.entities.iter().map(|e| gender_of(e, &entity_words(text, e))).collect()
}

impl<'a> Coref<'a> {
    /// Reads what `text` says about each entity of `entities` (rules `gender` and `roles`).
    pub fn new(text: &str, entities: &'a Extraction) -> Self {
        let mut genders = Vec::with_capacity(entities.entities.len());
        let mut roles = Vec::with_capacity(entities.entities.len());
        for entity in &entities.entities {
            let mut words = entity_words(text, entity);
            genders.push(gender_of(entity, &words));
            let mut expanded: Vec<String> = Vec::new();
            for w in &words {
                if let Some((_, nouns)) = TITLE_ROLES.iter().find(|(t, _)| t == w) {
                    expanded.extend(nouns.iter().map(|n| n.to_string()));
                }
            }
            words.extend(expanded);
            words.sort();
            words.dedup();
            roles.push(words);
        }
        Coref { entities, genders, roles }
    }

    /// Entity `e`'s role words (rule `roles`), sorted, for rule `role_description` read
    /// elsewhere (an event's subject "the senator").
    pub fn roles(&self, e: usize) -> &[String] {
        self.roles.get(e).map_or(&[], |r| r.as_slice())
    }

    /// The gender the article gives entity `e`.
    pub fn gender(&self, e: usize) -> Gender {
        self.genders.get(e).copied().unwrap_or(Gender::Unknown)
    }

    fn kind(&self, e: usize) -> Option<EntityKind> {
        self.entities.entities.get(e).map(|x| x.kind)
    }

    fn is_actor(&self, e: usize) -> bool {
        self.entities.entities.get(e).is_some_and(|x| !x.author)
    }

    fn is_media(&self, e: usize) -> bool {
        self.entities.entities.get(e).is_some_and(|x| x.media)
    }

    /// Whether entity `e` has `noun` among its role words.
    pub fn has_role(&self, e: usize, noun: &str) -> bool {
        self.roles.get(e).is_some_and(|r| r.binary_search_by(|w| w.as_str().cmp(noun)).is_ok())
    }

    /// The entities mentioned before byte `at`, most recent first (at most [`WINDOW`]
    /// mentions; mentions inside another name's role phrase are left out).
    fn recent(&self, at: usize) -> impl Iterator<Item = usize> + '_ {
        let all = &self.entities.mentions;
        let end = all.partition_point(|m| m.span.start < at);
        all[end.saturating_sub(WINDOW)..end]
            .iter()
            .rev()
            .filter(move |m| !m.modifier && m.span.end <= at)
            .map(|m| m.entity)
            .filter(|&e| self.is_actor(e))
    }

    /// Rule `pronoun`.
    pub fn resolve_pronoun(
        &self,
        pronoun: Pronoun,
        at: usize,
        person_in_focus: Option<usize>,
        org_in_focus: Option<usize>,
    ) -> Option<usize> {
        match pronoun {
            Pronoun::He | Pronoun::She => {
                let agrees = |e: usize| {
                    self.kind(e) == Some(EntityKind::Person) && pronoun.agrees(self.gender(e))
                };
                person_in_focus
                    .filter(|&e| agrees(e))
                    .or_else(|| self.recent(at).find(|&e| agrees(e)))
            }
            Pronoun::It | Pronoun::They => {
                org_in_focus.filter(|&e| self.kind(e) == Some(EntityKind::Organization)).or_else(
                    || self.recent(at).find(|&e| self.kind(e) == Some(EntityKind::Organization)),
                )
            }
        }
    }

    /// Rules `role_description`, `group_description` and `focus_description` for a definite
    /// description whose head noun is `head` (lowercase) at byte `at`.
    pub fn resolve_description(
        &self,
        head: &str,
        at: usize,
        person_in_focus: Option<usize>,
        org_in_focus: Option<usize>,
    ) -> Option<usize> {
        // `role_description`
        if let Some(e) = self
            .recent(at)
            .find(|&e| self.kind(e) == Some(EntityKind::Person) && self.has_role(e, head))
        {
            return Some(e);
        }
        // `group_description`
        if MEDIA_NOUNS.contains(&head) {
            if let Some(e) = self.recent(at).find(|&e| self.is_media(e)) {
                return Some(e);
            }
        }
        if GROUP_NOUNS.contains(head) {
            let organization =
                |e: usize| self.kind(e) == Some(EntityKind::Organization) && !self.is_media(e);
            return org_in_focus
                .filter(|&e| organization(e))
                .or_else(|| self.recent(at).find(|&e| organization(e)));
        }
        // `focus_description`
        let person_noun = PERSON_NOUNS.contains(head) || head.ends_with("-year-old");
        if person_noun {
            let gender = gender_of_word(head);
            return person_in_focus.filter(|&e| {
                self.kind(e) == Some(EntityKind::Person)
                    && combine(self.gender(e), gender).is_some()
                    && !self.role_belongs_to_another(e, head, at)
            });
        }
        None
    }

    /// Whether another person mentioned recently holds role `noun` (so "the senator" is not
    /// the person in focus when someone else is the senator).
    fn role_belongs_to_another(&self, e: usize, noun: &str, at: usize) -> bool {
        self.recent(at).any(|o| o != e && self.has_role(o, noun))
    }

    /// The span of entity `e`'s mention that covers byte `at`, if any.
    pub fn mention_at(&self, e: usize, at: usize) -> Option<Span> {
        self.entities
            .entities
            .get(e)?
            .mentions
            .iter()
            .copied()
            .find(|m| m.start <= at && at < m.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Doc;
    use crate::entity::{extract, Region, RegionRole};

    fn entities(text: &str) -> Extraction {
        let span = Span::new(0, text.len());
        extract(&Doc::new(text), &[Region { span, role: RegionRole::Body }], &[])
    }

    #[test]
    fn genders_alone_are_the_genders_coref_reads() {
        let text = "Mr. Tanaka met Michelle Varga and Sen. Orla Venning of Acme Corp on Monday.";
        let x = entities(text);
        let c = Coref::new(text, &x);
        let alone = genders(text, &x);
        assert_eq!(alone.len(), x.entities.len());
        assert!(alone.iter().enumerate().all(|(e, &g)| g == c.gender(e)));
        assert!(alone.contains(&Gender::Male) && alone.contains(&Gender::Female), "{alone:?}");
    }

    fn name(x: &Extraction, e: Option<usize>) -> Option<&str> {
        e.map(|e| x.entities[e].name.as_str())
    }

    #[test]
    fn gender_comes_from_given_names_titles_and_roles() {
        let text = "Margaret Osei met Ms. Tanaka and spokesman Lars Berg in Oslo.";
        let x = entities(text);
        let c = Coref::new(text, &x);
        let gender = |n: &str| {
            let e = x.entities.iter().position(|e| e.name.contains(n)).expect(n);
            c.gender(e)
        };
        assert_eq!(gender("Osei"), Gender::Female);
        assert_eq!(gender("Tanaka"), Gender::Female);
        assert_eq!(gender("Berg"), Gender::Male);
    }

    #[test]
    fn she_skips_a_man_in_focus_for_the_last_woman_named() {
        let text = "Margaret Osei spoke first. Then Peter Quill spoke. She said no.";
        let x = entities(text);
        let c = Coref::new(text, &x);
        let peter = x.entities.iter().position(|e| e.name == "Peter Quill");
        let at = text.find("She").expect("she");
        assert_eq!(
            name(&x, c.resolve_pronoun(Pronoun::She, at, peter, None)),
            Some("Margaret Osei")
        );
        assert_eq!(name(&x, c.resolve_pronoun(Pronoun::He, at, peter, None)), Some("Peter Quill"));
    }

    #[test]
    fn a_title_gives_the_role_a_description_uses() {
        let text = "Sen. Dana Whitlock met Gov. Omar Reyes. The senator said no.";
        let x = entities(text);
        let c = Coref::new(text, &x);
        let at = text.find("The senator").expect("senator");
        let reyes = x.entities.iter().position(|e| e.name == "Omar Reyes");
        assert_eq!(
            name(&x, c.resolve_description("senator", at, reyes, None)),
            Some("Dana Whitlock")
        );
        assert_eq!(name(&x, c.resolve_description("governor", at, None, None)), Some("Omar Reyes"));
    }

    #[test]
    fn nobody_fits_nothing_is_guessed() {
        let text = "Peter Quill spoke. The woman said no.";
        let x = entities(text);
        let c = Coref::new(text, &x);
        let peter = x.entities.iter().position(|e| e.name == "Peter Quill");
        let at = text.find("The woman").expect("woman");
        assert_eq!(c.resolve_description("woman", at, peter, None), None);
        assert_eq!(c.resolve_pronoun(Pronoun::She, at, peter, None), None);
        assert_eq!(c.resolve_description("statement", at, peter, None), None);
    }
}
