//! The syntax crate's one error type.

use std::fmt;

/// Why a model or a CoNLL-U text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A CoNLL-U line is malformed (`line` is 1-based; 0 when it concerns a whole sentence).
    Conllu { line: usize, message: String },
    /// A model file is truncated, of another version, or inconsistent.
    Model(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Conllu { line: 0, message } => write!(f, "CoNLL-U: {message}"),
            Error::Conllu { line, message } => write!(f, "CoNLL-U line {line}: {message}"),
            Error::Model(message) => write!(f, "syntax model: {message}"),
        }
    }
}

impl std::error::Error for Error {}
