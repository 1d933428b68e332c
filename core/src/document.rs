//! Stage 1: the input text, normalised, and its lines.
//!
//! Takes the pasted text as it came and returns a [`Document`]: one owned, normalised string
//! and its lines. Every later stage refers to text by [`Span`]s (byte ranges) into it, and the
//! report turns them back into character offsets of the *input* with
//! [`Document::input_char_range`].
//!
//! Why normalise: scraped text carries Windows or old-Mac line ends, no-break spaces glued to
//! one-letter words (Polish, French), zero-width joiners left by CMS editors and, when a binary
//! file is pasted, control bytes. Without this, the same word would look different to every
//! later stage. Each rule keeps the character count except two deletions (the CR of a CRLF
//! and invisible format characters), whose positions are recorded so that offsets still point
//! into the text the user pasted.

use std::ops::Range;

/// A byte range into [`Document::text`]. Always on character boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside this span.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span as a `Range` for slicing.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

/// One line of the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the input.
    pub number: usize,
    /// The line's content with surrounding white space trimmed (empty for a blank line).
    pub span: Span,
}

impl Line {
    /// True when the line holds nothing but white space.
    pub const fn is_blank(&self) -> bool {
        self.span.is_empty()
    }
}

/// The normalised text and its lines.
#[derive(Clone, Debug)]
pub struct Document {
    text: String,
    lines: Vec<Line>,
    /// For every character deleted by normalisation: the byte offset in `text` where it was,
    /// ascending. The input character offset of a position is its character index in `text`
    /// plus the number of deletions at or before it.
    deletions: Vec<usize>,
    /// Byte offset of the first byte of every line (parallel to `lines`).
    line_byte_starts: Vec<usize>,
    /// Character index of byte `i * CHECKPOINT_BYTES`, so that converting an offset counts at
    /// most one checkpoint's worth of bytes, even inside a line of megabytes.
    char_checkpoints: Vec<usize>,
}

/// Distance in bytes between two entries of `Document::char_checkpoints`.
const CHECKPOINT_BYTES: usize = 4096;

/// Characters in a byte slice that may start or end inside a character: every byte that is
/// not a UTF-8 continuation byte starts one.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// What normalisation does with one input character.
enum Normalised {
    Keep(char),
    Replace(char),
    Delete,
}

fn normalise_char(c: char, next: Option<char>) -> Normalised {
    match c {
        // CRLF: the LF ends the line, the CR goes. A lone CR (old Mac) ends a line itself.
        '\r' if next == Some('\n') => Normalised::Delete,
        '\r' => Normalised::Replace('\n'),
        '\n' => Normalised::Keep('\n'),
        // No-break and fixed-width spaces: plain spaces to every later stage.
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2000}'..='\u{200A}' | '\u{3000}' => {
            Normalised::Replace(' ')
        }
        // Line and paragraph separators end a line.
        '\u{2028}' | '\u{2029}' | '\u{0085}' => Normalised::Replace('\n'),
        // Invisible format characters that split words: zero-width space, word joiner, BOM,
        // soft hyphen. ZWJ/ZWNJ stay: they are part of spelling in Persian and Indic scripts.
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => Normalised::Delete,
        // Control characters (binary junk, form feeds, tabs): a space keeps words apart.
        c if c.is_control() => Normalised::Replace(' '),
        c => Normalised::Keep(c),
    }
}

impl Document {
    /// Normalises `input` and splits it into lines.
    pub fn parse(input: &str) -> Self {
        let mut text = String::with_capacity(input.len());
        let mut deletions = Vec::new();
        let mut chars = input.chars().peekable();
        while let Some(c) = chars.next() {
            match normalise_char(c, chars.peek().copied()) {
                Normalised::Keep(c) | Normalised::Replace(c) => text.push(c),
                Normalised::Delete => deletions.push(text.len()),
            }
        }
        let mut doc = Document {
            text,
            lines: Vec::new(),
            deletions,
            line_byte_starts: Vec::new(),
            char_checkpoints: Vec::new(),
        };
        doc.split_lines();
        let mut chars = 0;
        doc.char_checkpoints = std::iter::once(0)
            .chain(doc.text.as_bytes().chunks(CHECKPOINT_BYTES).map(|chunk| {
                chars += chars_in(chunk);
                chars
            }))
            .collect();
        doc
    }

