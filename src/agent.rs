//! The analysis as a web-worker task, so typing and scrolling never wait for it.
//!
//! [`AnalyzeTask`] is a yew-agent `#[oneshot]`: one text in, one [`Report`] out. It is
//! registered by the `worker` binary and called from the page through a `OneshotProvider`.
//! Messages cross the worker boundary with the [`Json`] codec: the report's JSON form is the
//! project's contract, so it survives any serde attribute the core uses (yew-agent's default,
//! bincode, cannot skip or flatten fields), and the page's side decodes one string instead of
//! walking a JS object field by field.

use article_lens_core::Report;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use yew_agent::Codec;
use yew_agent::prelude::oneshot;

/// Analyses one pasted text (runs inside the worker).
#[oneshot]
pub async fn AnalyzeTask(text: String) -> Report {
    article_lens_core::analyze(&text)
}

/// Worker messages as JSON strings.
#[derive(Debug)]
pub struct Json;

impl Codec for Json {
    fn encode<I: Serialize>(input: I) -> JsValue {
        // Serialising plain data to JSON cannot fail (no maps with non-string keys here).
        JsValue::from_str(&serde_json::to_string(&input).unwrap_or_default())
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        let text = input.as_string().unwrap_or_default();
        serde_json::from_str(&text).expect("a worker message that is not the JSON we sent")
    }
}
