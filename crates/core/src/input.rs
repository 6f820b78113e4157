//! Turning the bytes a user gave into text the core can read.
//!
//! Users drop files of any kind. Invalid UTF-8 is not an error: it is decoded lossily (each bad
//! sequence becomes U+FFFD) and the caller gets a [`DecodeWarning`] saying how much was replaced,
//! so nothing is silently lost. A UTF-8 byte-order mark is kept in the text (offsets stay true to
//! the file) but flagged, and text that looks binary is flagged too.

use std::borrow::Cow;

use serde::Serialize;

/// Decoded text plus what the caller should be told about it.
#[derive(Debug, Clone)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub warnings: Vec<DecodeWarning>,
}

/// Something about the input a user should know; none of these stops the pipeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DecodeWarning {
    /// The bytes were not valid UTF-8; `replaced` sequences became U+FFFD.
    InvalidUtf8 { replaced: usize, first_bad_byte: usize },
    /// The input is empty or only white space.
    Empty,
    /// Many control bytes (NUL and the like): probably not a text file.
    LooksBinary { control_bytes: usize },
}

impl std::fmt::Display for DecodeWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeWarning::InvalidUtf8 { replaced, first_bad_byte } => write!(
                f,
                "not valid UTF-8: {replaced} byte sequence(s) replaced by U+FFFD, the first at byte {first_bad_byte}"
            ),
            DecodeWarning::Empty => write!(f, "the text is empty"),
            DecodeWarning::LooksBinary { control_bytes } => write!(
                f,
                "this looks like a binary file, not text ({control_bytes} control bytes)"
            ),
        }
    }
}

/// Decodes `bytes` as UTF-8, lossily, in one linear pass.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    let mut warnings = Vec::new();
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(e) => {
            let first_bad_byte = e.valid_up_to();
            let replaced = bytes.utf8_chunks().filter(|c| !c.invalid().is_empty()).count();
            warnings.push(DecodeWarning::InvalidUtf8 { replaced, first_bad_byte });
            String::from_utf8_lossy(bytes)
        }
    };
    if text.trim().is_empty() {
        warnings.push(DecodeWarning::Empty);
    }
    let control_bytes =
        bytes.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    // A few stray control characters occur in real copied text; binary files have many.
    if control_bytes > 8 && control_bytes * 100 > bytes.len() {
        warnings.push(DecodeWarning::LooksBinary { control_bytes });
    }
    Decoded { text, warnings }
}

/// The span of the first line that has anything but white space on it, trimmed.
pub fn first_line(text: &str) -> crate::Span {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            let start = offset + lead;
            return crate::Span::new(start, start + trimmed.len());
        }
        offset += line.len();
    }
    crate::Span::new(text.len(), text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_utf8_is_borrowed_without_warnings() {
        let d = decode("Koreas restore hotline".as_bytes());
        assert!(matches!(d.text, Cow::Borrowed(_)));
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn invalid_utf8_is_replaced_and_reported() {
        let d = decode(b"Seoul \xff\xfe said \xc3");
        assert_eq!(d.text, "Seoul \u{fffd}\u{fffd} said \u{fffd}");
        assert_eq!(d.warnings, vec![DecodeWarning::InvalidUtf8 { replaced: 3, first_bad_byte: 6 }]);
    }

    #[test]
    fn empty_and_blank_inputs_are_flagged() {
        assert_eq!(decode(b"").warnings, vec![DecodeWarning::Empty]);
        assert_eq!(decode(b" \r\n\t").warnings, vec![DecodeWarning::Empty]);
    }

    #[test]
    fn binary_looking_input_is_flagged() {
        let bytes: Vec<u8> = (0u8..=255).cycle().take(4096).collect();
        let d = decode(&bytes);
        assert!(d.warnings.iter().any(|w| matches!(w, DecodeWarning::LooksBinary { .. })));
    }

    #[test]
    fn first_line_skips_blank_lines_and_trims() {
        let text = "\r\n  \n  Business \r\nHeadline";
        assert_eq!(first_line(text).of(text), "Business");
        assert!(first_line("").is_empty());
        assert!(first_line(" \n ").is_empty());
    }
}
