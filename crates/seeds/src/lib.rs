//! The default corpus, embedded at build time.
//!
//! `build.rs` lists every `seeds/*.txt` of the workspace in file-name order; each becomes a
//! [`Seed`] whose id is the file stem. The bytes are exactly the file's: decoding (and any
//! warning about invalid UTF-8) is the core's job, as for any other input.

#![forbid(unsafe_code)]

/// One embedded article file.
#[derive(Debug, Clone, Copy)]
pub struct Seed {
    /// The file stem, e.g. `000_a1df731739c3532d`.
    pub id: &'static str,
    /// The file's bytes, unchanged.
    pub bytes: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

#[cfg(test)]
mod tests {
    use super::SEEDS;

    #[test]
    fn every_seed_file_is_embedded_in_name_order() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let embedded: Vec<&str> = SEEDS.iter().map(|s| s.id).collect();
        assert_eq!(embedded, on_disk);
        for seed in SEEDS {
            let path = format!("{dir}/{}.txt", seed.id);
            assert_eq!(std::fs::read(path).unwrap(), seed.bytes, "{} differs", seed.id);
        }
    }
}
