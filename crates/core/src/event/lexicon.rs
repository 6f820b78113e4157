//! What counts as an event: kinds of happenings, each with the verbs and nouns that signal it.
//!
//! A sentence reports an event of a kind when one of the kind's verbs is its predicate (in any
//! form, see [`super::verbs`]) and, for kinds whose verbs are too general on their own ("hold",
//! "send"), one of the kind's nouns stands in the same clause ("held a summit", "sent a
//! letter"). Some nouns are events by themselves and need no verb ("the inauguration on May 10",
//! "the summit in Singapore on June 12, 2018").
//!
//! The table is ordered: the first kind that matches a clause wins, so specific kinds (a letter,
//! a missile test) come before general ones (a statement). `GENERAL` verbs at the end catch what
//! a general news reader would call an event in any story; their kind is the verb's own lemma.

/// One kind of event and how the text signals it.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    /// The kind's name in the bundle.
    pub kind: &'static str,
    /// Verb lemmas (phrasal particles after a space: `"cut off"`).
    pub verbs: &'static [&'static str],
    /// Nouns (lowercase, singular and plural as they appear) that tie a verb to this kind.
    pub nouns: &'static [&'static str],
    /// Whether a verb needs one of the nouns in its clause to count.
    pub verb_needs_noun: bool,
    /// Nouns that are an event of this kind on their own, when a date is attached.
    pub event_nouns: &'static [&'static str],
}

/// Kinds whose event noun is held with someone (rule "partner kinds"): a bare noun of these
/// kinds is titled with the one person taking part ("Summit with Kim Jong-un"). An election, a
/// war or an agreement is not titled after a person the sentence merely names.
pub const PARTNER_KINDS: &[&str] = &["summit"];

pub const FRAMES: &[Frame] = &[
    Frame {
        kind: "letter",
        verbs: &[
            "send", "receive", "exchange", "trade", "reveal", "deliver", "write", "reply",
            "respond", "answer",
        ],
        nouns: &["letter", "letters", "correspondence", "correspondences", "message", "messages"],
        verb_needs_noun: true,
        event_nouns: &[],
    },
    Frame {
        kind: "missile_test",
        verbs: &["launch", "test", "fire", "conduct", "test-fire"],
        nouns: &[
            "missile",
            "missiles",
            "icbm",
            "icbms",
            "rocket",
            "rockets",
            "nuclear test",
            "ballistic",
            "projectile",
            "projectiles",
        ],
        verb_needs_noun: true,
        event_nouns: &["missile test", "missile launch", "missile launches", "nuclear test"],
    },
    Frame {
        kind: "communication",
        verbs: &[
            "restore",
            "reopen",
            "resume",
            "reconnect",
            "cut off",
            "cut",
            "sever",
            "suspend",
            "shut down",
            "close",
        ],
        nouns: &[
            "channel",
            "channels",
            "hotline",
            "hotlines",
            "line",
            "lines",
            "communication",
            "communications",
            "phone",
            "talks",
        ],
        verb_needs_noun: true,
        event_nouns: &[],
    },
    Frame {
        kind: "summit",
        // "held in cold storage", "hosts a podcast": these verbs need a meeting noun.
        verbs: &["hold", "host", "attend", "convene"],
        nouns: &["summit", "summits", "talks", "meeting", "meetings", "conference"],
        verb_needs_noun: true,
        event_nouns: &["summit", "summits"],
    },
    Frame {
        kind: "summit",
        verbs: &["meet"],
        nouns: &["summit", "summits", "talks", "meeting", "meetings", "conference"],
        verb_needs_noun: false,
        event_nouns: &[],
    },
    Frame {
        kind: "agreement",
        verbs: &["sign", "agree", "reach", "ratify", "conclude"],
        nouns: &[
            "agreement",
            "agreements",
            "deal",
            "accord",
            "treaty",
            "declaration",
            "declarations",
            "armistice",
            "ceasefire",
            "pact",
        ],
        verb_needs_noun: false,
        event_nouns: &["armistice", "signing"],
    },
    Frame {
        kind: "demolition",
        verbs: &["blow up", "demolish", "destroy", "raze", "bomb"],
        nouns: &[],
        verb_needs_noun: false,
        event_nouns: &["demolition"],
    },
    Frame {
        kind: "seizure",
        verbs: &["seize", "confiscate", "capture", "impound"],
        nouns: &[],
        verb_needs_noun: false,
        event_nouns: &["seizure"],
    },
    Frame {
        kind: "inauguration",
        verbs: &["inaugurate", "swear in", "take office"],
        nouns: &[],
        verb_needs_noun: false,
        event_nouns: &["inauguration"],
    },
    Frame {
        kind: "election",
        verbs: &["elect", "win", "vote"],
        nouns: &["election", "elections", "vote", "poll", "polls", "presidency", "race"],
        verb_needs_noun: true,
        event_nouns: &["election", "elections", "referendum"],
    },
    Frame {
        kind: "statement",
        verbs: &["announce", "declare", "confirm", "deny", "warn", "threaten", "pledge", "vow"],
        nouns: &[],
        verb_needs_noun: false,
        event_nouns: &[],
    },
    Frame {
        kind: "war",
        verbs: &["invade", "attack", "strike", "shell"],
        nouns: &[],
        verb_needs_noun: false,
        event_nouns: &["war", "invasion"],
    },
];

