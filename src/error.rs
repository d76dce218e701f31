//! Errors of the public API: each names the option and the value that was refused.

use std::fmt;

/// An option that cannot be used, with the value the caller gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionError {
    /// The option's name as the caller wrote it ("published", "prefer").
    pub field: &'static str,
    /// The value given.
    pub value: String,
    /// What was expected.
    pub expected: &'static str,
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut shown: String = self.value.chars().take(40).collect();
        if self.value.chars().count() > 40 {
            shown.push('…');
        }
        write!(f, "invalid {} {:?}: expected {}", self.field, shown, self.expected)
    }
}

impl std::error::Error for OptionError {}
