//! Names for generated locals: readable, derived from the expression, never a user's name.
//!
//! The user's `let` bindings keep their names (a shadowing binding becomes `h_2`);
//! intermediates get names built from what they compute (`w_x` for `w * x`, `z_sigmoid`…);
//! adjoints are `d_<name>`. Every name is checked against all identifiers of the user's
//! function and all names handed out so far.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Ident, Span};

/// Hands out unique identifiers.
#[derive(Clone)]
pub struct Names {
    /// Identifiers the user's function mentions.
    user: BTreeSet<String>,
    /// Names given to generated variables and items so far.
    taken: BTreeSet<String>,
    /// For each base, the suffix to try next: the ones below it are taken, so a function with
    /// thousands of `sum`s does not try `sum_2`, `sum_3`, … again for each new one.
    next_suffix: BTreeMap<String, usize>,
    /// For each name given to a user's binding, the user's name (`h_2` → `h`), for `f::graph`.
    sources: BTreeMap<String, String>,
}

/// Derived names longer than this fall back to a short word for the operation.
const MAX_DERIVED_LEN: usize = 18;

impl Names {
    pub fn new(user: BTreeSet<String>) -> Self {
        Names {
            user,
            taken: BTreeSet::new(),
            next_suffix: BTreeMap::new(),
            sources: BTreeMap::new(),
        }
    }

    /// A name for a user's binding: their own name if no variable has it yet, else a suffix.
    pub fn binding(&mut self, name: &str) -> Ident {
        let name = &name.replace("r#", "");
        let given =
            if self.taken.insert(name.to_owned()) { ident(name) } else { self.suffixed(name) };
        self.sources.insert(unraw(&given), name.to_owned());
        given
    }

    /// The user's name behind a name [`Names::binding`] gave (`h_2` → `h`); `None` for a
    /// generated value's name.
    pub fn source(&self, name: &str) -> Option<&str> {
        self.sources.get(name).map(String::as_str)
    }

    /// A name for a generated value: `preferred` if short and free, else `fallback`, made unique.
    pub fn derived(&mut self, preferred: Option<String>, fallback: &str) -> Ident {
        let base = preferred
            .map(|name| name.replace("r#", ""))
            .filter(|name| name.len() <= MAX_DERIVED_LEN && is_identifier(name))
            .unwrap_or_else(|| fallback.to_owned());
        self.fresh(&base)
    }

    /// Gives a name back, when the value it was derived for took the user's name instead.
    pub fn release(&mut self, name: &str) {
        self.taken.remove(name);
        self.sources.remove(name);
        if let Some((base, suffix)) = name.rsplit_once('_')
            && let Ok(suffix) = suffix.parse::<usize>()
            && let Some(next) = self.next_suffix.get_mut(base)
        {
            *next = (*next).min(suffix);
        }
    }

    /// `base` if nobody uses it, else `base_2`, `base_3`, ….
    pub fn fresh(&mut self, base: &str) -> Ident {
        let base = &base.replace("r#", "");
        if !self.user.contains(base) && self.taken.insert(base.to_owned()) {
            return ident(base);
        }
        self.suffixed(base)
    }

    fn suffixed(&mut self, base: &str) -> Ident {
        // One of the next `taken.len() + user.len() + 1` suffixes is always free.
        let first = self.next_suffix.get(base).copied().unwrap_or(2);
        let bound = first + self.taken.len() + self.user.len();
        let (suffix, name) = (first..=bound)
            .map(|n| (n, format!("{base}_{n}")))
            .find(|(_, name)| !self.user.contains(name) && !self.taken.contains(name))
            .unwrap_or_else(|| (bound, format!("{base}_{bound}")));
        self.next_suffix.insert(base.to_owned(), suffix + 1);
        self.taken.insert(name.clone());
        ident(&name)
    }
}

fn ident(name: &str) -> Ident {
    ident_at(name, Span::call_site())
}

/// The identifier for `name` at `span`. A user's raw identifier (`r#type`) may have lent its text
/// to a name, whole or as a part (`d_r#type`): the `r#` is dropped, and put back in front only
/// where the result is a keyword (`type` → `r#type`, `d_type` stays plain).
pub fn ident_at(name: &str, span: Span) -> Ident {
    let plain = name.replace("r#", "");
    if syn::parse_str::<Ident>(&plain).is_ok() {
        Ident::new(&plain, span)
    } else {
        Ident::new_raw(&plain, span)
    }
}

/// The text of an identifier without its raw prefix: `r#type` → `type`, `x` → `x`.
pub fn unraw(ident: &Ident) -> String {
    let text = ident.to_string();
    match text.strip_prefix("r#") {
        Some(plain) => plain.to_owned(),
        None => text,
    }
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && syn::parse_str::<Ident>(name).is_ok()
}

/// The readable fragment a literal contributes to a name: `2.0` → `2`, `0.5` → `0_5`.
pub fn literal_fragment(text: &str) -> Option<String> {
    let trimmed = text.trim_end_matches("_f64").trim_end_matches("_f32").trim_end_matches("f64");
    let trimmed = trimmed.trim_end_matches("f32").trim_end_matches(".0");
    let fragment: String =
        trimmed.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    (!fragment.is_empty() && fragment.len() <= 6).then_some(fragment)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(user: &[&str]) -> Names {
        Names::new(user.iter().map(|s| (*s).to_owned()).collect())
    }

    #[test]
    fn bindings_keep_user_names_until_shadowed() {
        let mut names = names(&["h"]);
        assert_eq!(names.binding("h"), "h");
        assert_eq!(names.binding("h"), "h_2");
        assert_eq!(names.source("h_2"), Some("h"));
        assert_eq!(names.fresh("w_x"), "w_x");
        assert_eq!(names.source("w_x"), None, "a generated value has no source name");
        names.release("h_2");
        assert_eq!(names.source("h_2"), None);
    }

    #[test]
    fn derived_names_avoid_user_identifiers() {
        let mut names = names(&["w_x"]);
        assert_eq!(names.derived(Some("w_x".into()), "product"), "w_x_2");
        assert_eq!(names.derived(Some("a_very_long_derived_name".into()), "product"), "product");
        assert_eq!(names.derived(Some("2_x".into()), "product"), "product_2");
    }

    #[test]
    fn suffixes_count_up_and_a_released_one_is_given_again() {
        let mut names = names(&["sum_3"]);
        let given: Vec<String> = (0..4).map(|_| names.fresh("sum").to_string()).collect();
        assert_eq!(given, ["sum", "sum_2", "sum_4", "sum_5"]);
        names.release("sum_2");
        assert_eq!(names.fresh("sum"), "sum_2");
        assert_eq!(names.fresh("sum"), "sum_6");
    }

    #[test]
    fn raw_identifiers_stay_raw_only_where_they_must() {
        assert_eq!(ident_at("r#type", Span::call_site()).to_string(), "r#type");
        assert_eq!(ident_at("d_r#type", Span::call_site()).to_string(), "d_type");
        assert_eq!(ident_at("r#x", Span::call_site()).to_string(), "x");
        let mut names = names(&["type"]);
        assert_eq!(names.binding("r#type").to_string(), "r#type");
        assert_eq!(names.fresh("d_r#type").to_string(), "d_type");
    }

    #[test]
    fn literal_fragments() {
        assert_eq!(literal_fragment("2.0").as_deref(), Some("2"));
        assert_eq!(literal_fragment("0.5").as_deref(), Some("0_5"));
        assert_eq!(literal_fragment("1e-3").as_deref(), Some("1e_3"));
        assert_eq!(literal_fragment("2.0_f64").as_deref(), Some("2"));
    }
}
