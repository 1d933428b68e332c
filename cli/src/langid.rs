//! `article-lens langid FILE.jsonl`: the language of every text of a language-identification
//! benchmark file, as the page decides it, printed as prediction JSONL.
//!
//! Three kinds of rows, each analysed as the page analyses a pasted text
//! ([`article_lens_core::languages`]):
//! - a mixed document (`{"id", "paragraphs": [{"text"}, ...]}`): its paragraphs, separated by
//!   blank lines, are one text; prints `{"id", "paragraph_langs", "lang"}` with the language
//!   of every paragraph in the document's context and the document's language;
//! - lines of articles (every id `ARTICLE:LINE`, as the seed lines): each article is rebuilt
//!   with every text on its line number and analysed whole; prints `{"id", "lang"}` per line;
//! - any other single text (`{"id", "text"}`): analysed alone; prints `{"id", "lang"}`.
//!
//! A text without any language prints `"lang": null`.

use crate::input::read_jsonl;
use article_lens_core::document::Document;
use article_lens_core::lang::Languages;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};

pub fn run(args: &[String]) -> Result<(), String> {
    let [path] = args else {
        return Err("usage: article-lens langid FILE.jsonl".to_owned());
    };
    let rows = read_jsonl(path)?;
    let predictions: Vec<Value> = if rows.iter().all(|row| row.get("paragraphs").is_some()) {
        rows.iter().map(mixed_document).collect::<Result<_, _>>()?
    } else if let Some(articles) = article_lines(&rows) {
        articles.iter().flat_map(|lines| article(lines)).collect()
    } else {
        rows.iter().map(single_text).collect::<Result<_, _>>()?
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for prediction in predictions {
        writeln!(out, "{prediction}").map_err(|e| format!("cannot write output: {e}"))?;
    }
    out.flush().map_err(|e| format!("cannot write output: {e}"))
}

fn text_of<'a>(row: &'a Value, what: &str) -> Result<&'a str, String> {
    row.get("text")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{what} without a \"text\": {row}"))
}

/// The language code decided for the line at `index`, if any.
fn line_code(languages: &Languages, index: usize) -> Option<&'static str> {
    languages
        .lines
        .get(index)
        .copied()
        .flatten()
        .map(|line| line.lang.code())
}

/// The language holding most characters of the lines `from..to` (a paragraph).
fn lines_code(
    doc: &Document,
    languages: &Languages,
    from: usize,
    to: usize,
) -> Option<&'static str> {
    let mut weights: BTreeMap<&'static str, usize> = BTreeMap::new();
    for index in from..to.min(doc.lines().len()) {
        if let Some(code) = line_code(languages, index) {
            *weights.entry(code).or_default() += doc.line_text(index).chars().count();
        }
    }
    weights
        .into_iter()
        .max_by_key(|&(_, weight)| weight)
        .map(|(code, _)| code)
}

fn mixed_document(row: &Value) -> Result<Value, String> {
    let paragraphs = row["paragraphs"]
        .as_array()
        .ok_or_else(|| format!("\"paragraphs\" is not a list: {row}"))?;
    let texts: Vec<&str> = paragraphs
        .iter()
        .map(|p| text_of(p, "paragraph"))
        .collect::<Result<_, _>>()?;
    let (doc, languages) = article_lens_core::languages(&texts.join("\n\n"));
    let mut first_line = 0;
    let paragraph_langs: Vec<Option<&str>> = texts
        .iter()
        .map(|text| {
            let lines = text.split('\n').count();
            let code = lines_code(&doc, &languages, first_line, first_line + lines);
            first_line += lines + 1;
            code
        })
        .collect();
    Ok(json!({
        "id": row["id"],
        "paragraph_langs": paragraph_langs,
        "lang": languages.document.map(|l| l.code()),
    }))
}

/// The rows grouped by article, each with its line numbers, when every id is `ARTICLE:LINE`.
fn article_lines(rows: &[Value]) -> Option<Vec<Vec<(usize, &Value)>>> {
    let mut articles: BTreeMap<&str, Vec<(usize, &Value)>> = BTreeMap::new();
    for row in rows {
        let (article, line) = row.get("id")?.as_str()?.split_once(':')?;
        let line: usize = line.parse().ok().filter(|&l| l > 0)?;
        articles.entry(article).or_default().push((line, row));
    }
    (!articles.is_empty()).then(|| articles.into_values().collect())
}

/// The predictions for the lines of one article, analysed as the whole article.
fn article(lines: &[(usize, &Value)]) -> Vec<Value> {
    let count = lines.iter().map(|&(line, _)| line).max().unwrap_or(0);
    let mut text_lines = vec![""; count];
    for &(line, row) in lines {
        // One text per line: a text spanning lines would shift the numbers after it.
        let text = row.get("text").and_then(Value::as_str).unwrap_or("");
        text_lines[line - 1] = text.lines().next().unwrap_or("");
    }
    let (_, languages) = article_lens_core::languages(&text_lines.join("\n"));
    lines
        .iter()
        .map(|&(line, row)| json!({"id": row["id"], "lang": line_code(&languages, line - 1)}))
        .collect()
}

fn single_text(row: &Value) -> Result<Value, String> {
    let text = text_of(row, "row")?;
    let (doc, languages) = article_lens_core::languages(text);
    let code = if doc.lines().len() == 1 {
        line_code(&languages, 0)
    } else {
        languages.document.map(|l| l.code())
    };
    Ok(json!({"id": row["id"], "lang": code}))
}
