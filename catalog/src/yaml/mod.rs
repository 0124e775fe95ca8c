//! The one module that knows the YAML parser: it turns the parser's events
//! into errcat's own tree of nodes, each with its source span.
//!
//! Aliases are expanded here, against a budget, so that an alias bomb is an
//! error instead of a hang; nesting is bounded for the same reason.

use std::borrow::Cow;
use std::collections::HashMap;

use granit_parser::{Event, Marker, Parser, ScalarStyle};

use crate::diagnostic::{Pos, Span};

mod block;

/// How a scalar was written: plain scalars may be numbers, booleans or null;
/// quoted and block scalars are always strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `value`
    Plain,
    /// `"value"`, `'value'`, `|` or `>`
    Quoted,
}

/// A YAML node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NodeKind<'a> {
    /// A scalar with its text after YAML unescaping: borrowed from the
    /// source when it needs none (most scalars, and each copy costs the
    /// macro at opt-level 0), owned otherwise.
    Scalar(Cow<'a, str>, Style),
    /// A sequence.
    Seq(Vec<Node<'a>>),
    /// A mapping, in source order (duplicate keys are reported by the reader).
    Map(Vec<(Node<'a>, Node<'a>)>),
}

/// A YAML node and where it is in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node<'a> {
    /// What the node holds.
    pub kind: NodeKind<'a>,
    /// Where it was written (for a node reached through an alias: the alias).
    pub span: Span,
}

impl Node<'_> {
    /// Number of nodes in this subtree, for the alias budget.
    fn size(&self) -> usize {
        match &self.kind {
            NodeKind::Scalar(..) => 1,
            NodeKind::Seq(items) => 1 + items.iter().map(Node::size).sum::<usize>(),
            NodeKind::Map(pairs) => {
                1 + pairs.iter().map(|(k, v)| k.size() + v.size()).sum::<usize>()
            }
        }
    }

    /// A short description of the node's type for "expected X, found Y".
    pub fn type_name(&self) -> &'static str {
        match &self.kind {
            NodeKind::Scalar(text, Style::Plain) => plain_scalar_type(text),
            NodeKind::Scalar(_, Style::Quoted) => "a string",
            NodeKind::Seq(_) => "a list",
            NodeKind::Map(_) => "a mapping",
        }
    }

    /// Whether the node is YAML null (`~`, `null` or nothing).
    pub fn is_null(&self) -> bool {
        matches!(&self.kind, NodeKind::Scalar(text, Style::Plain) if is_null_text(text))
    }
}

fn is_null_text(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

fn plain_scalar_type(text: &str) -> &'static str {
    if is_null_text(text) {
        "null"
    } else if matches!(text, "true" | "True" | "TRUE" | "false" | "False" | "FALSE") {
        "a boolean"
    } else if text.parse::<i128>().is_ok() {
        "an integer"
    } else if text.parse::<f64>().is_ok() {
        "a number"
    } else {
        "a string"
    }
}

/// Bounds that keep hostile input from hanging or exhausting the build.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Deepest nesting of lists and mappings.
    pub max_depth: usize,
    /// Total nodes that aliases may copy.
    pub max_alias_nodes: usize,
}

/// A YAML error: what and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// What is wrong.
    pub message: String,
    /// Where.
    pub span: Span,
    /// How to fix it.
    pub help: Option<String>,
    /// Whether a limit was hit (rather than a syntax error).
    pub limit: bool,
}

fn pos(marker: &Marker, source: &str) -> Pos {
    let offset = marker.byte_offset().unwrap_or_else(|| {
        source.char_indices().nth(marker.index()).map_or(source.len(), |(i, _)| i)
    });
    Pos { line: marker.line(), column: marker.col() + 1, offset }
}

fn span(gspan: &granit_parser::Span, source: &str) -> Span {
    Span { start: pos(&gspan.start, source), end: pos(&gspan.end, source) }
}

/// A collection being built.
struct Frame {
    kind: NodeKind<'static>,
    start: Pos,
    anchor: usize,
    pending_key: Option<Node<'static>>,
}

/// One YAML document as a tree, and which reader read it.
#[derive(Debug)]
pub struct Parsed<'a> {
    /// The document's root; `None` for an empty document.
    pub root: Option<Node<'a>>,
    /// Whether the general parser read it: the block reader leaves it every
    /// text outside its subset, and every text holding a character errcat
    /// never writes raw.
    pub general: bool,
}

