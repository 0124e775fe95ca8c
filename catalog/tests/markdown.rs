//! The Markdown reference read back by a real CommonMark parser configured as
//! GitHub renders (tables, strikethrough): every catalog text comes back
//! exactly, and none of it becomes HTML, a link, emphasis or a code span.

use std::collections::BTreeMap;

use errcat_catalog::{docs, load_file, load_str, Catalog, PathBase};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// What the parser made of a reference: the text of every table cell by
/// row, and of every paragraph and heading.
#[derive(Debug, Default)]
struct Rendered {
    /// Header row, then data rows.
    tables: Vec<Vec<Vec<String>>>,
    paragraphs: Vec<String>,
    headings: Vec<String>,
    /// Markup that catalog text must never produce.
    markup: Vec<String>,
}

fn render(markdown: &str) -> Rendered {
    let mut rendered = Rendered::default();
    let mut text: Option<String> = None;
    let mut row: Vec<String> = Vec::new();
    // The name and arguments columns hold errcat's own code spans.
    let mut code_columns: Vec<usize> = Vec::new();
    let mut in_cell = false;
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Table(_)) => rendered.tables.push(Vec::new()),
            Event::Start(Tag::TableCell) => {
                in_cell = true;
                text = Some(String::new());
            }
            Event::Start(Tag::Paragraph | Tag::Heading { .. }) => text = Some(String::new()),
            Event::End(TagEnd::TableCell) => {
                in_cell = false;
                row.push(text.take().unwrap_or_default());
            }
            Event::End(TagEnd::TableHead) => {
                code_columns = (0..row.len())
                    .filter(|&i| matches!(row[i].as_str(), "Name" | "Arguments"))
                    .collect();
                rendered.tables.last_mut().unwrap().push(std::mem::take(&mut row));
            }
            Event::End(TagEnd::TableRow) => {
                rendered.tables.last_mut().unwrap().push(std::mem::take(&mut row))
            }
            Event::End(TagEnd::Paragraph) => {
                rendered.paragraphs.push(text.take().unwrap_or_default())
            }
            Event::End(TagEnd::Heading(_)) => {
                rendered.headings.push(text.take().unwrap_or_default())
            }
            Event::Text(t) => text.get_or_insert_with(String::new).push_str(&t),
            Event::Code(code) if in_cell && code_columns.contains(&row.len()) => {
                text.get_or_insert_with(String::new).push_str(&code);
            }
            // Outside tables, a code span keeps its backticks: catalog text
            // compared with it then differs, and errcat's own prose is not compared.
            Event::Code(code) if !in_cell => {
                text.get_or_insert_with(String::new).push_str(&format!("`{code}`"));
            }
            Event::InlineHtml(html) if &*html == "<br>" => {
                text.get_or_insert_with(String::new).push('\n');
            }
            Event::Html(html) if html.starts_with("<!-- ") => {}
            // errcat's own structure: the list of declared fields.
            Event::Start(Tag::List(None) | Tag::Item) => {}
            Event::Start(Tag::HtmlBlock | Tag::TableHead | Tag::TableRow) | Event::End(_) => {}
            other => rendered.markup.push(format!("{other:?}")),
        }
    }
    rendered
}

/// The text a renderer shows for `text`: a line break is a line break, and
/// every other character errcat never writes raw is shown by its name,
/// `<U+202E>`.
fn shown(text: &str) -> String {
    let lines: Vec<String> =
        text.replace("\r\n", "\n").split('\n').map(errcat_catalog::escape::visible).collect();
    lines.join("\n")
}

