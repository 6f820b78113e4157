//! Data: the words that attribute speech ("said", "told", "according to").
//!
//! - [`SPEECH_VERBS`]: verbs whose subject is the speaker ("Ho cautioned", "said Kim").
//! - [`SPEECH_LEMMAS`]: the same verbs by lemma, and a few more that only the syntax tree can
//!   tell from other uses ("went on", "continued", "responded"): a quotation governed by one
//!   of them in the tree was said by its subject.
//! - [`REPORT_VERBS`]: verbs whose subject is a channel that relays others' words ("Reuters
//!   reported"): their subject is a speaker only when nobody else is named.
//! - [`PARTICIPLES`]: cue forms that take the subject of the main clause (", saying …").
//! - [`RELAYED_BY`]: "carried by X", "published by X": X is a channel.
//! - [`AUTHORED_BY`]: "“…” was written by X": X is the author, the speaker; and [`TITLED`],
//!   the words before a title whose author follows it ("a paper titled “…” by X").
//! - [`ACCORDING_TO`]: the two words of "according to", whose object is the source.
//! - [`PRONOUNS`]: subject pronouns that refer back to the last person who spoke.
//! - [`SUBJECT_FILLERS`]: words that may stand between a subject and its cue ("Trump *went on to*
//!   say", "Kim *also* said", "Pyongyang and Washington *have respectively* demanded").
//! - [`NOT_DESCRIPTIONS`]: function words that end the description between an inverted cue and
//!   its subject's name ("said *MSNBC host* Chris Matthews").
//! - [`UNNAMED_ORGANIZATION_NOUNS`], [`DOCUMENT_NOUNS`]: the kind of an unnamed speaker by the
//!   head noun of its description (`unnamed_speaker`).
//! - [`ISSUED_DOCUMENT_NOUNS`]: documents whose issuer speaks in them ("the statement said").
//! - [`PREPOSITIONS`]: words after which a name is not a clause subject ("hosted *by* the Wall
//!   Street Journal").
//!
//! Matching is on the lowercase word.

use crate::word_table::Words;

/// Verbs of saying; their subject said the quoted words.
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "added",
    "adds",
    "add",
    "told",
    "tells",
    "tell",
    "noted",
    "notes",
    "predicted",
    "predicts",
    "cautioned",
    "cautions",
    "warned",
    "warns",
    "stated",
    "states",
    "explained",
    "explains",
    "asked",
    "asks",
    "replied",
    "replies",
    "insisted",
    "insists",
    "argued",
    "argues",
    "wrote",
    "writes",
    "announced",
    "announces",
    "declared",
    "declares",
    "described",
    "describes",
    "hoped",
    "urged",
    "urges",
    "demanded",
    "demands",
    "claimed",
    "claims",
    "acknowledged",
    "acknowledges",
    "remarked",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "recalled",
    "recalls",
    "suggested",
    "suggests",
    "vowed",
    "vows",
    "promised",
    "promises",
    "confirmed",
    "confirms",
    "commented",
    "observed",
    "quipped",
    "responded",
    "conceded",
    "admitted",
    "admits",
    "tweeted",
    "posted",
    "concluded",
    "concludes",
    "called",
    "pledged",
    "pledges",
    "boasted",
    "complained",
    "complains",
    "joked",
    "answered",
    "countered",
    "shouted",
    "whispered",
    "yelled",
    "texted",
    "emailed",
    "wondered",
    "mused",
    "reiterated",
    "maintained",
    "contended",
    "asserted",
    "affirmed",
    "predict",
    "welcomed",
    "thanked",
    "praised",
    "criticized",
    "criticised",
    "denied",
    "denies",
    "calls",
    "hailed",
    "slammed",
    "branded",
    "labelled",
    "labeled",
    "dubbed",
    "blasted",
    "lamented",
    "reckoned",
    // A document's words: "“…,” the letter reads", "the sign read" (not passive: see
    // `PASSIVE_AUXILIARIES`).
    "reads",
    "read",
];

/// Forms of "be" that make the verb after them passive ("His message *was* read as …"): a
/// cue verb of [`PASSIVE_SENSITIVE`] after one of them is no cue.
pub const PASSIVE_AUXILIARIES: &[&str] = &["was", "were", "is", "are", "be", "been", "being"];

