//! Reading the tab-separated data files that are compiled into the crate.

/// The rows of a tab-separated file: lines split on tabs, with `#` comment lines and blank
/// lines skipped and each field trimmed. Used once per lexicon when it is first built.
pub fn rows(file: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    file.lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// The items of a `|`-separated list field (empty items dropped).
pub fn list(field: &'static str) -> impl Iterator<Item = &'static str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty())
}
