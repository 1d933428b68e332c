//! Article Lens web app.
