//! The entity scorer on the annotated evaluation set (`testdata/quotes/`): annotated entities
//! found with the right kind, aliases merged into them, and wrong merges of distinct people
//! (within an article and across the corpus). Run with `-- --nocapture` to see the figures.

use std::collections::{HashMap, HashSet};

use dateline_core::entity::corpus::merge;
use dateline_core::entity::{Entity, EntityKind, Extraction};
use serde_json::Value;

use super::quote::{evaluation_set, key};

fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
        EntityKind::Other => "other",
    }
}

/// The entity of an extraction that carries this name (canonical or alias).
fn named<'a>(x: &'a Extraction, name: &str) -> Option<&'a Entity> {
    let k = key(name);
    x.entities
        .iter()
        .find(|e| key(&e.name) == k)
        .or_else(|| x.entities.iter().find(|e| e.aliases.iter().any(|a| key(a) == k)))
}

/// Full names only: a lone surname ("Kim") names different people in different articles.
fn is_full(name: &str) -> bool {
    name.split_whitespace().count() > 1
        || name.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect())
        .unwrap_or_default()
}

#[test]
fn entity_scorer_finds_annotated_entities_and_never_merges_distinct_people() {
    let set = evaluation_set();
    let (mut gold, mut found, mut kind_right) = (0, 0, 0);
    let (mut aliases, mut aliases_merged) = (0, 0);
    let (mut predicted, mut predicted_annotated) = (0, 0);
    let mut wrong_merges = Vec::new();
    // Full name key → the gold identity (its canonical name's key), across the whole set.
    let mut identity: HashMap<String, String> = HashMap::new();
    let mut distinct: Vec<(String, String)> = Vec::new();
    for a in &set {
        let entities = a.gold["entities"].as_array().cloned().unwrap_or_default();
        let mut local: HashMap<String, String> = HashMap::new();
        for g in &entities {
            let name = g["name"].as_str().unwrap_or("");
            let id = key(name);
            for alias in std::iter::once(name.to_string()).chain(strings(&g["aliases"])) {
                local.insert(key(&alias), id.clone());
                if is_full(&alias) {
                    identity.insert(key(&alias), id.clone());
                }
            }
            gold += 1;
            let Some(e) = named(&a.entities, name) else {
                println!("  missing [{}] {name}", a.name);
                continue;
            };
            found += 1;
            if kind_name(e.kind) == g["kind"].as_str().unwrap_or("") {
                kind_right += 1;
            } else {
                println!("  kind [{}] {name}: {:?}", a.name, e.kind);
            }
            for alias in strings(&g["aliases"]) {
                aliases += 1;
                let k = key(&alias);
                if key(&e.name) == k || e.aliases.iter().any(|x| key(x) == k) {
                    aliases_merged += 1;
                } else {
                    println!("  alias [{}] {alias} not on {}", a.name, e.name);
                }
            }
        }
        for pair in a.gold["distinct"].as_array().cloned().unwrap_or_default() {
            let p = strings(&pair);
            if let [x, y] = p.as_slice() {
                distinct.push((key(x), key(y)));
            }
        }
        // Within the article: an entity carrying the names of two annotated entities.
        for e in &a.entities.entities {
            if e.author {
                continue;
            }
            predicted += 1;
            let ids: HashSet<&String> = std::iter::once(&e.name)
                .chain(&e.aliases)
                .filter_map(|n| local.get(&key(n)))
                .collect();
            if !ids.is_empty() {
                predicted_annotated += 1;
            }
            if ids.len() > 1 {
                wrong_merges.push(format!("[{}] {} = {ids:?}", a.name, e.name));
            }
        }
    }
    // Across the corpus.
    let extractions: Vec<Extraction> = set.iter().map(|a| a.entities.clone()).collect();
    let merged = merge(&extractions);
    for c in &merged.entities {
        let names: Vec<String> = std::iter::once(&c.name)
            .chain(&c.aliases)
            .filter(|n| is_full(n))
            .map(|n| key(n))
            .collect();
        let ids: HashSet<&String> = names.iter().filter_map(|n| identity.get(n)).collect();
        if ids.len() > 1 {
            wrong_merges.push(format!("[corpus] {} = {ids:?}", c.name));
        }
        for (x, y) in &distinct {
            if names.contains(x) && names.contains(y) {
                wrong_merges.push(format!("[corpus] {} merges {x} and {y}", c.name));
            }
        }
    }
    let pct = |n: usize, d: usize| if d == 0 { 100.0 } else { 100.0 * n as f64 / d as f64 };
    println!(
        "entities: {gold} annotated, {found} found ({:.1}%), right kind {:.1}%, aliases merged \
         {aliases_merged}/{aliases} ({:.1}%), predicted entities that are annotated {:.1}%, wrong \
         merges {}",
        pct(found, gold),
        pct(kind_right, found),
        pct(aliases_merged, aliases),
        pct(predicted_annotated, predicted),
        wrong_merges.len()
    );
    for w in &wrong_merges {
        println!("  wrong merge {w}");
    }
    assert!(wrong_merges.is_empty(), "distinct entities merged: {wrong_merges:?}");
    assert!(pct(found, gold) >= MIN_FOUND, "entities found {:.1}% < {MIN_FOUND}", pct(found, gold));
    assert!(pct(aliases_merged, aliases) >= MIN_ALIASES, "aliases merged below {MIN_ALIASES}");
}

/// Floors, in percent (measured figures are in the README).
const MIN_FOUND: f64 = 90.0;
const MIN_ALIASES: f64 = 85.0;
