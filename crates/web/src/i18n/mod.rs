//! The reader's language: every string the explorer shows, per locale, apart from the code.
//!
//! A locale is a [`Texts`] table (`en.rs`, `ko.rs`): plain strings, and templates whose
//! `{name}` holes [`fill`] fills (dates are templates too: "{d} {month} {y}" in English,
//! "{y}년 {m}월 {d}일" in Korean). Adding a locale is adding a table and one line in
//! [`Locale`] (see the README, "The reader's language").
//!
//! The locale is chosen once per page before the first render ([`choose`]): the `lang`
//! attribute of the `<dateline-timeline>` element, else `?lang=` in the page's URL, else the
//! browser's languages, else English; the page's (or the element's) `lang` attribute is set
//! to it. One locale per page: the views read it from [`t`].

use std::cell::Cell;

mod en;
mod ko;

pub use en::EN;
pub use ko::KO;

/// A language the explorer speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    En,
    Ko,
}

impl Locale {
    /// Every locale, in the order a language tag is matched against them.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Ko];

    /// The locale for a BCP 47 tag ("ko", "ko-KR", "en-GB"), by its primary language.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.texts().tag == primary)
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Locale::En => &EN,
            Locale::Ko => &KO,
        }
    }
}

thread_local! {
    static CURRENT: Cell<Locale> = const { Cell::new(Locale::En) };
}

/// The page's locale.
pub fn locale() -> Locale {
    CURRENT.with(Cell::get)
}

/// Sets the page's locale (before the first render).
pub fn set_locale(locale: Locale) {
    CURRENT.with(|c| c.set(locale));
}

/// The page's strings.
pub fn t() -> &'static Texts {
    locale().texts()
}

/// The first of `tags` (most wanted first: an explicit choice, then the browser's languages)
/// that names a locale, else English.
pub fn choose<'a>(tags: impl IntoIterator<Item = &'a str>) -> Locale {
    tags.into_iter().find_map(Locale::from_tag).unwrap_or_default()
}

/// The value of `lang` in a URL query (`?lang=ko&…`).
pub fn query_lang(search: &str) -> Option<&str> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .filter(|v| !v.is_empty())
}

pub use dateline_worker::messages::fill;

/// `one` or `other` by `n`, filled with `{n}` ("1 event", "3 events"; Korean has one form).
pub fn count(n: usize, forms: [&str; 2]) -> String {
    fill(if n == 1 { forms[0] } else { forms[1] }, &[("n", &n)])
}

/// Every string of one locale. Templates name their holes in the field's comment.
pub struct Texts {
    /// The BCP 47 primary language tag, also the `lang` attribute written.
    pub tag: &'static str,

