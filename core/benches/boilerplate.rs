//! Throughput of boilerplate removal over the boilerplate benchmark's dev split (the pages'
//! text as a user pastes it), against the bare "keep lines of at least 100 characters" rule
//! measured in the same run.
//!
//! Groups, each over the whole split (throughput in bytes of pasted text):
//! - `rule/lines_100`: the baseline rule, splitting lines and keeping the long ones;
//! - `clean/classify`: the clean stage alone, given the earlier stages' outputs;
//! - `clean/front`: everything a line's class needs, from the raw text: normalising and
//!   splitting (`document`), blocks (`layout`), per-line language guesses (`lang`) and
//!   `clean::classify`.
//!
//! The ratio to report is `clean/…` time over `rule/lines_100` time. Input: the split's
//! `text/*.txt` in `boilerplate/` under `$BENCH_DIR` (default `../shared/bench` beside the
//! project); without it the benchmark says so and measures nothing.

use article_lens_core::document::Document;
use article_lens_core::{clean, lang, layout};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::PathBuf;

mod data;

/// Every page's text, in file-name order.
fn pages() -> Vec<String> {
    let dir = data::bench_path("boilerplate/text");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// The baseline: the lines of at least 100 characters, joined.
fn long_lines(text: &str) -> String {
    let mut kept = String::new();
    for line in text.lines().filter(|l| l.trim().chars().count() >= 100) {
        kept.push_str(line.trim());
        kept.push('\n');
    }
    kept
}

fn boilerplate(c: &mut Criterion) {
    let pages = pages();
    if pages.is_empty() {
        eprintln!(
            "boilerplate bench: no pages in {} (the benchmark data sits beside the project); \
             nothing measured",
            data::bench_path("boilerplate/text").display()
        );
        return;
    }
    let bytes: usize = pages.iter().map(String::len).sum();
    eprintln!("boilerplate bench: {} pages, {bytes} bytes", pages.len());
    let staged: Vec<_> = pages
        .iter()
        .map(|text| {
            let doc = Document::parse(text);
            let blocks = layout::blocks(&doc);
            let guesses = lang::guess_lines(&doc);
            (doc, blocks, guesses)
        })
        .collect();

    let mut rule = c.benchmark_group("rule");
    rule.throughput(Throughput::Bytes(bytes as u64));
    rule.sample_size(10);
    rule.bench_function("lines_100", |b| {
        b.iter(|| {
            for text in &pages {
                black_box(long_lines(black_box(text)));
            }
        });
    });
    rule.finish();

    let mut stage = c.benchmark_group("clean");
    stage.throughput(Throughput::Bytes(bytes as u64));
    stage.sample_size(10);
    stage.bench_function("classify", |b| {
        b.iter(|| {
            for (doc, blocks, guesses) in &staged {
                black_box(clean::classify(doc, blocks, guesses));
            }
        });
    });
    stage.bench_function("front", |b| {
        b.iter(|| {
            for text in &pages {
                let doc = Document::parse(black_box(text));
                let blocks = layout::blocks(&doc);
                let guesses = lang::guess_lines(&doc);
                black_box(clean::classify(&doc, &blocks, &guesses));
            }
        });
    });
    stage.finish();
}

criterion_group!(benches, boilerplate);
criterion_main!(benches);
