//! The HTML reference: one self-contained page (its style and script
//! inline, no request of any kind, so it works from `file://`), with a
//! search box, a language switch, an anchor per code and per group, and a
//! picture of how full each group's range is. Every catalog text is
//! HTML-escaped.

use std::fmt::Write;

use crate::format::Deprecation;
use crate::model::{Catalog, Entry, Group, Localized};

const STYLE: &str = include_str!("reference.css");
const SCRIPT: &str = include_str!("reference.js");

/// Renders the page; texts in every language, the first shown.
pub fn html(catalog: &Catalog) -> String {
    let mut out = String::new();
    let languages = catalog.languages();
    let default = languages.first().map_or("en", String::as_str);
    let name = escape(catalog.name());
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{name}: error codes</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<header>\n<h1>{name}</h1>\n",
        escape(default)
    );
    if let Some(description) = catalog.description() {
        let _ = writeln!(out, "<p>{}</p>", texts(description, languages));
    }
    out.push_str("<div class=\"controls\">\n<input id=\"search\" type=\"search\" placeholder=\"Search codes, names and texts\" aria-label=\"Search\" autofocus>\n");
    if languages.len() > 1 {
        out.push_str("<label>Language <select id=\"lang\">");
        for language in languages {
            let language = escape(language);
            let _ = write!(out, "<option value=\"{language}\">{language}</option>");
        }
        out.push_str("</select></label>\n");
    }
    out.push_str("<span id=\"count\"></span>\n</div>\n</header>\n<main>\n");
    if catalog.groups().is_empty() {
        section(&mut out, catalog, None, catalog.entries().iter().collect());
    }
    for (index, group) in catalog.groups().iter().enumerate() {
        let entries = catalog.entries().iter().filter(|e| e.group == Some(index)).collect();
        section(&mut out, catalog, Some(group), entries);
    }
    let _ = write!(out, "</main>\n<script>\n{SCRIPT}</script>\n</body>\n</html>\n");
    out
}

