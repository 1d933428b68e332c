//! Links that reopen an analysis: the pasted text travels in the URL fragment.
//!
//! The fragment never reaches a server, so a shared link keeps the text between the people who
//! hold the link (and works from any static host). [`fragment_for`] writes `#b64=` followed by
//! the text's UTF-8 in unpadded base64url: 4 characters per 3 bytes whatever the script, where
//! percent-encoding costs up to 9 characters per Greek letter. The publication date, when the
//! reader gave one, follows as `&published=YYYY-MM-DD` (neither base64url nor a date holds
//! `&`). [`shared_from_fragment`] reads that, and also `#text=` with a percent-encoded text,
//! which is easy to write by hand; links without a date read as before.

use article_lens_core::facts::dates::Ymd;

/// The fragment key of base64url-encoded text.
const BASE64_KEY: &str = "b64=";
/// The fragment key of percent-encoded text.
const PERCENT_KEY: &str = "text=";
/// The fragment key of the publication date, after the text.
const PUBLISHED_KEY: &str = "&published=";

/// What a link carries: the text and the publication date the reader gave, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    /// The pasted text.
    pub text: String,
    /// The publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The fragment (with its leading `#`) that carries `text` and, if it is a calendar date
/// (`YYYY-MM-DD`), `published`.
pub fn fragment_for(text: &str, published: Option<&str>) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(32 + BASE64_KEY.len() + bytes.len().div_ceil(3) * 4);
    out.push('#');
    out.push_str(BASE64_KEY);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    if let Some(date) = published.filter(|d| is_day(d)) {
        out.push_str(PUBLISHED_KEY);
        out.push_str(date);
    }
    out
}

/// What a URL fragment (`location.hash`, with or without its `#`) carries, if it carries a
/// text that decodes to UTF-8. A date that is not a calendar day is ignored; in a
/// percent-encoded text, `&published=` followed by anything else is part of the text.
pub fn shared_from_fragment(fragment: &str) -> Option<Shared> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let (encoded, published) = match fragment.rsplit_once(PUBLISHED_KEY) {
        Some((encoded, date)) if is_day(date) => (encoded, Some(date.to_owned())),
        _ => (fragment, None),
    };
    let bytes = if let Some(encoded) = encoded.strip_prefix(BASE64_KEY) {
        decode_base64url(encoded)?
    } else {
        decode_percent(encoded.strip_prefix(PERCENT_KEY)?)
    };
    let text = String::from_utf8(bytes).ok()?;
    Some(Shared { text, published })
}

/// Whether `s` is exactly a calendar day written `YYYY-MM-DD`.
pub fn is_day(s: &str) -> bool {
    s.len() == 10 && s.bytes().all(|b| b.is_ascii_digit() || b == b'-') && Ymd::parse(s).is_some()
}

fn decode_base64url(encoded: &str) -> Option<Vec<u8>> {
    let encoded = encoded.trim_end_matches('=');
    let mut out = Vec::with_capacity(encoded.len() / 4 * 3 + 2);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in encoded.bytes() {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            // Standard base64 too, in case a link went through a tool that rewrote it.
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6 | u32::from(value)) & 0xFFFF;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

fn decode_percent(encoded: &str) -> Vec<u8> {
    let bytes = encoded.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match bytes[i] {
            b'%' => match (
                bytes.get(i + 1).and_then(|&b| hex(b)),
                bytes.get(i + 2).and_then(|&b| hex(b)),
            ) {
                (Some(hi), Some(lo)) => {
                    out.push((hi * 16 + lo) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(fragment: &str) -> Option<String> {
        shared_from_fragment(fragment).map(|shared| shared.text)
    }

    #[test]
    fn texts_round_trip_in_every_script() {
        for text in [
            "",
            "a",
            "ab",
            "abc",
            "NATO-Chef Jens Stoltenberg",
            "Ο Γενς Στόλτενμπεργκ δήλωσε «δεν θα είναι εύκολο»",
            "w Rosji i\u{a0}Rosją\r\n\n",
            "שלום עולם 🌍",
        ] {
            let fragment = fragment_for(text, None);
            assert!(fragment.starts_with("#b64="));
            assert!(
                fragment[1..]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"=-_".contains(&b))
            );
            assert_eq!(text_of(&fragment).as_deref(), Some(text), "{text}");
        }
    }

    #[test]
    fn base64url_matches_the_standard() {
        // RFC 4648 test vectors, unpadded, url alphabet.
        assert_eq!(fragment_for("foobar", None), "#b64=Zm9vYmFy");
        assert_eq!(fragment_for("fo", None), "#b64=Zm8");
        assert_eq!(fragment_for("\u{3ff}\u{ffff}", None), "#b64=z7_vv78");
        assert_eq!(text_of("b64=Zm8=").as_deref(), Some("fo"));
        assert_eq!(text_of("b64=z7/vv78").as_deref(), Some("\u{3ff}\u{ffff}"));
    }

    #[test]
    fn percent_encoded_text_is_read() {
        assert_eq!(
            text_of("#text=Hallo%20Welt%0A%CE%93%CE%B5%CE%BD%CF%82+x").as_deref(),
            Some("Hallo Welt\nΓενς x")
        );
        assert_eq!(text_of("#text=100%").as_deref(), Some("100%"));
        assert_eq!(text_of("#text=%zz").as_deref(), Some("%zz"));
    }

    #[test]
    fn other_fragments_carry_no_text() {
        assert_eq!(text_of(""), None);
        assert_eq!(text_of("#"), None);
        assert_eq!(text_of("#section-2"), None);
        assert_eq!(text_of("#b64=not base64!"), None);
        // Bytes that are not UTF-8.
        assert_eq!(text_of("#b64=_w"), None);
        assert_eq!(text_of("#text=%FF"), None);
    }

    #[test]
    fn the_publication_date_travels_after_the_text() {
        let fragment = fragment_for("Ο Στόλτενμπεργκ", Some("2022-01-13"));
        assert!(fragment.ends_with("&published=2022-01-13"));
        assert_eq!(
            shared_from_fragment(&fragment),
            Some(Shared {
                text: "Ο Στόλτενμπεργκ".into(),
                published: Some("2022-01-13".into()),
            })
        );
        // Not a calendar day: left out of the link, and ignored in one.
        assert_eq!(fragment_for("fo", Some("2022-02-30")), "#b64=Zm8");
        assert_eq!(fragment_for("fo", Some("")), "#b64=Zm8");
        assert_eq!(fragment_for("fo", Some("2022-01-13T10:00")), "#b64=Zm8");
        assert_eq!(text_of("#b64=Zm8&published=2022-13-01"), None);
        // A hand-written link; "&published=" in a percent-encoded text stays text.
        let shared = shared_from_fragment("#text=Hallo+Welt&published=2024-02-29").unwrap();
        assert_eq!(shared.text, "Hallo Welt");
        assert_eq!(shared.published.as_deref(), Some("2024-02-29"));
        let shared = shared_from_fragment("#text=a&published=soon").unwrap();
        assert_eq!(
            (shared.text.as_str(), shared.published),
            ("a&published=soon", None)
        );
    }
}