/// Checks every entry's texts, in every language, against the reference.
fn assert_renders_exactly(catalog: &Catalog) {
    for (lang, language) in catalog.languages().iter().enumerate() {
        let rendered = render(&docs::markdown(catalog, lang));
        assert!(
            rendered.markup.is_empty(),
            "{language}: catalog text became markup: {:#?}",
            rendered.markup
        );
        let mut rows: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for table in &rendered.tables {
            let (header, data) = table.split_first().unwrap();
            for row in data {
                let cells = header.iter().cloned().zip(row.iter().cloned()).collect();
                rows.insert(row[0].clone(), cells);
            }
        }
        for entry in catalog.entries() {
            let row = &rows[&entry.code.to_string()];
            let name = entry.name.replace(['\r', '\n'], " ");
            let name_cell = row["Name"].trim_end_matches(" (deprecated)");
            assert_eq!(name_cell, shown(&name), "{language}: name of {}", entry.code);
            let columns = [
                ("Message", &entry.message),
                ("Description", &entry.description),
                ("Solution", &entry.solution),
            ];
            for (column, text) in columns {
                let expected =
                    text.as_ref().and_then(|t| t.get(lang)).map(shown).unwrap_or_default();
                let found = row.get(column).cloned().unwrap_or_default();
                assert_eq!(found, expected, "{language}: {column} of {}", entry.code);
            }
        }
        if let Some(text) = catalog.description().and_then(|d| d.get(lang)) {
            assert!(
                rendered.paragraphs.contains(&shown(text)),
                "{language}: description {text:?} in {:#?}",
                rendered.paragraphs
            );
        }
        for group in catalog.groups() {
            let heading = match group.range {
                Some((lo, hi)) => format!("{} [{lo}, {hi}]", shown(&group.name)),
                None => shown(&group.name),
            };
            assert!(
                rendered.headings.contains(&heading),
                "{language}: heading {heading:?} in {:#?}",
                rendered.headings
            );
            if let Some(text) = group.description.as_ref().and_then(|d| d.get(lang)) {
                assert!(
                    rendered.paragraphs.contains(&shown(text)),
                    "{language}: group text {text:?}"
                );
            }
        }
    }
}

/// One entry per Markdown metacharacter, alone, at the start, in the middle
/// and at the end of a text, in both languages and every text field.
fn metacharacters() -> String {
    let samples = [
        "*",
        "**bold**",
        "_",
        "__init__ missing",
        "`",
        "``code``",
        "~~",
        "~~gone~~",
        "<tag>",
        "</tag>",
        "<!-- -->",
        "&amp;",
        "&#42;",
        "[x](y)",
        "![x](y)",
        "[x]: y",
        "|",
        "\\",
        "\\*",
        "# heading",
        "## h",
        "1. item",
        "2) item",
        "- item",
        "+ item",
        "> quote",
        "---",
        "===",
        "```",
        "~~~",
        "    indented",
        "  two spaces",
        "trailing  ",
        "\ttab",
        "<https://x.y>",
        "a\nb",
        "line\n- item",
        "x\r\ny",
        "<br>",
        "file *.log and *.txt",
        "expected <id>",
        "<script>alert(1)</script>",
        "a | b",
        "\\|",
        "www.example.com",
        "[ ]",
        "[^1]",
        "12345.",
        "a_b_c",
        "*a*b*",
        " ",
        "é*ü_",
    ];
    let mut yaml = String::from(
        "name: MetaError\nlanguages: [en, zh]\ndescription: {en: \"*catalog* _text_ <b>\", zh: \"# 目录\"}\ngroups:\n  - name: \"meta\"\n    description: \"[group](x) `text` ~~done~~\"\n    codes:\n",
    );
    for (i, sample) in samples.iter().enumerate() {
        let quoted = |s: &str| format!("{s:?}");
        yaml.push_str(&format!(
            "      - code: {}\n        message: {{en: {}, zh: {}}}\n        description: {}\n        solution: {}\n",
            i + 1,
            quoted(sample),
            quoted(&format!("中 {sample} 文")),
            quoted(&format!("{sample}{sample}")),
            quoted(&format!("x{sample}")),
        ));
    }
    yaml
}

#[test]
fn markdown_metacharacters_render_as_themselves() {
    let catalog = load_str(&metacharacters(), "meta.yaml").unwrap();
    assert_renders_exactly(&catalog);
}

#[test]
fn the_hostile_text_catalog_renders_as_itself() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/catalogs/hostile_text.yaml");
    let catalog = load_file(path.as_ref(), "hostile_text.yaml", PathBase::CrateDir).unwrap();
    assert_renders_exactly(&catalog);
}

#[test]
fn the_seed_references_render_as_their_catalogs() {
    for seed in
        ["api_switch", "blobstore", "info2soft", "mooncake_store", "mooncake_transfer_engine"]
    {
        let path = format!("{}/../examples/catalogs/{seed}.yaml", env!("CARGO_MANIFEST_DIR"));
        let catalog = load_file(path.as_ref(), seed, PathBase::CrateDir).unwrap();
        assert_renders_exactly(&catalog);
    }
}
