//! What the words of a document mean: codes as documents write them, names,
//! the ranges a sentence states, the language a column is in, a "no error"
//! line.

use super::Row;

/// Whether a row with code 0 is a document's "no error" line: its name,
/// a text or its section's title says success, OK or normal.
pub(super) fn reads_as_success(row: &Row, section: Option<&str>) -> bool {
    const WORDS: [&str; 6] = ["success", "successful", "succeeded", "ok", "normal", "noerror"];
    let says = |text: &str| {
        let lower = text.to_lowercase();
        ["正常", "成功", "no error"].iter().any(|w| lower.contains(w))
            || lower.split(|c: char| !c.is_alphanumeric()).any(|word| WORDS.contains(&word))
    };
    section.is_some_and(says)
        || row.texts.iter().any(|t| says(&t.text))
        || row.name.as_deref().is_some_and(says)
}

/// Whether `text` is mostly Chinese, Japanese or Korean script.
pub(super) fn is_cjk(text: &str) -> bool {
    let cjk = text.chars().filter(|c| matches!(u32::from(*c), 0x3000..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)).count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    cjk * 3 >= letters.max(1)
}

/// The language of a column of texts: `zh` when most are in CJK script.
pub(super) fn language_of<'a>(texts: impl Iterator<Item = &'a str>) -> &'static str {
    let (mut cjk, mut other) = (0, 0);
    // Texts without letters (codes, dashes) say nothing about the language.
    for text in texts.filter(|t| t.chars().any(char::is_alphabetic)) {
        if is_cjk(text) {
            cjk += 1;
        } else {
            other += 1;
        }
    }
    if cjk > other {
        "zh"
    } else {
        "en"
    }
}

/// Parses an integer as documents write codes: decimal, negative, `0x` hex,
/// possibly in parentheses (`(-1)`).
pub(super) fn parse_code(text: &str) -> Option<i128> {
    let text = text.trim().trim_start_matches('(').trim_end_matches(')').trim();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.trim()),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let hex = digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X"));
    // `from_str_radix` and `parse` take a sign of their own: only digits are given them.
    let (digits, radix) = hex.map_or((digits, 10), |hex| (hex, 16));
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let value = i128::from_str_radix(digits, radix).ok()?;
    if negative {
        value.checked_neg()
    } else {
        Some(value)
    }
}

/// Whether `text` can be a constant's name: letters, digits and `_`, not
/// starting with a digit.
pub(super) fn is_name(text: &str) -> bool {
    text.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The first `[lo, hi]` (or `lo-hi`, `lo ~ hi`, `lo to hi`) range a text states.
pub(super) fn stated_range(text: &str) -> Option<(i128, i128)> {
    let numbers: Vec<(usize, usize)> = {
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        let mut at = 0;
        while at < bytes.len() {
            let starts = bytes.get(at).is_some_and(u8::is_ascii_digit)
                || (bytes.get(at) == Some(&b'-')
                    && bytes.get(at + 1).is_some_and(u8::is_ascii_digit));
            if starts {
                let end = at
                    + 1
                    + bytes
                        .get(at + 1..)
                        .map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
                found.push((at, end));
                at = end;
            } else {
                at += 1;
            }
        }
        found
    };
    for pair in numbers.windows(2) {
        let [(a_start, a_end), (b_start, b_end)] = pair else { continue };
        let number = |start: usize, end: usize| text.get(start..end)?.parse::<i128>().ok();
        let (Some(between), Some(a), Some(b)) =
            (text.get(*a_end..*b_start), number(*a_start, *a_end), number(*b_start, *b_end))
        else {
            continue;
        };
        let between = between.trim();
        // `1000-1999` reads as 1000 and -1999: the dash joins them.
        let b =
            if between.is_empty() && b < 0 && a >= 0 { b.checked_neg().unwrap_or(b) } else { b };
        let joined = matches!(between, "" | "," | "，" | "-" | "~" | "～" | "to" | ".." | "..=");
        if joined && (!between.is_empty() || b_start == a_end) && a != b {
            return Some((a.min(b), a.max(b)));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_names_and_ranges_as_documents_write_them() {
        assert_eq!(parse_code("551"), Some(551));
        assert_eq!(parse_code("(-101)"), Some(-101));
        assert_eq!(parse_code(" -1 "), Some(-1));
        assert_eq!(parse_code("0x1F"), Some(31));
        assert_eq!(parse_code("ERR_X"), None);
        assert!(
            is_name("ERR_INVALID_ARGUMENT")
                && is_name("CodeAccess")
                && !is_name("9x")
                && !is_name("a b")
        );
        assert_eq!(stated_range("Access服务的错误状态码范围为[550,599]"), Some((550, 599)));
        assert_eq!(stated_range("Object errors (Range: -703 to -712)"), Some((-712, -703)));
        assert_eq!(stated_range("Access [550, 599]"), Some((550, 599)));
        assert_eq!(stated_range("codes 1000-1999"), Some((1000, 1999)));
        assert_eq!(stated_range("version 2, released 2024"), None);
        assert_eq!(language_of(["磁盘不存在", "卷组"].into_iter()), "zh");
        assert_eq!(language_of(["disk not found", "bid不存在"].into_iter()), "en");
        // Signs where a sign cannot be, and numbers no i128 holds, are no codes.
        assert_eq!(parse_code("0x-1"), None);
        assert_eq!(parse_code("-0x-80000000000000000000000000000000"), None);
        assert_eq!(parse_code("-170141183460469231731687303715884105727"), Some(-i128::MAX));
        assert_eq!(parse_code("-170141183460469231731687303715884105728"), None);
        assert_eq!(parse_code("999999999999999999999999999999999999999999"), None);
        assert_eq!(
            stated_range("x 0-170141183460469231731687303715884105728"),
            Some((i128::MIN, 0))
        );
        assert_eq!(
            stated_range("build 99999999999999999999999999999999999999999, codes [100,199]"),
            Some((100, 199))
        );
    }
}
