//! Checks that hold for every generated catalog enum.

use core::fmt::Debug;
use core::str::FromStr;

use errcat::ErrorCode;

/// `code`/`from_code`/`TryFrom`/`From`, `name`/`from_name`/`FromStr` round-trip
/// over `ALL`, which is in strictly ascending code order.
pub fn assert_round_trips<E>()
where
    E: ErrorCode + FromStr + TryFrom<E::Repr> + Into<E::Repr>,
    E::Repr: PartialEq + PartialOrd + Debug,
    <E as FromStr>::Err: Debug,
    <E as TryFrom<E::Repr>>::Error: Debug,
{
    assert!(!E::ALL.is_empty());
    for pair in E::ALL.windows(2) {
        assert!(pair[0].code() < pair[1].code(), "ALL not ascending at {:?}", pair[1]);
    }
    for &e in E::ALL {
        assert_eq!(E::from_code(e.code()), Some(e));
        assert_eq!(E::try_from(e.code()).unwrap(), e);
        assert_eq!(e.into(), e.code());
        assert_eq!(e.name().parse::<E>().unwrap(), e);
        assert!((100..=999).contains(&e.http_status()));
        // Display never prints an empty string: an undocumented code shows its variant.
        let shown = e.to_string();
        if e.message().is_empty() {
            assert!(shown.contains(&format!("{e:?}")), "{shown}");
        } else {
            assert!(shown.contains(e.message()), "{shown}");
        }
    }
    assert!("no such name".parse::<E>().is_err());
}
