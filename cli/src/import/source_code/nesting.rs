//! How deep syn would recurse on a Rust file, bounded before syn reads it.
//!
//! syn parses brackets, generic arguments (`V<V<…>>`), closures, prefix
//! operators (`- - 1`, `&&&T`), casts and operator chains by recursion, and
//! its tree is dropped by recursion too, so a hostile file overflows the
//! stack long before it reaches the size limit: in a debug build, 150 nested
//! generic arguments did. Counting brackets alone missed every form without
//! them.
//!
//! The file is lexed first (proc-macro2's lexer keeps its own stack, and its
//! token trees drop without recursion). Each token costs the number of
//! tokens since the last separator at its level, plus one per enclosing
//! bracket, plus what the tokens before each enclosing bracket cost: a bound
//! on how many nested syntax nodes syn can build around it. Separators are
//! where nothing syn builds can still be open:
//!
//! - `;`;
//! - `,`, unless a `<` or a closure's `|` before it at its level is still
//!   open (`V<A, V<A, …` and `|a, b| |a, b| …` nest through their commas);
//! - the start of an item, statement or match arm after a `{…}` block: an
//!   identifier other than `as` or `else`, a literal, or `#`.
//!
//! Attributes (`#[…]`, so every doc comment line) cost nothing: they nest
//! nothing around what follows, and their contents count at their own level.
//! Error enums and ordinary code stay far below the limit; syn then runs on a
//! thread whose stack holds that depth with a wide margin
//! ([`READER_STACK_BYTES`]).

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

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
        let current = match (&tree, level.previous) {
            (TokenTree::Punct(punct), Previous::Hash) if punct.as_char() == '!' => {
                Previous::HashBang
            }
            _ => Previous::of(&tree),
        };
        let previous = std::mem::replace(&mut level.previous, current);
        if let TokenTree::Punct(punct) = &tree {
            match punct.as_char() {
                ';' => {
                    level.separate();
                    continue;
                }
                ',' if level.open_angles == 0 && !level.open_pipe => {
                    level.separate();
                    continue;
                }
                '<' => level.open_angles += 1,
                // Not the `>` of `->` or `=>`, which close nothing.
                '>' if !matches!(previous, Previous::Joint('-' | '=')) => {
                    level.open_angles = level.open_angles.saturating_sub(1);
                }
                // `=>` ends a match arm's pattern (`A | B =>`, `x if x < 5 =>`).
                '>' if previous == Previous::Joint('=') => {
                    level.open_angles = 0;
                    level.open_pipe = false;
                }
                '|' => level.open_pipe = !level.open_pipe,
                _ => {}
            }
        }
        if previous == Previous::Block && starts_item_or_statement(&tree) {
            level.separate();
        }
        let attribute = match &tree {
            TokenTree::Punct(punct) => punct.as_char() == '#' || previous == Previous::Hash,
            TokenTree::Group(group) => {
                group.delimiter() == Delimiter::Bracket
                    && matches!(previous, Previous::Hash | Previous::HashBang)
            }
            _ => false,
        };
        if !attribute {
            level.run += 1;
        }
        let cost = level.base + level.run;
        if cost > MAX_COST {
            return Some((cost, tree.span().start().line));
        }
        if let TokenTree::Group(group) = tree {
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
    /// `<`s not yet closed by a `>` since the last separator.
    open_angles: usize,
    /// Whether an odd number of `|` came since the last separator or `=>`.
    open_pipe: bool,
    /// What the previous token was, as far as the rules need.
    previous: Previous,
}

impl Level {
    fn new(stream: TokenStream, base: usize) -> Self {
        Level {
            trees: stream.into_iter(),
            base,
            run: 0,
            open_angles: 0,
            open_pipe: false,
            previous: Previous::Other,
        }
    }

    fn separate(&mut self) {
        self.run = 0;
        self.open_angles = 0;
        self.open_pipe = false;
    }
}

/// The previous token, as far as the rules need it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Previous {
    /// A `{…}` block.
    Block,
    /// `#`, which starts an attribute.
    Hash,
    /// `#!`, which starts an inner attribute.
    HashBang,
    /// A punctuation character joined to the next one (`-` of `->`).
    Joint(char),
    Other,
}

impl Previous {
    fn of(tree: &TokenTree) -> Self {
        match tree {
            TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => Previous::Block,
            TokenTree::Punct(punct) if punct.as_char() == '#' => Previous::Hash,
            TokenTree::Punct(punct) if punct.spacing() == Spacing::Joint => {
                Previous::Joint(punct.as_char())
            }
            _ => Previous::Other,
        }
    }
}

/// After a block, whether `tree` begins something new rather than
/// continuing an expression (`{ … } as u8`, `if … { … } else …`).
fn starts_item_or_statement(tree: &TokenTree) -> bool {
    match tree {
        TokenTree::Ident(ident) => ident != "as" && ident != "else",
        TokenTree::Punct(punct) => punct.as_char() == '#',
        TokenTree::Literal(_) => true,
        TokenTree::Group(_) => false,
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
    fn ordinary_code_is_far_below_the_limit() {
        // A module doc of 2,000 lines (a table of the codes, say) and long
        // doc comments: attributes cost nothing.
        let docs = format!(
            "{}/// An error.\n{}pub enum Code {{ A = 1 }}\n",
            "//! | code | meaning |\n".repeat(2000),
            "/// More about it.\n".repeat(2000)
        );
        // A match of 2,000 arms whose bodies are blocks and patterns literals.
        let arms: String = (0..2000).map(|i| format!("{i} => {{ f({i}) }}\n")).collect();
        let matches = format!("fn f(c: u32) -> u32 {{ match c {{ {arms} _ => 0 }} }}");
        // Comparisons, `|` patterns, closures, generics and long argument lists.
        let mut mixed = String::new();
        for i in 0..500 {
            mixed.push_str(&format!(
                "fn g{i}(a: u8, b: u8) -> Vec<Option<u8>> {{ if a < b {{ h(a, b) }} else {{ h(b, a) }}\n\
                 let v: Vec<(u8, u8)> = vec![(1, 2), (3, 4)]; let k = |x: u8, y: u8| x | y;\n\
                 match a {{ 1 | 2 => k(a, b), x if x < 5 => 0, _ => h(1, 2) }}; Vec::new() }}\n"
            ));
        }
        for (name, text) in [("docs", docs), ("matches", matches), ("mixed", mixed)] {
            assert_eq!(too_deep(&text), None, "{name}");
        }
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
            // Commas inside generic arguments and closure parameters separate
            // nothing: syn nests through them.
            ("generic lists", format!("const X: {}", "V<A, ".repeat(400))),
            ("closures", format!("const X: u8 = {}1;", "|a, b| ".repeat(400))),
            ("turbofish", format!("const X: u8 = {}", "f::<A, ".repeat(300))),
            ("arrows", format!("type X = {};", "V<A, fn() -> ".repeat(300))),
            ("attributes", format!("const X: i8 = {}1;", "- #[a] ".repeat(1200))),
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