/// Verbs that report a happening in any story. An event found only through one of these has
/// the verb's lemma as its kind (`arrest`, `resign`, …).
pub const GENERAL: &[&str] = &[
    "appoint",
    "approve",
    "arrest",
    "ban",
    "charge",
    "collapse",
    "convict",
    "die",
    "dismiss",
    "elect",
    "end",
    "evacuate",
    "fire",
    "found",
    "impose",
    "indict",
    "introduce",
    "kill",
    "lift",
    "open",
    "pass",
    "protest",
    "release",
    "resign",
    "sanction",
    "sentence",
    "start",
    "strike",
    "sue",
    "unveil",
    "veto",
    "visit",
    "withdraw",
];

/// Words that make what follows planned or expected rather than done.
pub const EXPECTATION_CUES: &[&str] = &[
    "will",
    "would",
    "shall",
    "plans",
    "planned",
    "plan",
    "expected",
    "expects",
    "scheduled",
    "upcoming",
    "intends",
    "intend",
    "aims",
    "set to",
    "due to",
    "is to",
    "are to",
    "going to",
    "may",
    "might",
    "could",
    "hopes",
    "hoped",
];

/// Words that negate what follows ("did not meet"): such a clause reports no event.
pub const NEGATIONS: &[&str] =
    &["not", "never", "no", "nothing", "n't", "without", "failed to", "refused to", "declined to"];

// Word lists the sentence rules read (dating, participants, titles).

/// Words before a verb-looking word that make it a noun: "several exchanges", "the launch".
pub const NOUN_MARKERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "several", "many", "two", "three", "recent",
    "further", "multiple", "repeated", "first", "second", "latest", "of", "for", "about", "new",
    "more", "fresh", "no", "any", "against",
];

/// Words that end a title's object: prepositions of time and clause starters.
pub const OBJECT_STOPS: &[&str] = &[
    "early",
    "late",
    "around",
    "on",
    "in",
    "at",
    "during",
    "since",
    "after",
    "before",
    "when",
    "while",
    "which",
    "who",
    "that",
    "where",
    "as",
    "because",
    "but",
    "until",
    "amid",
    "despite",
    "earlier",
    "later",
    "last",
    "this",
    "next",
    "yesterday",
    "today",
];

/// Nouns of a communication someone gives (rule "setting owner"): "in a televised address,
/// the president described …" is the president's address. Not a meeting, debate or rally,
/// which the subject may only attend. "conference" counts only as a news or press conference.
pub const GIVEN_COMMUNICATIONS: &[&str] = &[
    "address",
    "interview",
    "speech",
    "statement",
    "remarks",
    "testimony",
    "briefing",
    "sermon",
    "lecture",
    "broadcast",
    "op-ed",
    "column",
    "editorial",
    "post",
    "tweet",
    "video",
    "conference",
];

