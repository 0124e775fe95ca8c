//! How a catalog's errors go over the wire: the enum's serde form, the
//! error body's members in their order, and the problem details settings.

use crate::ast;
use crate::format::{BodyKey, Key as _, ProblemType, SerdeForm};

/// A member of the error body: one of errcat's parts, or a declared field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BodyPart {
    /// `code`, `message`, `name`, `group`, `args` or `help_url`.
    Key(BodyKey),
    /// A field the catalog declares, by its name.
    Field(String),
}

impl BodyPart {
    /// The part as `body` names it: `code`, or the field's name.
    pub fn as_str(&self) -> &str {
        match self {
            BodyPart::Key(key) => key.as_str(),
            BodyPart::Field(name) => name,
        }
    }
}

/// An extension member of problem details (`problem.members`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProblemMember {
    /// The entry's help link, as `help_url`.
    HelpUrl,
    /// A declared field, under its name.
    Field(String),
}

impl ProblemMember {
    /// The member's name in the JSON object.
    pub fn name(&self) -> &str {
        match self {
            ProblemMember::HelpUrl => BodyKey::HelpUrl.as_str(),
            ProblemMember::Field(name) => name,
        }
    }
}

/// How the catalog's errors are serialized: the enum's form, the JSON
/// members of the error body in order, the RFC 9457 settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wire {
    serde: SerdeForm,
    /// The body's members, defaults applied: `code` and `message` first when
    /// `body` does not list them, then the parts it lists in its order.
    body: Vec<(BodyPart, String)>,
    problem_type_base: Option<String>,
    problem_type_from: Option<ProblemType>,
    problem_members: Vec<ProblemMember>,
}

impl Wire {
    /// How the enum serializes.
    pub fn serde(&self) -> SerdeForm {
        self.serde
    }

    /// Whether the enum serializes as its `name()` rather than its code.
    pub fn by_name(&self) -> bool {
        self.serde == SerdeForm::Name
    }

    /// Whether errcat generates the enum's serde impls (`serde:` is not `none`).
    pub fn serde_impls(&self) -> bool {
        self.serde != SerdeForm::None
    }

    /// The JSON field that carries `part`, if the body carries it.
    pub fn field(&self, part: BodyKey) -> Option<&str> {
        self.body.iter().find(|(k, _)| *k == BodyPart::Key(part)).map(|(_, name)| name.as_str())
    }

    /// The body's members in order: each part it carries and its JSON name.
    pub fn fields(&self) -> impl Iterator<Item = (&BodyPart, &str)> + '_ {
        self.body.iter().map(|(part, name)| (part, name.as_str()))
    }

    /// Whether the body is the default one: `code` and `message` under
    /// their own names, nothing else.
    pub fn has_default_body(&self) -> bool {
        let defaults = BodyKey::ALL.iter().filter_map(|k| Some((*k, k.default_field()?)));
        self.body
            .iter()
            .map(|(part, name)| (part.clone(), name.as_str()))
            .eq(defaults.map(|(k, name)| (BodyPart::Key(k), name)))
    }

    /// The start of a problem's `type` URI; the code is appended.
    pub fn problem_type_base(&self) -> Option<&str> {
        self.problem_type_base.as_deref()
    }

    /// What else a problem's `type` is made of (`problem.type`).
    pub fn problem_type_from(&self) -> Option<ProblemType> {
        self.problem_type_from
    }

    /// The problem's extension members beyond `code` and the arguments.
    pub fn problem_members(&self) -> &[ProblemMember] {
        &self.problem_members
    }

    pub(super) fn build(wire: &ast::Wire) -> Wire {
        let listed = wire.body.iter().flat_map(|body| &body.fields);
        let mut body: Vec<(BodyPart, String)> = BodyKey::ALL
            .iter()
            .filter(|key| !wire.body.as_ref().is_some_and(|body| body.lists(**key)))
            .filter_map(|key| Some((BodyPart::Key(*key), key.default_field()?.to_owned())))
            .collect();
        // A part set to `false` is left out.
        body.extend(
            listed.filter_map(|(part, name)| {
                Some((part.value.clone(), name.as_ref()?.value.clone()))
            }),
        );
        let problem = wire.problem.as_ref();
        Wire {
            serde: wire.serde.as_ref().map_or(SerdeForm::DEFAULT, |s| s.value),
            body,
            problem_type_base: problem.and_then(|p| p.type_base.as_ref()).map(|t| t.value.clone()),
            problem_type_from: problem.and_then(|p| p.type_from.as_ref()).map(|t| t.value),
            problem_members: problem
                .and_then(|p| p.members.as_ref())
                .into_iter()
                .flat_map(|members| &members.value)
                .map(|member| match member.value.as_str() {
                    "help_url" => ProblemMember::HelpUrl,
                    name => ProblemMember::Field(name.to_owned()),
                })
                .collect(),
        }
    }
}
