//! The explorer's state and its reducer (`use_reducer`): every change the UI can make is an
//! [`Action`], applied by [`Explorer::apply`], which is plain Rust and tested natively.
//!
//! Later features (article reader, search, bring-your-own articles) add fields and actions
//! here; the components only dispatch actions and read state.

use crate::shared::Shared;
use std::rc::Rc;

use dateline_core::bundle::EntityKind;
use yew::Reducible;

use crate::library::{Base, JsonParts, UserArticle};
use crate::view::date_label::date_label;
use crate::view::hash::{HashState, ViewMode};
use crate::view::lanes::{assign_lanes, LaneMode, Lanes};
use crate::view::model::{filtered, Filter, Model};
use crate::view::scale::Window;
use dateline_core::bundle::Bundle;

/// Where the bundle stands.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Load {
    #[default]
    Loading,
    Ready,
    /// A message for people; the page keeps working with what it has.
    Failed(String),
}

/// The whole explorer state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Explorer {
    /// What the corpus starts from (seeds or a loaded bundle).
    pub base: Shared<Base>,
    /// The articles the reader brought, in the order added.
    pub user: Shared<Vec<UserArticle>>,
    /// The base and the reader's articles merged, with what the views precompute.
    pub model: Shared<Model>,
    /// The JSON texts the model's bundle was read from (exports are made from them).
    pub json: JsonParts,
    pub load: Load,
    /// How many saved articles the worker is reading after a reload (the page is busy).
    pub restoring: usize,
    /// The corpus is drawn but the database has not yet said whether saved articles follow
    /// (the page is busy, without a notice: it answers in a moment).
    pub opening_store: bool,
    /// The view as the load left it: a reload's saved articles restore the URL's view only
    /// if the reader has not changed it meanwhile.
    pub loaded_view: Option<HashState>,
    /// The visible window of time.
    pub window: Window,
    /// Index of the selected event.
    pub selected: Option<usize>,
    pub lanes_mode: LaneMode,
    pub view: ViewMode,
    pub filter: Filter,
    /// The article open in the reader.
    pub article: Option<String>,
    /// Events the filter keeps, in time order.
    pub shown: Shared<Vec<usize>>,
    pub lanes: Shared<Lanes>,
    /// The last polite announcement for screen readers.
    pub announcement: String,
    /// Bumped when keyboard navigation wants focus moved to the selected event.
    pub focus_request: u32,
    /// In an embed's compact default, whether the reader asked for the rest (filters,
    /// overview, legend, export, articles) with "More".
    pub more: bool,
}

/// Which way to step between events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Previous,
    Next,
    First,
    Last,
}

/// Everything that changes the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A finished bundle arrived (a hosting page's); `hash` is the view to restore on top.
    Loaded {
        model: Shared<Model>,
        json: JsonParts,
        hash: HashState,
    },
    /// The page's corpus arrived (drawn at once: the reader's saved articles, if any, are
    /// announced by `Restoring` when the database answers).
    LoadedCorpus {
        base: Shared<Base>,
        hash: HashState,
    },
    /// The database answered: this many saved articles are being read by the worker (`Merged`
    /// brings them), maybe none.
    Restoring(usize),
    /// The parser worker merged the reader's articles (after an addition, a removal or a
    /// reload) into `bundle`; `announcement` says what changed. After a reload, `reload` is
    /// the view the URL named (it may be about the reader's own articles): the window is
    /// fitted again and that view restored, unless the reader changed the view meanwhile.
    /// Otherwise the current view is kept.
    Merged {
        user: Shared<Vec<UserArticle>>,
        bundle: Rc<Bundle>,
        json: JsonParts,
        announcement: String,
        reload: Option<HashState>,
    },
    LoadFailed(String),
    Select(Option<usize>),
    /// Keyboard navigation between shown events, from the focused event (or the selection);
    /// moves focus too.
    Step {
        step: Step,
        from: Option<usize>,
    },
    /// Zoom by `factor` (> 1 zooms in) around `anchor` (a day), or around the selection (or the
    /// centre) when `None`.
    Zoom {
        factor: f64,
        anchor: Option<f64>,
    },
    /// Pan by a number of days.
    Pan(f64),
    /// Pan by a fraction of the window (keyboard: a tenth).
    PanFraction(f64),
    SetWindow(Window),
    FitAll,
    SetLanes(LaneMode),
    SetView(ViewMode),
    /// Follows one entity (the only entity filter), or clears the entity filters.
    SetEntity(Option<String>),
    /// Sets the filter on entities of one kind (person, organization, place), keeping the
    /// others.
    SetEntityOfKind(EntityKind, Option<String>),
    SetKind(Option<String>),
    SetSourceFilter(Option<String>),
    /// The date range filter (day numbers, end exclusive).
    SetRange(Option<Window>),
    /// Every filter off.
    ClearFilters,
    /// Replaces every filter at once (the correspondence matrix shows a pair's letters).
    SetFilter(Filter),
    /// Selects an event and brings it into view (from the reader or another view).
    Reveal(usize),
    SetText(String),
    OpenArticle(Option<String>),
    /// The back button or an edited hash.
    RestoreHash(HashState),
    /// "More" / "Less" in an embed's compact default.
    ToggleMore,
}