/// Coordinating conjunctions that may open a sentence but never a title (rule "clean
/// opening": "And the rhetoric …").
pub const OPENING_CONJUNCTIONS: &[&str] = &["and", "but", "or", "nor", "yet", "plus"];

/// Adverbs dropped from titles.
pub const TITLE_ADVERBS: &[&str] = &[
    "last",
    "just",
    "reportedly",
    "subsequently",
    "also",
    "already",
    "quickly",
    "recently",
    "finally",
    "again",
    "then",
    "yet",
    "officially",
    "formally",
    "reportedly",
    "rarely",
];

/// Adverbs of place and direction that complete a verb like a particle (rule "adverb
/// complement": "hit home", "fell apart", "closed lower"): kept in titles right after the verb.
pub const COMPLEMENT_ADVERBS: &[&str] = &[
    "home", "back", "away", "apart", "abroad", "ahead", "aside", "together", "forward", "out",
    "up", "down", "off", "over", "lower", "higher",
];

/// Nouns whose "that"-clause says what they are about ("after the disclosure that Mills was
/// granted protection", "amid reports that …"; rule "noun's clause"): a clause right after
/// one of them is the noun's content, not the verb's reported clause (lemmas).
pub const CONTENT_NOUNS: &[&str] = &[
    "disclosure",
    "news",
    "report",
    "revelation",
    "announcement",
    "claim",
    "allegation",
    "assertion",
    "suggestion",
    "rumor",
    "speculation",
    "fact",
    "belief",
    "idea",
    "notion",
    "finding",
    "confirmation",
    "admission",
    "word",
    "fear",
    "concern",
    "indication",
    "sign",
    "evidence",
    "assurance",
    "warning",
    "statement",
    "charge",
    "accusation",
    "realization",
];

/// Prepositions whose phrase after an event noun names who took part or where (rules
/// "noun's participants", "participants on the date"): "attack outside the embassy",
/// "statement by the mayor", "talks between the two".
pub const PARTICIPANT_PREPOSITIONS: &[&str] = &[
    "of", "by", "between", "against", "on", "in", "at", "outside", "inside", "near", "with", "from",
];

/// Prepositions whose oblique completes a passive without a "by" agent ("inundated with",
/// "accused of", "sentenced to", "named as", "turned into", "released from"; rule "passive
/// complement").
pub const PASSIVE_PREPOSITIONS: &[&str] = &["with", "of", "to", "as", "into", "from"];

/// Determiners and possessives: before a gerund they make it a noun ("the signing").
pub const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "this", "that"];

/// Words after "and" that open a new clause rather than continue an object.
pub const CLAUSE_OPENERS: &[&str] =
    &["their", "its", "his", "her", "the", "they", "he", "she", "it", "we", "both", "then"];

/// Prepositions: a phrase they open is no title subject, and they start a noun's
/// post-modifier ("Talks aimed at …", "summit in Hanoi").
pub const PREPOSITIONS: &[&str] = &[
    "at", "in", "on", "of", "from", "with", "to", "for", "by", "about", "into", "near", "after",
    "before", "during", "amid", "despite", "under", "over",
];

/// Prepositions before a name that make it no subject: "reporters at the White House".
pub const NAME_PREPOSITIONS: &[&str] =
    &["at", "in", "on", "of", "from", "with", "to", "for", "by", "about", "into", "near"];

/// Words before an event noun that make it sought or foreseen rather than held.
pub const FORESEEN_NOUN_CUES: &[&str] =
    &["for", "possible", "proposed", "potential", "planned", "future", "another", "next"];

/// Personal pronouns: never a title's subject on their own.
pub const PRONOUNS: &[&str] = &["i", "he", "she", "it", "we", "they", "you"];

/// Forms of "be" (and "get") that make a following participle passive.
pub const PASSIVE_AUXILIARIES: &[&str] =
    &["was", "were", "is", "are", "been", "being", "be", "got"];

