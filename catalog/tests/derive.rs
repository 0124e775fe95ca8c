//! Matching a user's enum against a catalog, without a compiler in the loop.

use errcat_catalog::derive::{
    match_enum, Drift, Location, UserDiscriminant, UserEnum, UserVariant,
};
use errcat_catalog::load_str;

const CATALOG: &str = "name: AppError\ngroups:\n  - name: app\n    range: [200, 299]\n    codes:\n      - code: 202\n        name: NAME_TAKEN\n      - code: 205\n        name: NOT_FOUND\n  - name: token\n    codes:\n      - code: 101\n";

fn variant(ident: &str) -> UserVariant {
    UserVariant { ident: ident.into(), catalog_name: None, discriminant: None, has_fields: false }
}

fn check(variants: Vec<UserVariant>, group: Option<&str>) -> Result<bool, Vec<Drift>> {
    let catalog = load_str(CATALOG, "app.yaml").unwrap();
    let user = UserEnum { name: "Mine".into(), variants };
    match_enum(&catalog, &user, group).map(|view| view.is_dense())
}

fn messages(result: Result<bool, Vec<Drift>>) -> Vec<(Location, String)> {
    result.unwrap_err().into_iter().map(|d| (d.location, d.message)).collect()
}

#[test]
fn code_order_with_implicit_discriminants_is_dense() {
    assert_eq!(check(vec![variant("NameTaken"), variant("NotFound")], Some("app")), Ok(true));
    assert_eq!(check(vec![variant("NotFound"), variant("NameTaken")], Some("app")), Ok(false));
    let mut explicit = vec![variant("NameTaken"), variant("NotFound")];
    explicit[0].discriminant = Some(UserDiscriminant::Literal(202));
    assert_eq!(check(explicit, Some("app")), Ok(false));
    assert_eq!(
        check(vec![variant("Code101"), variant("NameTaken"), variant("NotFound")], None),
        Ok(true)
    );
}

#[test]
fn every_drift_is_reported_together() {
    let mut wrong_code = variant("NameTaken");
    wrong_code.discriminant = Some(UserDiscriminant::Literal(203));
    let mut fields = variant("Extra");
    fields.has_fields = true;
    let found = messages(check(vec![wrong_code, variant("NotFund"), fields], Some("app")));
    assert_eq!(
        found,
        [
            (
                Location::Variant(0),
                "`NameTaken` = 203, but the catalog gives `NAME_TAKEN` the code 202".to_owned()
            ),
            (
                Location::Variant(1),
                "`NotFund` is not in group `app`; did you mean `NotFound`?".to_owned()
            ),
            (
                Location::Variant(2),
                "variant `Extra` has fields; catalog variants are plain names".to_owned()
            ),
            (
                Location::Enum,
                "catalog entry `NOT_FOUND` (code 205) has no variant: add `NotFound`".to_owned()
            ),
        ]
    );
}

#[test]
fn names_override_identifiers() {
    let mut renamed = variant("Taken");
    renamed.catalog_name = Some("NAME_TAKEN".into());
    assert_eq!(check(vec![renamed, variant("NotFound")], Some("app")), Ok(true));
    let mut twice = variant("Again");
    twice.catalog_name = Some("NOT_FOUND".into());
    let found =
        messages(check(vec![variant("NameTaken"), variant("NotFound"), twice], Some("app")));
    assert_eq!(
        found,
        [(
            Location::Variant(2),
            "`Again` stands for catalog entry `NOT_FOUND`, like `NotFound`".to_owned()
        )]
    );
}

#[test]
fn unknown_group_is_named() {
    let found = messages(check(vec![variant("Code101")], Some("tokens")));
    assert_eq!(
        found,
        [(Location::Group, "the catalog has no group `tokens`; did you mean `token`?".to_owned())]
    );
    let other_group = messages(check(vec![variant("Code101")], Some("app")));
    assert_eq!(
        other_group[0].1,
        "`Code101` is not in group `app`: add it to the catalog or remove the variant"
    );
}
