//! What the stage benchmarks share: reading a dev split into one document per language, and
//! the baseline they are measured against.

use article_lens_core::document::Document;
use article_lens_core::lang::Lang;
use criterion::BenchmarkGroup;
use criterion::measurement::WallTime;
use std::collections::BTreeMap;
use std::hint::black_box;

use crate::data::bench_path;

/// Bytes of text per language document.
pub const DOC_BYTES: usize = 1 << 20;

/// The `text` of every JSONL record of the dev split at `relative` under [`bench_path`],
/// joined per language (`lang`, ISO 639-3; one text a line) and repeated to about
/// [`DOC_BYTES`]; `None`, after saying so, when the file is not there.
pub fn documents_by_language(relative: &str) -> Option<Vec<(Lang, String)>> {
    let path = bench_path(relative);
    let data = std::fs::read_to_string(&path)
        .map_err(|e| eprintln!("skipped: cannot read {}: {e}", path.display()))
        .ok()?;
    let mut by_lang: BTreeMap<&'static str, (Lang, String)> = BTreeMap::new();
    for line in data.lines() {
        let Ok(record) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let lang = record["lang"].as_str().and_then(Lang::from_code);
        let (Some(lang), Some(text)) = (lang, record["text"].as_str()) else {
            continue;
        };
        let doc = &mut by_lang
            .entry(lang.code())
            .or_insert((lang, String::new()))
            .1;
        doc.push_str(text);
        doc.push('\n');
    }
    Some(
        by_lang
            .into_values()
            .map(|(lang, text)| {
                let copies = DOC_BYTES / text.len().max(1) + 1;
                (lang, text.repeat(copies))
            })
            .collect(),
    )
}

/// The baseline every stage benchmark is measured against in the same run: parsing the same
/// documents (the stage every other one starts from), so ratios travel across machines.
pub fn bench_parse_baseline(group: &mut BenchmarkGroup<'_, WallTime>, docs: &[(Lang, String)]) {
    group.bench_function("baseline: Document::parse", |b| {
        b.iter(|| {
            for (_, text) in docs {
                black_box(Document::parse(black_box(text)));
            }
        })
    });
}