/// Auxiliaries between a subject and its verb, left out of titles.
pub const AUXILIARIES: &[&str] = &[
    "have", "has", "had", "will", "would", "was", "were", "is", "are", "be", "been", "did", "'ll",
    "’ll", "'d", "’d", "'ve", "’ve",
];

/// Verbs whose subject undergoes the event their object names (rule "undergone event":
/// "America experienced attacks" — the attacks were not America's).
pub const UNDERGOING_VERBS: &[&str] =
    &["experience", "suffer", "undergo", "endure", "sustain", "face", "witness", "weather"];

/// Collective nouns that take a plural verb in a title.
pub const COLLECTIVE: &[&str] = &["police", "people", "troops", "staff", "military", "authorities"];

/// Quantifiers that head a plural subject ("many of the supporters", "several of them").
pub const PLURAL_QUANTIFIERS: &[&str] = &[
    "many",
    "several",
    "both",
    "few",
    "dozens",
    "scores",
    "tens",
    "hundreds",
    "thousands",
    "millions",
];

/// Endings of a noun for a member of a party, a people or a movement ("Republican",
/// "Democrat", "Islamist", "Texan"): its plural written as a name ("Republicans") stands for
/// the members and takes a plural verb (rule "members' name" of `agreement`).
pub const MEMBER_SUFFIXES: &[&str] = &["an", "ist", "crat", "ite"];

/// Personal pronouns as objects: one goes before a verb's particle ("backed her up").
pub const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "it", "us", "me", "you"];

/// Personal pronouns in the plural: a subject that takes a plural verb.
pub const PLURAL_PRONOUNS: &[&str] = &["we", "they", "you"];

/// Lowercase words that belong to the title before a name ("outgoing President").
pub const TITLE_MODIFIERS: &[&str] = &[
    "outgoing",
    "incoming",
    "former",
    "then",
    "late",
    "acting",
    "new",
    "leader",
    "president",
    "counterpart",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// Words that open a subordinate clause: an actor after one acts in that clause, not in the
/// event's ("… summit in Osaka, where he hopes to discuss North Korea with Trump").
pub const SUBORDINATORS: &[&str] =
    &["where", "which", "who", "whom", "while", "when", "before", "after", "as", "because", "even"];

/// Words that are prepositions and subordinating conjunctions both: after one, a noun with a
/// finite verb the parser hung on it is a clause's subject ("since the chamber flipped"),
/// rule "clause read as a phrase".
pub const CLAUSE_PREPOSITIONS: &[&str] =
    &["since", "as", "until", "till", "before", "after", "once"];

/// Verbs of causing or ordering whose object does what their infinitive says ("subpoenaed
/// the boy to testify": the boy testifies), rule "object control" (lemmas).
pub const OBJECT_CONTROL_VERBS: &[&str] = &[
    "subpoena",
    "summon",
    "order",
    "force",
    "compel",
    "oblige",
    "require",
    "ask",
    "urge",
    "tell",
    "instruct",
    "direct",
    "persuade",
    "convince",
    "pressure",
    "press",
    "invite",
    "encourage",
    "allow",
    "permit",
    "authorize",
    "enable",
    "advise",
    "beg",
    "implore",
    "request",
];

/// Nouns of time, place, manner or reason that a relative clause without a relative pronoun
/// modifies as an adverbial, not as its object ("the day he arrived", "the way she spoke"):
/// rule "contact clause" (lemmas).
pub const ADVERBIAL_ANTECEDENTS: &[&str] = &[
    "day", "night", "morning", "evening", "week", "month", "year", "time", "moment", "minute",
    "hour", "way", "reason", "place", "point", "extent", "manner", "instant", "second", "period",
];

/// Speech verbs that introduce a reported clause ("told the Hankyoreh that …").
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "noted",
    "reported",
    "announced",
    "confirmed",
    "claimed",
    "stated",
    "explained",
    "argued",
    "believes",
    "believed",
    "thinks",
];
