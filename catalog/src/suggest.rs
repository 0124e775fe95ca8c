//! "Did you mean": the candidate nearest to a misspelt word.

/// The candidate nearest to `word`, if it is near enough to be a typo.
pub(crate) fn closest<'k>(word: &str, candidates: &[&'k str]) -> Option<&'k str> {
    candidates
        .iter()
        .map(|c| (edit_distance(word, c), *c))
        .filter(|(d, c)| *d <= (c.len() / 3).max(1))
        .min()
        .map(|(_, c)| c)
}

/// Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`:
/// the optimal string alignment distance, so `hots` is one edit from `host`.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut before_previous: Vec<usize> = Vec::new();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = Vec::with_capacity(b.len() + 1);
        current.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous.get(j).map_or(usize::MAX, |d| d + usize::from(ca != cb));
            let delete = previous.get(j + 1).map_or(usize::MAX, |d| d + 1);
            let insert = current.last().map_or(usize::MAX, |d| d + 1);
            let swapped =
                i > 0 && j > 0 && a.get(i - 1) == Some(cb) && b.get(j - 1) == Some(ca) && ca != cb;
            let swap = match before_previous.get(j - usize::from(j > 0)) {
                Some(d) if swapped => d + 1,
                _ => usize::MAX,
            };
            current.push(substitute.min(delete).min(insert).min(swap));
        }
        before_previous = std::mem::replace(&mut previous, current);
    }
    previous.last().copied().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::{closest, edit_distance};

    #[test]
    fn typos_get_a_suggestion() {
        let keys = ["code", "name", "message", "http"];
        assert_eq!(closest("mesage", &keys), Some("message"));
        assert_eq!(closest("htpp", &keys), Some("http"));
        assert_eq!(closest("colour", &keys), None);
        assert_eq!(closest("hots", &["host"]), Some("host"), "a swap is one edit");
        assert_eq!(edit_distance("ca", "abc"), 3);
        assert_eq!(edit_distance("abcd", "acbd"), 1);
        assert_eq!(edit_distance("", "ab"), 2);
    }
}