/// Cue verbs whose past participle is common in the passive ("was read as signalling").
pub const PASSIVE_SENSITIVE: &[&str] = &["read"];

/// Lemmas of verbs of saying, for the syntax tree's reading (`tree_subject`).
pub static SPEECH_LEMMAS: Words = Words::new(&[
    "say",
    "add",
    "tell",
    "note",
    "predict",
    "caution",
    "warn",
    "state",
    "explain",
    "ask",
    "reply",
    "insist",
    "argue",
    "write",
    "announce",
    "declare",
    "describe",
    "urge",
    "demand",
    "claim",
    "acknowledge",
    "remark",
    "stress",
    "emphasize",
    "emphasise",
    "recall",
    "suggest",
    "vow",
    "promise",
    "confirm",
    "comment",
    "observe",
    "quip",
    "respond",
    "concede",
    "admit",
    "tweet",
    "post",
    "conclude",
    "call",
    "pledge",
    "boast",
    "complain",
    "joke",
    "answer",
    "counter",
    "shout",
    "whisper",
    "yell",
    "text",
    "email",
    "wonder",
    "muse",
    "reiterate",
    "maintain",
    "contend",
    "assert",
    "affirm",
    "continue",
    "go",
    "testify",
    "recount",
    "proclaim",
    "chant",
    "scream",
    "exclaim",
    "retort",
    "interject",
    "lament",
    "deny",
    "agree",
    "reveal",
    "tout",
    "mock",
    "scoff",
    "sneer",
    "snap",
    "speak",
    "cry",
    "plead",
    "beg",
    "assure",
    "inform",
    "advise",
    "charge",
    "allege",
    "accuse",
    "blast",
    "slam",
    "praise",
    "criticize",
    "criticise",
    "thank",
    "attack",
    "denounce",
    "decry",
    "dismiss",
    "liken",
    "dub",
]);

/// Verbs of relaying; their subject is a channel ("Reuters reported", "KCNA reported").
pub const REPORT_VERBS: &[&str] = &["reported", "reports", "report", "quoted", "cited", "relayed"];

/// Cue forms that take the subject of the main clause: "…, saying", "…, adding".
pub const PARTICIPLES: &[&str] = &[
    "saying",
    "adding",
    "noting",
    "telling",
    "warning",
    "cautioning",
    "stating",
    "explaining",
    "insisting",
    "arguing",
    "writing",
    "declaring",
    "describing",
    "calling",
    "urging",
    "predicting",
    "stressing",
    "claiming",
    "asking",
    "suggesting",
    "vowing",
    "promising",
    "tweeting",
    "replying",
    "responding",
    "quipping",
    "joking",
    "recalling",
    "announcing",
    "boasting",
    "complaining",
    "acknowledging",
    "admitting",
    "demanding",
    "shouting",
    "yelling",
    "texting",
];

/// Participles that take "by" and the channel that relayed the words: "a statement *carried
/// by* KCNA".
pub const RELAYED_BY: &[&str] =
    &["carried", "published", "broadcast", "released", "quoted", "cited", "aired"];

/// Participles that take "by" and the author of the quoted words: "“…” was *written by* X".
pub const AUTHORED_BY: &[&str] =
    &["written", "penned", "composed", "coined", "authored", "sung", "uttered", "spoken"];

/// Words before a quoted title whose author "by X" follows it: "a paper *titled* “…” by X".
pub const TITLED: &[&str] = &["titled", "entitled"];

/// "according to".
pub const ACCORDING_TO: [&str; 2] = ["according", "to"];

/// Subject pronouns that refer to a person who spoke before.
pub const PRONOUNS: &[&str] = &["he", "she"];

/// Words allowed between a subject and its cue verb.
pub static SUBJECT_FILLERS: Words = Words::new(&[
    "also",
    "later",
    "then",
    "reportedly",
    "further",
    "previously",
    "again",
    "earlier",
    "has",
    "have",
    "had",
    "was",
    "is",
    "would",
    "will",
    "went",
    "on",
    "to",
    "once",
    "respectively",
    "recently",
    "separately",
    "quickly",
    "publicly",
    "privately",
    "repeatedly",
    "simply",
    "did",
    "even",
    "specifically",
    "flatly",
    "firmly",
    "openly",
]);

