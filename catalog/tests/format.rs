//! The format's tables and the reader agree: catalogs built from the tables
//! in `errcat_catalog::format` prove that every listed key is accepted, read
//! (a wrong value is reported at it) and, when required, missed. The reader
//! matches keys through the tables' enums, so it cannot read a key that is
//! not listed; the schema is generated from the same tables (a test below).

use errcat_catalog::format::{Kind, Mapping};
use errcat_catalog::rules::Rule;
use errcat_catalog::{load_str, schema, Diagnostic};

/// What to do with one key while building a catalog.
enum Edit {
    Keep,
    Omit,
    Write(&'static str),
}

/// A catalog with every key of every mapping, written in block style with one
/// key per line. `groups` or `codes` is left out (a catalog has one of them),
/// and `edit` may change any key.
struct Builder<'e> {
    edit: &'e dyn Fn(Mapping, &str) -> Edit,
    counter: usize,
    out: String,
}

impl Builder<'_> {
    fn catalog(with_groups: bool, edit: &dyn Fn(Mapping, &str) -> Edit) -> String {
        let skip = if with_groups { "codes" } else { "groups" };
        let edit = move |mapping: Mapping, key: &str| match (mapping, key) {
            (Mapping::Catalog, key) if key == skip => Edit::Omit,
            // A `group` body field needs groups.
            (Mapping::Body, "group") if !with_groups => Edit::Omit,
            _ => edit(mapping, key),
        };
        let mut builder = Builder { edit: &edit, counter: 0, out: String::new() };
        builder.mapping(Mapping::Catalog, 0, false);
        builder.out
    }

    fn mapping(&mut self, mapping: Mapping, indent: usize, list_item: bool) {
        let mut first = true;
        for key in mapping.keys() {
            let value = match (self.edit)(mapping, key.name) {
                Edit::Omit => continue,
                Edit::Write(value) => Some(value.to_owned()),
                Edit::Keep => None,
            };
            // The first key of a list item shares the line of its `- `.
            let pad = if list_item && first { String::new() } else { " ".repeat(indent) };
            first = false;
            self.out.push_str(&format!("{pad}{}:", key.name));
            match value {
                Some(value) => self.out.push_str(&format!(" {value}\n")),
                None => self.value(key.kind, indent),
            }
        }
    }

    fn value(&mut self, kind: Kind, indent: usize) {
        self.counter += 1;
        let n = self.counter;
        let scalar = match kind {
            Kind::TypeName => "SampleError".to_owned(),
            // Unique, so that names and field names never clash.
            Kind::String | Kind::FieldName => format!("s{n}"),
            Kind::UriPrefix => "https://errors.example.com/sample/".to_owned(),
            Kind::Text => "a text".to_owned(),
            Kind::Code => "1".to_owned(),
            Kind::Http => "404".to_owned(),
            Kind::Boolean => "true".to_owned(),
            Kind::Keyword(words) => words[0].to_owned(),
            Kind::Languages => "[en]".to_owned(),
            Kind::Template => "\"{code}: {message}\"".to_owned(),
            Kind::Range => "[1, 9]".to_owned(),
            Kind::CodeSets => "[100]".to_owned(),
            Kind::Deprecation => "use another code".to_owned(),
            // No arguments: the sample texts have no placeholders.
            Kind::Arguments => "{}".to_owned(),
            Kind::Integer => "1".to_owned(),
            Kind::UrlTemplate => "\"https://docs.example.com/errors#{code}\"".to_owned(),
            // The declaration is a `string` (the first type): its default
            // matches its pattern.
            Kind::FieldValue => "\"v\"".to_owned(),
            Kind::Pattern => "\"^v$\"".to_owned(),
            Kind::Words => "[a_word]".to_owned(),
            Kind::Members => "[help_url]".to_owned(),
            Kind::Declarations => {
                self.out.push_str(&format!("\n{}sample_field:\n", " ".repeat(indent + 2)));
                self.mapping(Mapping::Field, indent + 4, false);
                return;
            }
            Kind::List(mapping) => {
                self.out.push_str(&format!("\n{}- ", " ".repeat(indent + 2)));
                self.mapping(mapping, indent + 4, true);
                return;
            }
            Kind::Mapping(mapping) => {
                self.out.push('\n');
                self.mapping(mapping, indent + 2, false);
                return;
            }
        };
        self.out.push_str(&format!(" {scalar}\n"));
    }
}

