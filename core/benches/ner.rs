//! Throughput of the entity stage (`entities::extract_all`) on the named-entity dev split.
//!
//! Reads `ner/dev.jsonl` of the benchmark data (`../shared/bench` beside the project, or
//! `BENCH_DIR`) when it is there and skips with a message otherwise. The text of every
//! sentence, in its language, is joined into one document per language of about a megabyte,
//! so the stage sees news-like lines in Greek, German, Italian, Polish, English and five more
//! languages. The baseline measured in the same run is `Document::parse` of the same text (the
//! stage before), so the ratio of the two throughputs travels across machines. The one-off time to build the lexicons (on the first
//! call) is printed before the measurements.
//!
//! `cargo bench -p article-lens-core --bench ner`

use article_lens_core::document::Document;
use article_lens_core::entities;
use article_lens_core::lang::Lang;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Instant;

mod data;
mod support;

fn bench(c: &mut Criterion) {
    let Some(docs) = support::documents_by_language("ner/dev.jsonl") else {
        return;
    };
    let total: usize = docs.iter().map(|(_, t)| t.len()).sum();
    let parsed: Vec<(Document, Option<Lang>)> = docs
        .iter()
        .map(|(lang, text)| (Document::parse(text), Some(*lang)))
        .collect();
    // The lexicons are built on the first call, once per process (what the CLI and the page's
    // worker pay before their first analysis): timed once here, then out of the loop.
    let started = Instant::now();
    let _ = entities::extract_all(&Document::parse("NATO"), None);
    eprintln!("ner: lexicons built in {:.0?}", started.elapsed());
    let mut group = c.benchmark_group("ner");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(total as u64));
    support::bench_parse_baseline(&mut group, &docs);
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
