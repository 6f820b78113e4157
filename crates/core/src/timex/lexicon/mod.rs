//! The word tables the temporal tagger reads: each table is data only, kept apart from the rules
//! that use it. Every lookup takes a word already lowercased (ASCII) and returns what the word
//! means, or `None`.

pub(crate) mod context;
pub(crate) mod dayparts;
pub(crate) mod holidays;
pub(crate) mod modifiers;
pub(crate) mod months;
pub(crate) mod numbers;
pub(crate) mod ordinals;
pub(crate) mod references;
pub(crate) mod seasons;
pub(crate) mod tense;
pub(crate) mod triggers;
pub(crate) mod units;
pub(crate) mod weekdays;
pub(crate) mod zones;
