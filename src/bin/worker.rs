//! The page's web worker: runs [`article_lens::agent::AnalyzeTask`], off the main thread.

#[cfg(target_arch = "wasm32")]
fn main() {
    use yew_agent::Registrable;
    article_lens::agent::AnalyzeTask::registrar()
        .encoding::<article_lens::agent::Json>()
        .register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The Article Lens worker runs in the browser: `bash scripts/serve.sh` builds and serves it."
    );
}
