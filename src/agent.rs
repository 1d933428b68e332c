//! The analysis as a web-worker task, so typing and scrolling never wait for it.
//!
//! [`AnalyzeTask`] is a yew-agent `#[oneshot]`: one [`AnalyzeRequest`] (the text and the
//! publication date the reader gave) in, one [`Report`] out. It is
//! registered by the `worker` binary and called from the page through a `OneshotProvider`.
//! Messages cross the worker boundary with the [`Json`] codec: the report's JSON form is the
//! project's contract, so it survives any serde attribute the core uses (yew-agent's default,
//! bincode, cannot skip or flatten fields), and the page's side decodes one string instead of
//! walking a JS object field by field.

use article_lens_core::facts::dates::Ymd;
use article_lens_core::{Options, Report};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use yew_agent::Codec;
use yew_agent::prelude::oneshot;

/// What the page asks the worker to analyse.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnalyzeRequest {
    /// The pasted text.
    pub text: String,
    /// The publication date the reader gave, `YYYY-MM-DD`.
    pub published: Option<String>,
}

impl AnalyzeRequest {
    /// The core's options for this request (a date that is not a calendar day is ignored).
    pub fn options(&self) -> Options {
        Options {
            published: self.published.as_deref().and_then(Ymd::parse),
        }
    }
}

/// Analyses one pasted text (runs inside the worker).
#[oneshot]
pub async fn AnalyzeTask(request: AnalyzeRequest) -> Report {
    article_lens_core::analyze_with(&request.text, &request.options())
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
