//! Rule "corroborated date" (stub while wiring).
use super::Analyzed;
use crate::{Interval, Span};

pub(super) struct CorroboratedDate {
    pub interval: Interval,
    pub evidence: Vec<Span>,
    pub from_article: String,
}

pub(super) fn corroborate(_analyzed: &[Analyzed]) -> Vec<(usize, CorroboratedDate)> {
    Vec::new()
}
