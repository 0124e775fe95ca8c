//! Markdown documents: every table with a code column becomes rows, in the
//! section of the heading above it (with the range the heading or the text
//! under it states). Rows of dashes inside a table start a new block, and a
//! group column (组别, Group…) names each row's group. Cells are read as
//! CommonMark renders them (pulldown-cmark), so escapes and code spans come
//! back as text. A code block of `NAME = value` lines is read as such lines.

use errcat_catalog::format::{EntryKey, Key as _, Severity, HTTP_STATUSES};
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

use super::{is_name, language_of, parse_code, stated_range, FindingKind, Imported, Row, Text};

/// What a column holds, by its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Code,
    Name,
    Text(EntryKey),
    Severity,
    Http,
    Group,
    Arguments,
    Unknown,
}

/// The column a header names: English or Chinese, case and spaces ignored.
fn column(header: &str) -> Column {
    let header: String = header.to_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
    let is = |words: &[&str]| words.iter().any(|w| header == *w);
    if is(&[
        "code",
        "errorcode",
        "statuscode",
        "errcode",
        "returnvalue",
        "value",
        "错误码",
        "状态码",
        "错误代码",
        "返回值",
        "返回码",
        "代码",
        "编号",
    ]) {
        Column::Code
    } else if is(&["name", "identifier", "constant", "名称", "常量", "标识"]) {
        Column::Name
    } else if is(&["message", "errormessage", "msg", "错误信息", "信息", "提示信息", "错误消息"])
    {
        Column::Text(EntryKey::Message)
    } else if is(&["description", "desc", "details", "meaning", "说明", "描述", "详细说明", "含义"])
    {
        Column::Text(EntryKey::Description)
    } else if is(&[
        "solution",
        "remedy",
        "resolution",
        "cause",
        "action",
        "解决方案",
        "解决办法",
        "处理建议",
        "可能引起的原因和解决方案",
        "原因和解决方案",
    ]) {
        Column::Text(EntryKey::Solution)
    } else if is(&["severity", "level", "级别", "错误等级", "等级", "严重程度"]) {
        Column::Severity
    } else if is(&["http", "httpstatus", "httpcode", "httpstatuscode", "http状态码"]) {
        Column::Http
    } else if is(&["group", "module", "category", "组别", "分组", "模块", "类别"]) {
        Column::Group
    } else if is(&["arguments", "args", "参数"]) {
        Column::Arguments
    } else {
        Column::Unknown
    }
}

/// Whether a header names the code column.
pub(super) fn is_code_header(header: &str) -> bool {
    column(header) == Column::Code
}

/// Whether a header names the HTTP status column.
pub(super) fn is_http_header(header: &str) -> bool {
    column(header) == Column::Http
}

