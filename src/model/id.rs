//! Customer ids (slugs) and activity/deal ids.
//!
//! A customer id is the file stem, so it must never leave `customers/`:
//! only `a-z`, `0-9` and `-`, never empty, at most 64 characters, never a
//! reserved device name. Activity and deal ids are random, so clones never
//! need to coordinate: a kind letter and 12 base-32 characters (60 bits),
//! which makes a collision among 10 million ids about 1 in 20,000; and a
//! collision only ever makes a prefix ambiguous, it never loses data.

/// Characters of generated ids: lowercase, no `i l o u` to avoid misreading.
const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// A new random id for an activity (`a…`) or deal (`d…`).
pub fn new_id(kind: char) -> String {
    let mut bytes = [0u8; 12];
    if getrandom::fill(&mut bytes).is_err() {
        // No OS randomness: fall back to time and pid, still unique per process.
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
            ^ u128::from(std::process::id()) << 64;
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = (seed >> (i * 8 % 128)) as u8;
        }
    }
    let mut s = String::with_capacity(13);
    s.push(kind);
    for b in bytes {
        s.push(ALPHABET[(b & 31) as usize] as char);
    }
    s
}

/// An id made from `seed` rather than drawn at random: the same seed
/// gives the same id in every clone. The next copy of a recurring task
/// gets the id derived from its predecessor's, so two clones that both
/// mark the task done make one next copy, not two.
pub fn derived_id(kind: char, seed: &str) -> String {
    use sha1::Digest;
    let hash = sha1::Sha1::digest(seed.as_bytes());
    let mut s = String::with_capacity(13);
    s.push(kind);
    for b in hash.iter().take(12) {
        s.push(ALPHABET[(b & 31) as usize] as char);
    }
    s
}

/// Whether `s` is a well-formed customer id.
pub fn is_valid_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !RESERVED.contains(&s)
}

/// Why `s` is not a valid id, in words for an error message (`None`: it is).
pub fn slug_problem(s: &str) -> Option<&'static str> {
    if is_valid_slug(s) {
        None
    } else if s.is_empty() {
        Some("is empty")
    } else if s.len() > 64 {
        Some("is longer than 64 characters")
    } else if !s
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        Some("may hold only lowercase letters, digits and '-'")
    } else if s.starts_with('-') || s.ends_with('-') {
        Some("may not start or end with '-'")
    } else {
        Some("is a name Windows reserves for a device (con, prn, aux, nul, com1…, lpt1…)")
    }
}

/// Names Windows refuses as files; a clone there must not break.
const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Transliterate to lowercase ASCII (`Äripäev` → `aripaev`), used for ids
/// and for fuzzy matching, which has no Unicode folding of its own.
pub fn fold(s: &str) -> String {
    // `deunicode(s).to_lowercase()`, with one allocation instead of two:
    // transliterated text is ASCII, and ASCII needs only ASCII lowercasing.
    match deunicode::deunicode_with_tofu_cow(s, "[?]") {
        std::borrow::Cow::Borrowed(a) => a.to_ascii_lowercase(),
        std::borrow::Cow::Owned(mut t) if t.is_ascii() => {
            t.make_ascii_lowercase();
            t
        }
        std::borrow::Cow::Owned(t) => t.to_lowercase(),
    }
}

/// The slug of a name: `Äripäev AS` → `aripaev-as`.
pub fn slugify(name: &str) -> String {
    let ascii = fold(name);
    let mut out = String::with_capacity(ascii.len());
    let mut dash = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    if out.len() > 64 {
        out.truncate(64);
        while out.ends_with('-') {
            out.pop();
        }
    }
    if out.is_empty() {
        out.push_str("customer");
    }
    if RESERVED.contains(&out.as_str()) {
        out.push_str("-1");
    }
    out
}

/// The first free id for `name` given a test for existing ids: the slug,
/// else the slug with `-2`, `-3` ….
pub fn unique_slug(base: &str, exists: impl Fn(&str) -> bool) -> String {
    if !exists(base) {
        return base.to_string();
    }
    for n in 2.. {
        let suffix = format!("-{n}");
        let mut stem = base.to_string();
        if stem.len() + suffix.len() > 64 {
            stem.truncate(64 - suffix.len());
            while stem.ends_with('-') {
                stem.pop();
            }
        }
        let candidate = format!("{stem}{suffix}");
        if !exists(&candidate) {
            return candidate;
        }
    }
    unreachable!("an unbounded range always yields a free slug")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_transliterate_and_stay_inside() {
        assert_eq!(slugify("Äripäev AS"), "aripaev-as");
        assert_eq!(slugify("Šokolaadi Žurnaal OÜ"), "sokolaadi-zurnaal-ou");
        assert_eq!(slugify("Åbo Akademi"), "abo-akademi");
        assert_eq!(slugify("../../etc/passwd"), "etc-passwd");
        assert_eq!(slugify("a\0b"), "a-b");
        assert_eq!(slugify("///"), "customer");
        assert_eq!(slugify("CON"), "con-1");
        assert!(slugify(&"x".repeat(200)).len() <= 64);
        for name in ["Äripäev AS", "../x", "", "   ", "CON", "a/b\\c"] {
            assert!(is_valid_slug(&slugify(name)), "{name}");
        }
    }

    #[test]
    fn unique_slug_appends_numbers() {
        let taken = ["acme", "acme-2"];
        assert_eq!(unique_slug("acme", |s| taken.contains(&s)), "acme-3");
        assert_eq!(unique_slug("other", |s| taken.contains(&s)), "other");
    }

    #[test]
    fn ids_have_kind_and_length() {
        let a = new_id('a');
        assert_eq!(a.len(), 13);
        assert!(a.starts_with('a'));
        assert_ne!(new_id('a'), new_id('a'));
    }
}

#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the name, the slug is a valid file stem inside customers/.
        #[test]
        fn any_name_gives_a_safe_slug(name in any::<String>()) {
            let s = slugify(&name);
            prop_assert!(is_valid_slug(&s), "{:?} -> {:?}", name, s);
            prop_assert!(!s.contains('/') && !s.contains("..") && !s.contains('\0'));
        }

        /// Numbered slugs stay valid and unique.
        #[test]
        fn unique_slugs_are_valid(name in "\\PC{0,80}", taken in 0usize..5) {
            let base = slugify(&name);
            let existing: Vec<String> = (0..taken)
                .map(|i| if i == 0 { base.clone() } else { format!("{base}-{}", i + 1) })
                .collect();
            let s = unique_slug(&base, |c| existing.iter().any(|e| e == c));
            prop_assert!(is_valid_slug(&s));
            prop_assert!(!existing.contains(&s));
        }
    }
}
