//! Throughput of the facts stage's finders (dates, quantities, quotations, agencies) on the
//! texts of the dates dev split.
//!
//! Reads `dates/dev.jsonl` of the benchmark data (`../shared/bench` beside the project, or
//! `BENCH_DIR`) when it is there and skips with a message otherwise. The texts of every language (news sentences of MEANTIME, the
//! expression lists of Duckling) are joined one a line into a document of about a megabyte
//! per language, read in that language. The baseline measured in the same run is
//! `Document::parse` of the same text (the stage every other one starts from), so the ratio
//! of the two throughputs travels across machines.
//!
//! `cargo bench -p article-lens-core --bench facts`

use article_lens_core::clean::LineKind;
use article_lens_core::document::Document;
use article_lens_core::facts::{self, Passage};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

mod data;
mod support;

/// Every finder of the stage over one document's lines.
fn all_facts(doc: &Document, passages: &[Passage]) -> usize {
    let dates = facts::dates::find(doc, passages, None);
    let quantities = facts::quantities::find(doc, passages, &dates);
    let quotes = facts::quotes::find(doc, passages, &[]);
    let sources = facts::sources::agencies(doc, passages);
    dates.len() + quantities.len() + quotes.len() + sources.len()
}

fn bench(c: &mut Criterion) {
    let Some(docs) = support::documents_by_language("dates/dev.jsonl") else {
        return;
    };
    let total: usize = docs.iter().map(|(_, t)| t.len()).sum();
    let parsed: Vec<(Document, Vec<Passage>)> = docs
        .iter()
        .map(|(lang, text)| {
            let doc = Document::parse(text);
            let passages = Passage::every_line(&doc, LineKind::Body, &[lang.code()]);
            (doc, passages)
        })
        .collect();
    // Load the lexicons before timing: they load once per process.
    let warm = Document::parse("12 January 2022");
    all_facts(&warm, &Passage::every_line(&warm, LineKind::Body, &["eng"]));
    let mut group = c.benchmark_group("facts");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(total as u64));
    support::bench_parse_baseline(&mut group, &docs);
    group.bench_function("facts: dates, quantities, quotes, agencies", |b| {
        b.iter(|| {
            for (doc, passages) in &parsed {
                black_box(all_facts(black_box(doc), black_box(passages)));
            }
        })
    });
    group.bench_function("facts::dates::find", |b| {
        b.iter(|| {
            for (doc, passages) in &parsed {
                black_box(facts::dates::find(
                    black_box(doc),
                    black_box(passages),
                    None,
                ));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
