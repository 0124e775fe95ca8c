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

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = Vec::with_capacity(b.len() + 1);
        current.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous.get(j).map_or(usize::MAX, |d| d + usize::from(ca != *cb));
            let delete = previous.get(j + 1).map_or(usize::MAX, |d| d + 1);
            let insert = current.last().map_or(usize::MAX, |d| d + 1);
            current.push(substitute.min(delete).min(insert));
        }
        previous = current;
    }
    previous.last().copied().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn typos_get_a_suggestion() {
        let keys = ["code", "name", "message", "http"];
        assert_eq!(closest("mesage", &keys), Some("message"));
        assert_eq!(closest("htpp", &keys), Some("http"));
        assert_eq!(closest("colour", &keys), None);
    }
}