/// Lowercase words that end a description after an inverted cue: function words that open
/// a clause or another phrase ("said *that* …", "said *and* …").
pub static NOT_DESCRIPTIONS: Words = Words::new(&[
    "a", "an", "that", "who", "which", "whose", "and", "but", "or", "nor", "so", "it", "they",
    "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
    "there", "then", "when", "while", "if", "because", "not", "is", "was", "are", "were", "has",
    "had", "have", "will", "would", "also",
]);

/// Head nouns of an unnamed speaker that is an organisation ("the daily said", "the network
/// said"; `unnamed_speaker`), besides the organisation nouns of [`crate::entity::organizations`].
pub const UNNAMED_ORGANIZATION_NOUNS: &[&str] = &[
    "newspaper",
    "paper",
    "daily",
    "outlet",
    "network",
    "agency",
    "media",
    "campaign",
    "committee",
    "administration",
    "government",
    "ministry",
    "department",
    "station",
    "magazine",
    "website",
    "site",
    "channel",
    "broadcaster",
    "publication",
    "newsroom",
    "company",
];

/// Head nouns of an unnamed speaker that is a document or a message ("the report says", "the
/// ad's narrator" is a person; "the letter reads"; `unnamed_speaker`), besides the report nouns.
pub static DOCUMENT_NOUNS: Words = Words::new(&[
    "report",
    "letter",
    "ad",
    "advertisement",
    "book",
    "ruling",
    "opinion",
    "email",
    "e-mail",
    "memo",
    "document",
    "filing",
    "complaint",
    "lawsuit",
    "note",
    "message",
    "sign",
    "poster",
    "banner",
    "headline",
    "column",
    "study",
    "survey",
    "poll",
    "transcript",
    "video",
    "spot",
    "post",
    "tweet",
    "piece",
    "story",
    "finding",
    "decision",
    "order",
    "card",
    "slogan",
    "text",
    "caption",
    "petition",
    "resolution",
    "platform",
    "indictment",
    "affidavit",
    "motion",
]);

/// Report nouns for a document whose issuer speaks in it ("the statement said", "the
/// editorial read"): an unnamed speaker, not the last channel's report (`cue_subject`).
pub const ISSUED_DOCUMENT_NOUNS: &[&str] =
    &["statement", "editorial", "announcement", "release", "commentary"];

/// Words after which a name is governed by a preposition, not a clause subject; those of place
/// ("around", "outside", …) too: a name after them is where something happened ("gathered
/// outside Mercy Hospital, chanting, …"), never who spoke.
pub static PREPOSITIONS: Words = Words::new(&[
    "in",
    "by",
    "at",
    "of",
    "for",
    "with",
    "from",
    "to",
    "on",
    "about",
    "against",
    "between",
    "among",
    "under",
    "over",
    "into",
    "after",
    "before",
    "during",
    "since",
    "than",
    "like",
    "toward",
    "towards",
    "through",
    "across",
    "near",
    "via",
    "per",
    "as",
    "around",
    "outside",
    "inside",
    "behind",
    "beside",
    "along",
    "throughout",
    "beyond",
    "within",
    "amid",
    "onto",
    "past",
    "opposite",
]);

/// Whether the lowercase `word` is a cue verb of saying ([`SPEECH_VERBS`]; asked of every word).
pub fn is_speech_verb(word: &str) -> bool {
    static SET: Words = Words::new(SPEECH_VERBS);
    SET.contains(word)
}

/// Whether the lowercase `word` is a cue participle ([`PARTICIPLES`]).
pub fn is_participle(word: &str) -> bool {
    static SET: Words = Words::new(PARTICIPLES);
    SET.contains(word)
}

/// Whether the lowercase `word` is a cue of any kind (saying, relaying or a participle).
pub fn is_cue_word(word: &str) -> bool {
    is_speech_verb(word) || REPORT_VERBS.contains(&word) || is_participle(word)
}
