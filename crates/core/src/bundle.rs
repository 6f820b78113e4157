//! The bundle: schema `dateline.bundle/1`, the contract between the core, the CLI, the web app
//! and users.
//!
//! A bundle is everything the core extracted from a corpus, as plain data: the articles (with
//! their original text, so every span can be read back), the entities, the events and the
//! warnings. It serializes to JSON with UTF-8 byte offsets into each article's `text`, end
//! exclusive. The required fields are those of the schema; extra fields (sentences, roles'
//! sources, event sentences) are welcome and documented on each type.
//!
//! These types are data only: no extraction logic lives here, so the web app can deserialize a
//! bundle it did not make (issue: embedding a bundle URL) with the same types.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::{Basis, Precision, Span};

/// The schema name every bundle carries.
pub const SCHEMA: &str = "dateline.bundle/1";

/// Everything extracted from a corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// Always [`SCHEMA`].
    pub schema: String,
    pub articles: Vec<Article>,
    pub entities: Vec<Entity>,
    pub events: Vec<Event>,
    pub warnings: Vec<Warning>,
}

impl Default for Bundle {
    fn default() -> Bundle {
        Bundle {
            schema: SCHEMA.to_string(),
            articles: Vec::new(),
            entities: Vec::new(),
            events: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

impl Bundle {
    /// Adds `other`'s articles, entities, events and warnings after this bundle's, as they
    /// are: nothing is matched or merged across the two (that is [`crate::corpus::assemble`]'s
    /// work), so their ids should not clash. The web app shows a loaded bundle with the
    /// reader's own articles this way.
    pub fn append(&mut self, other: Bundle) {
        self.articles.extend(other.articles);
        self.entities.extend(other.entities);
        self.events.extend(other.events);
        self.warnings.extend(other.warnings);
    }
}

/// A bundle's dates: always a calendar day, `YYYY-MM-DD` (a sign and more digits for years
/// outside 0–9999, as jiff writes them). Read with a small reader of exactly that, not jiff's
/// full temporal parser (offsets, zones, week dates, …): the web app and its worker read
/// bundles, and the parser would cost them about 50 KB of wasm.
mod iso_date {
    use jiff::civil::Date;
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(date)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse(&text).ok_or_else(|| D::Error::custom("expected a date YYYY-MM-DD"))
    }

    /// `YYYY-MM-DD` → a date; `None` for anything else or a day the calendar lacks.
    pub(super) fn parse(text: &str) -> Option<Date> {
        let (sign, rest) = match text.as_bytes().first()? {
            b'-' => (-1, text.get(1..)?),
            b'+' => (1, text.get(1..)?),
            _ => (1, text),
        };
        let mut parts = rest.split('-');
        let year: i16 = parts.next()?.parse().ok()?;
        let month: i8 = parts.next()?.parse().ok()?;
        let day: i8 = parts.next()?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        Date::new(sign * year, month, day).ok()
    }
}

/// One article: its text and what the core found in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The file stem (or a name the user gave a pasted text). Unique within a bundle.
    pub id: String,
    /// The headline as found, or the first line when there is none.
    pub title: String,
    pub outlet: Option<String>,
    pub published: Option<Published>,
    /// Author names from the byline.
    pub bylines: Vec<String>,
    /// The original text, exactly as decoded; every span of this article points into it.
    pub text: String,
    /// Text set aside as not part of the story (credits, furniture, …), with its kind.
    pub removed: Vec<Removed>,
    pub timexes: Vec<BundleTimex>,
    pub quotes: Vec<BundleQuote>,
    /// Extra: the body's sentences, in order (the reader view and event sources use them).
    #[serde(default)]
    pub sentences: Vec<Span>,
    /// Extra (issue 16): the article's address, as its page or record states it (a page's
    /// canonical link, a scraper's `url`). Absent when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Extra (issue 16): the values stated by the file's metadata rather than read from the
    /// text (`title`, `published`, `bylines`, `outlet`, `url`), each with where it came from.
    /// A value listed here wins over what the text gives; `published.basis` is then `metadata`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metadata: Vec<StatedValue>,
}

/// Where one of an article's values came from when the file states it (issue 16).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatedValue {
    /// `title`, `published`, `bylines`, `outlet` or `url`.
    pub field: String,
    /// Where it is stated: `og:title`, `JSON-LD datePublished`, `<time datetime>`,
    /// `metadata.tsv column publication_date`, `line 4 published`, ….
    pub from: String,
}

