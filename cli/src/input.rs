//! Reading what the user points the command at: text files or standard input, and JSONL.

use std::io::{self, Read};

/// Reads a file (or stdin for `-`) as UTF-8, naming the file in any error.
pub fn read_text(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let (name, result) = if path == "-" {
        (
            "standard input",
            io::stdin().read_to_end(&mut bytes).map(drop),
        )
    } else {
        (path, std::fs::read(path).map(|b| bytes = b))
    };
    result.map_err(|e| format!("cannot read {name}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "cannot read {name}: not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Reads a JSONL file (or stdin for `-`): one JSON value a non-blank line. Errors name the file
/// and the line.
pub fn read_jsonl(path: &str) -> Result<Vec<serde_json::Value>, String> {
    let text = read_text(path)?;
    let name = if path == "-" { "standard input" } else { path };
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            serde_json::from_str(line).map_err(|e| format!("{name}:{}: not JSON: {e}", i + 1))
        })
        .collect()
}