    // Dates. `{d}` day, `{m}` month number, `{month}` month name, `{y}` year.
    pub months: [&'static str; 12],
    /// Axis ticks' month names (short).
    pub months_short: [&'static str; 12],
    /// `{d} {month} {y}`.
    pub day: &'static str,
    /// `{month} {y}`.
    pub month: &'static str,
    /// `{y}`.
    pub year: &'static str,
    /// Axis ticks: a day `{d} {mon}` (short month name) and with its year `{y}`; a month.
    pub tick_day: &'static str,
    pub tick_day_year: &'static str,
    pub tick_month: &'static str,
    /// Two days of one month: `{d0}`, `{d1}`, `{month}`, `{m}`, `{y}`.
    pub days_in_month: &'static str,
    /// Two days of one year: `{d0} {month0}`, `{m0}`, `{d1} {month1}`, `{m1}`, `{y}`.
    pub days_in_year: &'static str,
    /// Two months of one year: `{month0}`, `{m0}`, `{month1}`, `{m1}`, `{y}`.
    pub months_in_year: &'static str,
    /// Any two dates: `{from}`, `{to}`.
    pub range: &'static str,
    /// Spring, summer, autumn (`{y}`) and winter (`{y}`, `{yy}` the next year's two digits).
    pub seasons: [&'static str; 4],
    /// `{q}`, `{y}`.
    pub quarter: &'static str,
    /// The first and second halves: `{y}`.
    pub halves: [&'static str; 2],
    /// A decade or century: `{y}` its first year.
    pub decade: &'static str,
    /// Precision phrases of the detail panel, by `Precision` from minute to century.
    pub precisions: [&'static str; 11],
    /// How a date was found: stated, inferred, from metadata.
    pub bases: [&'static str; 3],

    // The page.
    pub tagline: &'static str,
    pub timeline_heading: &'static str,
    pub reading_articles: &'static str,
    /// `{n}` saved articles being read, one and other.
    pub reading_saved: [&'static str; 2],
    pub more: &'static str,
    pub less: &'static str,
    /// `{n}` notes about the input, one and other.
    pub input_notes: [&'static str; 2],
    /// `{id}`.
    pub article_removed: &'static str,

    // The corpus header: `{n}` articles, events; a title of names joined: `{rest}`, `{last}`.
    pub articles_count: [&'static str; 2],
    pub events_count: [&'static str; 2],
    pub list_sep: &'static str,
    pub names_and: &'static str,

    // The toolbar.
    pub controls: &'static str,
    pub zoom_in: &'static str,
    pub zoom_in_title: &'static str,
    pub zoom_out: &'static str,
    pub zoom_out_title: &'static str,
    pub fit_all: &'static str,
    pub fit_all_title: &'static str,
    pub lanes: &'static str,
    /// One lane, by participants, by kind, by source.
    pub lane_modes: [&'static str; 4],
    pub view: &'static str,
    /// Timeline, story, list, people, quotes (as `ViewMode::ALL` orders them).
    pub views: [&'static str; 5],
    pub search: &'static str,
    pub search_placeholder: &'static str,

    // Lanes.
    pub all_events: &'static str,
    pub other: &'static str,
    pub no_source: &'static str,
    pub no_participants: &'static str,

    // The timeline.
    pub timeline: &'static str,
    /// The timeline's accessible name: `{range}`, `{n}` events, `{drawn}`.
    pub timeline_name: &'static str,
    /// `{n}` articles with no event found.
    pub no_events_yet: &'static str,
    pub no_matches: &'static str,
    /// A cluster: `{n}` events, `{range}`. The count is drawn on it, so the name must hold it
    /// as a word of its own (axe: label-content-name-mismatch).
    pub cluster: &'static str,
    /// An event's accessible name: `{date}`, `{title}`, `{notes}` (below, joined by `list_sep`).
    pub event_name: &'static str,
    pub event_notes: &'static str,
    pub expected: &'static str,
    pub happened_short: &'static str,
    pub date_inferred: &'static str,

    // Edge markers: `{n}` more.
    pub outside_view: &'static str,
    pub earlier_event: &'static str,
    pub later_event: &'static str,
    pub more_outside: &'static str,

    // The story view: `{k}` of `{n}`; `{names}`.
    pub story: &'static str,
    pub story_position: &'static str,
    pub story_with: &'static str,
    pub story_nav: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub story_keys: &'static str,

    // The legend.
    pub legend: &'static str,
    pub legend_items: [&'static str; 5],

    // The event detail: `{n}` sources; `{article}`.
    pub event: &'static str,
    pub select_prompt: &'static str,
    pub expected_or_planned: &'static str,
    pub happened: &'static str,
    pub participants: &'static str,
    pub show_participant: &'static str,
    pub sources: &'static str,
    pub read_in_article: &'static str,
    pub conflicting_dates: &'static str,
    /// A letter: `{from}`, `{to}` (names).
    pub letter_from: &'static str,
    pub letter_to: &'static str,
    pub letter_from_to: &'static str,
    pub according_to: &'static str,
    pub quotes_nearby: &'static str,

    // The list view: `{n}` events; `{max}` of `{n}`.
    pub events_heading: &'static str,
    pub list_cut: &'static str,

    // Filters.
    pub none_found: &'static str,
    pub any: &'static str,
    pub filters: &'static str,
    pub filters_on: &'static str,
    /// Person, organization, place, other.
    pub entity_kinds: [&'static str; 4],
    pub kind: &'static str,
    pub source: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub range_from_window_title: &'static str,
    pub range_from_window: &'static str,
    pub clear_filters: &'static str,

    // The entity card.
    pub also: &'static str,
    pub roles_prefix: &'static str,
    /// `{n}` mentions.
    pub entity_note: &'static str,
    pub show_every_event: &'static str,

    // The overview and export.
    /// `{n}` events.
    pub overview: &'static str,
    pub overview_range: &'static str,
    pub export: &'static str,
    /// Bundle, TimelineJS, CSV, ICS, SVG, PNG.
    pub formats: [&'static str; 6],
    /// `{file}`; `{format}`, `{error}`.
    pub making: &'static str,
    pub saved: &'static str,
    pub export_failed: &'static str,

    // The article list.
    /// `{n}`; `{title}`.
    pub articles_heading: &'static str,
    pub no_events: &'static str,
    pub added_by_you: &'static str,
    pub remove: &'static str,
    pub remove_named: &'static str,

    // The quotes view.
    /// `{n}`; `{words}`; `{title}`.
    pub quotes_heading: &'static str,
    pub no_quotes: &'static str,
    pub show_speaker: &'static str,
    pub speaker_not_named: &'static str,
    pub named_as: &'static str,
    pub in_article: &'static str,

    // The people view.
    /// `{n}`; `{max}`.
    pub people_heading: &'static str,
    pub people_caption: &'static str,
    pub people_columns: [&'static str; 6],
    pub show_entity: &'static str,
    pub people_cut: &'static str,
    pub no_letters: &'static str,
    pub letters_heading: &'static str,
    pub letters_help: &'static str,
    pub letters_corner: &'static str,
    /// `{n}`, `{a}`, `{b}`.
    /// A letters cell's name holds the count drawn in it as a word of its own (axe); the
    /// cell's name may also start with `{text}`, what the cell shows.
    pub letters_sent: [&'static str; 2],
    pub letters_between: [&'static str; 2],
    pub letters_cell: &'static str,

    // The article reader.
    pub close_article: &'static str,
    pub follow_entity: &'static str,
    pub show_event: &'static str,
    pub show_date: &'static str,
    /// The reader's key to its marks, then how to use them.
    pub reader_key: [&'static str; 7],
    /// `{names}`; `{day}`, `{basis}`, `{from}`.
    pub by: &'static str,
    pub published: &'static str,
    pub published_unknown: &'static str,

    // The import panel.
    pub import_heading: &'static str,
    pub import_help: &'static str,
    pub article_text: &'static str,
    pub paste_placeholder: &'static str,
    pub published_on: &'static str,
    pub published_on_help: &'static str,
    pub add_pasted: &'static str,
    pub or_files: &'static str,
    /// `{k}` of `{n}`, `{name}`.
    pub reading_progress: &'static str,
    pub starting_reader: &'static str,
    pub cancel: &'static str,
    /// What the import panel reports: `{why}`; `{name}`, `{id}`; `{unread}`, `{kept}`; `{n}`,
    /// `{events}` (what the worker says of a text is in `dateline_worker::messages`).
    pub nothing_added: &'static str,
    pub added_as: &'static str,
    pub cancelled: &'static str,
    pub articles_added: [&'static str; 2],
    pub not_kept: &'static str,
    /// `{name}`; `{name}`, `{mb}` its size and `{max}` the limit in MB.
    pub file_unreadable: &'static str,
    pub too_large: &'static str,
    /// The `{name}` of a pasted text in a message, and the title of one whose first line is
    /// empty.
    pub the_pasted_text: &'static str,
    pub pasted_text: &'static str,

    // Loading: `{url}` the bundle's address (or `the_bundle_given`), `{why}`; `{got}`, `{want}`
    // schemas; `{n}` saved articles.
    pub the_bundle_given: &'static str,
    pub bundle_bad_url: &'static str,
    /// A corpus on another site (`{url}`); then, for `?bundle=`, `showing_builtin`.
    pub other_origin: &'static str,
    pub showing_builtin: &'static str,
    pub bundle_load_failed: &'static str,
    pub bundle_unreadable: &'static str,
    pub not_a_bundle: &'static str,
    pub bundle_schema: &'static str,
    pub saved_unreadable: &'static str,
    pub saved_on_timeline: [&'static str; 2],

    // The article reader (the parser worker): `{why}`.
    pub reader_bad_answer: &'static str,
    pub reader_no_answer: &'static str,
    pub reader_not_started: &'static str,
    pub reader_not_loaded: &'static str,
    pub reader_stopped: &'static str,
    pub reader_handoff: &'static str,
    pub file_not_made: &'static str,

    /// Names of the core's event kinds (`summit`, `missile_test`); a kind not listed (every
    /// kind in English) is shown as its name with `_` as spaces, capitalized.
    pub kinds: &'static [(&'static str, &'static str)],

    // What a screen reader is told (the page's live region).
    /// `{date}`, `{title}`, `{n}` sources.
    pub selected: [&'static str; 2],
    pub selection_cleared: &'static str,
    /// `{n}`.
    pub events_shown: [&'static str; 2],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_pick_locales_by_primary_language_and_fall_back_to_english() {
        assert_eq!(Locale::from_tag("ko-KR"), Some(Locale::Ko));
        assert_eq!(Locale::from_tag("KO"), Some(Locale::Ko));
        assert_eq!(Locale::from_tag("en_GB"), Some(Locale::En));
        assert_eq!(Locale::from_tag("fr"), None);
        assert_eq!(choose(["fr-FR", "ko", "en"]), Locale::Ko, "the first the explorer speaks");
        assert_eq!(choose(["de"]), Locale::En);
        assert_eq!(query_lang("?view=story&lang=ko"), Some("ko"));
        assert_eq!(query_lang("?lang="), None);
    }

    #[test]
    fn templates_fill_their_holes_and_keep_unknown_ones() {
        assert_eq!(
            fill("{d} {month} {y}", &[("d", &27), ("month", &"July"), ("y", &2021)]),
            "27 July 2021"
        );
        assert_eq!(fill("{y}년 {m}월", &[("y", &2021), ("m", &7)]), "2021년 7월");
        assert_eq!(fill("a {x} b {", &[]), "a {x} b {");
        assert_eq!(count(1, EN.events_count), "1 event");
        assert_eq!(count(3, EN.events_count), "3 events");
        assert_eq!(count(3, KO.events_count), "사건 3건");
    }

    #[test]
    fn every_locale_fills_every_template_it_is_given() {
        // A hole a table's template names that the code does not fill would show as "{x}".
        for texts in Locale::ALL.map(Locale::texts) {
            let day = fill(
                texts.day,
                &[("d", &27), ("m", &7), ("month", &texts.months[6]), ("y", &2021)],
            );
            assert!(!day.contains('{'), "{}: {day}", texts.tag);
            assert!(texts.months.iter().chain(&texts.months_short).all(|m| !m.is_empty()));
        }
    }
}
