//! The five seed articles through the whole core, scored against their hand-made gold with the
//! measures of the seeds' `score.py` (the same normalisation and matching rules), and held to
//! the floors the project has reached. Run with `--nocapture` to see the scorecard.

use article_lens_core::report::Report;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

const SEEDS: [&str; 5] = [
    "000_ddea1d8eb0b6e2bc",
    "001_1d29a9054d8c3569",
    "002_4d16be0be1a37a77",
    "003_99703027df8bae1c",
    "004_b8e2fedc0a533720",
];

fn fixture(path: &str) -> String {
    let full: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests/fixtures/seeds", path]
        .iter()
        .collect();
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// `score.py`'s `norm`: NFKC, no-break spaces as spaces, diacritics dropped, case folded,
/// surrounding punctuation stripped, white space collapsed.
fn norm(s: &str) -> String {
    let nfkc: String = s.nfkc().collect::<String>().replace('\u{a0}', " ");
    let bare: String = nfkc.nfd().filter(|&c| !is_combining_mark(c)).collect();
    let folded = bare.to_lowercase();
    let trimmed = folded.trim_matches(|c: char| " \t\n.,;:«»“”„\"'()–-".contains(c));
    trimmed.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn ratio(hits: usize, total: usize) -> Option<f64> {
    (total > 0).then(|| hits as f64 / total as f64)
}

fn f1(tp: usize, fp: usize, fn_: usize) -> f64 {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn strings(v: &Value) -> impl Iterator<Item = &str> {
    v.as_array().into_iter().flatten().filter_map(Value::as_str)
}

/// One seed's scores; `None` where the gold has nothing to measure.
#[derive(Debug, Default)]
struct Scores {
    body_line_f1: f64,
    line_kind_acc: f64,
    para_lang_acc: Option<f64>,
    doc_lang_ok: bool,
    headline_ok: bool,
    ent_recall: f64,
    ent_precision: f64,
    per_canonical: Option<f64>,
    date_recall: Option<f64>,
    date_precision: Option<f64>,
    forbidden_dates: Vec<String>,
    quantity_recall: Option<f64>,
    quote_recall: Option<f64>,
    quote_speaker_acc: Option<f64>,
    sources_ok: Option<bool>,
    dateline_ok: Option<bool>,
}

fn score(gold: &Value, report: &Report) -> Scores {
    let mut s = Scores::default();
    let class_of = |line: u64| {
        report
            .blocks
            .iter()
            .find(|b| (b.line_start as u64..=b.line_end as u64).contains(&line))
    };
    let (mut tp, mut fp, mut fn_, mut kinds_ok, mut langs, mut langs_ok) = (0, 0, 0, 0, 0, 0);
    let gold_lines = gold["lines"].as_array().expect("gold lines");
    for g in gold_lines {
        let block = class_of(g["line"].as_u64().expect("line number"));
        let gold_body = g["class"] == "body";
        let pred_body = block.is_some_and(|b| b.kind.as_str() == "body");
        tp += usize::from(gold_body && pred_body);
        fp += usize::from(pred_body && !gold_body);
        fn_ += usize::from(gold_body && !pred_body);
        kinds_ok += usize::from(block.is_some_and(|b| g["class"] == b.kind.as_str()));
        if gold_body {
            langs += 1;
            langs_ok += usize::from(block.and_then(|b| b.lang.as_deref()) == g["lang"].as_str());
        }
    }
    s.body_line_f1 = f1(tp, fp, fn_);
    s.line_kind_acc = kinds_ok as f64 / gold_lines.len() as f64;
    s.para_lang_acc = ratio(langs_ok, langs);
    s.doc_lang_ok = report.language.as_deref() == gold["doc_lang"].as_str();
    s.headline_ok = match gold["headline"].as_str() {
        Some(h) => report
            .headline
            .as_deref()
            .is_some_and(|p| norm(p) == norm(h)),
        None => report.headline.as_deref().unwrap_or_default().is_empty(),
    };

    // Entities: found when a predicted entity of the same type names it or has a mention equal
    // to one of its surfaces.
    let predicted: Vec<(&str, BTreeSet<String>, String)> = report
        .entities
        .iter()
        .map(|e| {
            let mut forms: BTreeSet<String> = e.mentions.iter().map(|m| norm(&m.text)).collect();
            forms.insert(norm(&e.name));
            forms.remove("");
            (e.kind.as_str(), forms, norm(&e.name))
        })
        .collect();
    let matches = |ge: &Value, typed: bool| -> Vec<usize> {
        let mut forms: BTreeSet<String> = strings(&ge["surfaces"]).map(norm).collect();
        forms.insert(norm(ge["name"].as_str().unwrap_or_default()));
        predicted
            .iter()
            .enumerate()
            .filter(|(_, (t, f, _))| (!typed || ge["type"] == *t) && !f.is_disjoint(&forms))
            .map(|(i, _)| i)
            .collect()
    };
    let gold_entities = gold["entities"].as_array().expect("gold entities");
    let mut neutral = BTreeSet::new();
    let (mut found, mut canonical, mut people) = (0, 0, 0);
    for ge in gold_entities {
        let hits = matches(ge, true);
        found += usize::from(!hits.is_empty());
        neutral.extend(matches(ge, false));
        if ge["type"] == "PER" {
            people += 1;
            let mut names: BTreeSet<String> = strings(&ge["name_variants"]).map(norm).collect();
            names.insert(norm(ge["name"].as_str().unwrap_or_default()));
            canonical += usize::from(hits.iter().any(|&i| names.contains(&predicted[i].2)));
        }
    }
    for ge in gold["optional_entities"].as_array().into_iter().flatten() {
        neutral.extend(matches(ge, false));
    }
    s.ent_recall = found as f64 / gold_entities.len() as f64;
    s.ent_precision = ratio(neutral.len(), predicted.len()).unwrap_or(0.0);
    s.per_canonical = ratio(canonical, people);

    // Dates by value; precision over calendar values only.
    let calendar = |v: &str| {
        let digits = |part: &str, n| part.len() == n && part.bytes().all(|b| b.is_ascii_digit());
        match v.strip_prefix("--") {
            Some(rest) => rest.split('-').all(|p| digits(p, 2)) && rest.split('-').count() <= 2,
            None => {
                let parts: Vec<&str> = v.split('-').collect();
                digits(parts[0], 4) && parts.len() <= 3 && parts[1..].iter().all(|p| digits(p, 2))
            }
        }
    };
    let predicted_dates: Vec<&str> = report
        .dates
        .iter()
        .filter_map(|d| d.value.as_deref())
        .filter(|v| calendar(v))
        .collect();
    let values = |key: &str| -> BTreeSet<&str> {
        gold[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|d| d["value"].as_str())
            .collect()
    };
    let gold_dates = values("dates");
    let acceptable: BTreeSet<&str> = gold_dates
        .union(&values("optional_dates"))
        .copied()
        .collect();
    s.date_recall = ratio(
        gold_dates
            .iter()
            .filter(|v| predicted_dates.contains(v))
            .count(),
        gold_dates.len(),
    );
    s.date_precision = ratio(
        predicted_dates
            .iter()
            .filter(|v| acceptable.contains(*v))
            .count(),
        predicted_dates.len(),
    );
    let forbidden: BTreeSet<&str> = strings(&gold["forbidden_date_values"]).collect();
    s.forbidden_dates = predicted_dates
        .iter()
        .filter(|v| forbidden.contains(*v))
        .map(|v| v.to_string())
        .collect();

    let gold_quantities = gold["quantities"].as_array().expect("gold quantities");
    s.quantity_recall = ratio(
        gold_quantities
            .iter()
            .filter(|q| {
                report
                    .quantities
                    .iter()
                    .any(|p| Some(p.value) == q["value"].as_f64())
            })
            .count(),
        gold_quantities.len(),
    );

    // Quotes: found when a predicted quote contains the gold start; speaker right when it
    // contains one of the accepted names.
    let quotes: Vec<(String, String)> = report
        .quotes
        .iter()
        .map(|q| {
            (
                norm(&q.text),
                norm(q.speaker.as_deref().unwrap_or_default()),
            )
        })
        .collect();
    let gold_quotes = gold["quotes"].as_array().expect("gold quotes");
    let (mut quotes_found, mut speakers_ok) = (0, 0);
    for gq in gold_quotes {
        let start = norm(gq["starts_with"].as_str().unwrap_or_default());
        let hits: Vec<&String> = quotes
            .iter()
            .filter(|(t, _)| t.contains(&start))
            .map(|(_, s)| s)
            .collect();
        quotes_found += usize::from(!hits.is_empty());
        speakers_ok += usize::from(
            hits.iter()
                .any(|s| strings(&gq["speaker_matches"]).any(|name| s.contains(&norm(name)))),
        );
    }
    s.quote_recall = ratio(quotes_found, gold_quotes.len());
    s.quote_speaker_acc = ratio(speakers_ok, gold_quotes.len());

    let sources: BTreeSet<String> = report.sources.iter().map(|x| norm(x)).collect();
    let gold_sources: Vec<&str> = strings(&gold["sources"]).collect();
    s.sources_ok =
        (!gold_sources.is_empty()).then(|| gold_sources.iter().all(|g| sources.contains(&norm(g))));
    s.dateline_ok = gold["dateline"].as_str().map(|place| {
        let predicted = norm(report.dateline.as_deref().unwrap_or_default());
        predicted == norm(place)
            || gold_entities
                .iter()
                .filter(|e| e["name"] == place)
                .flat_map(|e| strings(&e["surfaces"]))
                .any(|surface| norm(surface) == predicted)
    });
    s
}

/// 1.0 for true, 0.0 for false, so pass/fail checks average like the other measures.
fn flag(ok: bool) -> Option<f64> {
    Some(f64::from(u8::from(ok)))
}

fn mean(values: impl Iterator<Item = Option<f64>>) -> f64 {
    let present: Vec<f64> = values.flatten().collect();
    present.iter().sum::<f64>() / present.len().max(1) as f64
}

#[test]
fn seed_scorecard_holds_its_floors() {
    let scores: Vec<Scores> = SEEDS
        .iter()
        .map(|seed| {
            let text = fixture(&format!("{seed}.txt"));
            let gold: Value =
                serde_json::from_str(&fixture(&format!("gold/{seed}.json"))).expect("gold is JSON");
            let s = score(&gold, &article_lens_core::analyze(&text));
            println!("{seed}: {s:?}");
            s
        })
        .collect();
    let m = |f: fn(&Scores) -> Option<f64>| mean(scores.iter().map(f));
    let card = [
        ("body_line_f1", m(|s| Some(s.body_line_f1)), 0.90),
        ("line_kind_acc", m(|s| Some(s.line_kind_acc)), 0.0),
        ("para_lang_acc", m(|s| s.para_lang_acc), 0.90),
        ("doc_lang_ok", m(|s| flag(s.doc_lang_ok)), 1.0),
        ("headline_ok", m(|s| flag(s.headline_ok)), 0.8),
        ("ent_recall", m(|s| Some(s.ent_recall)), 0.5),
        ("ent_precision", m(|s| Some(s.ent_precision)), 0.0),
        ("per_canonical", m(|s| s.per_canonical), 0.0),
        ("date_recall", m(|s| s.date_recall), 0.6),
        ("date_precision", m(|s| s.date_precision), 0.0),
        ("quantity_recall", m(|s| s.quantity_recall), 0.0),
        ("quote_recall", m(|s| s.quote_recall), 0.5),
        ("quote_speaker_acc", m(|s| s.quote_speaker_acc), 0.0),
        ("sources_ok", m(|s| s.sources_ok.and_then(flag)), 0.0),
        ("dateline_ok", m(|s| s.dateline_ok.and_then(flag)), 0.0),
    ];
    let forbidden: Vec<&String> = scores.iter().flat_map(|s| &s.forbidden_dates).collect();
    println!("== mean over seeds");
    for (name, value, floor) in &card {
        println!("   {name:<20} {value:.3}   (floor {floor:.2})");
    }
    println!("   forbidden_dates      {}", forbidden.len());
    let failed: Vec<String> = card
        .iter()
        .filter(|(_, value, floor)| value < floor)
        .map(|(name, value, floor)| format!("{name} {value:.3} < {floor:.2}"))
        .collect();
    assert!(failed.is_empty(), "below the floor: {failed:?}");
    assert!(forbidden.is_empty(), "forbidden dates: {forbidden:?}");
}
