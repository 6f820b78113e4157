//! The explorer's components, one per file. Each takes its data as props and reports what the
//! user did through `on_*` callbacks carrying state [`crate::state::Action`]s.

pub mod article_list;
pub mod article_reader;
pub mod density;
pub mod edge_markers;
pub mod entity_card;
pub mod event_detail;
pub mod event_list;
pub mod export;
pub mod filters;
pub mod import;
pub mod legend;
pub mod overview;
pub mod people;
pub mod quotes;
pub mod story;
pub mod timeline;
pub mod toolbar;
