//! Embeds every `seeds/*.txt` of the workspace, so that adding an article to the default corpus
//! is a matter of dropping a file there and rebuilding: no code names a seed. With the
//! environment variable `DATELINE_SEEDS=DIR` the `.txt` files of DIR are embedded instead
//! (`./x site DIR OUT`).

use std::{env, fs, path::PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    // `./x site DIR OUT` builds a site for another corpus by pointing this at DIR.
    println!("cargo:rerun-if-env-changed=DATELINE_SEEDS");
    let dir = match env::var_os("DATELINE_SEEDS") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => manifest.join("../../seeds"),
    };
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read the seeds folder {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    // Sorted so that the corpus order (and so every id) is the same on every machine.
    files.sort();
    let mut out = String::from("pub static SEEDS: &[Seed] = &[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = path.file_stem().and_then(|s| s.to_str()).expect("seed names are UTF-8");
        let abs = fs::canonicalize(path).expect("seed path resolves");
        out.push_str(&format!(
            "    Seed {{ id: {stem:?}, bytes: include_bytes!({:?}) }},\n",
            abs.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo")).join("seeds.rs");
    fs::write(dest, out).expect("write seeds.rs");
}
