//! A table copied from a rendered web page as plain text (the English
//! Mooncake document's shape): header cells one per line, each ending in
//! `|`, a `---|---|` line, then the body's cells one per line. Empty cells
//! are lost in the copy, so rows are rebuilt around the code cells: a cell
//! that looks like a code (a number, `NAME (N)`, an UPPER_SNAKE name) starts
//! a row, the cells after it fill the columns after the code column, and
//! cells left over before the next code fill the columns before it (a
//! group). Lines ending in `#` (a heading's anchor, flattened) are headings.

use super::table::{is_code_header, is_http_header, read_table, Table};
use super::{parse_code, FindingKind, Imported};

/// More columns than any error table has: such a line is not a table's.
const MAX_COLUMNS: usize = 64;

/// `---|---|---|`: the line under a pasted table's header.
pub(super) fn is_delimiter(line: &str) -> bool {
    let line = line.trim().trim_end_matches('|');
    line.contains('|')
        && line.split('|').all(|cell| {
            cell.trim().len() >= 3 && cell.trim().chars().all(|c| matches!(c, '-' | ':'))
        })
}

/// Reads every pasted table, each in the section of the heading above it;
/// with `only`, just those under a heading that contains it.
pub(super) fn read(text: &str, lang: Option<&str>, only: Option<&str>) -> Imported {
    let lines: Vec<&str> = text.lines().collect();
    let mut imported = Imported::default();
    let mut section = None;
    let mut heading: Option<&str> = None;
    let mut at = 0;
    // Where the last table (or delimiter) ended: a header starts after it.
    let mut read_up_to = 0;
    while let Some(line) = lines.get(at) {
        let number = at + 1;
        at += 1;
        if let Some(title) =
            line.trim().strip_suffix('#').filter(|t| !t.trim().is_empty() && !t.contains('|'))
        {
            heading = Some(title.trim());
            section = Some(imported.section(title.trim(), number));
            continue;
        }
        if !is_delimiter(line) {
            continue;
        }
        let columns = line.trim().trim_end_matches('|').split('|').count();
        if columns > MAX_COLUMNS {
            let message = format!("a `---|---` line of {columns} cells: no table errcat reads has over {MAX_COLUMNS} columns, skipped");
            imported.find(number, FindingKind::Skipped, message);
            read_up_to = number;
            continue;
        }
        // The header's cells are the lines just above the delimiter.
        let header: Vec<String> = ((number - 1).saturating_sub(columns).max(read_up_to)
            ..number - 1)
            .filter_map(|i| lines.get(i))
            .map(|cell| cell_text(cell).to_owned())
            .collect();
        let body_end = lines.get(at..).map_or(at, |rest| {
            at + rest.iter().take_while(|l| l.trim_end().ends_with('|')).count()
        });
        let cells: Vec<(usize, &str)> = (at..body_end)
            .filter_map(|i| lines.get(i).map(|l| (i + 1, cell_text(l))))
            .filter(|(_, cell)| !cell.is_empty())
            .collect();
        (at, read_up_to) = (body_end, body_end);
        if only.is_some_and(|only| !heading.is_some_and(|h| h.contains(only))) {
            continue;
        }
        let table = rebuild(&mut imported, number, header, &cells);
        read_table(&mut imported, &table, section, lang, None);
    }
    imported
}

/// A pasted line's cell: the text before its closing `|`.
fn cell_text(line: &str) -> &str {
    line.trim().strip_suffix('|').unwrap_or(line).trim()
}

/// Whether a cell reads as a code: a number, `NAME (N)`, or an UPPER_SNAKE name.
fn looks_like_code(cell: &str) -> bool {
    let name = cell.split_once('(').map_or(cell, |(name, _)| name).trim();
    parse_code(cell).is_some()
        || (super::is_name(name)
            && name.chars().any(|c| c.is_ascii_uppercase())
            && !name.chars().any(|c| c.is_ascii_lowercase()))
}

