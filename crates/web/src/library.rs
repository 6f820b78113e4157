//! The corpus the explorer shows: the base (the embedded articles' bundle, made at build time,
//! or a bundle loaded with `?bundle=`) plus the articles the reader brought (pasted or
//! dropped), read by the parser worker ([`crate::parser`]) and merged into one bundle.
//!
//! Plain Rust, tested natively, apart from [`read`], which hands the articles to the worker.

use std::rc::Rc;

use dateline_core::bundle::Bundle;
use dateline_worker::protocol::Outcome;

use crate::bundle_json::parse_bundle;
use crate::parser;
use crate::shared::Shared;

/// The embedded articles' bundle, made by the core at build time (`build.rs`).
const SEEDS_BUNDLE: &str = include_str!(concat!(env!("OUT_DIR"), "/seeds.bundle.json"));

/// What the articles of the bundle start from.
#[derive(Debug)]
pub struct Base {
    pub bundle: Rc<Bundle>,
    /// The JSON text it was read from (exports are made from it, in the worker).
    pub json: Rc<str>,
    /// The bundle is the embedded articles': the worker merges them with the reader's
    /// articles again (so the core can match events across all of them). Otherwise (a
    /// `?bundle=`) the reader's articles are appended to it.
    pub seeds: bool,
}

impl Default for Base {
    /// An empty bundle, not the seeds.
    fn default() -> Base {
        Base { bundle: Rc::default(), json: EMPTY_BUNDLE_JSON.into(), seeds: false }
    }
}

impl Base {
    /// The embedded articles.
    pub fn seeds() -> Base {
        // Made by this build's own core, so it always parses; an empty timeline with the
        // error in the console beats a panic if it ever does not.
        let bundle = parse_bundle(SEEDS_BUNDLE).unwrap_or_else(|e| {
            gloo::console::error!(format!("the embedded bundle does not parse: {e}"));
            Bundle::default()
        });
        Base { bundle: Rc::new(bundle), json: SEEDS_BUNDLE.into(), seeds: true }
    }
}

/// An article the reader brought, as given (the worker reads it again after a reload).
#[derive(Debug, Clone, PartialEq)]
pub struct UserArticle {
    pub id: String,
    /// The file name, or the pasted text's first words.
    pub name: String,
    /// The bytes as given; shared, so that comparing states does not compare texts.
    pub bytes: Shared<Vec<u8>>,
    /// The reader's `YYYY-MM-DD` publication date, for texts that state none.
    pub published: Option<String>,
    /// Said about it when it was read (not English, bad bytes replaced), for people.
    pub notes: Vec<String>,
}

impl UserArticle {
    pub fn new(id: String, name: String, bytes: Vec<u8>, published: Option<String>) -> Self {
        UserArticle { id, name, bytes: Shared::new(bytes), published, notes: Vec::new() }
    }

    pub fn id(&self) -> &str {
        &self.id
    }
}

/// An empty bundle's JSON (a host page's corpus that could not be read).
pub const EMPTY_BUNDLE_JSON: &str =
    r#"{"schema":"dateline.bundle/1","articles":[],"entities":[],"events":[],"warnings":[]}"#;

/// JSON texts that, read and appended ([`Bundle::append`]) in order, give the bundle shown:
/// the page keeps them so that exports, made in the worker, need no serializer in the page.
pub type JsonParts = Shared<Vec<Rc<str>>>;

/// The base and the reader's articles as one bundle, given the bundle the worker made of the
/// reader's articles (with the embedded ones merged in when the base is the seeds) and its
/// JSON; with the JSON parts of the result.
pub fn combine(base: &Base, readers: Bundle, json: Rc<str>) -> (Rc<Bundle>, JsonParts) {
    if base.seeds {
        return (Rc::new(readers), Shared::new(vec![json]));
    }
    let mut merged = (*base.bundle).clone();
    merged.append(readers);
    (Rc::new(merged), Shared::new(vec![base.json.clone(), json]))
}

/// How far a batch is: `done` of `total` new articles read; `name` is the one being read.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub name: String,
}

/// What a batch gave.
#[derive(Debug)]
pub struct Merged {
    /// The reader's articles kept (with their notes): those there before, then new ones.
    pub user: Vec<UserArticle>,
    /// Each new article read, and what became of it.
    pub read: Vec<(UserArticle, Outcome)>,
    /// New articles left unread (the batch was stopped).
    pub unread: usize,
    pub bundle: Rc<Bundle>,
    pub json: JsonParts,
}

/// Reads the reader's articles, `kept` (there before: the worker reuses its earlier reading
/// of them) and `fresh` (new), one at a time in the parser worker, then merges them with the
/// base. Before each new article `on_progress` hears, and `go_on` may stop the batch (what
/// was read is kept). With no articles at all the base is the bundle, and no worker starts.
/// An error is for people (the worker failed); nothing changes then.
///
/// The callbacks are trait objects so that the four callers share one compiled copy of this
/// function's state machine (about 10 KB of wasm).
pub async fn read(
    base: &Base,
    kept: Vec<UserArticle>,
    fresh: Vec<UserArticle>,
    on_progress: &dyn Fn(Progress),
    go_on: &dyn Fn() -> bool,
) -> Result<Merged, String> {
    let mut user = Vec::with_capacity(kept.len() + fresh.len());
    for mut article in kept {
        let outcome = parser::read(&article).await?;
        if outcome.refused.is_none() {
            article.notes = outcome.notes;
            user.push(article);
        }
    }
    let total = fresh.len();
    let mut read = Vec::with_capacity(total);
    let mut unread = 0;
    for (done, mut article) in fresh.into_iter().enumerate() {
        if !go_on() {
            unread = total - done;
            break;
        }
        on_progress(Progress { done, total, name: article.name.clone() });
        let outcome = parser::read(&article).await?;
        if outcome.refused.is_none() {
            article.notes = outcome.notes.clone();
            user.push(article.clone());
        }
        read.push((article, outcome));
    }
    let (bundle, json) = if user.is_empty() {
        (base.bundle.clone(), Shared::new(vec![base.json.clone()]))
    } else {
        let ids: Vec<String> = user.iter().map(|a| a.id.clone()).collect();
        let (readers, json) = parser::merge(base.seeds, &ids).await?;
        combine(base, readers, json)
    };
    Ok(Merged { user, read, unread, bundle, json })
}

