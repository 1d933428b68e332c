//! `article-lens ner FILE.jsonl [--byte-offsets]`: tags the `text` of every JSON line with the
//! entity stage the page uses and prints `{"id", "entities": [{"start", "end", "type"}]}` per
//! line, offsets in code points of `text` (UTF-8 bytes with `--byte-offsets`).
//!
//! A line's `lang` (ISO 639-3), when given, stands for the language the page decides for the
//! whole document; the core picks the mentions to score ([`entities::scored_mentions`]).

use crate::input::read_jsonl;
use article_lens_core::document::Document;
use article_lens_core::entities;
use article_lens_core::lang::Lang;
use serde_json::{Value, json};
use std::io::{self, BufWriter, Write};

pub fn run(args: &[String]) -> Result<(), String> {
    let mut bytes = false;
    let mut file = None;
    for arg in args {
        match arg.as_str() {
            "--byte-offsets" => bytes = true,
            flag if flag.starts_with("--") => return Err(format!("unknown option '{flag}'")),
            path if file.is_none() => file = Some(path),
            extra => return Err(format!("unexpected argument '{extra}'")),
        }
    }
    let file = file.ok_or("ner: which JSONL file?")?;
    let records = read_jsonl(file)?;
    let mut out = BufWriter::new(io::stdout().lock());
    for (number, record) in records.iter().enumerate() {
        let text = record["text"]
            .as_str()
            .ok_or_else(|| format!("{file}:{}: no \"text\" string", number + 1))?;
        let lang = record["lang"].as_str().and_then(Lang::from_code);
        let line = json!({"id": record["id"], "entities": tag(text, lang, bytes)});
        writeln!(out, "{line}").map_err(|e| format!("cannot write output: {e}"))?;
    }
    out.flush().map_err(|e| format!("cannot write output: {e}"))
}

/// The mentions of `text` as JSON, with offsets into `text` itself.
fn tag(text: &str, lang: Option<Lang>, bytes: bool) -> Vec<Value> {
    let doc = Document::parse(text);
    let entities = entities::extract_all(&doc, lang);
    // Code point -> byte offset of the input, for --byte-offsets.
    let byte_at = |char_offset: usize| {
        text.char_indices()
            .nth(char_offset)
            .map_or(text.len(), |(i, _)| i)
    };
    let mentions: Vec<(usize, usize, &str)> = entities::scored_mentions(&doc, &entities)
        .into_iter()
        .map(|(span, kind)| {
            let chars = doc.input_char_range(span);
            let (start, end) = (chars.start, chars.end);
            if bytes {
                (byte_at(start), byte_at(end), kind.as_str())
            } else {
                (start, end, kind.as_str())
            }
        })
        .collect();
    mentions
        .into_iter()
        .map(|(start, end, kind)| json!({"start": start, "end": end, "type": kind}))
        .collect()
}
