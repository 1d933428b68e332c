//! Throughput of the entity stage (`entities::extract_all`) on the named-entity dev split.
//!
//! Reads `../shared/bench/ner/dev.jsonl` (beside the project) when it is there and skips with
//! a message otherwise. The text of every sentence, in its language, is joined into one
//! document per language of about a megabyte, so the stage sees news-like lines in Greek,
//! German, Italian, Polish, English and five more languages. The baseline measured in the same
//! run is `Document::parse` of the same text (the stage before), so the ratio of the two
//! throughputs travels across machines.
//!
//! `cargo bench -p article-lens-core --bench ner` (`NER_DEV=path/dev.jsonl` for another copy)

use article_lens_core::document::Document;
use article_lens_core::entities;
use article_lens_core::lang::Lang;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::{Path, PathBuf};

/// Bytes of text per language document.
const DOC_BYTES: usize = 1 << 20;

/// The dev split's sentences joined per language (one sentence a line), repeated to
/// [`DOC_BYTES`]; `None` when the data is not beside the project.
fn documents() -> Option<Vec<(String, String)>> {
    let path = std::env::var_os("NER_DEV").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/bench/ner/dev.jsonl"),
        PathBuf::from,
    );
    let data = std::fs::read_to_string(&path).ok()?;
    let mut by_lang: BTreeMap<String, String> = BTreeMap::new();
    for line in data.lines() {
        let Ok(record) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let (Some(lang), Some(text)) = (record["lang"].as_str(), record["text"].as_str()) else {
            continue;
        };
        let doc = by_lang.entry(lang.to_string()).or_default();
        doc.push_str(text);
        doc.push('\n');
    }
    Some(
        by_lang
            .into_iter()
            .map(|(lang, text)| {
                let copies = DOC_BYTES / text.len().max(1) + 1;
                (lang, text.repeat(copies))
            })
            .collect(),
    )
}

fn bench(c: &mut Criterion) {
    let Some(docs) = documents() else {
        eprintln!("ner bench: ../shared/bench/ner/dev.jsonl is not there; skipped");
        return;
    };
    let total: usize = docs.iter().map(|(_, t)| t.len()).sum();
    let parsed: Vec<(Document, Option<Lang>)> = docs
        .iter()
        .map(|(lang, text)| (Document::parse(text), Lang::from_code(lang)))
        .collect();
    // Build the lexicons before timing: they load once per process.
    let _ = entities::extract_all(&Document::parse("NATO"), None);
    let mut group = c.benchmark_group("ner");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(total as u64));
    group.bench_function("baseline: Document::parse", |b| {
        b.iter(|| {
            for (_, text) in &docs {
                black_box(Document::parse(black_box(text)));
            }
        })
    });
    group.bench_function("entities::extract_all", |b| {
        b.iter(|| {
            for (doc, lang) in &parsed {
                black_box(entities::extract_all(black_box(doc), *lang));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
