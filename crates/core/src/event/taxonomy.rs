//! The news taxonomy the syntax-driven event finder (`clauses`) reads: kinds with the verb
//! lemmas and event nouns that give them, and the word lists that keep a predicate from being
//! an event (speech and opinion, states, hypothetical modals). Data only; the rules are in
//! `clauses`.
//!
//! The older frames of [`super::lexicon::FRAMES`] (summit, letter, …) are looked up first, so
//! their kinds keep their meaning; a verb or noun in neither list is a `happening`.

/// One family of the taxonomy.
pub struct Family {
    pub kind: &'static str,
    /// Verb lemmas.
    pub verbs: &'static [&'static str],
    /// Noun lemmas that name an event of this kind ("attack", "election").
    pub nouns: &'static [&'static str],
}

/// The kind of a verb or event noun found in neither list.
pub const GENERAL_KIND: &str = "happening";

pub const FAMILIES: &[Family] = &[
    Family {
        kind: "attack",
        verbs: &[
            "attack",
            "bomb",
            "shoot",
            "shell",
            "invade",
            "raid",
            "ambush",
            "assault",
            "strike",
            "fight",
            "clash",
            "hijack",
            "kidnap",
            "storm",
            "occupy",
            "besiege",
            "stab",
            "massacre",
            "assassinate",
            "explode",
            "detonate",
            "torture",
            "abduct",
            "retaliate",
        ],
        nouns: &[
            "attack",
            "bombing",
            "shooting",
            "invasion",
            "raid",
            "ambush",
            "assault",
            "war",
            "battle",
            "fighting",
            "clash",
            "explosion",
            "blast",
            "hijacking",
            "kidnapping",
            "massacre",
            "assassination",
            "airstrike",
            "offensive",
            "coup",
            "uprising",
            "riot",
            "violence",
            "strike",
        ],
    },
    Family {
        kind: "meeting",
        verbs: &[
            "meet",
            "visit",
            "host",
            "convene",
            "negotiate",
            "talk",
            "discuss",
            "gather",
            "telephone",
            "call",
        ],
        nouns: &[
            "meeting",
            "summit",
            "talks",
            "talk",
            "negotiation",
            "visit",
            "conference",
            "negotiations",
            "session",
            "hearing",
            "interview",
            "call",
            "ceremony",
            "rally",
            "protest",
            "demonstration",
            "march",
            "funeral",
            "celebration",
            "festival",
            "parade",
        ],
    },
    Family {
        kind: "travel",
        verbs: &[
            "arrive", "leave", "depart", "travel", "fly", "return", "flee", "go", "come", "move",
            "deploy", "evacuate", "withdraw", "land", "enter", "cross", "escape", "migrate",
            "sail", "drive", "march", "tour",
        ],
        nouns: &[
            "trip",
            "journey",
            "arrival",
            "departure",
            "return",
            "flight",
            "withdrawal",
            "evacuation",
            "deployment",
            "tour",
            "voyage",
            "escape",
        ],
    },
    Family {
        kind: "deal",
        verbs: &[
            "buy", "sell", "acquire", "purchase", "merge", "sign", "agree", "pay", "lend",
            "borrow", "invest", "trade", "donate", "award", "grant", "offer", "bid", "settle",
            "ratify", "conclude",
        ],
        nouns: &[
            "deal",
            "agreement",
            "acquisition",
            "purchase",
            "sale",
            "merger",
            "takeover",
            "contract",
            "treaty",
            "accord",
            "pact",
            "settlement",
            "bid",
            "offer",
            "payment",
            "loan",
            "investment",
            "ceasefire",
            "truce",
            "armistice",
            "signing",
        ],
    },
    Family {
        kind: "business",
        verbs: &[
            "launch",
            "open",
            "close",
            "cut",
            "raise",
            "lower",
            "earn",
            "lose",
            "gain",
            "rise",
            "fall",
            "drop",
            "climb",
            "jump",
            "plunge",
            "soar",
            "decline",
            "increase",
            "post",
            "produce",
            "ship",
            "manufacture",
            "list",
            "float",
            "restructure",
            "lay",
            "hire",
            "expand",
            "shut",
            "bankrupt",
            "default",
            "recall",
        ],
        nouns: &[
            "launch",
            "opening",
            "closure",
            "layoff",
            "layoffs",
            "bankruptcy",
            "ipo",
            "offering",
            "earnings",
            "loss",
            "profit",
            "recall",
            "restructuring",
            "expansion",
            "default",
            "crash",
            "rally",
        ],
    },
    Family {
        kind: "personnel",
        verbs: &[
            "appoint",
            "name",
            "nominate",
            "hire",
            "fire",
            "dismiss",
            "sack",
            "resign",
            "quit",
            "retire",
            "succeed",
            "replace",
            "promote",
            "demote",
            "oust",
            "depose",
            "step",
            "swear",
            "inaugurate",
            "elect",
        ],
        nouns: &[
            "appointment",
            "nomination",
            "resignation",
            "retirement",
            "dismissal",
            "inauguration",
            "succession",
            "ouster",
        ],
    },
    Family {
        kind: "justice",
        verbs: &[
            "arrest",
            "detain",
            "charge",
            "indict",
            "accuse",
            "sue",
            "try",
            "prosecute",
            "convict",
            "acquit",
            "sentence",
            "jail",
            "imprison",
            "release",
            "free",
            "pardon",
            "rule",
            "overturn",
            "uphold",
            "appeal",
            "extradite",
            "deport",
            "execute",
            "fine",
            "investigate",
            "probe",
            "testify",
            "plead",
            "confess",
            "seize",
            "confiscate",
            "raid",
            "ban",
            "sanction",
        ],
        nouns: &[
            "arrest",
            "detention",
            "charge",
            "charges",
            "indictment",
            "lawsuit",
            "suit",
            "trial",
            "conviction",
            "acquittal",
            "sentence",
            "sentencing",
            "release",
            "pardon",
            "ruling",
            "verdict",
            "appeal",
            "extradition",
            "deportation",
            "execution",
            "investigation",
            "probe",
            "inquiry",
            "testimony",
            "plea",
            "seizure",
            "sanctions",
            "sanction",
        ],
    },
    Family {
        kind: "life",
        verbs: &[
            "die",
            "kill",
            "injure",
            "wound",
            "hurt",
            "bear",
            "marry",
            "divorce",
            "murder",
            "rescue",
            "survive",
            "drown",
            "hospitalize",
            "bury",
        ],
        nouns: &[
            "death", "birth", "marriage", "wedding", "divorce", "murder", "killing", "injury",
            "suicide", "rescue", "burial", "slaying", "funeral",
        ],
    },
    Family {
        kind: "disaster",
        verbs: &["crash", "collapse", "burn", "flood", "erupt", "sink", "derail", "spill"],
        nouns: &[
            "earthquake",
            "quake",
            "flood",
            "flooding",
            "storm",
            "hurricane",
            "typhoon",
            "tornado",
            "fire",
            "wildfire",
            "eruption",
            "tsunami",
            "drought",
            "famine",
            "epidemic",
            "outbreak",
            "pandemic",
            "accident",
            "collision",
            "derailment",
            "disaster",
            "landslide",
            "avalanche",
            "spill",
            "leak",
        ],
    },
    Family {
        kind: "election",
        verbs: &["vote", "win", "defeat", "campaign", "poll", "reelect", "re-elect"],
        nouns: &[
            "election",
            "elections",
            "vote",
            "referendum",
            "primary",
            "runoff",
            "ballot",
            "poll",
            "caucus",
            "campaign",
            "victory",
            "defeat",
        ],
    },
    Family {
        kind: "policy",
        verbs: &[
            "pass",
            "approve",
            "adopt",
            "enact",
            "veto",
            "reject",
            "repeal",
            "amend",
            "impose",
            "lift",
            "introduce",
            "propose",
            "implement",
            "regulate",
            "order",
            "authorize",
            "legalize",
            "abolish",
            "suspend",
            "reform",
            "cut",
            "tax",
        ],
        nouns: &[
            "law",
            "bill",
            "legislation",
            "ban",
            "embargo",
            "reform",
            "decree",
            "order",
            "resolution",
            "regulation",
            "budget",
            "policy",
            "tariff",
            "tariffs",
            "veto",
            "moratorium",
        ],
    },
    Family {
        kind: "statement",
        // Speech acts that are news in themselves (issue 13): a statement, an announcement,
        // a ruling is reported for its own sake.
        verbs: &[
            "announce",
            "declare",
            "confirm",
            "deny",
            "warn",
            "threaten",
            "pledge",
            "vow",
            "unveil",
            "reveal",
            "disclose",
            "proclaim",
            "apologize",
            "admit",
            "condemn",
            "criticize",
            "demand",
            "urge",
            "promise",
        ],
        nouns: &[
            "announcement",
            "statement",
            "declaration",
            "speech",
            "address",
            "apology",
            "warning",
        ],
    },
];

