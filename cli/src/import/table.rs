//! Tables, as the Markdown reader and the pasted-table reader find them:
//! each column is told by its header (English or Chinese), and each row
//! becomes a code with its texts, name, severity, HTTP status, group and
//! arguments. What a table holds that errcat has no place for is reported.

use errcat_catalog::format::{EntryKey, Key as _, Severity, HTTP_STATUSES};

use super::{is_name, language_of, parse_code, FindingKind, Imported, Row, Text};

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

/// The rows of `table`, in `section`. With the `source` lines, a row whose
/// line has more or fewer cells than the header is reported.
pub(super) fn read_table(
    imported: &mut Imported,
    table: &Table,
    section: Option<usize>,
    lang: Option<&str>,
    source: Option<&[&str]>,
) {
    let Some(columns) = Columns::of(imported, table, lang) else {
        return;
    };
    // A group column, or a row of dashes, moves the rows after it to another section.
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
        if let Some(row) = columns.row(imported, *line, cells, &mut current) {
            imported.rows.push(row);
        }
    }
}

/// What each column of a table holds, and in which language.
struct Columns<'t> {
    columns: Vec<Column>,
    languages: Vec<&'t str>,
    code: usize,
}

impl<'t> Columns<'t> {
    /// The columns of `table` (`None`, reported, for a table without a code
    /// column), with what cannot be read reported: unknown headers, and a
    /// second column of a text in one language.
    fn of(imported: &mut Imported, table: &Table, lang: Option<&'t str>) -> Option<Columns<'t>> {
        let mut columns: Vec<Column> = table.header.iter().map(|h| column(h)).collect();
        let Some(code) = columns.iter().position(|c| *c == Column::Code) else {
            imported.find(
                table.line,
                FindingKind::Skipped,
                format!(
                    "a table without a code column (headers: {}): skipped",
                    table.header.join(", ")
                ),
            );
            return None;
        };
        for (header, _) in table.header.iter().zip(&columns).filter(|(_, c)| **c == Column::Unknown)
        {
            imported.find(
                table.line,
                FindingKind::Skipped,
                format!("column `{header}` is not one errcat knows: left out"),
            );
        }
        // Without a message column, the first description column is the message.
        if !columns.contains(&Column::Text(EntryKey::Message)) {
            if let Some(first) =
                columns.iter().position(|c| *c == Column::Text(EntryKey::Description))
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
        let mut columns = Columns { columns, languages, code };
        columns.leave_out_repeated_texts(imported, table);
        Some(columns)
    }

    /// Of two columns with one text in one language, the first is read.
    fn leave_out_repeated_texts(&mut self, imported: &mut Imported, table: &Table) {
        for index in 0..self.columns.len() {
            let (Some(&Column::Text(field)), Some(language)) =
                (self.columns.get(index), self.languages.get(index))
            else {
                continue;
            };
            let earlier = (0..index).any(|j| {
                self.columns.get(j) == Some(&Column::Text(field))
                    && self.languages.get(j) == Some(language)
            });
            if earlier {
                let header = table.header.get(index).map_or("", String::as_str);
                let message = format!(
                    "column `{header}` holds the {} ({language}) an earlier column holds: left out",
                    field.as_str()
                );
                imported.find(table.line, FindingKind::Skipped, message);
                if let Some(column) = self.columns.get_mut(index) {
                    *column = Column::Unknown;
                }
            }
        }
    }

    /// The row of `cells` at `line`, in section `current` (which a group
    /// cell changes); `None`, reported, when its code cell is neither a
    /// code nor a name.
    fn row(
        &self,
        imported: &mut Imported,
        line: usize,
        cells: &[String],
        current: &mut Option<usize>,
    ) -> Option<Row> {
        let mut row = Row { line, section: *current, ..Row::default() };
        let has_group_column = self.columns.contains(&Column::Group);
        for (index, (cell, column)) in cells.iter().zip(&self.columns).enumerate() {
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
                    language: self.languages.get(index).copied().unwrap_or("en").to_owned(),
                    text: cell.clone(),
                }),
                Column::Severity => match severity(cell) {
                    Some(word) => row.severity = Some(word.to_owned()),
                    None => imported.find(
                        line,
                        FindingKind::Skipped,
                        format!("severity `{cell}` is not one errcat knows: left out"),
                    ),
                },
                Column::Http => match parse_code(cell).filter(|s| HTTP_STATUSES.contains(s)) {
                    Some(status) => row.http = Some(status),
                    None => imported.find(
                        line,
                        FindingKind::Skipped,
                        format!(
                            "HTTP status `{cell}` is not one ({}..={}): left out",
                            HTTP_STATUSES.start(),
                            HTTP_STATUSES.end()
                        ),
                    ),
                },
                Column::Group if has_group_column => {
                    *current = Some(imported.section(cell, line));
                    row.section = *current;
                }
                Column::Arguments => row.args = arguments(cell),
                Column::Group | Column::Unknown => {}
            }
        }
        let code_cell = cells.get(self.code).map_or("", String::as_str);
        match code_and_name(code_cell) {
            (None, None) => {
                imported.find(
                    line,
                    FindingKind::Skipped,
                    format!("`{code_cell}` is neither a code nor a name: the row is left out"),
                );
                None
            }
            (code, name) => {
                row.code = code;
                row.name = row.name.take().or(name);
                Some(row)
            }
        }
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
