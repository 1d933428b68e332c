//! The page's main thread: renders [`article_lens::App`] into the document body.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<article_lens::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The Article Lens page runs in the browser: `bash scripts/serve.sh` builds and serves it."
    );
}
