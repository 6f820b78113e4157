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
    /// A line of a JSON Lines file or a row of a CSV file or metadata table that could not be
    /// read (the rest of the file still is): the file's name, the line the record starts on
    /// (1-based), and what is wrong.
    BadRecord { file: String, line: usize, reason: String },
    /// A file of records or a metadata table that cannot be read at all (say, no text column).
    BadFile { file: String, reason: String },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidDate { given } => {
                write!(f, "{given:?} is not a calendar date of the form YYYY-MM-DD")
            }
            Error::BadRecord { file, line, reason } => {
                write!(f, "{file}, line {line}: {reason}; this record was skipped")
            }
            Error::BadFile { file, reason } => write!(f, "{file}: {reason}"),
        }
    }
}

impl std::error::Error for Error {}
