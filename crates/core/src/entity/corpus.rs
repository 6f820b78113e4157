//! One id per real-world entity across the articles of a corpus.
//!
//! Articles name the same people differently ("Kim Jong Un", "Kim Jong-Un"); each article's
//! [`Extraction`] already gives them the same slug id when their matching key
//! agrees, so the corpus groups by id (`same_id`). A person an article names only by a surname
//! ("Kim", a `short_form` with no full name in that article) joins the one full-name person of
//! the corpus with that surname (`lone_surname`), and stays apart when there are several (never a
//! guess between Kim Jong Un and Kim Yo Jong) or when its own article kept it apart from a full
//! name of that surname ("Mr. Obama" beside "Michelle Obama"). An unnamed speaker ("a spokesman", made by
//! `crate::quote`) is never merged: its corpus id is its article's. The canonical name is the spelling most articles
//! use (ties: the first seen).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::{korean, EntityKind, Extraction, Role};
use crate::{bundle, Span};

/// A mention in one article of the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct CorpusMention {
    /// Index of the article in the slice given to [`merge`].
    pub article: usize,
    pub span: Span,
}

/// A role in one article of the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CorpusRole {
    pub article: usize,
    pub role: Role,
}

/// An entity of the whole corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CorpusEntity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub roles: Vec<CorpusRole>,
    pub mentions: Vec<CorpusMention>,
    pub media: bool,
    pub author: bool,
    /// Described, never named (`crate::entity::Entity::unnamed`): one article's, never merged.
    pub unnamed: bool,
}

/// The corpus's entities and, per article, each local id's corpus id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Merged {
    pub entities: Vec<CorpusEntity>,
    pub ids: Vec<BTreeMap<String, String>>,
}

impl CorpusEntity {
    /// The `dateline.bundle/1` entity: `article_ids[i]` names the article at index `i` of the
    /// slice given to [`merge`]; roles are their texts, once each.
    pub fn to_bundle(&self, article_ids: &[&str]) -> bundle::Entity {
        let mut roles: Vec<String> = Vec::new();
        for r in &self.roles {
            if !roles.contains(&r.role.text) {
                roles.push(r.role.text.clone());
            }
        }
        let mentions = self
            .mentions
            .iter()
            .map(|m| bundle::Mention {
                article: article_ids.get(m.article).map_or_else(String::new, |a| a.to_string()),
                start: m.span.start,
                end: m.span.end,
            })
            .collect();
        bundle::Entity {
            id: self.id.clone(),
            name: self.name.clone(),
            kind: self.kind,
            aliases: self.aliases.clone(),
            roles,
            mentions,
            unnamed: self.unnamed,
        }
    }
}

/// The word a person's short form uses: a Korean surname, or the last word.
fn short_of(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = *words.first()?;
    if words.len() > 1 && korean::is_surname(first) {
        return Some(first.to_lowercase());
    }
    words.last().map(|w| w.to_lowercase())
}