/// Parses one YAML document into a tree.
pub fn parse(source: &str, limits: Limits) -> Result<Parsed<'_>, YamlError> {
    if let Ok(root) = block::parse(source, limits.max_depth) {
        return Ok(Parsed { root: Some(root), general: false });
    }
    parse_general(source, limits).map(|root| Parsed { root, general: true })
}

/// For the benchmarks: reads `source` with the block reader only (`None`
/// when the text is outside its subset) or with the general parser only,
/// and counts the nodes of the tree.
pub fn node_count(source: &str, limits: Limits, general: bool) -> Option<usize> {
    let root = if general {
        parse_general(source, limits).ok()??
    } else {
        block::parse(source, limits.max_depth).ok()?
    };
    Some(root.size())
}

/// For the fuzz target: `None` when the block reader leaves `source` to the
/// general parser, else whether the general parser reads the same tree.
pub fn readers_agree(source: &str, limits: Limits) -> Option<bool> {
    let fast = block::parse(source, limits.max_depth).ok()?;
    Some(parse_general(source, limits) == Ok(Some(fast)))
}

/// Parses with the general YAML parser (everything the block reader leaves);
/// its scalars are owned.
fn parse_general(source: &str, limits: Limits) -> Result<Option<Node<'static>>, YamlError> {
    let options = granit_parser::options! {
        flow_nesting_limit: limits.max_depth,
        block_nesting_limit: limits.max_depth,
    };
    let mut builder = Builder {
        limits,
        stack: Vec::new(),
        anchors: HashMap::new(),
        alias_nodes: 0,
        root: None,
        documents: 0,
    };
    for next in Parser::new_from_str_with_options(source, options) {
        let (event, gspan) = next.map_err(|error| {
            let span = Span::at(pos(error.marker(), source));
            if matches!(error.kind(), granit_parser::ErrorKind::RecursionLimitExceeded) {
                nesting_error(limits.max_depth, span)
            } else {
                YamlError {
                    message: format!("YAML syntax error: {}", error.info()),
                    span,
                    help: Some(
                        "an unclosed bracket or quote on an earlier line can show up here".into(),
                    ),
                    limit: false,
                }
            }
        })?;
        builder.event(event, span(&gspan, source))?;
    }
    Ok(builder.root)
}

struct Builder {
    limits: Limits,
    stack: Vec<Frame>,
    anchors: HashMap<usize, Node<'static>>,
    alias_nodes: usize,
    root: Option<Node<'static>>,
    documents: usize,
}

impl Builder {
    fn event(&mut self, event: Event<'_>, span: Span) -> Result<(), YamlError> {
        match event {
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Anchor(..) => {}
            Event::DocumentStart(..) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(YamlError {
                        message: "a catalog file holds one YAML document, this is a second one"
                            .into(),
                        span,
                        help: Some("remove the `---` line and what follows it".into()),
                        limit: false,
                    });
                }
            }
            Event::Scalar(text, style, anchor, tag) => {
                if tag.is_some() {
                    return Err(tag_error(span));
                }
                let style = match style {
                    ScalarStyle::Plain => Style::Plain,
                    _ => Style::Quoted,
                };
                let node =
                    Node { kind: NodeKind::Scalar(Cow::Owned(text.into_owned()), style), span };
                self.finish_node(node, anchor)?;
            }
            Event::SequenceStart(_, anchor, tag) => {
                self.open(NodeKind::Seq(Vec::new()), anchor, tag.is_some(), span)?;
            }
            Event::MappingStart(_, anchor, tag) => {
                self.open(NodeKind::Map(Vec::new()), anchor, tag.is_some(), span)?;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some(frame) = self.stack.pop() {
                    let node =
                        Node { kind: frame.kind, span: Span { start: frame.start, end: span.end } };
                    self.finish_node(node, frame.anchor)?;
                }
            }
            Event::Alias(id) => {
                let Some(target) = self.anchors.get(&id) else {
                    return Err(YamlError {
                        message: "alias to an unknown anchor".into(),
                        span,
                        help: None,
                        limit: false,
                    });
                };
                self.alias_nodes = self.alias_nodes.saturating_add(target.size());
                if self.alias_nodes > self.limits.max_alias_nodes {
                    return Err(YamlError {
                        message: format!(
                            "YAML aliases expand to more than {} nodes",
                            self.limits.max_alias_nodes
                        ),
                        span,
                        help: Some("write the repeated values out, or use fewer aliases".into()),
                        limit: true,
                    });
                }
                let mut copy = target.clone();
                copy.span = span;
                self.finish_node(copy, 0)?;
            }
            Event::UnresolvedAlias(name) => {
                return Err(YamlError {
                    message: format!("alias `*{name}` has no anchor"),
                    span,
                    help: None,
                    limit: false,
                })
            }
            // Comments, and presentation events a later parser version may add, carry no data.
            _ => {}
        }
        Ok(())
    }

    fn open(
        &mut self,
        kind: NodeKind<'static>,
        anchor: usize,
        tagged: bool,
        span: Span,
    ) -> Result<(), YamlError> {
        if tagged {
            return Err(tag_error(span));
        }
        if self.stack.len() >= self.limits.max_depth {
            return Err(nesting_error(self.limits.max_depth, span));
        }
        self.stack.push(Frame { kind, start: span.start, anchor, pending_key: None });
        Ok(())
    }

    fn finish_node(&mut self, node: Node<'static>, anchor: usize) -> Result<(), YamlError> {
        if anchor != 0 {
            // The copy is as big as the parsed text plus what aliases already paid for.
            self.anchors.insert(anchor, node.clone());
        }
        let Some(parent) = self.stack.last_mut() else {
            self.root = Some(node);
            return Ok(());
        };
        match &mut parent.kind {
            NodeKind::Seq(items) => items.push(node),
            NodeKind::Map(pairs) => match parent.pending_key.take() {
                Some(key) => pairs.push((key, node)),
                None => parent.pending_key = Some(node),
            },
            NodeKind::Scalar(..) => {
                return Err(YamlError {
                    message: "internal error: scalar used as a collection".into(),
                    span: Span::at(Pos::default()),
                    help: None,
                    limit: false,
                })
            }
        }
        Ok(())
    }
}