impl Reducible for Explorer {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

impl Explorer {
    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Loaded { model, json, hash } => {
                self.json = json;
                self.base = Shared::new(Base {
                    bundle: model.bundle.clone(),
                    json: self.json.first().cloned().unwrap_or_else(|| "".into()),
                    seeds: false,
                });
                self.user = Shared::default();
                self.loaded(model, hash);
            }
            Action::LoadedCorpus { base, hash } => {
                let model = Shared::new(Model::from_shared(base.bundle.clone()));
                self.json = Shared::new(vec![base.json.clone()]);
                self.base = base;
                self.user = Shared::default();
                self.loaded(model, hash);
                self.loaded_view = Some(self.to_hash());
                self.opening_store = true;
            }
            Action::Restoring(saved) => {
                self.opening_store = false;
                self.restoring = saved;
            }
            Action::Merged { user, bundle, json, announcement, reload: None } => {
                self.json = json;
                self.set_user(user, bundle);
                self.announcement = announcement;
            }
            Action::Merged { user, bundle, json, announcement, reload: Some(hash) } => {
                self.json = json;
                self.restoring = 0;
                if self.loaded_view.take() == Some(self.to_hash()) {
                    self.user = user;
                    self.loaded(Shared::new(Model::from_shared(bundle)), hash);
                } else {
                    self.set_user(user, bundle);
                }
                self.announcement = announcement;
            }
            Action::LoadFailed(message) => {
                self.load = Load::Failed(message);
                self.restoring = 0;
            }
            Action::Select(event) => self.select(event, false),
            Action::Step { step, from } => self.step(step, from),
            Action::Zoom { factor, anchor } => {
                let anchor = anchor.unwrap_or_else(|| self.zoom_anchor());
                self.window = self.window.zoom(factor, anchor);
            }
            Action::Pan(days) => self.window = self.window.pan(days),
            Action::PanFraction(fraction) => {
                self.window = self.window.pan(self.window.span() * fraction)
            }
            Action::SetWindow(window) => self.window = window,
            Action::FitAll => self.window = self.fit_window(),
            Action::SetLanes(mode) => {
                self.lanes_mode = mode;
                self.refilter();
            }
            Action::SetView(view) => {
                self.view = view;
                self.open_story();
            }
            Action::SetEntity(entity) => {
                self.set_filter(|f| f.entities = entity.into_iter().collect())
            }
            Action::SetEntityOfKind(kind, entity) => {
                let model = self.model.clone();
                self.set_filter(|f| {
                    f.entities.retain(|id| model.entity_kind(id) != Some(kind));
                    f.entities.extend(entity);
                })
            }
            Action::SetKind(kind) => self.set_filter(|f| f.kind = kind),
            Action::SetSourceFilter(article) => self.set_filter(|f| f.article = article),
            Action::SetRange(range) => self.set_filter(|f| f.range = range),
            Action::ClearFilters => self.set_filter(|f| *f = Filter::default()),
            Action::SetFilter(filter) => self.set_filter(|f| *f = filter),
            Action::Reveal(event) => {
                if let Some(extent) = self.model.extents.get(event).copied() {
                    if !self.window.overlaps(extent.start, extent.end) {
                        self.window = self.window.centred_on(extent.centre());
                    }
                    if matches!(self.view, ViewMode::People | ViewMode::Quotes) {
                        self.view = ViewMode::Timeline;
                    }
                    self.select(Some(event), false);
                }
            }
            Action::SetText(text) => self.set_filter(|f| f.text = text),
            Action::OpenArticle(article) => self.article = article,
            Action::RestoreHash(hash) => self.restore(hash),
            Action::ToggleMore => self.more = !self.more,
        }
    }

    /// The state as a URL hash.
    pub fn to_hash(&self) -> HashState {
        HashState {
            event: self
                .selected
                .and_then(|i| self.model.bundle.events.get(i))
                .map(|e| e.id.clone()),
            window: (self.load == Load::Ready && !self.model.bundle.events.is_empty())
                .then_some(self.window),
            lanes: self.lanes_mode,
            view: self.view,
            filter: self.filter.clone(),
            article: self.article.clone(),
        }
    }

    fn loaded(&mut self, model: Shared<Model>, hash: HashState) {
        self.model = model;
        self.load = Load::Ready;
        self.window = self.opening_window();
        self.restore(hash);
    }

    /// Replaces the reader's articles and the bundle, keeping the selection, filters, window
    /// and open article where they still exist.
    fn set_user(&mut self, user: Shared<Vec<UserArticle>>, bundle: Rc<Bundle>) {
        let hash = self.to_hash();
        self.user = user;
        self.model = Shared::new(Model::from_shared(bundle));
        self.restore(hash);
    }

    fn set_filter(&mut self, change: impl FnOnce(&mut Filter)) {
        change(&mut self.filter);
        self.refilter();
        // A filter whose events all lie outside the window (the opening window holds the
        // story, not every event) brings them into view rather than leave it empty.
        let extents = &self.model.extents;
        let window = self.window;
        if !self.shown.is_empty()
            && !self.shown.iter().any(|&i| window.overlaps(extents[i].start, extents[i].end))
        {
            self.window = self.fit_window();
        }
        self.announce_filter();
        self.open_story();
    }

    /// Applies a hash over the loaded bundle; ids the bundle does not know are ignored.
    fn restore(&mut self, hash: HashState) {
        self.lanes_mode = hash.lanes;
        self.view = hash.view;
        let model = &self.model;
        let mut filter = hash.filter;
        filter.entities.retain(|id| model.entity_by_id.contains_key(id));
        filter.kind = filter.kind.filter(|k| model.bundle.events.iter().any(|e| &e.kind == k));
        filter.article = filter.article.filter(|id| model.article_by_id.contains_key(id));
        self.filter = filter;
        self.article = hash.article.filter(|id| self.model.article_by_id.contains_key(id));
        self.refilter();
        let event = hash.event.and_then(|id| self.model.event_by_id.get(&id).copied());
        self.select(event, false);
        if let Some(window) = hash.window {
            self.window = window;
        }
        self.open_story();
    }

    /// The story view always shows an event: the selected one, or else the first that starts
    /// in view (the story, not its background, even when a background year's band reaches
    /// into the window's edge), or the first in view at all, or the first shown. It selects
    /// it, so that the timeline, the hash and the story agree.
    fn open_story(&mut self) {
        if self.view != ViewMode::Story || self.shown.is_empty() {
            return;
        }
        if !self.selected.is_some_and(|s| self.shown.contains(&s)) {
            let extents = &self.model.extents;
            let window = self.window;
            let shown = || self.shown.iter().copied();
            let first = shown()
                .find(|&i| window.start <= extents[i].start && extents[i].start < window.end)
                .or_else(|| shown().find(|&i| window.overlaps(extents[i].start, extents[i].end)))
                .unwrap_or(self.shown[0]);
            let extent = self.model.extents[first];
            if !self.window.overlaps(extent.start, extent.end) {
                self.window = self.window.centred_on(extent.centre());
            }
            self.select(Some(first), false);
        }
    }

    fn refilter(&mut self) {
        let shown = filtered(&self.model, &self.filter);
        self.lanes = Shared::new(assign_lanes(&self.model, &shown, self.lanes_mode));
        self.shown = Shared::new(shown);
    }

    /// The window the explorer opens on: where most events are (`view::story`), with the
    /// others behind edge markers.
    fn opening_window(&self) -> Window {
        self.model.story_window().unwrap_or_else(|| self.fit_window())
    }

    /// The window that shows every shown event (or every event, or a default decade).
    fn fit_window(&self) -> Window {
        let extents = &self.model.extents;
        let shown = self.shown.iter().map(|&i| extents[i]);
        let start = shown.clone().map(|e| e.start).fold(f64::INFINITY, f64::min);
        let end = shown.map(|e| e.end).fold(f64::NEG_INFINITY, f64::max);
        if start <= end {
            return Window::fit(start, end);
        }
        match self.model.full_extent() {
            Some(all) => Window::fit(all.start, all.end),
            // No events: the decade up to the last article we know nothing about; 2015–2025.
            None => Window::new(16_436.0, 20_089.0),
        }
    }

    /// Zooming from the keyboard or the buttons keeps the selection in place when it is
    /// visible, otherwise the centre.
    fn zoom_anchor(&self) -> f64 {
        self.selected
            .and_then(|i| self.model.extents.get(i))
            .map(|e| e.centre())
            .filter(|&c| c >= self.window.start && c <= self.window.end)
            .unwrap_or_else(|| self.window.centre())
    }

    fn select(&mut self, event: Option<usize>, focus: bool) {
        let event = event.filter(|&i| i < self.model.bundle.events.len());
        self.selected = event;
        self.announcement = match event {
            Some(i) => {
                let e = &self.model.bundle.events[i];
                let sources = e.sources.len();
                let forms = crate::i18n::t().selected;
                crate::i18n::fill(
                    if sources == 1 { forms[0] } else { forms[1] },
                    &[("date", &date_label(&e.when)), ("title", &e.title), ("n", &sources)],
                )
            }
            None => crate::i18n::t().selection_cleared.to_string(),
        };
        if focus {
            self.focus_request = self.focus_request.wrapping_add(1);
        }
    }

    /// Moves the selection along the shown events in time order and brings it into view.
    fn step(&mut self, step: Step, from: Option<usize>) {
        let shown = &self.shown;
        if shown.is_empty() {
            return;
        }
        let origin = from.or(self.selected);
        let position = origin.and_then(|sel| shown.iter().position(|&i| i == sel));
        let target = match (step, position) {
            (Step::First, _) => 0,
            (Step::Last, _) => shown.len() - 1,
            (Step::Next, Some(p)) => (p + 1).min(shown.len() - 1),
            (Step::Previous, Some(p)) => p.saturating_sub(1),
            // Nothing selected yet: start from the first event in view.
            (Step::Next | Step::Previous, None) => {
                let extents = &self.model.extents;
                shown.iter().position(|&i| extents[i].end >= self.window.start).unwrap_or(0)
            }
        };
        let event = shown[target];
        let extent = self.model.extents[event];
        if !(extent.start >= self.window.start && extent.end <= self.window.end) {
            self.window = self.window.centred_on(extent.centre());
        }
        self.select(Some(event), true);
    }

    fn announce_filter(&mut self) {
        let n = self.shown.len();
        self.announcement = crate::i18n::count(n, crate::i18n::t().events_shown);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::model::tests::sample_bundle;

    /// The sample bundle loaded with `hash`, the reader's `saved` articles still coming.
    fn loading(hash: &str, saved: usize) -> Explorer {
        let mut state = Explorer::default();
        let base = Shared::new(Base {
            bundle: Rc::new(sample_bundle()),
            json: "sample".into(),
            seeds: false,
        });
        state.apply(Action::LoadedCorpus { base, hash: HashState::parse(hash) });
        assert!(state.opening_store && state.restoring == 0, "drawn before the database answers");
        state.apply(Action::Restoring(saved));
        assert!(!state.opening_store);
        state
    }

    fn loaded(hash: &str) -> Explorer {
        loading(hash, 0)
    }

    /// What the worker would give for the sample bundle plus an article `id`.
    fn merged_with(id: &str) -> Action {
        let article = UserArticle::new(id.into(), id.into(), Vec::new(), None);
        let mut bundle = sample_bundle();
        let source = dateline_core::corpus::Source { id, bytes: b"Talks resume\n\nThey met." };
        bundle.articles.push(dateline_core::corpus::analyze(source).article);
        Action::Merged {
            user: Shared::new(vec![article]),
            bundle: Rc::new(bundle),
            json: Shared::new(vec!["sample".into(), id.into()]),
            announcement: "1 article added.".into(),
            reload: None,
        }
    }

    #[test]
    fn loading_opens_on_the_story_and_fit_all_fits_every_event() {
        let mut state = loaded("");
        assert_eq!(state.window, state.model.story_window().expect("events"));
        state.apply(Action::SetWindow(Window::new(0.0, 10.0)));
        state.apply(Action::FitAll);
        for extent in &state.model.extents {
            assert!(state.window.start <= extent.start && extent.end <= state.window.end);
        }
    }

    #[test]
    fn stepping_walks_events_in_time_order_and_requests_focus() {
        let mut state = loaded("");
        state.apply(Action::Step { step: Step::Next, from: None });
        assert_eq!(state.selected, Some(1), "the earliest event first");
        assert_eq!(state.focus_request, 1);
        state.apply(Action::Step { step: Step::Next, from: None });
        assert_eq!(state.selected, Some(2));
        state.apply(Action::Step { step: Step::Last, from: None });
        assert_eq!(state.selected, Some(0));
        state.apply(Action::Step { step: Step::Next, from: None });
        assert_eq!(state.selected, Some(0), "stays on the last one");
        assert!(state.announcement.contains("27 July 2021: Hotline restored"));
    }

    #[test]
    fn stepping_starts_from_the_focused_event_when_nothing_is_selected() {
        let mut state = loaded("");
        state.apply(Action::Step { step: Step::Next, from: Some(1) });
        assert_eq!(state.selected, Some(2), "the one after the focused (earliest) event");
    }

    #[test]
    fn stepping_to_an_event_out_of_view_pans_to_it() {
        let mut state = loaded("");
        state.apply(Action::SetWindow(Window::new(0.0, 10.0)));
        state.apply(Action::Step { step: Step::First, from: None });
        let e = state.model.extents[1];
        assert!(state.window.overlaps(e.start, e.end));
    }

    #[test]
    fn keyboard_zoom_is_centred_on_the_selection() {
        let mut state = loaded("");
        state.apply(Action::Select(Some(2)));
        let centre = state.model.extents[2].centre();
        let before = (centre - state.window.start) / state.window.span();
        state.apply(Action::Zoom { factor: 2.0, anchor: None });
        let after = (centre - state.window.start) / state.window.span();
        assert!((before - after).abs() < 1e-9);
    }

    #[test]
    fn the_hash_round_trips_selection_filters_and_window() {
        let mut state = loaded("");
        state.apply(Action::Select(Some(0)));
        state.apply(Action::SetLanes(LaneMode::Kind));
        state.apply(Action::SetEntity(Some("p:kim".into())));
        state.apply(Action::SetWindow(Window::new(17_000.0, 18_000.0)));
        let hash = state.to_hash().to_hash();
        let restored = loaded(&hash);
        assert_eq!(restored.selected, Some(0));
        assert_eq!(restored.lanes_mode, LaneMode::Kind);
        assert_eq!(restored.filter.entities, ["p:kim"]);
        assert_eq!(restored.window, Window::new(17_000.0, 18_000.0));
        assert_eq!(*restored.shown, *state.shown);
    }

    #[test]
    fn unknown_ids_in_the_hash_are_ignored() {
        let state = loaded("#e=nope&p=nobody&a=missing");
        assert_eq!(state.selected, None);
        assert!(state.filter.entities.is_empty());
        assert_eq!(state.article, None);
        assert_eq!(state.shown.len(), 3);
    }

    #[test]
    fn filtering_announces_the_count() {
        let mut state = loaded("");
        state.apply(Action::SetText("letters".into()));
        assert_eq!(state.shown.as_slice(), &[2]);
        assert_eq!(state.announcement, "1 event shown.");
    }

    #[test]
    fn entity_filters_of_different_kinds_combine_and_one_kind_replaces_itself() {
        let mut state = loaded("");
        state.apply(Action::SetEntityOfKind(EntityKind::Person, Some("p:kim".into())));
        assert_eq!(state.shown.len(), 3);
        state.apply(Action::SetEntityOfKind(EntityKind::Person, Some("p:moon".into())));
        assert_eq!(state.filter.entities, ["p:moon"], "a person replaces the person");
        assert_eq!(state.shown.as_slice(), &[1, 0]);
        state.apply(Action::SetKind(Some("summit".into())));
        assert_eq!(state.shown.as_slice(), &[1]);
        assert_eq!(state.announcement, "1 event shown.");
        state.apply(Action::ClearFilters);
        assert_eq!(state.shown.len(), 3);
        assert!(!state.filter.is_active());
    }

    /// `merged_with(id)` as the answer to a reload that named `hash`.
    fn reloaded_with(id: &str, hash: &str) -> Action {
        let Action::Merged { user, bundle, json, announcement, .. } = merged_with(id) else {
            unreachable!()
        };
        Action::Merged { user, bundle, json, announcement, reload: Some(HashState::parse(hash)) }
    }

    #[test]
    fn saved_articles_restore_the_urls_view_unless_the_reader_moved_on() {
        let mut state = loading("#a=mine", 1);
        assert_eq!(state.restoring, 1);
        assert_eq!(state.article, None, "not there yet");
        state.apply(reloaded_with("mine", "#a=mine"));
        assert_eq!(state.restoring, 0);
        assert_eq!(state.article.as_deref(), Some("mine"), "the URL's article, once read");

        let mut state = loading("#a=mine", 1);
        state.apply(Action::SetView(ViewMode::People));
        state.apply(reloaded_with("mine", "#a=mine"));
        assert_eq!(state.view, ViewMode::People, "the reader's change stands");
        assert_eq!(state.article, None);
        assert_eq!(state.user.len(), 1, "and the saved article is in");
    }

    #[test]
    fn adding_and_removing_articles_merges_again_and_keeps_the_selection() {
        let mut state = loaded("");
        state.apply(Action::Select(Some(0)));
        state.apply(Action::SetWindow(Window::new(17_000.0, 18_000.0)));
        state.apply(merged_with("mine"));
        assert_eq!(state.model.bundle.articles.last().map(|a| a.id.as_str()), Some("mine"));
        assert_eq!(state.user.len(), 1);
        assert_eq!(state.selected, Some(0), "the selected event is still selected");
        assert_eq!(state.window, Window::new(17_000.0, 18_000.0), "the view did not jump");
        assert!(state.announcement.starts_with("1 article added"));
        state.apply(Action::OpenArticle(Some("mine".into())));
        state.apply(Action::SetSourceFilter(Some("mine".into())));
        state.apply(Action::Merged {
            user: Shared::default(),
            bundle: Rc::new(sample_bundle()),
            json: Shared::new(vec!["sample".into()]),
            announcement: "Article mine removed.".into(),
            reload: None,
        });
        assert!(state.user.is_empty());
        assert!(state.model.bundle.articles.iter().all(|a| a.id != "mine"));
        assert_eq!(state.article, None, "the removed article is closed");
        assert_eq!(state.filter.article, None, "and no longer filters");
        assert_eq!(state.announcement, "Article mine removed.");
    }

    #[test]
    fn hash_filters_naming_nothing_in_the_bundle_are_dropped() {
        let state = loaded("#k=summit&s=nowhere&p=p:kim,p:ghost");
        assert_eq!(state.filter.kind.as_deref(), Some("summit"));
        assert_eq!(state.filter.article, None);
        assert_eq!(state.filter.entities, ["p:kim"]);
        assert_eq!(state.shown.as_slice(), &[1]);
    }

    #[test]
    fn the_story_view_opens_on_the_selection_or_the_first_event_and_steps_in_time_order() {
        let mut state = loaded("");
        state.apply(Action::SetView(ViewMode::Story));
        assert_eq!(state.selected, Some(1), "the earliest event");
        state.apply(Action::Step { step: Step::Next, from: Some(1) });
        assert_eq!(state.selected, Some(2));
        assert_eq!(state.to_hash().view, ViewMode::Story);
        let restored = loaded(&state.to_hash().to_hash());
        assert_eq!((restored.view, restored.selected), (ViewMode::Story, Some(2)), "from the hash");
        let opened = loaded("#view=story");
        assert_eq!(opened.selected, Some(1), "an embed opening in the story shows its first event");
    }

    #[test]
    fn a_filter_whose_events_are_all_outside_the_window_brings_them_into_view() {
        let mut state = loaded("");
        let e = state.model.extents[1];
        state.apply(Action::SetWindow(Window::new(e.end + 400.0, e.end + 500.0)));
        let kept = state.window;
        state.apply(Action::SetKind(Some(state.model.bundle.events[1].kind.clone())));
        assert_ne!(state.window, kept);
        assert!(state.shown.iter().all(|&i| {
            let x = state.model.extents[i];
            state.window.start <= x.start && x.end <= state.window.end
        }));
        // A filter with events in view keeps the window.
        let window = state.window;
        state.apply(Action::SetText(String::new()));
        assert_eq!(state.window, window);
    }

    #[test]
    fn revealing_an_event_selects_it_brings_it_into_view_and_leaves_the_people_view() {
        let mut state = loaded("#view=people");
        state.apply(Action::SetWindow(Window::new(0.0, 100.0)));
        state.apply(Action::Reveal(1));
        assert_eq!(state.selected, Some(1));
        assert_eq!(state.view, ViewMode::Timeline);
        let e = state.model.extents[1];
        assert!(state.window.overlaps(e.start, e.end));
        state.apply(Action::Reveal(99));
        assert_eq!(state.selected, Some(1), "an index out of range changes nothing");
    }
}
