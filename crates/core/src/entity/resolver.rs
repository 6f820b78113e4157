//! The entities of one article while it is read: each found name becomes an entity once (by
//! key), its mentions, aliases and roles gather on it, a short form ("Kim", "Mr. Obama") is
//! resolved to a full name found before (rules "most recent", "protagonist", "gender"), and [`finish`] gives
//! the entities their ids.

use std::cmp::Reverse;
use std::collections::HashMap;

use super::scan::Raw;
use super::{names, slug, Entity, EntityKind, Extraction, Mention, Role};
use crate::coref::{given_name_gender, Gender};
use crate::Span;

/// What is known about an entity while the article is read.
pub(super) struct Building {
    pub(super) entity: Entity,
    pub(super) first: usize,
    pub(super) last_seen: Option<usize>,
    pub(super) state_media: bool,
    /// The gender of the title a person named by a short form alone was found with ("Mr.").
    pub(super) titled_gender: Gender,
}

#[derive(Default)]
pub(super) struct Resolver {
    pub(super) built: Vec<Building>,
    pub(super) by_key: HashMap<String, usize>,
    /// Surname or last name → persons with that short form (`short_form` candidates).
    pub(super) by_short: HashMap<String, Vec<usize>>,
    pub(super) mentions: Vec<Mention>,
}

impl Resolver {
    pub(super) fn entity(&mut self, key: String, name: &str, kind: EntityKind, at: usize) -> usize {
        if let Some(&i) = self.by_key.get(&key) {
            return i;
        }
        let i = self.built.len();
        self.built.push(Building {
            entity: Entity {
                id: String::new(),
                name: name.to_string(),
                kind,
                aliases: Vec::new(),
                roles: Vec::new(),
                mentions: Vec::new(),
                media: false,
                author: false,
                unnamed: false,
            },
            first: at,
            last_seen: None,
            state_media: false,
            titled_gender: Gender::Unknown,
        });
        self.by_key.insert(key, i);
        i
    }

    pub(super) fn mention(&mut self, text: &str, entity: usize, span: Span, modifier: bool) {
        let surface = clean(span.of(text));
        let e = &mut self.built[entity].entity;
        if surface != e.name && !surface.is_empty() && !e.aliases.contains(&surface) {
            e.aliases.push(surface);
        }
        e.mentions.push(span);
        self.mentions.push(Mention { span, entity, modifier });
    }

    pub(super) fn role(&mut self, text: &str, entity: usize, source: Span) {
        let role = Role { text: clean(source.of(text)), source };
        let roles = &mut self.built[entity].entity.roles;
        if !roles.iter().any(|r| r.text == role.text) {
            roles.push(role);
        }
    }
}

/// Collapses runs of blanks (a name may be broken across a line).
/// A mention's words on one line, without a nickname quoted inside a name (`nickname`:
/// `Ada "Dee" Lorne` is named "Ada Lorne").
pub(super) fn clean(s: &str) -> String {
    let quoted = |w: &&str| {
        let marks = ['"', '“', '”', '‘', '’'];
        w.chars().count() > 2 && w.starts_with(marks) && w.ends_with(marks)
    };
    s.split_whitespace().filter(|w| !quoted(w)).collect::<Vec<_>>().join(" ")
}

fn kind_prefix(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
        EntityKind::Other => "other",
    }
}

/// How many times as often, and how many mentions more, a short form's protagonist is named
/// than the most recent bearer of the surname (`short_form`'s protagonist).
const PROTAGONIST_RATIO: usize = 3;
const PROTAGONIST_LEAD: usize = 5;

/// `short_form`: a lone capitalised word is the most recently mentioned compatible full name
/// (or, above the first full mention, the first one after it), unless another compatible one
/// is the article's protagonist, named [`PROTAGONIST_RATIO`] times as often and
/// [`PROTAGONIST_LEAD`] mentions more. A gendered title of address
/// (`gender`: "Mr. Obama") makes a full name whose given name says the other gender
/// ("Michelle Obama") incompatible.
pub(super) fn short_form(
    r: &mut Resolver,
    raw: &Raw,
    titled: bool,
    cue: bool,
    gender: Gender,
    surface: &str,
) -> Option<usize> {
    let key = crate::doc::fold::fold(surface);
    if names::is_not_name(&key) {
        return None;
    }
    let compatible = |c: &usize| {
        let b = &r.built[*c];
        let known = match given_name_gender(&b.entity.name) {
            Gender::Unknown => b.titled_gender,
            given => given,
        };
        gender == Gender::Unknown || known == Gender::Unknown || known == gender
    };
    let candidates: Vec<usize> =
        r.by_short.get(&key).into_iter().flatten().copied().filter(compatible).collect();
    if !candidates.is_empty() {
        let recent = candidates
            .iter()
            .filter_map(|&c| r.built[c].last_seen.map(|seen| (seen, c)))
            .max()
            .map(|(_, c)| c);
        let first = candidates.iter().min_by_key(|&&c| r.built[c].first).copied();
        // `short_form`'s protagonist: a candidate named far more often than the most recent
        // one is whom a bare surname means; news names the other bearer of a shared surname
        // in full ("Hillary Clinton … Bill Clinton's affairs … Clinton nodded").
        let count = |c: usize| r.built[c].entity.mentions.len();
        let protagonist =
            candidates.iter().copied().max_by_key(|&c| (count(c), Reverse(r.built[c].first)));
        let dominant = |p: usize, q: usize| {
            count(p) >= PROTAGONIST_RATIO * count(q) && count(p) >= count(q) + PROTAGONIST_LEAD
        };
        if let (Some(p), Some(q)) = (protagonist, recent) {
            if p != q && dominant(p, q) {
                return Some(p);
            }
        }
        return recent.or(first);
    }
    // A word that names an organisation already found ("Reuters" is found as such).
    if let Some(&i) = r.by_key.get(&format!("org {key}")) {
        return Some(i);
    }
    // A titled short form, or a word right before a speech verb in running text, is a person
    // the article names no more fully ("Mr Smith", "Smith said").
    if titled || cue {
        let i = r.entity(format!("short {key}"), surface, EntityKind::Person, raw.span.start);
        r.built[i].titled_gender = gender;
        r.by_short.entry(key).or_default().push(i);
        return Some(i);
    }
    None
}

/// Ids, sorted mentions, and the extraction.
pub(super) fn finish(r: Resolver) -> Extraction {
    let mut entities: Vec<Entity> = r.built.into_iter().map(|b| b.entity).collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for e in &mut entities {
        let base = format!("{}:{}", kind_prefix(e.kind), slug(&e.name));
        let n = seen.entry(base.clone()).or_insert(0);
        *n += 1;
        e.id = if *n == 1 { base } else { format!("{base}-{n}") };
        e.mentions.sort();
        e.mentions.dedup();
    }
    let mut mentions = r.mentions;
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions.dedup_by_key(|m| (m.span, m.entity));
    Extraction { entities, mentions }
}
