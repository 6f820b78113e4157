//! Scraper exports: JSON Lines (one JSON object per line) and CSV (a header row naming the
//! columns, then one article per row).
//!
//! Each record needs a text (key or column `text`, `maintext`, `body`, `content`, …: see
//! [`super::fields`]); it may give a title, a publication date (an ISO date or date-time), a
//! URL, an outlet and authors (a JSON string or array of strings; in CSV, names separated by
//! `;` or `|`). Other keys are ignored. A record that cannot be read (not JSON, not an object,
//! no text) becomes an [`Error::BadRecord`] naming its line; the others are still read. A value
//! that cannot be read (a date that is not ISO) is left out with a note on the record.

use std::collections::HashSet;

use serde_json::Value;

use super::fields::{field_of, split_authors, Field};
use super::{parse_published, Ingested, Metadata, Note, Record, Stated};
use crate::Error;

/// The values of one record, as text, before they are checked.
#[derive(Debug, Default)]
struct Cells {
    id: Option<String>,
    text: Option<String>,
    title: Option<String>,
    published: Option<String>,
    url: Option<String>,
    outlet: Option<String>,
    authors: Option<Vec<String>>,
}

impl Cells {
    /// Sets a field from a string value, keeping the first non-empty one.
    fn set(&mut self, field: Field, value: &str) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        let slot = match field {
            Field::Id => &mut self.id,
            Field::Text => &mut self.text,
            Field::Title => &mut self.title,
            Field::Published => &mut self.published,
            Field::Url => &mut self.url,
            Field::Outlet => &mut self.outlet,
            Field::Authors => {
                if self.authors.is_none() {
                    self.authors = Some(split_authors(value)).filter(|names| !names.is_empty());
                }
                return;
            }
        };
        if slot.is_none() {
            *slot = Some(value.to_string());
        }
    }
}

/// Reads a JSON Lines file: `file_id` names its records (`file_id-LINE`), `file_name` its
/// messages.
pub fn read_json_lines(file_id: &str, file_name: &str, text: &str) -> Ingested {
    let mut ingested = Ingested::default();
    let mut ids = HashSet::new();
    for (index, line) in text.split('\n').enumerate() {
        let number = index + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let bad =
            |reason: String| Error::BadRecord { file: file_name.to_string(), line: number, reason };
        let value: Value = match serde_json::from_str(line) {
            Ok(value) => value,
            Err(e) => {
                ingested.errors.push(bad(format!("not JSON ({e})")));
                continue;
            }
        };
        let Value::Object(object) = value else {
            ingested.errors.push(bad("not a JSON object".to_string()));
            continue;
        };
        let mut cells = Cells::default();
        for (key, value) in &object {
            let Some(field) = field_of(key) else { continue };
            match value {
                Value::String(s) => cells.set(field, s),
                Value::Number(n) if field == Field::Id => cells.set(field, &n.to_string()),
                Value::Array(items) if field == Field::Authors => {
                    let names: Vec<String> =
                        items.iter().filter_map(Value::as_str).flat_map(split_authors).collect();
                    if cells.authors.is_none() && !names.is_empty() {
                        cells.authors = Some(names);
                    }
                }
                _ => {}
            }
        }
        match into_record(cells, file_id, number, &mut ids) {
            Ok(record) => ingested.records.push(record),
            Err(reason) => ingested.errors.push(bad(reason)),
        }
    }
    ingested
}