/// The table's rows, rebuilt from its cells around the code column.
fn rebuild(
    imported: &mut Imported,
    line: usize,
    header: Vec<String>,
    cells: &[(usize, &str)],
) -> Table {
    let width = header.len();
    let code_column = header.iter().position(|h| is_code_header(h)).unwrap_or(0);
    let mut table = Table { line, header, rows: Vec::new() };
    let mut before: Vec<&str> = Vec::new();
    let http_column = table.header.iter().position(|h| is_http_header(h));
    let mut next_column = width;
    for (index, &(number, cell)) in cells.iter().enumerate() {
        // Of two code-like cells in a row, the first is a group title (`RPC`, then `RPC_FAIL (-900)`),
        // unless it is a number where the row expects its HTTP status.
        let next_is_code = code_column > 0
            && cells.get(index + 1).is_some_and(|(_, next)| {
                let next_is_status =
                    http_column == Some(code_column + 1) && parse_code(next).is_some();
                looks_like_code(next) && !next_is_status
            });
        let http_here =
            Some(next_column) == http_column && before.is_empty() && parse_code(cell).is_some();
        if looks_like_code(cell) && !next_is_code && !http_here {
            let mut row = vec![String::new(); width];
            for (slot, text) in row.iter_mut().take(code_column).zip(before.drain(..)) {
                *slot = text.to_owned();
            }
            for extra in before.drain(..) {
                imported.find(
                    number,
                    FindingKind::Skipped,
                    format!("cell `{extra}` before the code has no column: left out"),
                );
            }
            if let Some(slot) = row.get_mut(code_column) {
                *slot = cell.to_owned();
            }
            table.rows.push((number, row));
            next_column = code_column + 1;
        } else if let (true, Some((_, row))) =
            (next_column < width && before.is_empty(), table.rows.last_mut())
        {
            if let Some(slot) = row.get_mut(next_column) {
                *slot = cell.to_owned();
            }
            next_column += 1;
        } else {
            before.push(cell);
        }
    }
    for extra in before {
        imported.find(
            line,
            FindingKind::Skipped,
            format!("cell `{extra}` after the last code has no row: left out"),
        );
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_rebuilt_around_the_codes() {
        let doc = "Errors#\nIntro.\n.\nGroup |\nReturn Value |\nDescription |\n---|---|---|\nNormal |\n0 |\nNormal execution |\nError Args |\nERR_INVALID_ARGUMENT |\nInput parameters are incorrect |\nERR_BATCH_BUSY |\nReclaim a |\n|\nRPC |\nRPC_FAIL (-900) |\nRPC operation failed |\nStore#\n";
        let imported = super::super::DocFormat::Pasted.read(doc, None, None);
        let rows: Vec<_> = imported
            .rows
            .iter()
            .map(|r| {
                let section = r.section.map(|s| imported.sections[s].title.as_str());
                (
                    r.code,
                    r.name.as_deref(),
                    r.texts.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(),
                    section,
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (
                    None,
                    Some("ERR_INVALID_ARGUMENT"),
                    vec!["Input parameters are incorrect"],
                    Some("Error Args")
                ),
                (None, Some("ERR_BATCH_BUSY"), vec!["Reclaim a"], Some("Error Args")),
                (Some(-900), Some("RPC_FAIL"), vec!["RPC operation failed"], Some("RPC")),
            ]
        );
        assert_eq!(imported.success, [(0, 9)]);
        assert!(read(doc, None, Some("Store")).rows.is_empty());
        assert!(
            is_delimiter("---|---|---|")
                && is_delimiter(" --- | :--: |")
                && !is_delimiter("a|b")
                && !is_delimiter("-|-")
        );
    }

    #[test]
    fn an_http_column_takes_numbers_and_huge_delimiters_are_no_tables() {
        let doc = "Code |\nHTTP |\nMessage |\n---|---|---|\nNOT_FOUND |\n404 |\nno such thing |\nGONE |\n410 |\ngone |\n";
        let imported = read(doc, None, None);
        let rows: Vec<_> =
            imported.rows.iter().map(|r| (r.name.as_deref(), r.http, r.texts.len())).collect();
        assert_eq!(rows, [(Some("NOT_FOUND"), Some(404), 1), (Some("GONE"), Some(410), 1)]);
        let wide = format!("{}\n", "---|".repeat(100)).repeat(3);
        let imported = read(&wide, None, None);
        assert_eq!(imported.findings.len(), 3);
        assert!(imported.rows.is_empty());
    }
}
