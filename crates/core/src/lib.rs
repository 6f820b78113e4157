//! Dateline's core: news articles in, a timeline out.
//!
//! The core reads articles as they were copied from news sites (noisy plain text) and finds what
//! happened when, who did it and who said what. It is pure Rust with no web, filesystem or
//! network dependencies, so the same code runs natively (the `dateline` CLI) and in the browser
//! (the web app, compiled to `wasm32-unknown-unknown`). It is the API boundary: the other crates
//! use only what is public here.
//!
//! Every position the core reports is a **UTF-8 byte offset** into the text it was given, as a
//! half-open [`Span`]. Converting to UTF-16 code units for JavaScript is the web crate's job.
//!
//! Module map:
//! - [`article`]: an article as copied from a news page: title, dek, bylines, dates, captions,
//!   furniture and body sentences, as spans; the outlet and the publication date.
//! - [`doc`]: one tokenization of a text (Universal Dependencies English conventions), its
//!   lowercase norms and sentences, which every extractor reads; it knows no extractor.
//! - [`input`]: bytes to text, lossily, with a warning instead of an error for bad encodings.
//! - [`ingest`]: files as people have them (saved web pages, JSON Lines and CSV exports, a
//!   metadata table for a folder of texts) made into article texts with stated metadata.
//! - [`span`]: the [`Span`] type every annotation uses.
//! - [`error`]: the one error type.
//! - [`corpus`]: the whole pipeline, sources in, a [`bundle::Bundle`] out.
//! - [`bundle`]: the `dateline.bundle/1` schema, the contract with the CLI, the web app and users.
//! - [`entity`]: people, organizations and places: mentions, roles, one entity per real-world
//!   actor within an article and across the corpus.
//! - [`coref`]: which entity a pronoun or a definite description ("the senator") stands for.
//! - [`quote`]: direct quotations and who said them (speaker, relaying channel, cue).
//! - [`event`]: events found sentence by sentence: kind, date, status, participants, title.
//! - [`export`]: the bundle as TimelineJS3 JSON, CSV and iCalendar.
//! - [`timex`]: temporal expressions found and normalized to TIMEX3 values, with intervals.
//! - [`timeline`]: events of all articles merged into one timeline, conflicts kept.
//! - [`when`]: calendar [`Interval`]s with a [`Precision`] and a [`Basis`].
//! - `word_table` (inside the crate): hash tables over the core's own word lists, hashed faster
//!   than the standard tables.

#![forbid(unsafe_code)]

pub mod article;
pub mod bundle;
pub mod coref;
pub mod corpus;
pub mod doc;
pub mod entity;
pub mod error;
pub mod event;
pub mod export;
pub mod ingest;
pub mod input;
pub mod quote;
pub mod span;
pub mod timeline;
pub mod timex;
pub mod when;
mod word_table;

pub use error::Error;
pub use input::{decode, Decoded};
pub use span::Span;
pub use when::{Basis, Interval, Precision};