/// Reads a CSV file whose first row names the columns. The delimiter is `,`, or `;` or a tab
/// when the header row has those and no comma. Names as [`read_json_lines`].
pub fn read_csv(file_id: &str, file_name: &str, text: &str) -> Ingested {
    let mut ingested = Ingested::default();
    let header_line = text.lines().next().unwrap_or("");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter_of(header_line))
        .flexible(true)
        .from_reader(text.as_bytes());
    let columns: Vec<Option<Field>> = match reader.headers() {
        Ok(headers) => headers.iter().map(field_of).collect(),
        Err(e) => {
            ingested.errors.push(Error::BadFile {
                file: file_name.to_string(),
                reason: format!("no header row ({e})"),
            });
            return ingested;
        }
    };
    if !columns.contains(&Some(Field::Text)) {
        ingested.errors.push(Error::BadFile {
            file: file_name.to_string(),
            reason: "no text column: the first row must name one (text, maintext, body or content)"
                .to_string(),
        });
        return ingested;
    }
    let mut ids = HashSet::new();
    let mut lines = LineCounter::new(text);
    let mut row = csv::StringRecord::new();
    loop {
        let start = reader.position().byte() as usize;
        let line = lines.line_at(start);
        match reader.read_record(&mut row) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                ingested.errors.push(Error::BadRecord {
                    file: file_name.to_string(),
                    line,
                    reason: format!("not CSV ({e})"),
                });
                continue;
            }
        }
        let line = lines.line_at(row.position().map_or(start, |p| p.byte() as usize));
        if row.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let mut cells = Cells::default();
        for (cell, field) in row.iter().zip(&columns) {
            if let Some(field) = field {
                cells.set(*field, cell);
            }
        }
        match into_record(cells, file_id, line, &mut ids) {
            Ok(record) => ingested.records.push(record),
            Err(reason) => {
                ingested.errors.push(Error::BadRecord { file: file_name.to_string(), line, reason })
            }
        }
    }
    ingested
}

/// Line numbers of byte offsets asked for in increasing order, in one pass over the text (the
/// csv crate counts a quoted field's line breaks as none).
pub(super) struct LineCounter<'a> {
    text: &'a [u8],
    offset: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    pub(super) fn new(text: &'a str) -> LineCounter<'a> {
        LineCounter { text: text.as_bytes(), offset: 0, line: 1 }
    }

    /// The 1-based line of the first byte at or after `offset` that is not a line break (the
    /// csv crate's record positions may point at the break before a record).
    pub(super) fn line_at(&mut self, offset: usize) -> usize {
        let mut end = offset.min(self.text.len());
        while self.text.get(end).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
            end += 1;
        }
        if end > self.offset {
            self.line += self.text[self.offset..end].iter().filter(|&&b| b == b'\n').count();
            self.offset = end;
        }
        self.line
    }
}

/// `,` unless the header row has no comma and has `;` or a tab.
pub(super) fn delimiter_of(header_line: &str) -> u8 {
    if header_line.contains(',') {
        b','
    } else if header_line.contains('\t') {
        b'\t'
    } else if header_line.contains(';') {
        b';'
    } else {
        b','
    }
}

/// A record from its cells, or why it cannot be one (no text).
fn into_record(
    cells: Cells,
    file_id: &str,
    line: usize,
    ids: &mut HashSet<String>,
) -> Result<Record, String> {
    let Some(text) = cells.text else {
        return Err("no text (a text, maintext, body or content value)".to_string());
    };
    let from = |key: &str| format!("line {line} {key}");
    let mut notes = Vec::new();
    let published = cells.published.and_then(|value| match parse_published(&value) {
        Some(date) => Some(Stated::new(date, from("published"))),
        None => {
            notes.push(unreadable_date(&value, line));
            None
        }
    });
    let metadata = Metadata {
        title: cells.title.map(|v| Stated::new(v, from("title"))),
        published,
        authors: cells.authors.map(|v| Stated::new(v, from("authors"))),
        outlet: cells.outlet.map(|v| Stated::new(v, from("outlet"))),
        url: cells.url.map(|v| Stated::new(v, from("url"))),
    };
    let wanted = cells.id.unwrap_or_else(|| format!("{file_id}-{line}"));
    let mut id = wanted.clone();
    let mut n = 2;
    while !ids.insert(id.clone()) {
        id = format!("{wanted}~{n}");
        n += 1;
    }
    Ok(Record { id, text, metadata, notes })
}

