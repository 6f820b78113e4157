//! A table of what is known about each file of a folder of texts: a TSV or CSV whose first row
//! names the columns, one of them the file (`filename`, `file`, `id`, …: see
//! [`super::fields`]), the others any of title, published, url, outlet, authors. A file is
//! found by its name or its name without the extension.

use std::collections::HashMap;

use super::fields::{field_of, split_authors, Field};
use super::records::{delimiter_of, unreadable_date, LineCounter};
use super::{parse_published, Metadata, Note, Stated};
use crate::Error;

/// Per-file metadata, by file name (with and without its extension).
#[derive(Debug, Clone, Default)]
pub struct MetadataTable {
    by_name: HashMap<String, usize>,
    rows: Vec<(Metadata, Vec<Note>)>,
}

impl MetadataTable {
    /// Reads a table (`name`: the table's file name, for messages and provenance). A table
    /// without a file column is an error; a row without a file name is reported and skipped.
    pub fn read(name: &str, text: &str) -> Result<(MetadataTable, Vec<Error>), Error> {
        let header_line = text.lines().next().unwrap_or("");
        let delimiter = if name.to_ascii_lowercase().ends_with(".tsv") {
            b'\t'
        } else {
            delimiter_of(header_line)
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .quoting(delimiter != b'\t')
            .from_reader(text.as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .map_err(|e| Error::BadFile {
                file: name.to_string(),
                reason: format!("no header row ({e})"),
            })?
            .iter()
            .map(str::to_string)
            .collect();
        let columns: Vec<Option<Field>> = headers.iter().map(|h| field_of(h)).collect();
        let Some(id_column) = columns.iter().position(|c| *c == Some(Field::Id)) else {
            return Err(Error::BadFile {
                file: name.to_string(),
                reason: "no file column: the first row must name one (filename, file or id)"
                    .to_string(),
            });
        };
        let mut table = MetadataTable::default();
        let mut errors = Vec::new();
        let mut row = csv::StringRecord::new();
        let mut lines = LineCounter::new(text);
        loop {
            let start = reader.position().byte() as usize;
            let line = lines.line_at(start);
            match reader.read_record(&mut row) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    errors.push(Error::BadRecord {
                        file: name.to_string(),
                        line,
                        reason: format!("not CSV ({e})"),
                    });
                    continue;
                }
            }
            let line = lines.line_at(row.position().map_or(start, |p| p.byte() as usize));
            let file = row.get(id_column).unwrap_or("").trim();
            if file.is_empty() {
                if !row.iter().all(|cell| cell.trim().is_empty()) {
                    let reason = format!("no file name in column “{}”", headers[id_column]);
                    errors.push(Error::BadRecord { file: name.to_string(), line, reason });
                }
                continue;
            }
            let (metadata, notes) = row_metadata(name, &headers, &columns, &row, line);
            let index = table.rows.len();
            table.rows.push((metadata, notes));
            table.by_name.insert(file.to_string(), index);
            if let Some((stem, _)) = file.rsplit_once('.') {
                table.by_name.entry(stem.to_string()).or_insert(index);
            }
        }
        Ok((table, errors))
    }

    /// The metadata of the file `file_name` (its name, or its stem), and notes on values that
    /// could not be read.
    pub fn get(&self, file_name: &str) -> Option<(&Metadata, &[Note])> {
        let index = self.by_name.get(file_name).or_else(|| {
            let stem = file_name.rsplit_once('.').map_or(file_name, |(stem, _)| stem);
            self.by_name.get(stem)
        })?;
        self.rows.get(*index).map(|(metadata, notes)| (metadata, notes.as_slice()))
    }

    /// How many files the table describes.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

fn row_metadata(
    table: &str,
    headers: &[String],
    columns: &[Option<Field>],
    row: &csv::StringRecord,
    line: usize,
) -> (Metadata, Vec<Note>) {
    let mut metadata = Metadata::default();
    let mut notes = Vec::new();
    for ((cell, field), header) in row.iter().zip(columns).zip(headers) {
        let cell = cell.trim();
        // "None" is how pandas writes a missing value.
        if cell.is_empty() || cell == "None" {
            continue;
        }
        let from = || format!("{table} column {}", header.trim());
        match field {
            Some(Field::Title) if metadata.title.is_none() => {
                metadata.title = Some(Stated::new(cell.to_string(), from()))
            }
            Some(Field::Url) if metadata.url.is_none() => {
                metadata.url = Some(Stated::new(cell.to_string(), from()))
            }
            Some(Field::Outlet) if metadata.outlet.is_none() => {
                metadata.outlet = Some(Stated::new(cell.to_string(), from()))
            }
            Some(Field::Authors) if metadata.authors.is_none() => {
                let names = split_authors(cell);
                if !names.is_empty() {
                    metadata.authors = Some(Stated::new(names, from()));
                }
            }
            Some(Field::Published) if metadata.published.is_none() => match parse_published(cell) {
                Some(date) => metadata.published = Some(Stated::new(date, from())),
                None => notes.push(unreadable_date(cell, line)),
            },
            _ => {}
        }
    }
    (metadata, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "compartment\tfilename\tpublisher\tpublication_date\tauthor\ttitle\n\
                         dev\tgazette_2016-09-12_a\tgazette\t2016-09-12\tAna Ruiz\tA \"quoted\" title\n\
                         dev\t\tgazette\t2016-09-13\n\
                         dev\tbulletin_b.txt\tbulletin\tSept. 13\tNone\n";

    #[test]
    fn rows_are_found_by_file_name_or_stem() {
        let (table, errors) = MetadataTable::read("metadata.tsv", TABLE).unwrap();
        assert_eq!(table.len(), 2);
        let (a, notes) = table.get("gazette_2016-09-12_a.txt").unwrap();
        assert!(notes.is_empty());
        let published = a.published.as_ref().unwrap();
        assert_eq!(published.value, jiff::civil::date(2016, 9, 12));
        assert_eq!(published.from, "metadata.tsv column publication_date");
        assert_eq!(a.title.as_ref().unwrap().value, "A \"quoted\" title");
        assert_eq!(a.outlet.as_ref().unwrap().value, "gazette");
        assert_eq!(a.authors.as_ref().unwrap().value, ["Ana Ruiz"]);
        let (b, notes) = table.get("bulletin_b").unwrap();
        assert!(b.published.is_none() && b.authors.is_none());
        assert!(notes[0].message.contains("“Sept. 13”"));
        assert!(table.get("missing").is_none());
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().contains("line 3: no file name"));
    }

    #[test]
    fn a_table_without_a_file_column_is_an_error() {
        let error = MetadataTable::read("m.csv", "title,date\nA,2024-01-01\n").unwrap_err();
        assert!(error.to_string().contains("no file column"));
        assert!(MetadataTable::read("m.csv", "").is_err());
    }
}
