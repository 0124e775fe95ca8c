//! How deep syn would recurse on a Rust file, bounded before syn reads it.
//!
//! syn parses brackets, generic arguments (`V<V<…>>`), prefix operators
//! (`- - 1`, `&&&T`), casts and operator chains by recursion, and its tree is
//! dropped by recursion too, so a hostile file overflows the stack long
//! before it reaches the size limit: in a debug build, 150 nested generic
//! arguments did. Counting brackets alone missed every form without them.
//!
//! The file is lexed first (proc-macro2's lexer keeps its own stack, and its
//! token trees drop without recursion). Each token costs the number of
//! tokens since the last separator at its level, plus one per enclosing
//! bracket, plus what the tokens before each enclosing bracket cost: a bound
//! on how many nested syntax nodes syn can build around it. A separator is
//! `,` or `;`, or the start of an item or statement after a `{…}` block
//! (an identifier other than `as` or `else`, or `#`), where nothing syn
//! builds can still be open. Every error enum, and ordinary code, stays far
//! below the limit; syn then runs on a thread whose stack holds that depth
//! with a wide margin ([`READER_STACK_BYTES`]).

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// The cost a token may reach. `errcat import` is for files that define
/// codes: their deepest expressions are a few dozen tokens.
pub(super) const MAX_COST: usize = 1000;

/// The stack of the thread that parses and walks the file. The deepest
/// syntax measured, nested generic arguments, used about 27 KiB of a debug
/// build's stack per unit of cost, so [`MAX_COST`] needs about 27 MiB; the
/// memory is reserved, and only what the parse touches is used.
pub(super) const READER_STACK_BYTES: usize = 256 << 20;

/// Where a token of `text` first costs more than [`MAX_COST`]: its cost and
/// line. `None` for a file within the limit, or one that does not lex (syn
/// then reports where).
pub(super) fn too_deep(text: &str) -> Option<(usize, usize)> {
    let tokens: TokenStream = text.parse().ok()?;
    let mut levels = vec![Level::new(tokens, 0)];
    while let Some(level) = levels.last_mut() {
        let Some(tree) = level.trees.next() else {
            levels.pop();
            continue;
        };
        let separates = match &tree {
            TokenTree::Punct(punct) => matches!(punct.as_char(), ',' | ';'),
            _ => false,
        };
        if separates {
            level.run = 0;
            level.after_block = false;
            continue;
        }
        if level.after_block && starts_item_or_statement(&tree) {
            level.run = 0;
        }
        level.run += 1;
        let cost = level.base + level.run;
        if cost > MAX_COST {
            return Some((cost, tree.span().start().line));
        }
        level.after_block = false;
        if let TokenTree::Group(group) = tree {
            level.after_block = group.delimiter() == Delimiter::Brace;
            levels.push(Level::new(group.stream(), cost + 1));
        }
    }
    None
}

/// The token trees of one bracket (or of the file) being walked.
struct Level {
    trees: proc_macro2::token_stream::IntoIter,
    /// The cost of the bracket that opened this level.
    base: usize,
    /// Tokens since the last separator.
    run: usize,
    /// Whether the previous token was a `{…}` block.
    after_block: bool,
}

impl Level {
    fn new(stream: TokenStream, base: usize) -> Self {
        Level { trees: stream.into_iter(), base, run: 0, after_block: false }
    }
}

/// After a block, whether `tree` begins something new rather than
/// continuing an expression (`{ … } as u8`, `if … { … } else …`).
fn starts_item_or_statement(tree: &TokenTree) -> bool {
    match tree {
        TokenTree::Ident(ident) => ident != "as" && ident != "else",
        TokenTree::Punct(punct) => punct.as_char() == '#',
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{too_deep, MAX_COST};

    #[test]
    fn code_tables_are_far_below_the_limit() {
        let mut enum_text = String::from("#[repr(u16)]\npub enum Code {\n");
        for i in 0..5000 {
            enum_text.push_str(&format!(
                "    /// Message {i}\n    #[error(\"code {i}\")]\n    C{i} = {i},\n"
            ));
        }
        enum_text.push_str("}\n");
        let mut items = String::new();
        for i in 0..2000 {
            items.push_str(&format!(
                "pub fn f{i}(x: u8) -> u8 {{ if x > 1 {{ x }} else {{ 0 }} }}\n"
            ));
        }
        assert_eq!(too_deep(&enum_text), None);
        assert_eq!(too_deep(&items), None);
    }

    #[test]
    fn nesting_without_brackets_is_counted() {
        for (name, text) in [
            ("negations", format!("const X: i8 = {}1;", "-".repeat(2000))),
            ("references", format!("const X: {}u8 = 0;", "&".repeat(2000))),
            ("generics", format!("const X: {}u8{} = 0;", "V<".repeat(600), ">".repeat(600))),
            ("casts", format!("const X: u8 = 1{};", " as u8".repeat(600))),
            ("sums", format!("const X: u8 = {{1}}{};", " + {1}".repeat(600))),
            ("else-ifs", format!("fn f() {{ if a {{}}{} }}", " else if a {}".repeat(400))),
        ] {
            let (cost, line) = too_deep(&text).unwrap_or_else(|| panic!("{name} not refused"));
            // The first token over the limit; a bracket's contents cost one more.
            assert!((MAX_COST + 1..=MAX_COST + 2).contains(&cost), "{name}: {cost}");
            assert_eq!(line, 1, "{name}");
        }
    }

    #[test]
    fn brackets_add_what_comes_before_them() {
        let nested = format!("{}{}", "mod a {\n".repeat(400), "}".repeat(400));
        // `mod`, `a`, the block and its opening: four per level, so the
        // `mod` of level 251 costs 4 * 250 + 1.
        assert_eq!(too_deep(&nested), Some((MAX_COST + 1, 251)));
    }

    #[test]
    fn a_file_that_does_not_lex_is_left_to_syn() {
        assert_eq!(too_deep("fn f() { \"unterminated }"), None);
    }
}
