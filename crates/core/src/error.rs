//! The core's one error type.
//!
//! Most of the core never fails: any text is an article, perhaps an empty one with warnings.
//! Errors are for requests that cannot be carried out at all, such as a malformed date given by
//! the caller.

use std::fmt;

/// Why a request to the core could not be carried out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A date given by the caller (for example a document creation time) is not `YYYY-MM-DD`.
    InvalidDate { given: String },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidDate { given } => {
                write!(f, "{given:?} is not a calendar date of the form YYYY-MM-DD")
            }
        }
    }
}

impl std::error::Error for Error {}
