//! `article-lens body FILE... --out-dir DIR`: the article body of each page, one file each.
//!
//! For every input `FILE` it writes `DIR/<file stem>.txt` holding the lines the analyzer
//! classes as body, in order, one per line: the same classification the page shows, from the
//! core's own stages up to `clean::classify` (the later stages do not change a line's kind,
//! and skipping them makes a run over hundreds of pages fast). The output is what a
//! boilerplate benchmark scores.

use crate::input::read_text;
use article_lens_core::clean::{self, LineKind};
use article_lens_core::{document::Document, lang, layout};
use std::path::{Path, PathBuf};

pub fn run(args: &[String]) -> Result<(), String> {
    let mut files = Vec::new();
    let mut out_dir = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--out-dir" => {
                let dir = rest.next().ok_or("--out-dir needs a directory")?;
                out_dir = Some(PathBuf::from(dir));
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option '{flag}'")),
            path => files.push(path),
        }
    }
    let out_dir = out_dir.ok_or("body needs --out-dir DIR")?;
    if files.is_empty() {
        return Err("body needs at least one FILE".to_owned());
    }
    std::fs::create_dir_all(&out_dir)
        .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    for file in files {
        let input = read_text(file)?;
        let target = out_dir.join(output_name(file)?);
        std::fs::write(&target, body_text(&input))
            .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    }
    Ok(())
}

/// The body lines of one page, each ended by a newline.
fn body_text(input: &str) -> String {
    let doc = Document::parse(input);
    let classes = clean::classify(&doc, &layout::blocks(&doc), &lang::guess_lines(&doc));
    let mut out = String::new();
    for (index, class) in classes.iter().enumerate() {
        if class.as_ref().is_some_and(|c| c.kind == LineKind::Body) {
            out.push_str(doc.line_text(index));
            out.push('\n');
        }
    }
    out
}

/// `<file stem>.txt` for an input path.
fn output_name(file: &str) -> Result<String, String> {
    let stem = Path::new(file)
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|s| !s.is_empty() && file != "-")
        .ok_or_else(|| format!("cannot name the output of '{file}': it has no file name"))?;
    Ok(format!("{stem}.txt"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_is_named_after_the_input_stem() {
        assert_eq!(output_name("../bench/text/sh_01.txt").unwrap(), "sh_01.txt");
        assert_eq!(output_name("page").unwrap(), "page.txt");
        assert!(output_name("-").is_err());
    }

    #[test]
    fn the_same_lines_as_the_report() {
        let text = "Startseite\n\nEin Titel\n\nDie Finanzminister der Eurozone haben sich am \
                    Montagabend darauf geeinigt, die Notkreditlinie um weitere sechs Monate zu \
                    verlängern.\n\nWerbung\n\nDie Zentralbank begrüßte die Einigung in einer \
                    kurzen Erklärung und kündigte an, ihr Programm fortzuführen.\n\nTeilen";
        let report = article_lens_core::analyze(text);
        let expected: String = report
            .blocks
            .iter()
            .filter(|b| b.kind == LineKind::Body)
            .map(|b| format!("{}\n", b.text))
            .collect();
        assert_eq!(body_text(text), expected);
    }

    #[test]
    fn only_body_lines_are_written() {
        let text = "Home\nNews\n\nA title above the text\n\nThe finance ministers of the \
                    eurozone agreed on Monday evening to extend the emergency credit line for \
                    another six months, after a meeting that lasted more than nine hours.\n\n\
                    Share this article";
        let body = body_text(text);
        assert!(body.starts_with("The finance ministers"));
        assert!(!body.contains("Share") && !body.contains("Home"));
    }
}