/// The note for a publication date that is not ISO 8601.
pub(super) fn unreadable_date(value: &str, line: usize) -> Note {
    let shown: String = value.chars().take(40).collect();
    Note {
        kind: "bad_value".to_string(),
        message: format!(
            "line {line}: the publication date “{shown}” is not an ISO date (YYYY-MM-DD) or \
             date-time; the article is dated from its text instead"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_read_each_good_line_and_name_each_bad_one() {
        let text = "{\"maintext\": \"Body one.\", \"title\": \"One\", \"date_publish\": \"2024-03-12 08:00:00\", \"authors\": [\"Ana Ruiz\", \"Kim Min-ji\"], \"extra\": 1}\r\n\
                    \n\
                    not json\n\
                    [1, 2]\n\
                    {\"title\": \"no text\"}\n\
                    {\"id\": 7, \"text\": \"Body two.\", \"published\": \"March 12\"}";
        let ingested = read_json_lines("export", "export", text);
        assert_eq!(ingested.records.len(), 2);
        let one = &ingested.records[0];
        assert_eq!(one.id, "export-1");
        assert_eq!(one.text, "Body one.");
        assert_eq!(one.metadata.title.as_ref().unwrap().value, "One");
        assert_eq!(one.metadata.published.as_ref().unwrap().value, jiff::civil::date(2024, 3, 12));
        assert_eq!(one.metadata.authors.as_ref().unwrap().value, ["Ana Ruiz", "Kim Min-ji"]);
        let two = &ingested.records[1];
        assert_eq!(two.id, "7");
        assert!(two.metadata.published.is_none());
        assert!(two.notes[0].message.contains("“March 12” is not an ISO date"));
        let lines: Vec<usize> = ingested
            .errors
            .iter()
            .map(|e| match e {
                Error::BadRecord { line, .. } => *line,
                other => panic!("unexpected {other}"),
            })
            .collect();
        assert_eq!(lines, [3, 4, 5]);
        assert!(ingested.errors[0].to_string().starts_with("export, line 3: not JSON"));
    }

    #[test]
    fn csv_rows_span_lines_and_bad_rows_are_named() {
        let text = "title,text,published,url,outlet,authors,ignored\n\
                    \"Quoted, title\",\"First line\nsecond line\",2024-03-12T09:00:00Z,https://example.org/a,The Gazette,\"Ana Ruiz; Kim Min-ji\",x\n\
                    No text,,2024-03-13\n\
                    ,Short row\n";
        let ingested = read_csv("sheet", "sheet", text);
        assert_eq!(ingested.records.len(), 2);
        let first = &ingested.records[0];
        assert_eq!(first.text, "First line\nsecond line");
        assert_eq!(first.metadata.title.as_ref().unwrap().value, "Quoted, title");
        assert_eq!(first.metadata.url.as_ref().unwrap().value, "https://example.org/a");
        assert_eq!(first.metadata.authors.as_ref().unwrap().value.len(), 2);
        assert_eq!(ingested.records[1].id, "sheet-5");
        assert_eq!(
            ingested.errors,
            [Error::BadRecord {
                file: "sheet".into(),
                line: 4,
                reason: "no text (a text, maintext, body or content value)".into()
            }]
        );
    }

    #[test]
    fn csv_without_a_text_column_is_refused_whole() {
        let ingested = read_csv("sheet", "sheet", "title;date\nA;2024-01-01\n");
        assert!(ingested.records.is_empty());
        assert!(matches!(&ingested.errors[..], [Error::BadFile { .. }]));
        assert!(read_csv("empty", "empty", "").errors.len() == 1);
    }

    #[test]
    fn semicolon_and_tab_headers_choose_their_delimiter() {
        assert_eq!(delimiter_of("title;text"), b';');
        assert_eq!(delimiter_of("title\ttext"), b'\t');
        assert_eq!(delimiter_of("title,text;x"), b',');
        let ingested = read_csv("s", "s", "text;title\nBody;Head\n");
        assert_eq!(ingested.records[0].metadata.title.as_ref().unwrap().value, "Head");
    }

    #[test]
    fn repeated_ids_are_made_unique() {
        let ingested = read_json_lines(
            "f",
            "f",
            "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"a\",\"text\":\"y\"}",
        );
        let ids: Vec<&str> = ingested.records.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["a", "a~2"]);
    }
}
