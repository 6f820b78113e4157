//! Lanes: rows of the timeline grouping events by participant pair, by kind or by source.
//!
//! There are at most [`MAX_LANES`] lanes: the biggest groups get their own lane and the rest
//! share an "Other" lane, so that a corpus of hundreds of articles still fits on a screen.

use std::collections::HashMap;

use super::model::Model;

/// At most this many lanes, "Other" included.
pub const MAX_LANES: usize = 8;

/// How events are grouped into lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LaneMode {
    /// One lane for everything.
    #[default]
    Single,
    /// By the pair of participants (or the single participant).
    Participants,
    /// By event kind.
    Kind,
    /// By the first source article.
    Source,
}

impl LaneMode {
    pub const ALL: [LaneMode; 4] =
        [LaneMode::Single, LaneMode::Participants, LaneMode::Kind, LaneMode::Source];

    /// The name in the URL hash.
    pub fn as_str(self) -> &'static str {
        match self {
            LaneMode::Single => "none",
            LaneMode::Participants => "pair",
            LaneMode::Kind => "kind",
            LaneMode::Source => "source",
        }
    }

    /// What the lane toggle says.
    pub fn label(self) -> &'static str {
        crate::i18n::t().lane_modes[self as usize]
    }

    pub fn parse(name: &str) -> Option<LaneMode> {
        LaneMode::ALL.into_iter().find(|mode| mode.as_str() == name)
    }
}

/// The lanes and which lane each event is in.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Lanes {
    pub labels: Vec<String>,
    /// Lane index by event index (events not shown are in lane 0; they are not drawn).
    pub lane_of: Vec<usize>,
}

/// Groups the `shown` events into lanes.
pub fn assign_lanes(model: &Model, shown: &[usize], mode: LaneMode) -> Lanes {
    let mut lane_of = vec![0; model.bundle.events.len()];
    if mode == LaneMode::Single {
        return Lanes { labels: vec![crate::i18n::t().all_events.into()], lane_of };
    }
    let keys: Vec<(usize, String)> = shown.iter().map(|&i| (i, lane_key(model, i, mode))).collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (_, key) in &keys {
        *counts.entry(key.as_str()).or_default() += 1;
    }
    let mut groups: Vec<(&str, usize)> = counts.into_iter().collect();
    // Biggest first; ties by name so the order is stable across reloads.
    groups.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let overflow = groups.len() > MAX_LANES;
    let own = if overflow { MAX_LANES - 1 } else { groups.len() };
    let mut labels: Vec<String> = groups.iter().take(own).map(|(k, _)| k.to_string()).collect();
    let lane_by_key: HashMap<&str, usize> =
        groups.iter().take(own).enumerate().map(|(lane, (k, _))| (*k, lane)).collect();
    if overflow {
        labels.push(crate::i18n::t().other.into());
    }
    for (event, key) in &keys {
        lane_of[*event] = lane_by_key.get(key.as_str()).copied().unwrap_or(own);
    }
    if labels.is_empty() {
        labels.push(crate::i18n::t().all_events.into());
    }
    Lanes { labels, lane_of }
}

/// The lane name of one event.
fn lane_key(model: &Model, event: usize, mode: LaneMode) -> String {
    let e = &model.bundle.events[event];
    match mode {
        LaneMode::Single => String::new(),
        LaneMode::Kind => kind_name(&e.kind),
        LaneMode::Source => e.sources.first().map_or_else(
            || crate::i18n::t().no_source.to_string(),
            |s| model.article_title(&s.article).to_string(),
        ),
        LaneMode::Participants => {
            let mut names: Vec<&str> =
                e.participants.iter().map(|p| model.entity_name(p)).collect();
            names.sort_unstable();
            names.dedup();
            match names.as_slice() {
                [] => crate::i18n::t().no_participants.to_string(),
                [one] => one.to_string(),
                [a, b] => format!("{a} – {b}"),
                [a, b, ..] => format!("{a} – {b} +{}", names.len() - 2),
            }
        }
    }
}

/// An event kind's name in the page's locale: its table's name (Korean `summit` → `정상회담`),
/// else the kind itself made readable (`missile_test` → `Missile test`).
pub fn kind_name(kind: &str) -> String {
    if let Some((_, name)) = crate::i18n::t().kinds.iter().find(|(k, _)| *k == kind) {
        return (*name).to_string();
    }
    let spaced = kind.replace(['_', '-'], " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => crate::i18n::t().other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::model::tests::sample_bundle;

    #[test]
    fn lanes_by_participant_pair_name_both_sides() {
        let model = Model::new(sample_bundle());
        let lanes = assign_lanes(&model, &model.order, LaneMode::Participants);
        assert_eq!(lanes.labels, ["Kim Jong Un – Moon Jae-in", "Donald Trump – Kim Jong Un"]);
        assert_eq!(lanes.lane_of[0], lanes.lane_of[1]);
        assert_ne!(lanes.lane_of[0], lanes.lane_of[2]);
    }

    #[test]
    fn lanes_by_kind_are_humanized() {
        let model = Model::new(sample_bundle());
        let lanes = assign_lanes(&model, &model.order, LaneMode::Kind);
        assert_eq!(lanes.labels, ["Communication", "Letter", "Summit"]);
    }

    #[test]
    fn kinds_are_named_in_the_locale_and_unknown_ones_humanized() {
        crate::i18n::set_locale(crate::i18n::Locale::Ko);
        let names = [kind_name("summit"), kind_name("missile_test"), kind_name("new_kind")];
        crate::i18n::set_locale(crate::i18n::Locale::En);
        assert_eq!(names, ["정상회담", "미사일 시험", "New kind"]);
        assert_eq!(kind_name("missile_test"), "Missile test");
    }

    #[test]
    fn many_groups_share_an_other_lane() {
        let mut bundle = sample_bundle();
        let template = bundle.events[0].clone();
        for i in 0..20 {
            let mut e = template.clone();
            e.kind = format!("kind{i:02}");
            bundle.events.push(e);
        }
        let model = Model::new(bundle);
        let lanes = assign_lanes(&model, &model.order, LaneMode::Kind);
        assert_eq!(lanes.labels.len(), MAX_LANES);
        assert_eq!(lanes.labels.last().map(String::as_str), Some("Other"));
        assert!(lanes.lane_of.iter().all(|&l| l < MAX_LANES));
    }

    #[test]
    fn modes_round_trip_through_their_names() {
        for mode in LaneMode::ALL {
            assert_eq!(LaneMode::parse(mode.as_str()), Some(mode));
        }
        assert_eq!(LaneMode::parse("bogus"), None);
    }
}
