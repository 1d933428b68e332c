//! Language identification throughput on the sentences of the langid bench, against whatlang
//! alone measured in the same run.
//!
//! Reads `../shared/bench/langid/sentences.jsonl` beside the project (or under `BENCH_DIR`)
//! and skips with a message when it is not there. Three measurements over the same sample of
//! sentences (every language):
//! - `whatlang`: `whatlang::detect` per sentence, the baseline;
//! - `page`: [`lang::analyze`] per sentence, the whole path the page and `article-lens
//!   langid` take for a single text (document, layout, per-line guess, classification,
//!   resolution in context);
//! - `guess`: the per-line guess alone ([`lang::guess_lines`]).
//!
//! After criterion's report it prints the throughput ratio of `page` and `guess` to
//! `whatlang`, timed back to back.

use article_lens_core::document::Document;
use article_lens_core::lang;
use criterion::{Criterion, Throughput, black_box};
mod data;
use std::time::{Duration, Instant};

/// Sentences sampled: every n-th line of the file, so that every language is in.
const SAMPLE_EVERY: usize = 10;

fn sentences() -> Option<Vec<String>> {
    let path = data::bench_path("langid/sentences.jsonl");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| eprintln!("langid bench skipped: cannot read {}: {e}", path.display()))
        .ok()?;
    Some(
        text.lines()
            .step_by(SAMPLE_EVERY)
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|row| row["text"].as_str().map(str::to_owned))
            .collect(),
    )
}

fn whatlang_all(texts: &[String]) -> usize {
    texts
        .iter()
        .filter_map(|t| whatlang::detect(black_box(t)))
        .count()
}

fn page_all(texts: &[String]) -> usize {
    texts
        .iter()
        .filter_map(|t| article_lens_core::languages(black_box(t)).1.document)
        .count()
}

fn guess_all(texts: &[String]) -> usize {
    texts
        .iter()
        .map(|t| lang::guess_lines(&Document::parse(black_box(t))).len())
        .sum()
}

/// Seconds per pass of `run`, the best of a few passes.
fn seconds(texts: &[String], run: fn(&[String]) -> usize) -> f64 {
    (0..5)
        .map(|_| {
            let start = Instant::now();
            black_box(run(texts));
            start.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let Some(texts) = sentences() else {
        return;
    };
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut criterion = Criterion::default()
        .sample_size(10)
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    let mut group = criterion.benchmark_group("langid/sentences");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("whatlang", |b| b.iter(|| whatlang_all(&texts)));
    group.bench_function("page", |b| b.iter(|| page_all(&texts)));
    group.bench_function("guess", |b| b.iter(|| guess_all(&texts)));
    group.finish();
    criterion.final_summary();
    // Warm the tables, then time the three back to back.
    page_all(&texts);
    let whatlang = seconds(&texts, whatlang_all);
    let page = seconds(&texts, page_all);
    let guess = seconds(&texts, guess_all);
    println!(
        "langid throughput on {} sentences ({bytes} bytes): whatlang {:.1} MB/s; \
         page path {:.2}x whatlang; per-line guess {:.2}x whatlang",
        texts.len(),
        bytes as f64 / whatlang / 1e6,
        whatlang / page,
        whatlang / guess,
    );
}
