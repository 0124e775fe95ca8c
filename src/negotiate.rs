//! Picking a catalog language from an HTTP `Accept-Language` header
//! (RFC 9110 §12.5.4, with RFC 4647 lookup-style matching).

/// How many ranges of one header are read: a real header has a handful, and
/// the cap keeps a hostile one from costing more than a few thousand steps.
const MAX_RANGES: usize = 32;

/// The catalog language that best matches an `Accept-Language` header, or
/// `None` when the caller should use the default language (`languages[0]`).
///
/// The rule (RFC 9110 §12.5.4, matching as RFC 4647 lookup):
///
/// 1. Ranges are tried by quality value, highest first (ties in header
///    order); the first that matches a catalog language the client does not
///    refuse wins. A range matches a language when they are equal ignoring
///    ASCII case, or when one is a prefix of the other ending at a `-`
///    (`zh-CN` matches `zh`, `en` matches `en-US`); `*` matches the first
///    catalog language not refused.
/// 2. `q=0` refuses: the language it names, and the languages it is a prefix
///    of (`zh;q=0` refuses `zh-TW`); `*;q=0` refuses every language the header
///    does not name.
/// 3. When no range matches, the default language is used, unless the client
///    refused it: then the first catalog language it did not refuse is
///    chosen, and the default only when it refused them all.
///
/// Malformed quality values skip their range; only the first 32 ranges are
/// read.
///
/// ```
/// let languages = ["en", "zh"];
/// assert_eq!(errcat::negotiate_language("zh-CN,zh;q=0.9,en;q=0.8", &languages), Some("zh"));
/// assert_eq!(errcat::negotiate_language("fr, en;q=0.5", &languages), Some("en"));
/// assert_eq!(errcat::negotiate_language("fr", &languages), None);
/// // Chinese is the default, but this client refuses it and English exists:
/// assert_eq!(errcat::negotiate_language("fr, zh;q=0", &["zh", "en"]), Some("en"));
/// ```
#[must_use]
pub fn negotiate_language<'a>(accept_language: &str, languages: &[&'a str]) -> Option<&'a str> {
    let refused = |language: &str| {
        let named = |range: &str| range != "*" && names(range, language);
        let mut rest_refused = false;
        for (range, quality) in ranges(accept_language) {
            match (quality, range) {
                (0, "*") => rest_refused = true,
                (0, range)
                    if range.eq_ignore_ascii_case(language) || prefix_of(range, language) =>
                {
                    return true
                }
                _ => {}
            }
        }
        rest_refused && !ranges(accept_language).any(|(range, q)| q > 0 && named(range))
    };
    let mut best: Option<(u16, &'a str)> = None;
    for (range, quality) in ranges(accept_language) {
        if quality == 0 || best.is_some_and(|(q, _)| q >= quality) {
            continue;
        }
        if let Some(language) = matching(range, languages, &refused) {
            best = Some((quality, language));
        }
    }
    if let Some((_, language)) = best {
        return Some(language);
    }
    match languages.first() {
        Some(&default) if refused(default) => {
            languages.iter().copied().find(|&language| !refused(language))
        }
        _ => None,
    }
}

/// The header's well-formed ranges with their quality in thousandths.
fn ranges(accept_language: &str) -> impl Iterator<Item = (&str, u16)> {
    accept_language.split(',').take(MAX_RANGES).filter_map(|item| {
        let mut parts = item.split(';');
        let range = parts.next().unwrap_or_default().trim();
        let quality = parts
            .find_map(|param| {
                let (key, value) = param.split_once('=')?;
                key.trim().eq_ignore_ascii_case("q").then(|| quality(value.trim()))
            })
            .unwrap_or(Some(1000))?;
        (!range.is_empty()).then_some((range, quality))
    })
}

/// Whether `long` is `short` followed by `-` and more subtags.
fn prefix_of(short: &str, long: &str) -> bool {
    long.len() > short.len()
        && long.as_bytes().get(short.len()) == Some(&b'-')
        && long.get(..short.len()).is_some_and(|head| head.eq_ignore_ascii_case(short))
}

/// Whether `range` names `language`: equal, or one a prefix of the other.
fn names(range: &str, language: &str) -> bool {
    range.eq_ignore_ascii_case(language) || prefix_of(range, language) || prefix_of(language, range)
}

fn matching<'a>(
    range: &str,
    languages: &[&'a str],
    refused: &impl Fn(&str) -> bool,
) -> Option<&'a str> {
    let allowed = || languages.iter().copied().filter(|&language| !refused(language));
    if range == "*" {
        return allowed().next();
    }
    // Equal first, then the more specific language, then the broader one.
    allowed()
        .find(|language| language.eq_ignore_ascii_case(range))
        .or_else(|| allowed().find(|language| prefix_of(range, language)))
        .or_else(|| allowed().find(|language| names(range, language)))
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

/// The catalog's default language (its first).
#[cfg(any(feature = "serde", feature = "tonic"))]
pub(crate) fn default_language<E: crate::ErrorCode>() -> &'static str {
    E::LANGUAGES.first().copied().unwrap_or("en")
}

/// `language` as one of the catalog's languages (ASCII case ignored), or the
/// default language.
#[cfg(any(feature = "serde", feature = "tonic"))]
pub(crate) fn catalog_language<E: crate::ErrorCode>(language: &str) -> &'static str {
    E::LANGUAGES
        .iter()
        .copied()
        .find(|known| known.eq_ignore_ascii_case(language))
        .unwrap_or_else(default_language::<E>)
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
    fn a_refused_language_is_never_chosen_while_another_is_available() {
        let zh_first = ["zh", "en"];
        // The report that prompted the rule: the default is refused, English exists.
        assert_eq!(negotiate_language("fr, zh;q=0", &zh_first), Some("en"));
        assert_eq!(negotiate_language("zh;q=0", &zh_first), Some("en"));
        // Refusing a language refuses its regional variants too.
        assert_eq!(negotiate_language("zh;q=0", &["zh-CN", "en"]), Some("en"));
        // A positive range does not bring back a refused language.
        assert_eq!(negotiate_language("zh-CN, zh;q=0", &zh_first), Some("en"));
        assert_eq!(negotiate_language("*, zh;q=0", &zh_first), Some("en"));
        // Refusing everything leaves the default (the caller's choice).
        assert_eq!(negotiate_language("zh;q=0, en;q=0", &zh_first), None);
        assert_eq!(negotiate_language("*;q=0", &zh_first), None);
        // `*;q=0` refuses only what the header does not name.
        assert_eq!(negotiate_language("en, *;q=0", &zh_first), Some("en"));
        // Nothing refused, nothing matched: the default.
        assert_eq!(negotiate_language("fr", &zh_first), None);
    }

    #[test]
    fn a_hostile_header_is_read_only_so_far() {
        let mut header = "xx;q=0.5,".repeat(10_000);
        header.push_str("zh");
        assert_eq!(negotiate_language(&header, &LANGUAGES), None);
        assert_eq!(ranges(&header).count(), MAX_RANGES);
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