/// Verbs that report speech or opinion: never an event of their own (the speech act is not
/// the news; what it reports may be). Lemmas.
pub const SPEECH_AND_OPINION: &[&str] = &[
    "report",
    "say",
    "tell",
    "add",
    "note",
    "explain",
    "argue",
    "claim",
    "state",
    "believe",
    "think",
    "feel",
    "expect",
    "hope",
    "want",
    "wish",
    "fear",
    "suspect",
    "suggest",
    "insist",
    "know",
    "assert",
    "comment",
    "quote",
    "ask",
    "answer",
    "reply",
    "write",
    "describe",
    "consider",
    "estimate",
    "predict",
    "forecast",
    "guess",
    "doubt",
    "recall",
    "remember",
    "agree",
    "see",
    "hear",
    "learn",
    "understand",
    "mean",
    "seem",
    "appear",
    "indicate",
    "show",
    "acknowledge",
    "contend",
    "maintain",
    "emphasize",
    "stress",
    "speculate",
    "allege",
    "plan",
    "intend",
    "try",
    "seek",
    "decide",
    "continue",
    "begin",
    "start",
    "need",
    "like",
    "love",
    "hate",
    "prefer",
    "refuse",
    "decline",
    "fail",
    "attempt",
    "manage",
    "help",
    "let",
    "make",
    "get",
    "keep",
    "call",
];