/// The kinds of file the import panel takes (the worker tells them apart).
pub const FILE_EXTENSIONS: &[&str] = &["txt", "html", "htm", "jsonl", "ndjson", "csv"];

/// Whether the bundle article `article_id` came from the reader's file `user_id`: the file's
/// own article, or a record of an export (the worker names them `FILE/RECORD`).
pub fn owns(user_id: &str, article_id: &str) -> bool {
    article_id.strip_prefix(user_id).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// An article id made from a file name or a pasted text's first words: lower-case letters,
/// digits and dashes, unique among `taken` (a number is added when needed).
pub fn unique_id(name: &str, taken: &[&str]) -> String {
    let stem = match name.rsplit_once('.') {
        Some((stem, extension))
            if FILE_EXTENSIONS.contains(&extension.to_ascii_lowercase().as_str()) =>
        {
            stem
        }
        _ => name,
    };
    let mut id = String::new();
    for c in stem.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
        if id.chars().count() >= 48 {
            break;
        }
    }
    let id = match id.trim_end_matches('-') {
        "" => "article".to_string(),
        trimmed => trimmed.to_string(),
    };
    if !taken.contains(&id.as_str()) {
        return id;
    }
    (2..).map(|n| format!("{id}-{n}")).find(|c| !taken.contains(&c.as_str())).unwrap_or(id)
}

/// A name for a pasted text: its first line, cut to a few words.
pub fn pasted_name(text: &str) -> String {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    let words: Vec<&str> = first.split_whitespace().take(8).collect();
    if words.is_empty() {
        crate::i18n::t().pasted_text.to_string()
    } else {
        words.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_made_from_names_and_kept_unique() {
        assert_eq!(unique_id("Kim's Letter (2019).txt", &[]), "kim-s-letter-2019");
        assert_eq!(unique_id("hotline.txt", &["hotline"]), "hotline-2");
        assert_eq!(unique_id("Saved Page.HTML", &[]), "saved-page");
        assert_eq!(unique_id("export.jsonl", &[]), "export");
        assert_eq!(unique_id("hotline.txt", &["hotline", "hotline-2"]), "hotline-3");
        assert_eq!(unique_id("...", &[]), "article");
        assert!(unique_id(&"x".repeat(500), &[]).len() <= 48);
        assert_eq!(
            pasted_name("\n\n  Koreas restore hotline after a year of silence today\nBody"),
            "Koreas restore hotline after a year of silence"
        );
        assert_eq!(pasted_name("  "), "Pasted text");
    }

    #[test]
    fn files_own_their_article_and_their_records() {
        assert!(owns("export", "export") && owns("export", "export/3"));
        assert!(!owns("export", "export-2") && !owns("export", "exports/1"));
    }

    #[test]
    fn the_embedded_bundle_is_the_seeds() {
        let base = Base::seeds();
        assert!(base.seeds);
        let ids: Vec<&str> = base.bundle.articles.iter().map(|a| a.id.as_str()).collect();
        let seeds: Vec<&str> = dateline_seeds::SEEDS.iter().map(|s| s.id).collect();
        assert_eq!(ids, seeds);
        // Written as JSON at build time and read back here: nothing lost on the way.
        let sources: Vec<dateline_core::corpus::Source<'_>> = dateline_seeds::SEEDS
            .iter()
            .map(|s| dateline_core::corpus::Source { id: s.id, bytes: s.bytes })
            .collect();
        assert_eq!(*base.bundle, dateline_core::corpus::build_bundle(&sources));
        assert_eq!(parse_bundle(EMPTY_BUNDLE_JSON), Ok(Bundle::default()));
    }

    fn bundle_of(ids: &[&str]) -> Bundle {
        let mut bundle = Bundle::default();
        for id in ids {
            let source = dateline_core::corpus::Source { id, bytes: b"T\n\nText." };
            bundle.articles.push(dateline_core::corpus::analyze(source).article);
        }
        bundle
    }

    #[test]
    fn the_readers_bundle_replaces_the_seeds_and_extends_a_loaded_bundle() {
        let ids = |b: &Bundle| b.articles.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
        let base = |ids: &[&str], seeds| Base {
            bundle: Rc::new(bundle_of(ids)),
            json: format!("{ids:?}").into(),
            seeds,
        };
        let seeds = base(&["seed"], true);
        let (bundle, json) = combine(&seeds, bundle_of(&["seed", "mine"]), "both".into());
        assert_eq!(ids(&bundle), ["seed", "mine"]);
        assert_eq!(json.iter().map(|j| &**j).collect::<Vec<_>>(), ["both"]);
        let loaded = base(&["fixture"], false);
        let (bundle, json) = combine(&loaded, bundle_of(&["mine"]), "mine".into());
        assert_eq!(ids(&bundle), ["fixture", "mine"]);
        assert_eq!(json.iter().map(|j| &**j).collect::<Vec<_>>(), ["[\"fixture\"]", "mine"]);
    }
}
