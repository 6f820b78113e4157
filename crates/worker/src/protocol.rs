//! Messages between the page and the worker.
//!
//! Every message is a plain JavaScript object (structured clone, so article bytes travel as a
//! `Uint8Array` without any encoding):
//!
//! - worker → page, once started: `{ ready: true }`. The page queues requests until then: a
//!   message posted before the wasm module is instantiated would reach no handler.
//! - page → worker: `{ request, read: { id, name, bytes, published? } }` reads one article
//!   (`published` is a `YYYY-MM-DD` date hint for texts that state none); the answer is
//!   `{ request, outcome }`, an [`Outcome`] as JSON text. An article read before with the same
//!   bytes and date is not read again, so the page sends every article it has, cheaply.
//! - page → worker: `{ request, merge: { seeds, ids } }` merges the articles read, in the
//!   order of `ids`, after the embedded articles when `seeds`; the answer is
//!   `{ request, bundle }`, the `dateline.bundle/1` JSON.
//! - page → worker: `{ request, export: { format, parts } }` makes an export file (`format`:
//!   `bundle`, `timelinejs`, `csv`, `ics`) of the bundle the JSON texts `parts` give, appended
//!   in order; the answer is `{ request, file }` or `{ request, error }`. The exporters and a
//!   JSON writer would otherwise weigh on the page's wasm, for a rare action.
//!
//! One article per request, so the page shows progress and can stop between articles (Cancel),
//! and a worker that lost its state (a new one) only needs the same requests again. JSON text
//! rather than JavaScript objects for answers, because the page already reads bundles as JSON
//! and serde then checks the shapes on both sides.

use serde::{Deserialize, Serialize};

/// Field names shared by both sides.
pub mod field {
    pub const READY: &str = "ready";
    pub const REQUEST: &str = "request";
    pub const READ: &str = "read";
    pub const ID: &str = "id";
    pub const NAME: &str = "name";
    pub const BYTES: &str = "bytes";
    pub const PUBLISHED: &str = "published";
    /// The page's locale tag ("en", "ko"): the language of the outcome's messages.
    pub const LANG: &str = "lang";
    pub const OUTCOME: &str = "outcome";
    pub const MERGE: &str = "merge";
    pub const SEEDS: &str = "seeds";
    pub const IDS: &str = "ids";
    pub const BUNDLE: &str = "bundle";
    pub const EXPORT: &str = "export";
    pub const FORMAT: &str = "format";
    pub const PARTS: &str = "parts";
    pub const FILE: &str = "file";
    pub const ERROR: &str = "error";
}

/// What became of one article read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub id: String,
    /// Why it was not added (too large, empty, binary), for people. Refused articles are not
    /// in the bundle.
    pub refused: Option<String>,
    /// Said about an added article (bytes replaced, not English, no date), for people.
    pub notes: Vec<String>,
}
