//! Markdown documents: every table with a code column becomes rows, in the
//! section of the heading above it (with the range the heading or the text
//! under it states). Rows of dashes inside a table start a new block, and a
//! group column (组别, Group…) names each row's group. Cells are read as
//! CommonMark renders them (pulldown-cmark), so escapes and code spans come
//! back as text. A code block of `NAME = value` lines is read as such lines.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::table::{read_table, Table};
use super::{stated_range, Imported, Row};

/// Reads the document's headings, section texts, tables and code blocks;
/// with `only`, just those under a heading whose title contains it.
pub(super) fn read(text: &str, lang: Option<&str>, only: Option<&str>) -> Imported {
    let line_starts: Vec<usize> =
        std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let line_of = |offset: usize| line_starts.partition_point(|&start| start <= offset);
    let mut reader = Reader::new(text, lang, only);
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        reader.event(event, line_of(range.start));
    }
    reader.imported
}

/// Where in the document the parser is (inside a heading, a paragraph, a
/// code block, a table cell), and what has been read so far.
struct Reader<'t> {
    imported: Imported,
    lang: Option<&'t str>,
    only: Option<&'t str>,
    /// The document's lines, to count a table row's cells as written.
    source_lines: Vec<&'t str>,
    /// The section of the last heading.
    section: Option<usize>,
    /// The titles of the headings above, by level, for `only`.
    headings: Vec<(HeadingLevel, String)>,
    /// A heading being read: its level, line and title so far.
    heading: Option<(HeadingLevel, usize, String)>,
    /// A paragraph being read.
    paragraph: Option<String>,
    /// A code block being read: its first line and text so far.
    code_block: Option<(usize, String)>,
    /// A table being read, its row and its cell.
    table: Option<Table>,
    row: Vec<String>,
    cell: Option<String>,
}

impl<'t> Reader<'t> {
    fn new(text: &'t str, lang: Option<&'t str>, only: Option<&'t str>) -> Self {
        Reader {
            imported: Imported::default(),
            lang,
            only,
            source_lines: text.lines().collect(),
            section: None,
            headings: Vec::new(),
            heading: None,
            paragraph: None,
            code_block: None,
            table: None,
            row: Vec::new(),
            cell: None,
        }
    }

    /// Whether the part of the document being read is under a heading that
    /// `only` picks (or there is no `only`).
    fn in_scope(&self) -> bool {
        self.only.is_none_or(|only| self.headings.iter().any(|(_, title)| title.contains(only)))
    }

    fn event(&mut self, event: Event<'_>, line: usize) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                self.heading = Some((level, line, String::new()));
            }
            Event::End(TagEnd::Heading(_)) => self.end_heading(),
            Event::Start(Tag::Paragraph) => self.paragraph = Some(String::new()),
            Event::End(TagEnd::Paragraph) => self.end_paragraph(line),
            Event::Start(Tag::Table(_)) if self.in_scope() => {
                self.table = Some(Table { line, ..Table::default() });
            }
            Event::Start(Tag::CodeBlock(kind)) if self.in_scope() => {
                // A fenced block's text starts on the line after the fence.
                let first = if matches!(kind, CodeBlockKind::Fenced(_)) { line + 1 } else { line };
                self.code_block = Some((first, String::new()));
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((first, code)) = self.code_block.take() {
                    read_code_block(&mut self.imported, &code, first, self.section, self.lang);
                }
            }
            Event::Start(Tag::TableHead | Tag::TableRow) => self.row.clear(),
            Event::Start(Tag::TableCell) => self.cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => {
                self.row.push(self.cell.take().unwrap_or_default().trim().to_owned());
            }
            Event::End(TagEnd::TableHead) => {
                if let Some(table) = &mut self.table {
                    table.header = std::mem::take(&mut self.row);
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(table) = &mut self.table {
                    table.rows.push((line, std::mem::take(&mut self.row)));
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(table) = self.table.take() {
                    let (section, lang) = (self.section, self.lang);
                    read_table(&mut self.imported, &table, section, lang, Some(&self.source_lines));
                }
            }
            Event::Text(text) if self.code_block.is_some() => {
                if let Some((_, code)) = self.code_block.as_mut() {
                    code.push_str(&text);
                }
            }
            Event::Text(text) | Event::Code(text) => {
                let heading = self.heading.as_mut().map(|(_, _, title)| title);
                if let Some(target) = self.cell.as_mut().or(heading).or(self.paragraph.as_mut()) {
                    target.push_str(&text);
                }
            }
            Event::InlineHtml(html)
                if html.eq_ignore_ascii_case("<br>") || html.eq_ignore_ascii_case("<br/>") =>
            {
                self.line_break('\n');
            }
            Event::SoftBreak | Event::HardBreak => self.line_break(' '),
            _ => {}
        }
    }