fn nesting_error(max_depth: usize, span: Span) -> YamlError {
    YamlError {
        message: format!("the catalog nests deeper than {max_depth} levels"),
        span,
        help: Some("a catalog needs only a few levels of nesting".into()),
        limit: true,
    }
}

fn tag_error(span: Span) -> YamlError {
    YamlError {
        message: "YAML tags (`!tag`) are not supported in catalogs".into(),
        span,
        help: Some("remove the tag; write strings in quotes if they look like numbers".into()),
        limit: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits { max_depth: 32, max_alias_nodes: 10_000 };

    fn root(source: &str) -> Node<'_> {
        parse(source, LIMITS).unwrap().root.unwrap()
    }

    #[test]
    fn nodes_carry_one_based_positions() {
        let node = root("a: 1\nlist:\n  - x\n  - 'y'\n");
        let NodeKind::Map(pairs) = &node.kind else { panic!("not a map") };
        let (key, value) = &pairs[1];
        assert_eq!(key.span.start.line, 2);
        assert_eq!(key.span.start.column, 1);
        let NodeKind::Seq(items) = &value.kind else { panic!("not a list") };
        assert_eq!(items[1].kind, NodeKind::Scalar("y".into(), Style::Quoted));
        assert_eq!((items[1].span.start.line, items[1].span.start.column), (4, 5));
        assert_eq!(items[0].type_name(), "a string");
    }

    #[test]
    fn aliases_are_expanded_within_budget() {
        let node = root("a: &x [1, 2]\nb: *x\n");
        let NodeKind::Map(pairs) = &node.kind else { panic!("not a map") };
        assert_eq!(pairs[0].1.kind, pairs[1].1.kind);
        assert_eq!(pairs[1].1.span.start.line, 2);
    }

    #[test]
    fn alias_bomb_is_rejected() {
        let mut source = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let prev = i - 1;
            source.push_str(&format!("a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"));
        }
        let error = parse(&source, LIMITS).unwrap_err();
        assert!(error.message.contains("aliases expand"), "{}", error.message);
    }

    #[test]
    fn deep_nesting_is_rejected() {
        let source = format!("{}{}", "[".repeat(100), "]".repeat(100));
        let error = parse(&source, LIMITS).unwrap_err();
        assert!(error.message.contains("nest"), "{}", error.message);
    }

    #[test]
    fn syntax_errors_have_positions() {
        let error = parse("a: [1, 2\nb: 3\n", LIMITS).unwrap_err();
        assert!(error.message.starts_with("YAML syntax error"), "{}", error.message);
        assert!(error.span.start.line >= 1);
    }

    #[test]
    fn a_second_document_is_rejected() {
        let error = parse("a: 1\n---\nb: 2\n", LIMITS).unwrap_err();
        assert_eq!(error.span.start.line, 2);
    }

    #[test]
    fn empty_input_is_no_document() {
        assert_eq!(parse("", LIMITS).unwrap().root, None);
        assert_eq!(parse("# only a comment\n", LIMITS).unwrap().root, None);
    }
}
