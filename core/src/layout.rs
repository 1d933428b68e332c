//! Stage 2: blocks, the runs of adjacent non-blank lines.
//!
//! Takes the [`Document`] and returns its [`Block`]s in order. A block is what the page put
//! together visually: a paragraph when the paste separates paragraphs by blank lines, or a
//! whole stretch of the page when it separates them by single newlines (then every line is its
//! own paragraph). Later stages classify *lines*, and use blocks only as context: a line alone
//! in its block reads differently from a line in a rail of twenty short ones.

use crate::document::Document;
use std::ops::Range;

/// A run of adjacent non-blank lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// Indices into [`Document::lines`], all non-blank.
    pub lines: Range<usize>,
}

impl Block {
    /// Number of lines in the block.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// True for a block without lines (never produced by [`blocks`]).
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// Splits the document's lines into blocks at blank lines.
pub fn blocks(doc: &Document) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut start = None;
    for (index, line) in doc.lines().iter().enumerate() {
        match (line.is_blank(), start) {
            (false, None) => start = Some(index),
            (true, Some(first)) => {
                blocks.push(Block {
                    lines: first..index,
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(first) = start {
        blocks.push(Block {
            lines: first..doc.lines().len(),
        });
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_separate_blocks() {
        let doc = Document::parse("a\nb\n\n\nc\n");
        let found: Vec<_> = blocks(&doc).into_iter().map(|b| b.lines).collect();
        assert_eq!(found, [0..2, 4..5]);
    }

    #[test]
    fn single_newlines_make_one_block() {
        let doc = Document::parse("one\ntwo\nthree");
        assert_eq!(blocks(&doc), [Block { lines: 0..3 }]);
    }

    #[test]
    fn empty_and_blank_documents_have_no_blocks() {
        assert!(blocks(&Document::parse("")).is_empty());
        assert!(blocks(&Document::parse(" \n\t\n")).is_empty());
    }
}
