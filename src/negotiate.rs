//! Picking a catalog language from an HTTP `Accept-Language` header
//! (RFC 9110 §12.5.4, with RFC 4647 lookup-style matching).

/// The catalog language that best matches an `Accept-Language` header, or
/// `None` when the header accepts none of them (the caller then uses the
/// default language, `languages[0]`).
///
/// Ranges are tried by quality value, highest first (ties in header order);
/// `q=0` excludes a range. A range matches a language when they are equal
/// ignoring ASCII case, when one is a prefix of the other ending at a `-`
/// (`zh-CN` matches `zh`, `en` matches `en-US`), and `*` matches the default.
///
/// ```
/// let languages = ["en", "zh"];
/// assert_eq!(errcat::negotiate_language("zh-CN,zh;q=0.9,en;q=0.8", &languages), Some("zh"));
/// assert_eq!(errcat::negotiate_language("fr, en;q=0.5", &languages), Some("en"));
/// assert_eq!(errcat::negotiate_language("fr", &languages), None);
/// ```
#[must_use]
pub fn negotiate_language<'a>(accept_language: &str, languages: &[&'a str]) -> Option<&'a str> {
    let mut best: Option<(u16, &'a str)> = None;
    for item in accept_language.split(',') {
        let mut parts = item.split(';');
        let range = parts.next().unwrap_or_default().trim();
        let quality = parts
            .find_map(|param| {
                let (key, value) = param.split_once('=')?;
                key.trim().eq_ignore_ascii_case("q").then(|| quality(value.trim()))
            })
            .unwrap_or(Some(1000));
        let Some(quality) = quality.filter(|&q| q > 0) else { continue };
        if best.is_some_and(|(q, _)| q >= quality) {
            continue;
        }
        if let Some(language) = matching(range, languages) {
            best = Some((quality, language));
        }
    }
    best.map(|(_, language)| language)
}

fn matching<'a>(range: &str, languages: &[&'a str]) -> Option<&'a str> {
    if range == "*" {
        return languages.first().copied();
    }
    let prefix_of = |short: &str, long: &str| {
        long.len() > short.len()
            && long.as_bytes().get(short.len()) == Some(&b'-')
            && long.get(..short.len()).is_some_and(|head| head.eq_ignore_ascii_case(short))
    };
    let exact = languages.iter().find(|language| language.eq_ignore_ascii_case(range));
    exact
        .or_else(|| languages.iter().find(|language| prefix_of(range, language)))
        .or_else(|| languages.iter().find(|language| prefix_of(language, range)))
        .copied()
}

/// A quality value in thousandths: `1`, `0.8`, `0.125` (at most three
/// decimals, at most 1); anything else is malformed.
fn quality(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = fraction
        .bytes()
        .chain(core::iter::repeat(b'0'))
        .take(3)
        .try_fold(0u16, |acc, digit| Some(acc * 10 + u16::from(digit - b'0')))?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGUAGES: [&str; 3] = ["en", "zh", "pt-BR"];

    #[test]
    fn the_highest_quality_match_wins() {
        assert_eq!(negotiate_language("en;q=0.5, zh;q=0.9", &LANGUAGES), Some("zh"));
        assert_eq!(negotiate_language("en, zh", &LANGUAGES), Some("en"));
        assert_eq!(negotiate_language("zh;q=0.5, en;q=0.5", &LANGUAGES), Some("zh"));
        assert_eq!(negotiate_language("de, fr;q=0.9, zh;q=0.1", &LANGUAGES), Some("zh"));
    }

    #[test]
    fn subtags_match_either_way_and_case_does_not_matter() {
        assert_eq!(negotiate_language("zh-Hans-CN", &LANGUAGES), Some("zh"));
        assert_eq!(negotiate_language("PT", &LANGUAGES), Some("pt-BR"));
        assert_eq!(negotiate_language("pt-br", &LANGUAGES), Some("pt-BR"));
        assert_eq!(negotiate_language("english", &LANGUAGES), None);
    }

    #[test]
    fn zero_quality_excludes_and_star_means_the_default() {
        assert_eq!(negotiate_language("zh;q=0, *;q=0.1", &LANGUAGES), Some("en"));
        assert_eq!(negotiate_language("zh;q=0", &LANGUAGES), None);
        assert_eq!(negotiate_language("", &LANGUAGES), None);
    }

    #[test]
    fn malformed_quality_values_are_skipped() {
        for header in ["zh;q=2", "zh;q=0.1234", "zh;q=abc", "zh;q=1.5", "zh;q=-1"] {
            assert_eq!(negotiate_language(header, &LANGUAGES), None, "{header}");
        }
        assert_eq!(quality("0.8"), Some(800));
        assert_eq!(quality("1.000"), Some(1000));
        assert_eq!(quality("0.05"), Some(50));
    }
}