    /// A heading opens a section, with the range its title states.
    fn end_heading(&mut self) {
        let Some((level, line, title)) = self.heading.take() else { return };
        self.headings.retain(|(above, _)| *above < level);
        self.headings.push((level, title.clone()));
        let (title, range) = split_range(&title);
        let index = self.imported.section(&title, line);
        if let (Some(range), Some(section)) = (range, self.imported.sections.get_mut(index)) {
            section.range = Some((range, line));
        }
        self.section = Some(index);
    }

    /// A range stated under the heading belongs to its section.
    fn end_paragraph(&mut self, line: usize) {
        let text = self.paragraph.take().unwrap_or_default();
        let section = self.section.and_then(|i| self.imported.sections.get_mut(i));
        if let (Some(range), Some(section)) = (stated_range(&text), section) {
            if section.range.is_none() {
                section.range = Some((range, line));
            }
        }
    }

    /// A line break inside a cell or a paragraph.
    fn line_break(&mut self, written: char) {
        if let Some(target) = self.cell.as_mut().or(self.paragraph.as_mut()) {
            target.push(written);
        }
    }
}

/// The `NAME = value` lines of a code block, at their lines in the document.
/// A block without any (an example response, say) is not about codes.
fn read_code_block(
    imported: &mut Imported,
    code: &str,
    first: usize,
    section: Option<usize>,
    lang: Option<&str>,
) {
    let block = super::assignments::read(code, lang);
    if block.rows.is_empty() {
        return;
    }
    let offset = first - 1;
    imported.rows.extend(block.rows.into_iter().map(|row| Row {
        line: row.line + offset,
        section,
        ..row
    }));
    imported.findings.extend(
        block
            .findings
            .into_iter()
            .map(|f| super::Finding { line: f.line.map(|l| l + offset), ..f }),
    );
}

/// `disk [600, 699]` → (`disk`, 600..=699); a title without a range as is.
fn split_range(title: &str) -> (String, Option<(i128, i128)>) {
    let range = stated_range(title);
    let title = match (range, title.find('[')) {
        (Some(_), Some(bracket)) => title.get(..bracket).unwrap_or(title).trim().to_owned(),
        _ => title.trim().to_owned(),
    };
    (title, range)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_sections_ranges_and_blocks() {
        let doc = "# Storage\n\n## Disk\n\nCodes of this service lie in [600, 699].\n\n| 状态码 | 错误信息 | 说明 |\n|---|---|---|\n| 611 | disk not found | 磁盘不存在 |\n| 612 |  |  |\n| --- | --- | --- |\n| 700 | `a_b` \\* c | |\n";
        let imported = read(doc, None, None);
        let disk = &imported.sections[1];
        assert_eq!((disk.title.as_str(), disk.range), ("Disk", Some(((600, 699), 5))));
        let rows: Vec<_> = imported
            .rows
            .iter()
            .map(|r| {
                (
                    r.code,
                    r.line,
                    r.texts
                        .iter()
                        .map(|t| (t.language.clone(), t.text.clone()))
                        .collect::<Vec<_>>(),
                )
            })
            .collect();
        assert_eq!(
            rows[0],
            (
                Some(611),
                9,
                vec![("en".into(), "disk not found".into()), ("zh".into(), "磁盘不存在".into())]
            )
        );
        assert_eq!(rows[1], (Some(612), 10, vec![]));
        assert_eq!(rows[2].2, [("en".to_owned(), "a_b * c".to_owned())]);
        assert_eq!(imported.rows[2].section, Some(2), "a block of its own after the dashes");
    }

    #[test]
    fn names_with_codes_group_columns_and_success() {
        let doc = "| 组别 | 返回值 | 说明 |\n| --- | --- | --- |\n| 正常 | 0 | 正常执行 |\n| 错误参数 | ERR\\_INVALID\\_ARGUMENT (-1) | 参数不正确 |\n|  | ERR_BUSY | 忙 |\n| 其他 | 42 | x | extra |\n| 其他 | ??? | y |\n";
        let imported = super::super::DocFormat::Markdown.read(doc, None, None);
        assert_eq!(imported.success, [(0, 3)]);
        let rows: Vec<(Option<i128>, Option<&str>, Option<&str>)> = imported
            .rows
            .iter()
            .map(|r| {
                (r.code, r.name.as_deref(), r.section.map(|s| imported.sections[s].title.as_str()))
            })
            .collect();
        assert_eq!(
            rows,
            [
                (Some(-1), Some("ERR_INVALID_ARGUMENT"), Some("错误参数")),
                (None, Some("ERR_BUSY"), Some("错误参数")),
                (Some(42), None, Some("其他"))
            ]
        );
        let mut findings: Vec<(Option<usize>, &str)> =
            imported.findings.iter().map(|f| (f.line, f.kind.as_str())).collect();
        findings.sort_unstable();
        assert_eq!(findings, [(Some(3), "note"), (Some(6), "note"), (Some(7), "skipped")]);
    }
}
