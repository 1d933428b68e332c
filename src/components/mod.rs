//! The page's components. Each is driven only by its props (data down, callbacks up).

mod article_view;
mod facts_panel;
mod language_summary;
mod paste_box;

pub use article_view::ArticleView;
pub use facts_panel::FactsPanel;
pub use language_summary::LanguageSummary;
pub use paste_box::PasteBox;