/// When an article was published: stated in the text or inferred, with the spans relied on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Published {
    #[serde(with = "iso_date")]
    pub start: Date,
    #[serde(with = "iso_date")]
    pub end: Date,
    pub precision: Precision,
    pub basis: Basis,
    pub evidence: Vec<Span>,
}

/// A span the article reader set aside, with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub start: usize,
    pub end: usize,
    /// For example `credit`, `caption`, `byline`, `furniture`.
    pub kind: String,
}

/// A temporal expression as the bundle carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BundleTimex {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// TIMEX3 type: `DATE`, `TIME`, `DURATION` or `SET`.
    #[serde(rename = "type")]
    pub kind: String,
    /// TIMEX3 value, e.g. `2021-07-27`, `P5Y`, `PRESENT_REF`.
    pub value: String,
    /// TIMEX3 mod, e.g. `START`, `MORE_THAN`.
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "mod")]
    pub modifier: Option<String>,
}

/// A direct quotation and who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BundleQuote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Entity id of the speaker, or `None` when the text does not say who.
    pub speaker: Option<String>,
    /// The words that name the speaker in this quotation's attribution ("he", "the senator",
    /// "Elizabeth Warren"; UTF-8 byte offsets into the article text; for a quotation that
    /// continues a speaker's, those of the attribution it continues), `None` when the text has
    /// none. The speaker entity has a mention at these words. Absent in bundles written before
    /// it existed.
    #[serde(default)]
    pub speaker_mention: Option<Span>,
    /// Entity id of the channel it was relayed through ("…, the report said"), if any.
    pub channel: Option<String>,
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

/// A person, organization or place, resolved across the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable within a bundle, e.g. `person:kim-jong-un`.
    pub id: String,
    /// The canonical (fullest) name.
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    /// Every place an article names it: its names, and the pronouns and descriptions ("he",
    /// "the senator") that coreference resolved to it as a quotation's speaker
    /// ([`BundleQuote::speaker_mention`]).
    pub mentions: Vec<Mention>,
}

/// A place in an article.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Mention {
    pub article: String,
    pub start: usize,
    pub end: usize,
}

/// Whether an event took place or is planned or expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Happened,
    Expected,
}

impl Status {
    /// The name used in JSON, CSV and the UI.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Happened => "happened",
            Status::Expected => "expected",
        }
    }
}

/// When an event happened, as drawn on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct When {
    #[serde(with = "iso_date")]
    pub start: Date,
    #[serde(with = "iso_date")]
    pub end: Date,
    pub precision: Precision,
    pub basis: Basis,
}

/// Something that happened (or is expected to), with the sentences that say so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub title: String,
    /// For example `letter`, `summit`, `missile_test`, `communication`.
    pub kind: String,
    pub when: When,
    pub status: Status,
    /// Entity ids.
    pub participants: Vec<String>,
    /// For letters: who sent and who received, when the texts say (entity ids among the
    /// participants). Both may hold one id when reports disagree or letters went both ways;
    /// absent from older bundles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub senders: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<String>,
    /// The sentence or clause in each article that supports the event.
    pub sources: Vec<Mention>,
    /// Dates other sources give that disagree with `when`.
    pub conflicts: Vec<Conflict>,
    /// How newsworthy the event is, 0–100 (higher first): a specific date, named
    /// participants, a specific kind and reports from several articles raise it (see
    /// `timeline::newsworthiness`). Lets a view show the top events of a dense timeline
    /// first; 0 in bundles made before it existed.
    #[serde(default)]
    pub newsworthiness: u8,
}

