//! The explorer's article parser, kept apart from the viewer so the page can show its timeline
//! without downloading the extraction pipeline.
//!
//! The explorer (`crates/web`) ships the embedded articles' bundle ready-made (its build script
//! runs the core natively), so its wasm holds only the viewer. When a reader adds articles of
//! their own, or reloads with some stored, the page starts this crate's binary as a Web Worker:
//! the core's whole pipeline, compiled to its own wasm module, runs off the main thread, and
//! the page stays responsive however large the texts.
//!
//! - [`intake`]: the checks on a text a reader gives (too large, empty, binary: refused with a
//!   message; bytes replaced or not English: kept with a note).
//! - [`messages`]: what the worker says to people, per language (English, Korean).
//! - [`session`]: one worker's state: the analyses it already made, reused while their text is
//!   unchanged, and the corpus-wide merge ([`session::Session::run`]).
//! - [`export`]: export files (bundle JSON, TimelineJS, CSV, iCalendar) of a bundle the page
//!   shows, which it hands over as JSON.
//! - [`protocol`]: what the page and the worker say to each other.
//!
//! All of it is plain Rust over the core's public API and tested natively; `main.rs` is the thin
//! wasm-bindgen layer that turns messages into calls.

#![forbid(unsafe_code)]

pub mod export;
pub mod intake;
pub mod messages;
pub mod protocol;
pub mod session;
