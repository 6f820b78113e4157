//! People and organizations: every entity with its aliases, roles, mention and event counts,
//! and who corresponds with whom (letter events with two or more participants) as a matrix.

use std::collections::HashMap;

use dateline_core::bundle::EntityKind;
use yew::prelude::*;

use crate::i18n::{fill, t};

use crate::order::sort_by;
use crate::shared::Shared;
use crate::state::Action;
use crate::view::hash::ViewMode;
use crate::view::model::{Filter, Model};

/// The table lists at most this many entities (most mentioned first).
const MAX_ROWS: usize = 200;
/// The matrix shows at most this many correspondents (the most prolific).
const MAX_CORRESPONDENTS: usize = 12;

#[derive(Properties, PartialEq)]
pub struct PeopleProps {
    pub model: Shared<Model>,
    pub on_action: Callback<Action>,
}

/// Who wrote to whom.
#[derive(Debug, PartialEq, Default)]
pub struct Correspondence {
    /// Entity indices, most letters first.
    pub people: Vec<usize>,
    /// Letter events from one to another: (sender's position in `people`, recipient's).
    pub sent: HashMap<(usize, usize), Vec<usize>>,
    /// Letter events between two whose direction the articles do not say (an exchange, or
    /// no sender or recipient named): smaller position first.
    pub between: HashMap<(usize, usize), Vec<usize>>,
}

/// Whether an event kind is about letters ("letter", "letters", "letter_exchange", …).
fn is_letter_kind(kind: &str) -> bool {
    kind.to_ascii_lowercase().contains("letter")
}

/// Letter events with two or more participants, per sender and recipient (the bundle's
/// `senders`/`recipients`; when only one side is named, the other participants are the other
/// side), or per pair when no direction is known.
pub fn correspondence(model: &Model) -> Correspondence {
    let mut sent: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    let mut between: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    let mut totals: HashMap<usize, usize> = HashMap::new();
    let indices = |ids: &[String]| -> Vec<usize> {
        let mut found: Vec<usize> = ids
            .iter()
            .filter_map(|id| model.entity_by_id.get(id).copied())
            .filter(|&e| model.bundle.entities[e].kind != EntityKind::Place)
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    };
    for (i, event) in model.bundle.events.iter().enumerate() {
        if !is_letter_kind(&event.kind) {
            continue;
        }
        let who = indices(&event.participants);
        let (mut from, mut to) = (indices(&event.senders), indices(&event.recipients));
        let rest = |side: &[usize]| who.iter().copied().filter(|e| !side.contains(e)).collect();
        match (from.is_empty(), to.is_empty()) {
            (false, true) => to = rest(&from),
            (true, false) => from = rest(&to),
            _ => {}
        }
        let mut pairs = 0;
        for &a in &from {
            for &b in to.iter().filter(|&&b| b != a) {
                sent.entry((a, b)).or_default().push(i);
                pairs += 1;
                *totals.entry(a).or_default() += 1;
                *totals.entry(b).or_default() += 1;
            }
        }
        if pairs == 0 {
            for (n, &a) in who.iter().enumerate() {
                for &b in &who[n + 1..] {
                    between.entry((a, b)).or_default().push(i);
                    *totals.entry(a).or_default() += 1;
                    *totals.entry(b).or_default() += 1;
                }
            }
        }
    }
    let mut people: Vec<usize> = totals.keys().copied().collect();
    let name = |e: usize| model.bundle.entities[e].name.as_str();
    sort_by(&mut people, &|a, b| totals[b].cmp(&totals[a]).then(name(*a).cmp(name(*b))));
    people.truncate(MAX_CORRESPONDENTS);
    let position: HashMap<usize, usize> = people.iter().enumerate().map(|(p, &e)| (e, p)).collect();
    let placed = |(a, b): (usize, usize)| Some((*position.get(&a)?, *position.get(&b)?));
    let sent = sent.into_iter().filter_map(|(pair, events)| Some((placed(pair)?, events)));
    let between = between.into_iter().filter_map(|(pair, events)| {
        let (pa, pb) = placed(pair)?;
        Some(((pa.min(pb), pa.max(pb)), events))
    });
    Correspondence { people, sent: sent.collect(), between: between.collect() }
}

/// How many events each entity takes part in, by entity index.
fn event_counts(model: &Model) -> Vec<usize> {
    let mut counts = vec![0; model.bundle.entities.len()];
    for event in &model.bundle.events {
        for id in &event.participants {
            if let Some(&e) = model.entity_by_id.get(id) {
                counts[e] += 1;
            }
        }
    }
    counts
}