/// A table as a reader read it: header cells and rows of cells, each row
/// with its line.
#[derive(Debug, Default)]
pub(super) struct Table {
    pub line: usize,
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

/// Reads the document's headings, section texts, tables and code blocks;
/// with `only`, just those under a heading whose title contains it.
pub(super) fn read(text: &str, lang: Option<&str>, only: Option<&str>) -> Imported {
    let line_starts: Vec<usize> =
        std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let line_of = |offset: usize| line_starts.partition_point(|&start| start <= offset);
    let source_lines: Vec<&str> = text.lines().collect();
    let mut imported = Imported::default();
    let mut section: Option<usize> = None;
    let mut table: Option<Table> = None;
    let mut row: Vec<String> = Vec::new();
    let mut cell: Option<String> = None;
    let mut heading: Option<(usize, String)> = None;
    let mut paragraph: Option<String> = None;
    let mut code_block: Option<(usize, String)> = None;
    // The titles of the headings above, by level, for `only`.
    let mut headings: Vec<(pulldown_cmark::HeadingLevel, String)> = Vec::new();
    let mut level = pulldown_cmark::HeadingLevel::H1;
    let in_scope = |headings: &[(pulldown_cmark::HeadingLevel, String)]| {
        only.map_or(true, |only| headings.iter().any(|(_, title)| title.contains(only)))
    };
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let line = line_of(range.start);
        match event {
            Event::Start(Tag::Heading { level: this, .. }) => {
                level = this;
                heading = Some((line, String::new()));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((line, title)) = heading.take() {
                    headings.retain(|(above, _)| *above < level);
                    headings.push((level, title.clone()));
                    let (title, range) = split_range(&title);
                    let index = imported.section(&title, line);
                    if let (Some(range), Some(s)) = (range, imported.sections.get_mut(index)) {
                        s.range = Some((range, line));
                    }
                    section = Some(index);
                }
            }
            Event::Start(Tag::Paragraph) => paragraph = Some(String::new()),
            Event::End(TagEnd::Paragraph) => {
                let text = paragraph.take().unwrap_or_default();
                // A range stated under the heading belongs to its section.
                if let (Some(range), Some(s)) =
                    (stated_range(&text), section.and_then(|i| imported.sections.get_mut(i)))
                {
                    if s.range.is_none() {
                        s.range = Some((range, line));
                    }
                }
            }
            Event::Start(Tag::Table(_)) if in_scope(&headings) => {
                table = Some(Table { line, ..Table::default() })
            }
            Event::Start(Tag::CodeBlock(kind)) if in_scope(&headings) => {
                // A fenced block's text starts on the line after the fence.
                let first = if matches!(kind, CodeBlockKind::Fenced(_)) { line + 1 } else { line };
                code_block = Some((first, String::new()));
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((first, code)) = code_block.take() {
                    read_code_block(&mut imported, &code, first, section, lang);
                }
            }
            Event::Start(Tag::TableHead | Tag::TableRow) => row.clear(),
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => {
                row.push(cell.take().unwrap_or_default().trim().to_owned())
            }
            Event::End(TagEnd::TableHead) => {
                if let Some(table) = &mut table {
                    table.header = std::mem::take(&mut row);
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(table) = &mut table {
                    table.rows.push((line, std::mem::take(&mut row)));
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(table) = table.take() {
                    read_table(&mut imported, &table, section, lang, Some(&source_lines));
                }
            }
            Event::Text(t) if code_block.is_some() => {
                if let Some((_, code)) = code_block.as_mut() {
                    code.push_str(&t);
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(target) =
                    cell.as_mut().or(heading.as_mut().map(|h| &mut h.1)).or(paragraph.as_mut())
                {
                    target.push_str(&t);
                }
            }
            Event::InlineHtml(html)
                if html.eq_ignore_ascii_case("<br>") || html.eq_ignore_ascii_case("<br/>") =>
            {
                if let Some(target) = cell.as_mut().or(paragraph.as_mut()) {
                    target.push('\n');
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(target) = cell.as_mut().or(paragraph.as_mut()) {
                    target.push(' ');
                }
            }
            _ => {}
        }
    }
    imported
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

/// The rows of `table`, in `section`. With the `source` lines, a row whose
/// line has more or fewer cells than the header is reported.
pub(super) fn read_table(
    imported: &mut Imported,
    table: &Table,
    section: Option<usize>,
    lang: Option<&str>,
    source: Option<&[&str]>,
) {
    let columns: Vec<Column> = table.header.iter().map(|h| column(h)).collect();
    let Some(code_column) = columns.iter().position(|c| *c == Column::Code) else {
        imported.find(
            table.line,
            FindingKind::Skipped,
            format!(
                "a table without a code column (headers: {}): skipped",
                table.header.join(", ")
            ),
        );
        return;
    };
    for (header, _) in table.header.iter().zip(&columns).filter(|(_, c)| **c == Column::Unknown) {
        imported.find(
            table.line,
            FindingKind::Skipped,
            format!("column `{header}` is not one errcat knows: left out"),
        );
    }
    // Without a message column, the first description column is the message.
    let mut columns = columns;
    if !columns.contains(&Column::Text(EntryKey::Message)) {
        if let Some(first) = columns.iter().position(|c| *c == Column::Text(EntryKey::Description))
        {
            columns[first] = Column::Text(EntryKey::Message);
        }
    }
    let languages: Vec<&str> = (0..columns.len())
        .map(|i| {
            lang.unwrap_or_else(|| {
                language_of(
                    table.rows.iter().filter_map(|(_, cells)| cells.get(i).map(String::as_str)),
                )
            })
        })
        .collect();
    // Of two columns with one text in one language, the first is read.
    for index in 0..columns.len() {
        let (Some(&Column::Text(field)), Some(language)) =
            (columns.get(index), languages.get(index))
        else {
            continue;
        };
        let earlier = (0..index).any(|j| {
            columns.get(j) == Some(&Column::Text(field)) && languages.get(j) == Some(language)
        });
        if earlier {
            let header = table.header.get(index).map_or("", String::as_str);
            let message = format!(
                "column `{header}` holds the {} ({language}) an earlier column holds: left out",
                field.as_str()
            );
            imported.find(table.line, FindingKind::Skipped, message);
            if let Some(column) = columns.get_mut(index) {
                *column = Column::Unknown;
            }
        }
    }
    let has_group_column = columns.contains(&Column::Group);
    let mut current = section;
    let mut block = 0;
    for (line, cells) in &table.rows {
        let raw_cells =
            source.and_then(|s| s.get(line - 1)).map_or(table.header.len(), |l| raw_cell_count(l));
        if raw_cells != table.header.len() {
            imported.find(
                *line,
                FindingKind::Note,
                format!(
                    "the row has {raw_cells} cells and the header {}: read as the header's columns",
                    table.header.len()
                ),
            );
        }
        if cells.iter().all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':'))) {
            // A row of dashes closes a block of the table: the next rows are a group of their own.
            block += 1;
            let title = format!(
                "{} {block}",
                section
                    .and_then(|i| imported.sections.get(i))
                    .map_or("block", |s| s.title.as_str())
            );
            current = Some(imported.section(&title, *line));
            continue;
        }
        let mut row = Row { line: *line, section: current, ..Row::default() };
        for (index, (cell, column)) in cells.iter().zip(&columns).enumerate() {
            if cell.is_empty() {
                continue;
            }
            match column {
                Column::Code => {}
                Column::Name => {
                    let name = cell.strip_suffix(" (deprecated)");
                    row.deprecated = name.is_some();
                    row.name = Some(name.unwrap_or(cell).to_owned());
                }
                Column::Text(field) => row.texts.push(Text {
                    field: *field,
                    language: languages.get(index).copied().unwrap_or("en").to_owned(),
                    text: cell.clone(),
                }),
                Column::Severity => match severity(cell) {
                    Some(word) => row.severity = Some(word.to_owned()),
                    None => imported.find(
                        *line,
                        FindingKind::Skipped,
                        format!("severity `{cell}` is not one errcat knows: left out"),
                    ),
                },
                Column::Http => match parse_code(cell).filter(|s| HTTP_STATUSES.contains(s)) {
                    Some(status) => row.http = Some(status),
                    None => imported.find(
                        *line,
                        FindingKind::Skipped,
                        format!(
                            "HTTP status `{cell}` is not one ({}..={}): left out",
                            HTTP_STATUSES.start(),
                            HTTP_STATUSES.end()
                        ),
                    ),
                },
                Column::Group if has_group_column => {
                    current = Some(imported.section(cell, *line));
                    row.section = current;
                }
                Column::Arguments => row.args = arguments(cell),
                Column::Group | Column::Unknown => {}
            }
        }
        let code_cell = cells.get(code_column).map_or("", String::as_str);
        match code_and_name(code_cell) {
            (None, None) => {
                imported.find(
                    *line,
                    FindingKind::Skipped,
                    format!("`{code_cell}` is neither a code nor a name: the row is left out"),
                );
                continue;
            }
            (code, name) => {
                row.code = code;
                row.name = row.name.take().or(name);
            }
        }
        imported.rows.push(row);
    }
}

/// The cells of a raw table line, `\|` escapes not counted as separators.
fn raw_cell_count(line: &str) -> usize {
    let trimmed = line.trim();
    let inner = trimmed.strip_prefix('|').unwrap_or(trimmed);
    let inner = inner.strip_suffix('|').filter(|i| !i.ends_with('\\')).unwrap_or(inner);
    let mut count = 1;
    let mut escaped = false;
    for c in inner.chars() {
        match c {
            '\\' => escaped = !escaped,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
    }
    count
}

/// A code cell: `551`, `-101`, `NAME (-101)`, `NAME = -101`, or a name alone.
fn code_and_name(cell: &str) -> (Option<i128>, Option<String>) {
    if let Some(code) = parse_code(cell) {
        return (Some(code), None);
    }
    for separator in ['(', '='] {
        if let Some((name, value)) = cell.split_once(separator) {
            let (name, value) = (name.trim(), value.trim().trim_end_matches(')'));
            if let (true, Some(code)) = (is_name(name), parse_code(value)) {
                return (Some(code), Some(name.to_owned()));
            }
        }
    }
    if is_name(cell.trim()) {
        return (None, Some(cell.trim().to_owned()));
    }
    (None, None)
}

/// A severity cell as the format's keyword.
fn severity(cell: &str) -> Option<&'static str> {
    let word = cell.trim().to_lowercase();
    let word = match word.as_str() {
        "warn" | "警告" => "warning",
        "critical" | "致命" | "严重" => "fatal",
        "错误" => "error",
        "信息" | "提示" => "info",
        other => other,
    };
    Severity::from_word(word).map(Severity::as_str)
}

/// `` `disk_id`: u64, `host`: string `` (the Arguments column of errcat's own references).
fn arguments(cell: &str) -> Vec<(String, String)> {
    cell.split(',')
        .filter_map(|pair| {
            let (name, ty) = pair.split_once(':')?;
            Some((name.trim().to_owned(), ty.trim().to_owned()))
        })
        .collect()
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