/// Verbs of states and relations rather than happenings (lemmas).
pub const STATES: &[&str] = &[
    "be",
    "have",
    "remain",
    "stay",
    "include",
    "contain",
    "involve",
    "exist",
    "belong",
    "consist",
    "own",
    "hold",
    "lack",
    "rest",
    "envelop",
    "surround",
    "span",
    "mean",
    "seem",
    "outnumber",
    "cost",
    "total",
    "equal",
    "represent",
    "concern",
    "depend",
    "deserve",
    "matter",
    "resemble",
    "serve",
    "live",
    "work",
    "face",
    "do",
    "become",
    "account",
    "compare",
    "use",
    "follow",
    "base",
    "range",
    "mark",
    "come",
];

/// Verbs whose passive participle tells a state, not a happening ("was aimed at boosting",
/// "problems tied to the introduction", "rights attached to the shares", "are virtually
/// tied"): lemmas (rule "stative participle").
pub const STATIVE_PARTICIPLES: &[&str] =
    &["aim", "tie", "attach", "link", "relate", "focus", "devote", "dedicate", "intend"];

/// Verbs whose open complement did not happen: "failed to reach", "avoided taking her to
/// the hospital" (lemmas; rule "realis").
pub const FAILURE_GOVERNORS: &[&str] = &["fail", "refuse", "decline", "deny", "avoid", "refrain"];

/// Verbs whose "to" complement is only the purpose of what was done, never a thing done:
/// "what he is doing to get himself elected", "did everything to stop it" (lemmas; rule
/// "purpose").
pub const PURPOSE_GOVERNORS: &[&str] = &["do"];

/// Nouns of failure: their infinitive did not happen ("the failure to comprehend", "his
/// refusal to testify"; rule "realis").
pub const FAILURE_NOUNS: &[&str] =
    &["failure", "refusal", "inability", "unwillingness", "reluctance"];

/// A noun modifier and an event noun that together name a thing, not a happening (lemmas;
/// rule "thing compound").
pub const THING_COMPOUNDS: &[(&str, &str)] =
    &[("tax", "return"), ("press", "release"), ("news", "release")];

/// Auxiliaries that make a clause hypothetical or conditional: its event did not happen.
pub const HYPOTHETICAL_MODALS: &[&str] = &["would", "could", "might", "may", "should", "must"];

/// Auxiliaries of ability: the verb they govern tells what can be done, not an act ("she can
/// hold off the surge"); an event noun of their clause is still real ("can take part in the
/// summit in April").
pub const ABILITY_MODALS: &[&str] = &["can"];

/// Auxiliaries that make a clause's event expected, not happened.
pub const FUTURE_MODALS: &[&str] = &["will", "shall", "'ll", "wo"];

/// Subordinators whose clause is a condition, a purpose or an alternative, not a report.
pub const CONDITIONAL_MARKERS: &[&str] = &["if", "unless", "whether", "lest"];

