//! `article-lens analyze [FILE|-] [--json] [--published YYYY-MM-DD]`: one text, analysed, as a
//! summary or JSON; relative dates resolve against the publication date when it is given.

use crate::input::read_text;
use article_lens_core::Options;
use article_lens_core::clean::LineKind;
use article_lens_core::facts::dates::Ymd;
use article_lens_core::report::Report;
use std::io::{self, Write};

pub fn run(args: &[String]) -> Result<(), String> {
    let mut json = false;
    let mut file = None;
    let mut options = Options::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--published" => {
                let day = args.next().ok_or("--published needs a date (YYYY-MM-DD)")?;
                let parsed = Ymd::parse(day)
                    .ok_or_else(|| format!("--published: not a date (YYYY-MM-DD): '{day}'"))?;
                options.published = Some(parsed);
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option '{flag}'")),
            path if file.is_none() => file = Some(path),
            extra => return Err(format!("unexpected argument '{extra}'")),
        }
    }
    let input = read_text(file.unwrap_or("-"))?;
    let report = article_lens_core::analyze_with(&input, &options);
    let output = if json {
        serde_json::to_string_pretty(&report).map_err(|e| e.to_string())? + "\n"
    } else {
        summary(&report)
    };
    io::stdout()
        .write_all(output.as_bytes())
        .map_err(|e| format!("cannot write output: {e}"))
}

/// A readable summary of a report.
fn summary(report: &Report) -> String {
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    for warning in &report.warnings {
        line(format!("warning: {warning}"));
    }
    if let Some(headline) = &report.headline {
        line(format!("Headline:  {headline}"));
    }
    let languages: Vec<String> = report
        .languages
        .iter()
        .map(|l| format!("{} {:.0} %", l.name, l.share * 100.0))
        .collect();
    line(format!("Languages: {}", languages.join(", ")));
    if let Some(dateline) = &report.dateline {
        line(format!("Dateline:  {dateline}"));
    }
    if !report.sources.is_empty() {
        line(format!("Sources:   {}", report.sources.join(", ")));
    }
    line(String::new());
    line("Article:".to_owned());
    for block in &report.blocks {
        if block.kind == LineKind::Body {
            line(format!(
                "  [{}] {}",
                block.lang.as_deref().unwrap_or("?"),
                block.text
            ));
        }
    }
    let removed = report.blocks.iter().filter(|b| b.reason.is_some()).count();
    line(format!("\nOther lines: {removed}"));
    for block in report.blocks.iter().filter(|b| b.reason.is_some()) {
        let reason = block.reason.as_deref().unwrap_or_default();
        line(format!(
            "  {:>4} {:<11} {reason}",
            block.line_start,
            block.kind.as_str()
        ));
    }
    line("\nEntities:".to_owned());
    for entity in &report.entities {
        line(format!(
            "  {:<4} {} ({})",
            entity.kind.as_str(),
            entity.name,
            entity.mentions.len()
        ));
    }
    line("\nDates:".to_owned());
    for date in &report.dates {
        let value = date.value.as_deref().unwrap_or("?");
        line(format!("  {value:<12} {}", date.text));
    }
    line("\nQuantities:".to_owned());
    for q in &report.quantities {
        line(format!(
            "  {} {} ({})",
            q.value,
            q.unit.as_deref().unwrap_or(""),
            q.text
        ));
    }
    line("\nQuotes:".to_owned());
    for q in &report.quotes {
        line(format!(
            "  {}: «{}»",
            q.speaker.as_deref().unwrap_or("?"),
            q.text
        ));
    }
    out
}
