//! `article-lens`: the command-line face of the Article Lens core.
//!
//! It only reads files and prints: every decision is the core's.
//!
//! ```text
//! article-lens analyze [FILE|-] [--json] [--published YYYY-MM-DD]
//! article-lens body FILE... --out-dir DIR
//! article-lens dates FILE.jsonl
//! article-lens langid FILE.jsonl
//! article-lens ner FILE.jsonl [--byte-offsets]
//! ```

mod analyze;
mod body;
mod dates;
mod input;
mod langid;
mod ner;

use std::process::ExitCode;

const USAGE: &str = "\
usage: article-lens analyze [FILE|-] [--json] [--published YYYY-MM-DD]
       article-lens body FILE... --out-dir DIR
       article-lens dates FILE.jsonl
       article-lens langid FILE.jsonl
       article-lens ner FILE.jsonl [--byte-offsets]

  analyze   analyse a scraped news page (FILE, or standard input for - or no FILE)
            and print a summary, or the full analysis as JSON with --json; relative
            dates resolve against --published when given, else against the text's own
  body      write the article body of each FILE (the lines classed as body, one per
            line) to DIR/<file stem>.txt
  dates     the dates of every {id, text, lang?, ref?} object of a JSON Lines
            file (- for standard input), one {id, dates} line each
  langid    the language of every text of a language-identification bench file
            (single texts, mixed documents, or ARTICLE:LINE lines), as prediction JSONL
  ner       tag the \"text\" of every JSON line (\"lang\": ISO 639-3, optional) and print
            {\"id\", \"entities\": [{\"start\", \"end\", \"type\"}]} per line, offsets in
            code points (UTF-8 bytes with --byte-offsets)";

/// Exit code for bad usage or unreadable input.
const EXIT_INPUT: u8 = 2;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("article-lens: {message}");
            ExitCode::from(EXIT_INPUT)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let (command, rest) = args.split_first().ok_or_else(|| USAGE.to_owned())?;
    match command.as_str() {
        "analyze" => analyze::run(rest),
        "body" => body::run(rest),
        "dates" => dates::run(rest),
        "langid" => langid::run(rest),
        "ner" => ner::run(rest),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command '{other}'\n{USAGE}")),
    }
}
