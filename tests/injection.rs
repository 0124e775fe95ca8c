//! Catalog text that looks like Rust (quotes, braces, comment ends,
//! attributes, NUL, bidi controls, raw identifiers, keywords) is carried as
//! data: exact string values, escaped doc text, valid identifiers.

errcat::catalog!("tests/catalogs/hostile_text.yaml");

use HostileTextError as E;

#[test]
fn texts_come_back_byte_for_byte() {
    assert_eq!(E::RType.message(), "\"); } fn injected() { (\"");
    assert_eq!(
        E::RType.description(),
        Some("*/ #[doc(hidden)] /* [link](javascript:x) <script>alert(1)</script> `code`")
    );
    assert_eq!(E::Type.message(), "line one\nline two\ttabbed");
    assert_eq!(E::Type.description(), Some("\0 NUL and \u{202E} RTL override and \u{200F} RLM"));
    assert_eq!(
        E::Type.solution(),
        Some("{message} is not a placeholder here; {{braces}} are literal")
    );
    #[allow(deprecated)]
    let quoted = E::ABC;
    assert_eq!(quoted.message(), "backslash \\ and r#\"raw\"#");
    assert_eq!(quoted.message_in("ar"), "\u{202B}عربي\u{202C}");
    assert_eq!(E::Match.message(), "macro_rules! m { () => {} }");
}

#[test]
fn names_keep_their_spelling_and_variants_are_plain_identifiers() {
    assert_eq!(E::RType.name(), "r#type");
    assert_eq!(E::Type.name(), "type");
    assert_eq!(E::Match.name(), "match");
    assert_eq!(E::from_name("A\"B'C").map(E::code), Some(3));
    assert_eq!(format!("{:?}", E::Match), "Match");
}

#[test]
fn the_template_is_literal_text_around_placeholders() {
    assert_eq!(E::RType.to_string(), "{\"*/ #[cfg(any())] r#type\0} \"); } fn injected() { (\"");
    assert_eq!(E::Match.to_string(), "{\"*/ #[cfg(any())] match\0} macro_rules! m { () => {} }");
}

#[test]
fn wire_settings_are_data_too() {
    use errcat::ErrorCode;
    assert_eq!(E::WIRE.code_field(), Some("\"); } fn body() { (\""));
    assert_eq!(E::WIRE.message_field(), Some("*/ #[x] //"));
    assert_eq!(E::WIRE.name_field(), Some("\0\u{202E}"));
    assert_eq!(E::WIRE.problem_type_base(), Some("\"));}fn/#[y]/"));
}

#[cfg(feature = "serde")]
#[test]
fn hostile_field_names_are_escaped_json_keys() {
    let body = serde_json::to_string(&errcat::ErrorBody::new(E::Match)).unwrap();
    let parsed: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(parsed["\"); } fn body() { (\""], serde_json::json!(E::Match.code()));
    assert_eq!(parsed["\0\u{202E}"], "match");
    let problem = serde_json::to_string(&errcat::Problem::new(E::Match)).unwrap();
    let parsed: serde_json::Value = serde_json::from_str(&problem).unwrap();
    assert_eq!(parsed["type"], format!("\"));}}fn/#[y]/{}", E::Match.code()));
}

#[test]
fn placeholders_render_data_around_and_inside_them() {
    let error: errcat::Error<E> =
        hostile_text_error::WithArgs { injected: "{count} \"); }", count: -1 }.into();
    assert_eq!(
        error.message_in("en"),
        "\"); } fn evil() { (\" {count} \"); } */ #[x] {count} = -1",
        "an argument's value is not rendered again"
    );
    assert_eq!(error.message_in("ar"), "-1 \u{202E}{count} \"); }\u{202C} {injected}");
    assert_eq!(E::WithArgs.solution(), Some("{{ {injected} }}"), "the entry's text as written");
    assert_eq!(
        errcat::ErrorCode::message(E::WithArgs),
        "\"); }} fn evil() {{ (\" {injected} */ #[x] {{count}} = {count}"
    );
}