/// A group (or the whole catalog without groups): heading, range picture, table.
fn section(out: &mut String, catalog: &Catalog, group: Option<&Group>, entries: Vec<&Entry>) {
    let languages = catalog.languages();
    match group {
        Some(group) => {
            let id = format!("group-{}", escape(&group.ident));
            let range =
                group.range.map(|(lo, hi)| format!(" <span class=\"range\">[{lo}, {hi}]</span>"));
            let _ = writeln!(
                out,
                "<section class=\"group\" id=\"{id}\">\n<h2><a href=\"#{id}\">{}</a>{}</h2>",
                escape(&group.name),
                range.unwrap_or_default()
            );
            if let Some(description) = &group.description {
                let _ = writeln!(out, "<p>{}</p>", texts(description, languages));
            }
            if let Some((lo, hi)) = group.range {
                usage(out, catalog, lo, hi, entries.len());
            }
        }
        None => out.push_str("<section class=\"group\" id=\"codes\">\n"),
    }
    out.push_str(
        "<table>\n<thead><tr><th>Code</th><th>Name</th><th>Message</th><th>Description</th>\
         <th>Solution</th><th>HTTP</th><th>gRPC</th><th>Severity</th><th>Retryable</th><th>Arguments</th>",
    );
    if !catalog.fields().is_empty() {
        out.push_str("<th>Fields</th>");
    }
    // Once per section: asking per row would scan every entry per row.
    let with_links = catalog.has_help_urls();
    if with_links {
        out.push_str("<th>Help</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for entry in entries {
        row(out, catalog, entry, with_links);
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

/// How full the range `lo..=hi` is: codes in use, reserved, free.
fn usage(out: &mut String, catalog: &Catalog, lo: i128, hi: i128, used: usize) {
    let size = hi - lo + 1;
    let used = i128::try_from(used).unwrap_or(size);
    // Entries are in code order, and reserved ranges merged: both are counted
    // by search, not by walking the range.
    let entries = catalog.entries();
    let entries_in = |a: i128, b: i128| {
        let count =
            entries.partition_point(|e| e.code <= b) - entries.partition_point(|e| e.code < a);
        i128::try_from(count).unwrap_or(0)
    };
    let reserved: i128 = catalog
        .reserved
        .iter()
        .map(|&(start, end)| (start.max(lo), end.min(hi)))
        .filter(|(a, b)| a <= b)
        .map(|(a, b)| b - a + 1 - entries_in(a, b))
        .sum();
    let free = (size - used - reserved).max(0);
    let percent = |part: i128| {
        // Widths to a tenth of a percent: enough for a picture, stable as text.
        let tenths = part.saturating_mul(1000) / size.max(1);
        format!("{}.{}%", tenths / 10, tenths % 10)
    };
    let _ = writeln!(
        out,
        "<div class=\"bar\" role=\"img\" aria-label=\"{used} used, {reserved} reserved, {free} free of {size}\">\
         <span class=\"used\" style=\"width:{}\"></span><span class=\"reserved\" style=\"width:{}\"></span>\
         <span class=\"free\" style=\"width:{}\"></span></div>\n<p class=\"usage\">{used} used, {reserved} reserved, {free} free of {size}</p>",
        percent(used),
        percent(reserved),
        percent(free)
    );
}

fn row(out: &mut String, catalog: &Catalog, entry: &Entry, with_links: bool) {
    let languages = catalog.languages();
    let code = entry.code;
    let mut search = format!("{code} {}", entry.name);
    let mut extra = String::new();
    if !catalog.fields().is_empty() {
        let values = catalog.fields().iter().zip(&entry.fields);
        let lines: Vec<String> = values
            .filter_map(|(field, value)| {
                let value = value.as_ref()?.to_text();
                search.push(' ');
                search.push_str(&value);
                Some(format!("<code>{}</code>: {}", escape(&field.name), escape(&value)))
            })
            .collect();
        let _ = write!(extra, "<td class=\"text\">{}</td>", lines.join("<br>"));
    }
    if with_links {
        let link = entry
            .help_url
            .as_ref()
            .map(|url| format!("<a href=\"{}\" rel=\"noopener\">docs</a>", attribute(url)));
        let _ = write!(extra, "<td>{}</td>", link.unwrap_or_default());
    }
    for text in [&entry.message, &entry.description, &entry.solution].into_iter().flatten() {
        for index in 0..languages.len() {
            if let Some(text) = text.get(index) {
                search.push(' ');
                search.push_str(text);
            }
        }
    }
    let cell =
        |text: &Option<Localized>| text.as_ref().map(|t| texts(t, languages)).unwrap_or_default();
    let name = match &entry.deprecated {
        Some(deprecation) => {
            let note = match deprecation {
                Deprecation::Plain => "deprecated".to_owned(),
                Deprecation::Note(note) => format!("deprecated: {note}"),
            };
            let (name, title, note) = (escape(&entry.name), attribute(&note), escape(&note));
            format!(
                "<code class=\"deprecated\" title=\"{title}\">{name}</code> <small>{note}</small>"
            )
        }
        None => format!("<code>{}</code>", escape(&entry.name)),
    };
    let args: Vec<String> =
        entry.args.iter().map(|a| format!("<code>{}</code>: {}", escape(&a.name), a.ty)).collect();
    let _ = writeln!(
        out,
        "<tr id=\"{code}\" data-search=\"{}\"><td class=\"code\"><a href=\"#{code}\">{code}</a></td><td>{name}</td>\
         <td class=\"text\">{}</td><td class=\"text\">{}</td><td class=\"text\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>{extra}</tr>",
        attribute(&search.to_lowercase()),
        cell(&entry.message),
        cell(&entry.description),
        cell(&entry.solution),
        entry.http,
        entry.grpc,
        entry.severity,
        if entry.retryable { "yes" } else { "no" },
        args.join(", "),
    );
}

/// A text in every language, the first shown and the others hidden until
/// the language switch picks them; each with the lookup's fallback.
fn texts(text: &Localized, languages: &[String]) -> String {
    let mut out = String::new();
    for (index, language) in languages.iter().enumerate() {
        let hidden = if index == 0 { "" } else { " hidden" };
        let language = escape(language);
        let value = escape(text.get(index).unwrap_or_default());
        let _ = write!(
            out,
            "<span lang=\"{language}\" data-lang=\"{language}\"{hidden}>{value}</span>"
        );
    }
    out
}

/// Catalog text as HTML content: markup characters as references, a line
/// break as `<br>`, and every other character that
/// [`crate::escape::never_raw`] lists shown as `<U+202E>`, never raw and
/// never as a character reference that would become it again.
fn escape(text: &str) -> String {
    escape_with(text, "<br>")
}

/// Catalog text as an attribute value: as [`escape`], a line break a space.
fn attribute(text: &str) -> String {
    escape_with(text, " ")
}

fn escape_with(text: &str, line_break: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => out.push_str(line_break),
            c if crate::escape::never_raw(c) => {
                crate::escape::push_visible_between(&mut out, c, ("&lt;", "&gt;"));
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_text_is_escaped_everywhere() {
        let source = "name: E\nlanguages: [en, zh]\ndescription: \"<b>x</b>\"\ngroups:\n  - name: \"<g>\"\n    range: [1, 9]\n    reserved: [[5, 6]]\n    codes:\n      - code: 1\n        name: \"a\\\"b\"\n        message: {en: \"<script>alert(1)</script>\", zh: \"&amp; '\"}\n        deprecated: true\n";
        let page = html(&crate::load_str(source, "e.yaml").unwrap());
        assert!(!page.contains("<script>alert"), "{page}");
        assert!(
            page.contains(
                "<span lang=\"en\" data-lang=\"en\">&lt;script&gt;alert(1)&lt;/script&gt;</span>"
            ),
            "{page}"
        );
        assert!(
            page.contains("<span lang=\"zh\" data-lang=\"zh\" hidden>&amp;amp; &#39;</span>"),
            "{page}"
        );
        assert!(
            page.contains("<code class=\"deprecated\" title=\"deprecated\">a&quot;b</code> <small>deprecated</small>"),
            "{page}"
        );
        assert!(
            page.contains(
                "data-search=\"1 a&quot;b &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &#39;\""
            ),
            "{page}"
        );
        assert!(page.contains(">&lt;g&gt;</a> <span class=\"range\">[1, 9]</span>"), "{page}");
        assert!(page.contains("1 used, 2 reserved, 6 free of 9"), "{page}");
        assert!(
            !page.contains("http://") && !page.contains("https://") && !page.contains(" src="),
            "self-contained"
        );
        assert_eq!(html(&crate::load_str(source, "e.yaml").unwrap()), page, "deterministic");
    }
}
