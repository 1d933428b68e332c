//! Hooks: the analysis pipeline of the page (debounce, worker, generations).

mod use_analysis;

pub use use_analysis::{Runner, use_analysis};
