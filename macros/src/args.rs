//! The attribute's arguments: `#[differentiable]`, `#[differentiable(wrt(w, b))]`,
//! `#[differentiable(graph)]`, or both (`#[differentiable(wrt(w), graph)]`).
//!
//! In: the attribute's tokens. Out: [`Args`], the parameters the gradient is restricted to and
//! whether `f::graph` is generated. Whether the names exist is checked against the function in
//! `lower`.

use proc_macro2::{Ident, TokenStream};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Token, parenthesized};

/// The parsed attribute arguments.
#[derive(Default)]
pub struct Args {
    /// `wrt(...)`: differentiate only with respect to these parameters.
    pub wrt: Option<Vec<Ident>>,
    /// `graph`: generate `f::graph`, the drawing of the computational graph. It is a second,
    /// instrumented copy of the pullback, about a third of what rustc checks for a small
    /// function, so it is generated only when asked for.
    pub graph: bool,
}

impl Parse for Args {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut args = Args::default();
        while !input.is_empty() {
            let key: Ident = input.parse()?;
            if key == "graph" {
                if args.graph {
                    return Err(syn::Error::new(key.span(), "`graph` is given twice"));
                }
                if input.peek(syn::token::Paren) {
                    return Err(syn::Error::new(
                        key.span(),
                        "`graph` takes no arguments: write `#[differentiable(graph)]`",
                    ));
                }
                args.graph = true;
                if !input.is_empty() {
                    input.parse::<Token![,]>()?;
                }
                continue;
            }
            if key != "wrt" {
                return Err(syn::Error::new(
                    key.span(),
                    format!(
                        "unknown option `{key}`: #[differentiable] takes `wrt(...)`, the \
                         parameters to differentiate with respect to, and `graph`, to generate \
                         `f::graph`"
                    ),
                ));
            }
            if args.wrt.is_some() {
                return Err(syn::Error::new(
                    key.span(),
                    "`wrt` is given twice: list every parameter in one `wrt(...)`",
                ));
            }
            let content;
            parenthesized!(content in input);
            let names = Punctuated::<Ident, Token![,]>::parse_terminated(&content)?;
            if names.is_empty() {
                return Err(syn::Error::new(
                    key.span(),
                    "`wrt()` is empty: name at least one parameter, or drop `wrt` to differentiate with respect to all of them",
                ));
            }
            let mut seen: Vec<Ident> = Vec::new();
            for name in names {
                if seen.contains(&name) {
                    return Err(syn::Error::new(
                        name.span(),
                        format!("`{name}` is listed twice in `wrt`"),
                    ));
                }
                seen.push(name);
            }
            args.wrt = Some(seen);
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(args)
    }
}

/// Parses the attribute's tokens.
pub fn parse(tokens: TokenStream) -> syn::Result<Args> {
    syn::parse2(tokens)
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    #[test]
    fn empty_means_all_parameters() {
        assert!(parse(quote!()).unwrap().wrt.is_none());
    }

    #[test]
    fn wrt_lists_names() {
        let args = parse(quote!(wrt(w1, w2))).unwrap();
        let names: Vec<String> = args.wrt.unwrap().iter().map(ToString::to_string).collect();
        assert_eq!(names, ["w1", "w2"]);
    }

    #[test]
    fn graph_is_a_flag_beside_wrt() {
        assert!(!parse(quote!()).unwrap().graph);
        assert!(parse(quote!(graph)).unwrap().graph);
        let both = parse(quote!(wrt(w), graph)).unwrap();
        assert!(both.graph && both.wrt.is_some());
        let reversed = parse(quote!(graph, wrt(w))).unwrap();
        assert!(reversed.graph && reversed.wrt.is_some());
        assert!(parse(quote!(graph, graph)).err().unwrap().to_string().contains("twice"));
        assert!(parse(quote!(graph(x))).err().unwrap().to_string().contains("no arguments"));
    }

    #[test]
    fn unknown_option_is_named() {
        let error = parse(quote!(with(x))).err().unwrap();
        assert!(error.to_string().contains("unknown option `with`"));
    }

    #[test]
    fn repeated_and_empty_lists_are_rejected() {
        assert!(parse(quote!(wrt(x, x))).err().unwrap().to_string().contains("listed twice"));
        assert!(parse(quote!(wrt())).err().unwrap().to_string().contains("empty"));
    }
}
