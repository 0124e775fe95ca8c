//! Properties of the generated code that hold for any catalog.

use errcat_catalog::generate::{self, Tracking};
use errcat_catalog::{load_file, load_str, Catalog, PathBase};
use proc_macro2::{TokenStream, TokenTree};

fn has_ident(tokens: TokenStream, name: &str) -> bool {
    tokens.into_iter().any(|tree| match tree {
        TokenTree::Ident(ident) => ident == name,
        TokenTree::Group(group) => has_ident(group.stream(), name),
        _ => false,
    })
}

fn expand(catalog: &Catalog) -> String {
    generate::catalog(catalog, Tracking::ManifestRelative("errors.yaml")).to_string()
}

/// A catalog of `n` codes in 10 ranged groups, two languages, varied HTTP statuses.
fn synthetic(n: usize) -> String {
    let mut yaml = String::from("name: BigError\nlanguages: [en, zh]\ngroups:\n");
    let per_group = n / 10;
    for g in 0..10 {
        let base = 100_000 + g * 100_000;
        yaml.push_str(&format!(
            "  - name: group_{g}\n    range: [{base}, {}]\n    codes:\n",
            base + 99_999
        ));
        for i in 0..per_group {
            let code = base + i * 3;
            yaml.push_str(&format!(
                "      - code: {code}\n        name: E_{g}_{i}\n        message:\n          en: message {code}\n          zh: 消息 {code}\n        http: {}\n",
                400 + (i % 100)
            ));
        }
    }
    yaml
}

fn blobstore() -> Catalog {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/catalogs/blobstore.yaml");
    load_file(path.as_ref(), "examples/catalogs/blobstore.yaml", PathBase::CrateDir).unwrap()
}

#[test]
fn expansion_is_deterministic() {
    let first = expand(&blobstore());
    let second = expand(&blobstore());
    assert_eq!(first, second);
    let big = synthetic(1_000);
    assert_eq!(
        expand(&load_str(&big, "big.yaml").unwrap()),
        expand(&load_str(&big, "big.yaml").unwrap())
    );
}