    fn split_lines(&mut self) {
        let mut byte_start = 0;
        for (index, raw) in self.text.split('\n').enumerate() {
            let leading = raw.len() - raw.trim_start().len();
            let trimmed = raw.trim();
            let start = byte_start + leading;
            self.lines.push(Line {
                number: index + 1,
                span: Span::new(start, start + trimmed.len()),
            });
            self.line_byte_starts.push(byte_start);
            byte_start += raw.len() + 1;
        }
    }

    /// The normalised text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Every line, blank ones included, in order.
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// The trimmed text of the line at `index` (0-based index into [`Document::lines`]).
    pub fn line_text(&self, index: usize) -> &str {
        self.slice(self.lines[index].span)
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// The index into [`Document::lines`] of the line holding byte `offset`.
    pub fn line_index_at(&self, offset: usize) -> usize {
        self.line_byte_starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1)
    }

    /// The characters of the original input that a span of the normalised text came from.
    ///
    /// A character deleted by normalisation (the CR of a CRLF, a zero-width space) belongs
    /// before the character that follows it: it is inside the range only when it stood
    /// between the span's first and last characters.
    ///
    /// # Panics
    /// If the span reaches past the end of the text.
    pub fn input_char_range(&self, span: Span) -> Range<usize> {
        let deleted_before = |offset: usize| self.deletions.partition_point(|&at| at <= offset);
        let deleted_inside_or_before =
            |offset: usize| self.deletions.partition_point(|&at| at < offset);
        let start = self.char_index(span.start) + deleted_before(span.start);
        let end = self.char_index(span.end) + deleted_inside_or_before(span.end);
        start..end.max(start)
    }

    /// The character index in the normalised text of byte `offset`.
    fn char_index(&self, offset: usize) -> usize {
        let checkpoint = offset / CHECKPOINT_BYTES;
        self.char_checkpoints[checkpoint]
            + chars_in(&self.text.as_bytes()[checkpoint * CHECKPOINT_BYTES..offset])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_cr_end_lines() {
        let doc = Document::parse("a\r\nb\rc\n");
        let lines: Vec<_> = (0..doc.lines().len()).map(|i| doc.line_text(i)).collect();
        assert_eq!(lines, ["a", "b", "c", ""]);
        assert_eq!(doc.lines()[2].number, 3);
    }

    #[test]
    fn offsets_point_into_the_input_after_deletions() {
        let input = "x\r\ny\u{200B}z";
        let doc = Document::parse(input);
        assert_eq!(doc.text(), "x\nyz");
        let input_chars: Vec<char> = input.chars().collect();
        let in_input =
            |span: Span| -> String { input_chars[doc.input_char_range(span)].iter().collect() };
        let z = doc.text().find('z').unwrap();
        assert_eq!(in_input(Span::new(z, z + 1)), "z");
        // The zero-width space between y and z stays inside a span covering both...
        let y = doc.text().find('y').unwrap();
        assert_eq!(in_input(Span::new(y, z + 1)), "y\u{200B}z");
        // ...and the CR of the CRLF stays outside the line it ends.
        assert_eq!(in_input(doc.lines()[0].span), "x");
    }

    #[test]
    fn no_break_spaces_become_spaces_and_keep_offsets() {
        let doc = Document::parse("na\u{00A0}Ukrainę");
        assert_eq!(doc.text(), "na Ukrainę");
        assert_eq!(doc.input_char_range(Span::new(3, 4)), 3..4);
    }

    #[test]
    fn lines_are_trimmed_and_blank_lines_known() {
        let doc = Document::parse("  title  \n \t \nbody");
        assert_eq!(doc.line_text(0), "title");
        assert!(doc.lines()[1].is_blank());
        assert_eq!(doc.line_index_at(doc.text().find("body").unwrap()), 2);
    }

    #[test]
    fn offsets_stay_true_across_checkpoints_in_a_long_line() {
        let input = "żółw ".repeat(3 * CHECKPOINT_BYTES);
        let doc = Document::parse(&input);
        for (chars, (bytes, _)) in doc.text().char_indices().enumerate().step_by(997) {
            assert_eq!(doc.input_char_range(Span::new(bytes, bytes)).start, chars);
        }
        let whole = Span::new(0, doc.text().len());
        assert_eq!(doc.input_char_range(whole), 0..input.chars().count());
    }

    #[test]
    fn control_bytes_become_spaces() {
        let doc = Document::parse("a\u{0}b\u{7}c");
        assert_eq!(doc.text(), "a b c");
    }

    #[test]
    fn empty_input_has_one_blank_line() {
        let doc = Document::parse("");
        assert_eq!(doc.lines().len(), 1);
        assert!(doc.lines()[0].is_blank());
    }
}