/// Free relative pronouns: as a subject ("whatever happens") they name no happening in
/// particular.
pub const FREE_RELATIVES: &[&str] = &["whatever", "whoever", "whichever"];

/// Verbs whose open complement did not (or not yet) happen: "failed to reach", "plans to
/// buy" (lemmas). A complement of these is never an event that happened.
pub const UNREALIZED_GOVERNORS: &[&str] = &[
    "fail", "refuse", "decline", "plan", "intend", "hope", "want", "seek", "try", "attempt",
    "threaten", "expect", "aim", "propose", "offer", "consider", "prepare", "wish", "need",
    "promise", "pledge", "vow", "vote", "ask", "urge", "call", "demand",
];

/// Verbs of desire, request and attempt: their open complement is wished, asked for or tried,
/// neither done nor planned ("wants the envoys to meet his son", "urged voters to stay home",
/// "tried to flee"): no event (lemmas; rule "desired act"). A plan ("plans to leave") is
/// expected instead ([`UNREALIZED_GOVERNORS`]).
pub const DESIRE_GOVERNORS: &[&str] =
    &["want", "hope", "wish", "seek", "try", "attempt", "need", "ask", "urge", "demand"];

/// Nouns of desire, pressure and attempt: their infinitive is wished or tried, not done
/// ("faces pressure to quit", "a bid to win the seat", "calls for him to resign"; rule
/// "desired act").
pub const DESIRE_NOUNS: &[&str] = &[
    "pressure", "call", "demand", "request", "push", "appeal", "bid", "attempt", "effort",
    "desire", "wish", "hope",
];

/// Verbs of a commitment made: "voted to support the republic Friday", "pledged to cut
/// emissions": the vote or pledge is what happened, its open complement only what was
/// committed to (lemmas; rule "committed act").
pub const COMMITMENT_GOVERNORS: &[&str] = &["vote", "pledge", "promise", "vow"];

/// Nouns of intention whose infinitive is done by whoever holds the intention ("plans to
/// travel"), with the verbs that make their subject its holder (rule "owned intention";
/// lemmas). A verb that judges the plan ("criticize", "oppose") is not among them.
pub const INTENTION_NOUNS: &[&str] = &[
    "plan",
    "intention",
    "decision",
    "bid",
    "attempt",
    "effort",
    "offer",
    "proposal",
    "pledge",
    "promise",
    "move",
    "campaign",
    "drive",
];
pub const INTENTION_OWNERS: &[&str] = &[
    "announce", "unveil", "outline", "reveal", "disclose", "confirm", "make", "have", "launch",
    "begin", "start", "mount", "pursue", "step", "renew", "press", "submit", "present", "put",
];

/// Quantifiers that, as a subject set off after a noun phrase, stand for part of it
/// ("scores of trucks, many with Iraqi plates, streamed": rule "part of the whole").
pub const QUANTIFIERS: &[&str] =
    &["many", "most", "some", "several", "all", "both", "each", "few", "half", "one", "two"];

/// Subject pronouns a title resolves to a name, and the entity kinds they may stand for.
pub const PERSON_PRONOUNS: &[&str] = &["he", "she"];
pub const THING_PRONOUNS: &[&str] = &["it", "they"];
/// Relative pronouns: their antecedent is the noun the clause modifies.
pub const RELATIVE_PRONOUNS: &[&str] = &["who", "which", "that", "whom"];
/// Words that open a relative clause: the relative pronouns and possessive "whose" (rule "lead
/// news main clause").
pub const RELATIVE_OPENERS: &[&str] = &["that", "which", "who", "whom", "whose"];
/// Verbs that tell how a thing came to be (rule "origin background"): undated, they give a
/// thing's or a person's history, not the day's news.
pub const ORIGIN_VERBS: &[&str] = &["invent", "design", "found", "coin", "pioneer"];
/// Prepositions that make a noun what was talked about (rule "topic noun").
pub const TOPIC_PREPOSITIONS: &[&str] = &["about", "regarding", "concerning"];

/// Verbs that begin or end a period, and the periods they may (rule "period end").
pub const PERIOD_VERBS: &[&str] = &["end", "begin", "start", "close", "open", "expire"];
pub const PERIOD_NOUNS: &[&str] =
    &["quarter", "year", "month", "week", "half", "period", "term", "session", "season", "day"];
