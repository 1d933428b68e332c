//! # Article Lens, the page
//!
//! A Yew app that sends pasted text to [`article_lens_core::analyze`] in a web worker and shows
//! the [`Report`](article_lens_core::Report): the cleaned article with its entities and a
//! language badge per paragraph, the lines that were removed and why, the languages, and the
//! key facts.
//!
//! The modules that compute what to show ([`analysis`], [`highlight`], [`share`]) are plain
//! Rust, unit-tested natively. The Yew parts exist only for `wasm32`:
//!
//! | module | role |
//! | --- | --- |
//! | `agent` | the `#[oneshot]` analysis task that runs in the worker, and its JSON codec |
//! | `state` | the page's one `Reducible` state: the text, the phase, the selection |
//! | `hooks` | debounced analysis through the worker, stale results dropped by generation |
//! | `components` | paste box, article view, removed lines, facts panel, language summary |
//! | `app` | [`App`], the root component |
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod analysis;
pub mod highlight;
pub mod share;

#[cfg(target_arch = "wasm32")]
pub mod agent;
#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod state;

#[cfg(target_arch = "wasm32")]
pub use app::{App, AppProps, Backend};
