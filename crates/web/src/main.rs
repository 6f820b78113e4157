//! Entry point of the explorer: mounts the Yew app on `<body>`.
//!
//! Layout of the crate: `app` (the root component), `state` (the reducer), `components/` (one
//! component per file), `hooks/` (loading, URL hash, measuring) and `view/` (the view math:
//! plain Rust with native unit tests).

#![forbid(unsafe_code)]

mod app;
mod bundle_json;
mod components;
mod embed;
mod hooks;
mod i18n;
mod js_error;
mod library;
mod order;
mod parser;
mod shared;
mod state;
mod store;
mod view;

fn main() {
    // On <body>, unless the page loaded the app as the <dateline-timeline> element.
    embed::start();
}