/// A date one source gives for an event that disagrees with the event's date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    pub when: When,
    pub source: Mention,
}

/// Something about the input or the extraction a user should know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// The article concerned, if any.
    pub article: Option<String>,
    /// A stable machine-readable kind, e.g. `invalid_utf8`, `empty`, `looks_binary`.
    pub kind: String,
    /// A sentence for people.
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn dates_are_read_as_calendar_days_only() {
        for bad in ["2021-02-30", "2021-13-01", "2021-7", "21-07-27-1", "", "-", "x-y-z"] {
            assert_eq!(iso_date::parse(bad), None, "{bad}");
        }
        assert_eq!(iso_date::parse("2021-07-27"), Some(date(2021, 7, 27)));
        // What jiff writes for years outside 0–9999 reads back.
        for day in [date(-44, 3, 15), date(9999, 12, 31), date(0, 1, 1)] {
            assert_eq!(iso_date::parse(&day.to_string()), Some(day), "{day}");
        }
        let error = serde_json::from_str::<When>(
            r#"{"start":"2021-07-27T10:00","end":"2021-07-27","precision":"day","basis":"stated"}"#,
        )
        .unwrap_err();
        assert!(error.to_string().contains("expected a date YYYY-MM-DD"), "{error}");
    }

    fn sample() -> Bundle {
        Bundle {
            articles: vec![Article {
                id: "a".into(),
                title: "Koreas restore hotline".into(),
                outlet: None,
                published: Some(Published {
                    start: date(2021, 7, 27),
                    end: date(2021, 7, 27),
                    precision: Precision::Day,
                    basis: Basis::Stated,
                    evidence: vec![Span::new(0, 12)],
                }),
                bylines: vec![],
                text: "27 July 2021\n\nKoreas restore hotline".into(),
                removed: vec![Removed { start: 0, end: 12, kind: "dateline".into() }],
                timexes: vec![BundleTimex {
                    start: 0,
                    end: 12,
                    text: "27 July 2021".into(),
                    kind: "DATE".into(),
                    value: "2021-07-27".into(),
                    modifier: None,
                }],
                quotes: vec![],
                sentences: vec![Span::new(14, 36)],
                url: None,
                metadata: Vec::new(),
            }],
            events: vec![Event {
                id: "e1".into(),
                title: "Koreas restore hotline".into(),
                kind: "communication".into(),
                when: When {
                    start: date(2021, 7, 27),
                    end: date(2021, 7, 27),
                    precision: Precision::Day,
                    basis: Basis::Stated,
                },
                status: Status::Happened,
                participants: vec![],
                senders: vec![],
                recipients: vec![],
                sources: vec![Mention { article: "a".into(), start: 14, end: 36 }],
                conflicts: vec![],
                newsworthiness: 70,
            }],
            ..Bundle::default()
        }
    }

    #[test]
    fn serializes_with_the_schema_field_names() {
        let json = serde_json::to_value(sample()).unwrap();
        assert_eq!(json["schema"], "dateline.bundle/1");
        let article = &json["articles"][0];
        assert_eq!(article["published"]["start"], "2021-07-27");
        assert_eq!(article["published"]["precision"], "day");
        assert_eq!(article["published"]["basis"], "stated");
        assert_eq!(article["timexes"][0]["type"], "DATE");
        assert!(article["timexes"][0].get("mod").is_none(), "absent mod is omitted");
        assert_eq!(json["events"][0]["status"], "happened");
        assert_eq!(json["events"][0]["when"]["end"], "2021-07-27");
    }

    #[test]
    fn round_trips_through_json() {
        let bundle = sample();
        let back: Bundle = serde_json::from_str(&serde_json::to_string(&bundle).unwrap()).unwrap();
        assert_eq!(back, bundle);
    }
}