/// `forms` (one, other) for `n` letters between `a` and `b`.
fn plural(n: usize, forms: [&str; 2], a: &str, b: &str) -> String {
    fill(if n == 1 { forms[0] } else { forms[1] }, &[("n", &n), ("a", &a), ("b", &b)])
}

fn kind_name(kind: EntityKind) -> &'static str {
    t().entity_kinds[match kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
        EntityKind::Other => 3,
    }]
}

#[function_component(People)]
pub fn people(props: &PeopleProps) -> Html {
    let model = &props.model;
    let counts = use_memo(model.clone(), |m| event_counts(m));
    let letters = use_memo(model.clone(), |m| correspondence(m));
    let mut rows: Vec<usize> = (0..model.bundle.entities.len())
        .filter(|&e| model.bundle.entities[e].kind != EntityKind::Place)
        .collect();
    let entities = &model.bundle.entities;
    sort_by(&mut rows, &|&a, &b| {
        entities[b]
            .mentions
            .len()
            .cmp(&entities[a].mentions.len())
            .then(entities[a].name.cmp(&entities[b].name))
    });
    let total = rows.len();
    rows.truncate(MAX_ROWS);
    let follow = |id: &str| {
        let on_action = props.on_action.clone();
        let id = id.to_string();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::SetEntity(Some(id.clone())));
            on_action.emit(Action::SetView(ViewMode::Timeline));
        })
    };
    html! {
        <section class="people-view" aria-labelledby="people-heading">
            <h2 id="people-heading">{ fill(t().people_heading, &[("n", &total)]) }</h2>
            { correspondence_view(model, &letters, &props.on_action) }
            <div class="table-scroll">
                <table class="people-table">
                    <caption class="visually-hidden">{ t().people_caption }</caption>
                    <thead><tr>
                        <th scope="col">{ t().people_columns[0] }</th><th scope="col">{ t().people_columns[1] }</th>
                        <th scope="col">{ t().people_columns[2] }</th><th scope="col">{ t().people_columns[3] }</th>
                        <th scope="col" class="num">{ t().people_columns[4] }</th><th scope="col" class="num">{ t().people_columns[5] }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|&e| {
                            let entity = &entities[e];
                            html! {
                                <tr key={entity.id.clone()} data-entity-id={entity.id.clone()}>
                                    <th scope="row">
                                        <button type="button" class="link entity-link" onclick={follow(&entity.id)}
                                            title={t().show_entity}>{ &entity.name }</button>
                                    </th>
                                    <td>{ kind_name(entity.kind) }</td>
                                    <td>{ entity.aliases.join(", ") }</td>
                                    <td>{ entity.roles.join("; ") }</td>
                                    <td class="num">{ entity.mentions.len() }</td>
                                    <td class="num">{ counts[e] }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            if total > MAX_ROWS {
                <p class="note">{ fill(t().people_cut, &[("max", &MAX_ROWS), ("n", &total)]) }</p>
            }
        </section>
    }
}

/// The matrix: a row per writer, a column per recipient; a cell counts the letters from its row
/// to its column, and (after ↔) those between the two whose direction no article states. A cell
/// shows those letters on the timeline.
fn correspondence_view(model: &Model, c: &Correspondence, on_action: &Callback<Action>) -> Html {
    if c.people.is_empty() {
        return html! {
            <p class="muted correspondence-empty">{ t().no_letters }</p>
        };
    }
    let name = |p: usize| model.bundle.entities[c.people[p]].name.as_str();
    let cell = |row: usize, col: usize| -> Html {
        if row == col {
            return html! { <td class="self" aria-label="—"></td> };
        }
        let none = Vec::new();
        let sent = c.sent.get(&(row, col)).unwrap_or(&none);
        let between = c.between.get(&(row.min(col), row.max(col))).unwrap_or(&none);
        if sent.is_empty() && between.is_empty() {
            return html! { <td>{ "·" }</td> };
        }
        let events: Vec<usize> = sent.iter().chain(between).copied().collect();
        let (a, b) = (&model.bundle.entities[c.people[row]], &model.bundle.entities[c.people[col]]);
        let mut kinds: Vec<&str> =
            events.iter().map(|&i| model.bundle.events[i].kind.as_str()).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let filter = Filter {
            entities: vec![a.id.clone(), b.id.clone()],
            kind: (kinds.len() == 1).then(|| kinds[0].to_string()),
            ..Filter::default()
        };
        let on_action = on_action.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::SetFilter(filter.clone()));
            on_action.emit(Action::SetView(ViewMode::Timeline));
        });
        let (d, m) = (sent.len(), between.len());
        let text = match (d, m) {
            (_, 0) => d.to_string(),
            (0, _) => format!("↔{m}"),
            _ => format!("{d} ↔{m}"),
        };
        let mut label = Vec::new();
        if d > 0 {
            label.push(plural(d, t().letters_sent, &a.name, &b.name));
        }
        if m > 0 {
            label.push(plural(m, t().letters_between, &a.name, &b.name));
        }
        html! {
            <td><button type="button" class="link letters-cell" {onclick}
                aria-label={fill(t().letters_cell, &[("text", &text), ("label", &label.join(t().list_sep))])}>
                { text }</button></td>
        }
    };
    html! {
        <div class="correspondence">
            <h3 id="letters-heading">{ t().letters_heading }</h3>
            <p class="muted">{ t().letters_help }</p>
            <div class="table-scroll">
                <table class="letters-matrix" aria-labelledby="letters-heading">
                    <thead><tr>
                        <td class="matrix-corner">{ t().letters_corner }</td>
                        { for (0..c.people.len()).map(|p| html! { <th scope="col">{ name(p) }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for (0..c.people.len()).map(|row| html! {
                            <tr>
                                <th scope="row">{ name(row) }</th>
                                { for (0..c.people.len()).map(|col| cell(row, col)) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::model::tests::sample_bundle;

    #[test]
    fn letters_are_counted_per_pair_and_other_kinds_are_not() {
        let mut bundle = sample_bundle();
        // A second letter between Trump and Kim, and one letter with Moon too.
        let mut again = bundle.events[2].clone();
        again.id = "band2".into();
        bundle.events.push(again);
        let mut three = bundle.events[2].clone();
        three.id = "three".into();
        three.kind = "letter_exchange".into();
        three.participants =
            vec!["p:moon".into(), "p:kim".into(), "p:trump".into(), "p:kim".into()];
        bundle.events.push(three);
        let model = Model::new(bundle);
        let c = correspondence(&model);
        let names: Vec<&str> =
            c.people.iter().map(|&e| model.bundle.entities[e].name.as_str()).collect();
        assert_eq!(names, ["Donald Trump", "Kim Jong Un", "Moon Jae-in"], "most letters first");
        assert_eq!(
            c.between[&(0, 1)],
            vec![2, 3, 4],
            "Trump–Kim: two letters and the three-way one, none with a direction"
        );
        assert_eq!(c.between[&(1, 2)], vec![4]);
        assert_eq!(c.between[&(0, 2)], vec![4]);
        assert_eq!(c.between.len(), 3, "the summit and the hotline are not letters");
        assert!(c.sent.is_empty());
    }

    #[test]
    fn letters_with_a_sender_or_recipient_go_one_way() {
        let mut bundle = sample_bundle();
        // Kim wrote to Trump; then Trump wrote back (only the sender named); then Moon and
        // Kim exchanged letters (no direction).
        bundle.events[2].senders = vec!["p:kim".into()];
        bundle.events[2].recipients = vec!["p:trump".into()];
        let mut back = bundle.events[2].clone();
        back.id = "back".into();
        back.senders = vec!["p:trump".into()];
        back.recipients = Vec::new();
        bundle.events.push(back);
        let mut exchange = bundle.events[2].clone();
        exchange.id = "exchange".into();
        exchange.participants = vec!["p:moon".into(), "p:kim".into()];
        exchange.senders = Vec::new();
        exchange.recipients = Vec::new();
        bundle.events.push(exchange);
        let model = Model::new(bundle);
        let c = correspondence(&model);
        let at = |name: &str| {
            c.people.iter().position(|&e| model.bundle.entities[e].name == name).unwrap()
        };
        let (kim, trump, moon) = (at("Kim Jong Un"), at("Donald Trump"), at("Moon Jae-in"));
        assert_eq!(c.sent[&(kim, trump)], vec![2]);
        assert_eq!(c.sent[&(trump, kim)], vec![3], "the recipient is the other participant");
        assert_eq!(c.between[&(kim.min(moon), kim.max(moon))], vec![4]);
        assert_eq!((c.sent.len(), c.between.len()), (2, 1));
    }

    #[test]
    fn a_letter_with_one_participant_makes_no_pair() {
        let mut bundle = sample_bundle();
        bundle.events[2].participants = vec!["p:kim".into()];
        assert_eq!(correspondence(&Model::new(bundle)), Correspondence::default());
    }
}
