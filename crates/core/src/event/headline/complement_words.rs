//! Word lists of the complement rules ([`super::complement`], [`super::completion`]): data
//! apart from the rules that read them (lemmas, lowercase).

/// Nouns of a unit of time or of a number of times: a bare noun phrase they head with no
/// preposition ("expanded three times", "announced two days earlier") says when or how often,
/// and is never the verb's object or completing oblique (rule "time adverbial").
pub const TIME_UNIT_NOUNS: &[&str] = &[
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "weekend",
    "fortnight",
    "month",
    "year",
    "decade",
    "century",
    "time",
    "moment",
    "season",
];

/// Adverbs that make a bare noun phrase of time a point in time ("two days earlier", "a week
/// later", "three years ago"; rule "time adverbial").
pub const TIME_ADVERBS: &[&str] = &["earlier", "later", "ago", "before", "after", "early", "late"];

/// Nouns that name a part or share of something: without their "of" phrase a title would end
/// mid-way ("joins as part [of …]", "spends part [of the night]"; rule "part of").
pub const PARTITIVE_NOUNS: &[&str] =
    &["part", "half", "rest", "remainder", "majority", "minority", "bulk", "portion", "fraction"];

/// Verbs that move or place their object somewhere: the phrase that says where is part of
/// what they mean ("brought Castro to power", "put her approval at 49 percent", "turned their
/// backs on the nominee", "returned the case to the lower courts"; rule "placed object").
pub const PLACING_VERBS: &[&str] = &[
    "bring", "put", "place", "send", "return", "turn", "set", "lay", "move", "push", "pull",
    "throw", "drive", "cast", "hand", "restore", "elevate", "propel", "sweep", "catapult",
    "thrust", "lift", "drag", "shift", "transfer", "relegate", "consign", "refer", "remand",
    "steer", "lead", "usher", "plunge", "vault",
];

/// Prepositions of a goal or path: an oblique they open after a placing verb's object says
/// where the object went ("to power", "on its head", "into recession"; rule "placed object").
/// "in" and "from" say where it was, not where it went.
pub const GOAL_PREPOSITIONS: &[&str] = &[
    "to", "into", "onto", "on", "upon", "through", "toward", "towards", "behind", "under", "at",
    "out", "off", "across", "within",
];

/// Words that are only ever prepositions, never a particle or an adverb: a title never ends on
/// one, whatever the tagger read it as ("… from City Hall amid"; rule "title ends
/// mid-phrase").
pub const ONLY_PREPOSITIONS: &[&str] = &[
    "amid", "amidst", "among", "amongst", "despite", "during", "via", "toward", "towards", "onto",
    "into", "upon", "unlike", "of", "from", "with", "at", "per",
];