/// Merges per-article extractions into corpus entities.
pub fn merge(articles: &[Extraction]) -> Merged {
    // `same_id`
    let mut order: Vec<String> = Vec::new();
    let mut groups: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    for (a, x) in articles.iter().enumerate() {
        for (e, entity) in x.entities.iter().enumerate() {
            // An unnamed speaker is one article's: its corpus id says which.
            let key = if entity.unnamed { format!("{}-{a}", entity.id) } else { entity.id.clone() };
            let list = groups.entry(key.clone()).or_insert_with(|| {
                order.push(key);
                Vec::new()
            });
            list.push((a, e));
        }
    }
    // `lone_surname`: one-word person ids whose surname has exactly one full-name person.
    let mut full_by_short: HashMap<String, Vec<String>> = HashMap::new();
    for id in &order {
        let (a, e) = groups[id][0];
        let entity = &articles[a].entities[e];
        if entity.kind == EntityKind::Person
            && !entity.author
            && !entity.unnamed
            && entity.name.contains(' ')
        {
            if let Some(short) = short_of(&entity.name) {
                full_by_short.entry(short).or_default().push(id.clone());
            }
        }
    }
    let mut target: HashMap<String, String> = HashMap::new();
    for id in &order {
        let (a, e) = groups[id][0];
        let entity = &articles[a].entities[e];
        let lone =
            entity.kind == EntityKind::Person && !entity.unnamed && !entity.name.contains(' ');
        let full = full_by_short.get(&entity.name.to_lowercase());
        // A lone surname its own article kept apart from a full name of that surname ("Mr.
        // Obama" beside "Michelle Obama") is someone else.
        let kept_apart = articles[a].entities.iter().any(|other| {
            other.kind == EntityKind::Person
                && other.name.contains(' ')
                && short_of(&other.name).is_some_and(|s| s == entity.name.to_lowercase())
        });
        let into = match full {
            Some(list) if lone && !kept_apart && list.len() == 1 => list[0].clone(),
            _ => id.clone(),
        };
        target.insert(id.clone(), into);
    }
    let mut merged = Merged { entities: Vec::new(), ids: vec![BTreeMap::new(); articles.len()] };
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut spellings: Vec<HashMap<String, usize>> = Vec::new();
    for id in &order {
        let into = &target[id];
        for &(a, e) in &groups[id] {
            let entity = &articles[a].entities[e];
            let slot = *index.entry(into.clone()).or_insert_with(|| {
                merged.entities.push(CorpusEntity {
                    id: into.clone(),
                    name: entity.name.clone(),
                    kind: entity.kind,
                    aliases: Vec::new(),
                    roles: Vec::new(),
                    mentions: Vec::new(),
                    media: false,
                    author: true,
                    unnamed: entity.unnamed,
                });
                spellings.push(HashMap::new());
                merged.entities.len() - 1
            });
            merged.ids[a].insert(entity.id.clone(), into.clone());
            let c = &mut merged.entities[slot];
            // A lone surname folded into a full name only counts as an alias.
            if entity.name.contains(' ') || into == id {
                *spellings[slot].entry(entity.name.clone()).or_insert(0) += 1;
            }
            for alias in std::iter::once(&entity.name).chain(&entity.aliases) {
                if !c.aliases.contains(alias) {
                    c.aliases.push(alias.clone());
                }
            }
            c.roles.extend(entity.roles.iter().map(|r| CorpusRole { article: a, role: r.clone() }));
            c.mentions
                .extend(entity.mentions.iter().map(|&span| CorpusMention { article: a, span }));
            c.media |= entity.media;
            c.author &= entity.author;
        }
    }
    for (c, counts) in merged.entities.iter_mut().zip(&spellings) {
        let mut best: Option<(&String, usize)> = None;
        for alias in &c.aliases {
            if let Some(&n) = counts.get(alias) {
                if best.is_none_or(|(_, b)| n > b) {
                    best = Some((alias, n));
                }
            }
        }
        if let Some((name, _)) = best {
            c.name = name.clone();
        }
        let name = c.name.clone();
        c.aliases.retain(|a| *a != name);
        c.mentions.sort();
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::{extract, Region, RegionRole};

    fn body(text: &str) -> Extraction {
        extract(
            &crate::doc::Doc::new(text),
            &[Region { span: Span::new(0, text.len()), role: RegionRole::Body }],
            &[],
        )
    }

    #[test]
    fn the_same_person_spelled_differently_gets_one_id_and_the_common_spelling() {
        let m = merge(&[
            body("Kim Jong Un spoke."),
            body("Kim Jong-Un spoke."),
            body("Kim Jong Un left."),
        ]);
        let kims: Vec<_> = m.entities.iter().filter(|e| e.kind == EntityKind::Person).collect();
        assert_eq!(kims.len(), 1);
        assert_eq!(kims[0].name, "Kim Jong Un");
        assert_eq!(m.ids[1]["person:kim-jong-un"], "person:kim-jong-un");
    }

    #[test]
    fn corpus_entities_become_bundle_entities_with_article_ids() {
        let m = merge(&[body("Mr Kim Jong Un spoke."), body("Kim Jong-Un spoke.")]);
        let kim = m.entities.iter().find(|e| e.id == "person:kim-jong-un").unwrap();
        let b = kim.to_bundle(&["a", "b"]);
        assert_eq!(b.mentions.iter().map(|m| m.article.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(b.roles, ["Mr"]);
    }

    #[test]
    fn a_lone_surname_joins_the_only_full_name_but_not_one_of_several() {
        let m = merge(&[body("Moon Jae-in spoke."), body("Mr Moon spoke.")]);
        assert_eq!(m.ids[1]["person:moon"], "person:moon-jae-in");
        let m =
            merge(&[body("Kim Jong Un spoke."), body("Kim Yo Jong spoke."), body("Mr Kim left.")]);
        assert_eq!(m.ids[2]["person:kim"], "person:kim");
    }

    #[test]
    fn a_lone_surname_its_article_kept_apart_stays_apart() {
        let m = merge(&[body("Michelle Varga spoke. Mr. Varga said no.")]);
        assert_eq!(m.ids[0]["person:varga"], "person:varga");
        assert_eq!(m.ids[0]["person:michelle-varga"], "person:michelle-varga");
    }
}
