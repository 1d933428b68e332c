//! `article-lens dates FILE.jsonl`: the dates of every text of a JSON Lines file.
//!
//! Each input line is an object with `id`, `text`, and optionally `lang` (ISO 639-3; guessed
//! from the text when absent) and `ref` (the day the text was written, `YYYY-MM-DD` or a time
//! stamp starting with it), against which relative and year-less dates resolve. Each output
//! line is `{"id", "dates": [{"start", "end", "value"}]}`, offsets in characters of `text`.

use crate::input::read_jsonl;
use article_lens_core::facts::dates::{Ymd, dates_of_text};
use serde_json::{Value, json};
use std::io::{self, Write};

pub fn run(args: &[String]) -> Result<(), String> {
    let [path] = args else {
        return Err("usage: article-lens dates FILE.jsonl".to_owned());
    };
    let items = read_jsonl(path)?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    for (index, item) in items.iter().enumerate() {
        let line = index + 1;
        let text = item["text"]
            .as_str()
            .ok_or_else(|| format!("{path}:{line}: no \"text\" string"))?;
        let reference = match item.get("ref").and_then(Value::as_str) {
            Some(r) => Some(
                Ymd::parse(r)
                    .ok_or_else(|| format!("{path}:{line}: \"ref\" is not a date: {r}"))?,
            ),
            None => None,
        };
        let dates: Vec<Value> = dates_of_text(text, item["lang"].as_str(), reference)
            .into_iter()
            .map(|d| json!({"start": d.start, "end": d.end, "value": d.value}))
            .collect();
        let record = json!({"id": item.get("id").cloned().unwrap_or(Value::Null), "dates": dates});
        writeln!(out, "{record}").map_err(|e| format!("cannot write output: {e}"))?;
    }
    out.flush().map_err(|e| format!("cannot write output: {e}"))
}