fn errors(source: &str) -> Vec<Diagnostic> {
    load_str(source, "sample.yaml").err().unwrap_or_default()
}

/// Every key of every mapping, with the catalog (with groups or without) that has it.
fn every_key() -> Vec<(Mapping, &'static str, Kind, bool)> {
    let mut keys = Vec::new();
    for mapping in Mapping::ALL {
        for key in mapping.keys() {
            let with_groups = !(mapping == Mapping::Catalog && key.name == "codes");
            keys.push((mapping, key.name, key.kind, with_groups));
        }
    }
    keys
}

#[test]
fn a_catalog_with_every_key_is_accepted() {
    // A declaration has keys for each type; a `string` field keeps its own.
    let edit = |mapping, key: &str| match (mapping, key) {
        (Mapping::Field, "values" | "min" | "max" | "required") => Edit::Omit,
        // The first gRPC code, `OK`, is no error (E0031).
        (_, "grpc") => Edit::Write("NOT_FOUND"),
        _ => Edit::Keep,
    };
    for with_groups in [true, false] {
        let source = Builder::catalog(with_groups, &edit);
        assert_eq!(errors(&source), [], "{source}");
    }
}

#[test]
fn every_key_is_read() {
    for (mapping, key, kind, with_groups) in every_key() {
        // A value of another type than the key's: scalars for collections and
        // a list for everything that takes a scalar.
        let wrong = match kind {
            Kind::Languages
            | Kind::Range
            | Kind::CodeSets
            | Kind::Arguments
            | Kind::Declarations
            | Kind::Words
            | Kind::Members
            | Kind::List(_)
            | Kind::Mapping(_) => "x",
            _ => "[1]",
        };
        let edit = |m: Mapping, k: &str| {
            if m == mapping && k == key {
                Edit::Write(wrong)
            } else {
                Edit::Keep
            }
        };
        let source = Builder::catalog(with_groups, &edit);
        let found = errors(&source).into_iter().any(|d| {
            d.rule == Rule::WrongType
                && d.source_line.as_deref().is_some_and(|line| {
                    line.trim_start().trim_start_matches("- ") == format!("{key}: {wrong}")
                })
        });
        assert!(found, "{} key `{key}`: a wrong value is not reported\n{source}", mapping.what());
    }
}

#[test]
fn every_required_key_is_required() {
    for (mapping, key, _, with_groups) in every_key() {
        let required = mapping.keys().iter().any(|k| k.name == key && k.required);
        let edit =
            |m: Mapping, k: &str| if m == mapping && k == key { Edit::Omit } else { Edit::Keep };
        let source = Builder::catalog(with_groups, &edit);
        let missing = format!("missing key `{key}` in {}", mapping.what());
        let reported = errors(&source).iter().any(|d| d.message == missing);
        assert_eq!(reported, required, "{}: `{key}`\n{source}", mapping.what());
    }
}

#[test]
fn the_schema_lists_exactly_the_keys_of_the_tables() {
    let schema: serde_json::Value = serde_json::from_str(&schema::json_schema()).unwrap();
    for mapping in Mapping::ALL {
        let object = match mapping {
            Mapping::Catalog => &schema,
            Mapping::Group => &schema["$defs"]["group"],
            Mapping::Entry => &schema["$defs"]["entry"],
            Mapping::Body => &schema["$defs"]["body"],
            Mapping::Problem => &schema["$defs"]["problem"],
            Mapping::Field => &schema["$defs"]["field"],
        };
        // serde_json's map is sorted unless a crate in the build turns on
        // `preserve_order`, so compare sorted lists.
        let mut properties: Vec<&str> =
            object["properties"].as_object().unwrap().keys().map(String::as_str).collect();
        properties.sort_unstable();
        let mut keys: Vec<&str> = mapping.keys().iter().map(|k| k.name).collect();
        keys.sort_unstable();
        assert_eq!(properties, keys, "{}", mapping.what());
        let required: Vec<&str> = object["required"]
            .as_array()
            .map(|r| r.iter().filter_map(|k| k.as_str()).collect())
            .unwrap_or_default();
        let table: Vec<&str> =
            mapping.keys().iter().filter(|k| k.required).map(|k| k.name).collect();
        assert_eq!(required, table, "{}", mapping.what());
        assert_eq!(object["additionalProperties"], false, "{}", mapping.what());
    }
}
