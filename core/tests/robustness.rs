//! Properties that hold for any input: the analysis never panics, every non-blank line is
//! classified exactly once, every offset points into the input at the text it claims, and the
//! report survives a JSON round trip (it crosses the web-worker boundary that way).

use article_lens_core::analyze;
use article_lens_core::report::Report;

/// Characters the core deletes while normalising (besides the CR of a CRLF).
fn is_deleted(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}')
}

/// Checks the report's invariants against the input it came from.
fn check_invariants(input: &str, report: &Report) {
    let chars: Vec<char> = input.chars().collect();
    let input_text = |start: usize, end: usize| -> String {
        assert!(
            start <= end && end <= chars.len(),
            "offsets {start}..{end} outside input"
        );
        chars[start..end].iter().collect()
    };
    // What the core reports as text is the normalised input: compare modulo that normalisation.
    let same = |reported: &str, original: &str| {
        let squash = |s: &str| -> String {
            s.replace("\r\n", "\n")
                .chars()
                .filter(|&c| !is_deleted(c))
                .map(|c| {
                    if c.is_whitespace() || c.is_control() {
                        ' '
                    } else {
                        c
                    }
                })
                .collect()
        };
        assert_eq!(squash(reported), squash(original));
    };

    let non_blank: Vec<usize> = input
        .split(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}'])
        .enumerate()
        .filter(|(_, l)| {
            !l.chars()
                .all(|c| c.is_whitespace() || c.is_control() || is_deleted(c))
        })
        .map(|(i, _)| i + 1)
        .collect();
    let covered: Vec<usize> = report
        .blocks
        .iter()
        .flat_map(|b| b.line_start..=b.line_end)
        .collect();
    if !input.contains('\r') {
        assert_eq!(
            covered, non_blank,
            "blocks must cover every non-blank line once"
        );
    }
    for block in &report.blocks {
        same(&block.text, &input_text(block.start, block.end));
        assert_eq!(block.reason.is_some(), block.kind.as_str() != "body");
    }
    for entity in &report.entities {
        assert!(!entity.mentions.is_empty());
        for m in &entity.mentions {
            same(&m.text, &input_text(m.start, m.end));
        }
    }
    for (text, start, end) in report
        .dates
        .iter()
        .map(|d| (&d.text, d.start, d.end))
        .chain(report.quantities.iter().map(|q| (&q.text, q.start, q.end)))
        .chain(report.quotes.iter().map(|q| (&q.text, q.start, q.end)))
    {
        same(text, &input_text(start, end));
    }
    let json = serde_json::to_string(report).expect("report serialises");
    let back: Report = serde_json::from_str(&json).expect("report deserialises");
    assert_eq!(&back, report);
}

#[test]
fn empty_and_blank_inputs_say_so() {
    for input in ["", " ", "\n\n\t\n", "\u{FEFF}", "\r\n\r\n"] {
        let report = analyze(input);
        assert!(report.blocks.is_empty());
        assert_eq!(report.warnings.len(), 1, "{input:?}: {:?}", report.warnings);
        check_invariants(input, &report);
    }
}

#[test]
fn line_endings_and_invisible_characters_keep_offsets_true() {
    let input = "Title\r\n\r\nNATO Secretary\u{A0}General Jens Stoltenberg said on \
                 Wednesday\u{200B} that the talks in Brussels were \u{201C}not easy\u{201D}.\r\n";
    check_invariants(input, &analyze(input));
}

#[test]
fn scripts_and_directions_of_writing() {
    let input = "مرحبا بكم في موقعنا الإخباري\n\n\
                 قال الأمين العام لحلف الناتو ينس ستولتنبرغ يوم الأربعاء إن الحلفاء وروسيا \
                 ما زالوا مختلفين بعد أربع ساعات من المحادثات في بروكسل.\n\n\
                 北约秘书长斯托尔滕贝格周三表示，盟国与俄罗斯在布鲁塞尔会谈四小时后仍存在分歧。\n\n\
                 Генеральный секретарь НАТО Йенс Столтенберг заявил в среду, что «разногласия \
                 остаются».\n\n\u{202E}reversed\u{202C} text 🙂👍🏽\n";
    check_invariants(input, &analyze(input));
}

#[test]
fn one_huge_line_and_many_short_lines() {
    let sentence = "The alliance said on 12 January 2022 that 100,000 troops were massed near \
                    the border, and «talks will go on», its spokesperson said. ";
    let huge = sentence.repeat(5_000);
    check_invariants(&huge, &analyze(&huge));
    let menu = "Home\nWorld\nShare\n".repeat(3_000);
    check_invariants(&menu, &analyze(&menu));
}

#[test]
fn binary_junk_never_panics() {
    // A deterministic generator over a pool of awkward characters: quotes without partners,
    // digits and separators, combining marks, surrogate-adjacent code points, controls.
    let pool: Vec<char> = "aZ09 .,;:–—-«»“”„‚‘'\"()[]\n\n\r\t\u{0}\u{7}\u{A0}\u{200B}\u{FEFF}\
         \u{301}\u{D7FF}\u{E000}\u{FFFD}\u{10FFFF}ΑωЖжąęłż日本🙂٣"
        .chars()
        .collect();
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    for length in [1, 2, 7, 64, 1_000, 20_000] {
        for _ in 0..20 {
            let text: String = (0..length)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    pool[(state % pool.len() as u64) as usize]
                })
                .collect();
            check_invariants(&text, &analyze(&text));
        }
    }
}

#[test]
fn every_seed_keeps_the_invariants() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    for entry in std::fs::read_dir(dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("seed text");
            check_invariants(&text, &analyze(&text));
        }
    }
}

#[test]
fn analysis_is_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Report>();
    let handle = std::thread::spawn(|| analyze("Ein Satz auf Deutsch über die Nato in Brüssel."));
    assert!(handle.join().is_ok());
}