#[test]
fn expansion_has_no_unsafe_and_no_build_paths() {
    let code = expand(&blobstore());
    assert!(!code.contains("unsafe"));
    assert!(!code.contains(env!("CARGO_MANIFEST_DIR")));
    assert!(code.contains(r#"include_bytes ! (:: core :: concat ! (:: core :: env ! ("CARGO_MANIFEST_DIR") , "/errors.yaml"))"#), "{code}");
    let untracked = generate::catalog(&blobstore(), Tracking::None).to_string();
    assert!(!untracked.contains("include_bytes"));
}

#[test]
fn a_path_written_absolute_is_tracked_as_written() {
    let absolute = if cfg!(windows) { r"C:\errors\e.yaml" } else { "/srv/errors/e.yaml" };
    let code = generate::catalog(&blobstore(), Tracking::ManifestRelative(absolute)).to_string();
    let written = proc_macro2::Literal::string(absolute).to_string();
    assert!(code.contains(&format!("include_bytes ! ({written})")), "{code}");
    assert!(!code.contains("CARGO_MANIFEST_DIR"));
}

#[test]
fn runtime_items_are_named_by_absolute_paths() {
    let code = expand(&blobstore());
    for path in [
        ":: errcat :: Severity",
        ":: errcat :: UnknownCode",
        ":: errcat :: ErrorCode",
        ":: core :: fmt :: Display",
    ] {
        assert!(code.contains(path), "{path}");
    }
    assert!(!code.contains(" std ::"), "no std paths, so no_std consumers work");
}

/// The macros a token stream calls (`name ! (…)`), each with the token
/// before its name.
fn macro_calls(tokens: TokenStream, calls: &mut Vec<(String, String)>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tree) in trees.iter().enumerate() {
        if let TokenTree::Group(group) = tree {
            macro_calls(group.stream(), calls);
        }
        let (Some(TokenTree::Ident(name)), Some(TokenTree::Punct(bang)), Some(TokenTree::Group(_))) =
            (trees.get(i), trees.get(i + 1), trees.get(i + 2))
        else {
            continue;
        };
        if bang.as_char() == '!' {
            let before = i.checked_sub(1).and_then(|j| trees.get(j)).map(ToString::to_string);
            calls.push((name.to_string(), before.unwrap_or_default()));
        }
    }
}

#[test]
fn macros_are_named_by_absolute_paths() {
    let with_groups = "name: E\ngroups:\n  - name: a\n    range: [1, 9]\n    codes: [{code: 1}]\n  - name: b\n    codes: [{code: 10}]\n";
    for catalog in [blobstore(), load_str(with_groups, "e.yaml").unwrap()] {
        let mut calls = Vec::new();
        macro_calls(generate::catalog(&catalog, Tracking::ManifestRelative("e.yaml")), &mut calls);
        assert!(calls.iter().any(|(name, _)| name == "include_bytes"), "{calls:?}");
        for (name, before) in calls {
            assert_eq!(before, ":", "`{name}!` is called without a path");
        }
    }
}

/// `code` with the contents of its `b"…"` literals removed: packed tables
/// may hold the bytes `=>`.
fn without_byte_strings(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(start) = rest.find("b\"") {
        out.push_str(&rest[..start + 2]);
        let mut escaped = false;
        let end = rest[start + 2..]
            .char_indices()
            .find(|&(_, c)| {
                let closes = c == '"' && !escaped;
                escaped = c == '\\' && !escaped;
                closes
            })
            .map_or(rest.len(), |(i, _)| start + 2 + i);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn no_match_grows_with_the_number_of_codes() {
    let count = |n: usize| {
        let code = expand(&load_str(&synthetic(n), "big.yaml").unwrap());
        let code = without_byte_strings(&code);
        (code.matches("match ").count(), code.matches("=>").count())
    };
    // Both sizes use every HTTP status of the synthetic catalog, so the few
    // values each small-enum column (severity, gRPC code) takes are the same.
    assert_eq!(count(1_000), count(2_000), "match arms must not scale with N");
}

#[test]
fn discriminants_are_positions_unless_asked() {
    let dense = expand(&blobstore());
    assert!(!dense.contains("repr ("), "index discriminants need no repr");
    assert!(dense.contains("self as usize"));
    let sparse =
        load_str("name: E\ndiscriminant: code\ncodes:\n  - code: -704\n  - code: 5\n", "e.yaml")
            .unwrap();
    let code = expand(&sparse);
    assert!(code.contains("# [repr (i32)]"), "{code}");
    assert!(code.contains("CodeNeg704 = - 704"), "{code}");
}

#[test]
fn uniform_columns_become_constants() {
    let source = "name: E\nlanguages: [en, zh]\ncodes:\n  - code: 1\n    message: a\n  - code: 2\n    message: b\n";
    let code = expand(&load_str(source, "e.yaml").unwrap());
    let http = code.split("fn http_status").nth(1).unwrap();
    let body = &http[..http.find('}').unwrap()];
    assert!(body.contains("500") && !body.contains("TABLE"), "{body}");
    // zh has no texts of its own, so message_in shares the default table.
    let message_in = code.split("fn message_in").nth(1).unwrap();
    assert!(message_in[..message_in.find('}').unwrap()].contains("self . message ()"));
}

#[test]
fn catalog_text_stays_inside_string_literals() {
    let source = "name: E\ncodes:\n  - code: 1\n    message: \"\\\"); } fn evil() { (\\\"\"\n    description: \"*/ #[doc = x] [link](http://x) <b>\"\n";
    let catalog = load_str(source, "e.yaml").unwrap();
    let tokens = generate::catalog(&catalog, Tracking::None);
    assert!(!has_ident(tokens.clone(), "evil"), "text escaped its literal: {tokens}");
    let code = tokens.to_string();
    assert!(code.contains(r#""\"); } fn evil() { (\"""#), "{code}");
    // The doc is a raw literal, so Markdown's backslashes stand as they are.
    assert!(code.contains(r"\[link\](http://x) \<b\>"), "doc text is Markdown-escaped: {code}");
    assert!(code.contains("# [doc = r#\"\"); } fn evil() { (\""), "{code}");
}

/// The proc macro splices rustc-lexed lists into a skeleton; doing the same
/// with proc-macro2 must give exactly what `catalog` gives.
fn splice(skeleton: TokenStream, lists: &mut [Option<String>]) -> TokenStream {
    skeleton
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => {
                let mut spliced =
                    proc_macro2::Group::new(group.delimiter(), splice(group.stream(), lists));
                spliced.set_span(group.span());
                TokenTree::Group(spliced).into()
            }
            TokenTree::Ident(ident) => {
                match ident.to_string().strip_prefix(generate::PLACEHOLDER) {
                    Some(index) => {
                        let list = lists[index.parse::<usize>().unwrap()].take().unwrap();
                        list.parse().unwrap()
                    }
                    None => TokenTree::Ident(ident).into(),
                }
            }
            other => TokenStream::from(other),
        })
        .collect()
}

#[test]
fn deferred_lists_splice_into_the_same_expansion() {
    let open = format!("representation: open\n{}", synthetic(3000));
    let catalogs = [
        blobstore(),
        load_str(&synthetic(3000), "big.yaml").unwrap(),
        load_str(&open, "open.yaml").unwrap(),
    ];
    for catalog in catalogs {
        let deferred = generate::catalog_deferred(&catalog, Tracking::ManifestRelative("c.yaml"));
        let mut lists: Vec<Option<String>> = deferred.lists.into_iter().map(Some).collect();
        let spliced = splice(deferred.skeleton, &mut lists);
        assert!(lists.iter().all(Option::is_none), "a list has no placeholder");
        let direct = generate::catalog(&catalog, Tracking::ManifestRelative("c.yaml"));
        assert_eq!(spliced.to_string(), direct.to_string());
    }
    // The seeds too, so the macro's splicing runs in every test that compiles one.
    assert!(!generate::catalog_deferred(&blobstore(), Tracking::None).lists.is_empty());
    let big = load_str(&synthetic(3000), "big.yaml").unwrap();
    let deferred = generate::catalog_deferred(&big, Tracking::None);
    assert!(deferred.lists.len() >= 5, "long lists were not deferred: {}", deferred.lists.len());
}
