//! Helpers over `syn` trees that need no lowering state: the names an expression mentions or
//! assigns, plain identifiers, places as expressions, patterns that bind names.
//!
//! In: `syn` expressions, blocks and patterns. Out: names, flags, or rebuilt expressions.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::visit::Visit;
use syn::{BinOp, Expr, Pat, Token};

use crate::ir::Projection;
use crate::names::literal_fragment;

/// Every name the function can refer to (variables, functions, types, macros' tokens), so
/// generated locals never hide one. Method names and fields live apart and are left out.
pub(super) fn user_identifiers(item: &syn::ItemFn) -> BTreeSet<String> {
    fn tokens(stream: TokenStream, out: &mut BTreeSet<String>) {
        for token in stream {
            match token {
                proc_macro2::TokenTree::Ident(ident) => {
                    out.insert(crate::names::unraw(&ident));
                }
                proc_macro2::TokenTree::Group(group) => tokens(group.stream(), out),
                _ => {}
            }
        }
    }
    struct Names(BTreeSet<String>);
    impl Visit<'_> for Names {
        fn visit_ident(&mut self, ident: &proc_macro2::Ident) {
            self.0.insert(crate::names::unraw(ident));
        }
        fn visit_expr_method_call(&mut self, call: &syn::ExprMethodCall) {
            self.visit_expr(&call.receiver);
            for arg in &call.args {
                self.visit_expr(arg);
            }
        }
        fn visit_member(&mut self, _: &syn::Member) {}
        fn visit_macro(&mut self, mac: &syn::Macro) {
            self.visit_path(&mac.path);
            tokens(mac.tokens.clone(), &mut self.0);
        }
    }
    let mut names = Names(BTreeSet::new());
    names.visit_item_fn(item);
    names.0
}

/// The single identifier an expression names, if it is a plain path like `x`.
pub(super) fn plain_ident(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Path(path)
            if path.qself.is_none()
                && path.path.leading_colon.is_none()
                && path.path.segments.len() == 1
                && path.path.segments[0].arguments.is_none() =>
        {
            Some(path.path.segments[0].ident.to_string())
        }
        Expr::Paren(inner) => plain_ident(&inner.expr),
        Expr::Group(inner) => plain_ident(&inner.expr),
        _ => None,
    }
}

/// `expr` as an operand of a method call, index or `+`: in parentheses unless it is a name, a
/// literal, a call or a read of a part, which bind tighter already.
pub(super) fn grouped(expr: &Expr) -> Expr {
    match expr {
        Expr::Path(_)
        | Expr::Lit(_)
        | Expr::MethodCall(_)
        | Expr::Call(_)
        | Expr::Field(_)
        | Expr::Index(_)
        | Expr::Paren(_) => expr.clone(),
        other => syn::parse_quote!((#other)),
    }
}

pub(super) fn strip_reference(expr: &Expr) -> &Expr {
    match expr {
        Expr::Reference(reference) if reference.mutability.is_none() => &reference.expr,
        other => other,
    }
}

pub(super) fn starts_with_digit(text: &str) -> bool {
    text.chars().next().is_some_and(|c| c.is_ascii_digit())
}

pub(super) fn literal_text(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Lit(lit) => literal_fragment(&lit.lit.to_token_stream().to_string()),
        Expr::Paren(inner) => literal_text(&inner.expr),
        _ => None,
    }
}

pub fn path_expr(ident: &proc_macro2::Ident) -> Expr {
    syn::parse_quote!(#ident)
}

/// `root.field[index]…` as an expression.
pub fn place_expr(root: &proc_macro2::Ident, projections: &[Projection]) -> Expr {
    let mut expr = path_expr(root);
    for projection in projections {
        expr = match projection {
            Projection::Field(member) => syn::parse_quote!(#expr.#member),
            Projection::Index(index) => syn::parse_quote!(#expr[#index]),
        };
    }
    expr
}

/// Single-identifier paths an expression mentions (variables, in practice).
pub(super) fn mentioned_names(expr: &Expr) -> Vec<String> {
    struct Mentions(Vec<String>);
    impl Visit<'_> for Mentions {
        fn visit_expr_path(&mut self, path: &syn::ExprPath) {
            if let Some(name) = plain_ident(&Expr::Path(path.clone())) {
                self.0.push(name);
            }
        }
        fn visit_macro(&mut self, mac: &syn::Macro) {
            if let Ok(exprs) = mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated)
            {
                for expr in &exprs {
                    self.visit_expr(expr);
                }
            }
        }
    }
    let mut mentions = Mentions(Vec::new());
    mentions.visit_expr(expr);
    mentions.0
}

pub(super) fn is_compound(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::AddAssign(_) | BinOp::SubAssign(_) | BinOp::MulAssign(_) | BinOp::DivAssign(_)
    )
}

/// True when `expr` assigns a variable (`x = …`, `x += …`) anywhere in it.
pub(super) fn assigns_variables(expr: &Expr) -> bool {
    struct Finder(bool);
    impl Visit<'_> for Finder {
        fn visit_expr_assign(&mut self, _: &syn::ExprAssign) {
            self.0 = true;
        }
        fn visit_expr_binary(&mut self, binary: &syn::ExprBinary) {
            self.0 |= is_compound(binary.op);
            syn::visit::visit_expr_binary(self, binary);
        }
    }
    let mut finder = Finder(false);
    finder.visit_expr(expr);
    finder.0
}

/// Names assigned (`x = …`, `x += …`) anywhere in a block, in order of first assignment.
pub(super) fn assigned_names(block: &syn::Block) -> Vec<String> {
    collect_writes(block, false).into_iter().map(|(name, _)| name).fold(
        Vec::new(),
        |mut names, name| {
            if !names.contains(&name) {
                names.push(name);
            }
            names
        },
    )
}

/// Every assignment and `let` in a block: the name written and the names its value reads.
pub(super) fn assignments(block: &syn::Block) -> Vec<(String, Vec<String>)> {
    collect_writes(block, true)
}

/// Assignments in a block (and `let`s too, with `include_lets`), each with the names it reads.
fn collect_writes(block: &syn::Block, include_lets: bool) -> Vec<(String, Vec<String>)> {
    struct Assignments(Vec<(String, Vec<String>)>, bool);
    impl Visit<'_> for Assignments {
        fn visit_expr_assign(&mut self, assign: &syn::ExprAssign) {
            if let Some(name) = plain_ident(&assign.left) {
                self.0.push((name, mentioned_names(&assign.right)));
            }
            syn::visit::visit_expr_assign(self, assign);
        }
        fn visit_expr_binary(&mut self, binary: &syn::ExprBinary) {
            if is_compound(binary.op)
                && let Some(name) = plain_ident(&binary.left)
            {
                let mut reads = mentioned_names(&binary.right);
                reads.push(name.clone());
                self.0.push((name, reads));
            }
            syn::visit::visit_expr_binary(self, binary);
        }
        fn visit_local(&mut self, local: &syn::Local) {
            if self.1
                && let Some(init) = &local.init
            {
                let pat = match &local.pat {
                    Pat::Type(typed) => &*typed.pat,
                    pat => pat,
                };
                if let Pat::Ident(ident) = pat {
                    self.0.push((ident.ident.to_string(), mentioned_names(&init.expr)));
                }
            }
            syn::visit::visit_local(self, local);
        }
    }
    let mut writes = Assignments(Vec::new(), include_lets);
    writes.visit_block(block);
    writes.0
}

/// True when a pattern binds a name (anything but literals, ranges, paths and `_`).
pub(super) fn binds_names(pat: &Pat) -> bool {
    match pat {
        Pat::Ident(ident) => {
            // A lone uppercase identifier is most likely a constant or unit variant.
            let name = ident.ident.to_string();
            !name.chars().next().is_some_and(char::is_uppercase) || ident.subpat.is_some()
        }
        Pat::Or(or) => or.cases.iter().any(binds_names),
        Pat::Paren(paren) => binds_names(&paren.pat),
        Pat::Lit(_) | Pat::Range(_) | Pat::Path(_) | Pat::Wild(_) => false,
        Pat::Reference(reference) => binds_names(&reference.pat),
        Pat::Tuple(tuple) => tuple.elems.iter().any(binds_names),
        Pat::TupleStruct(tuple) => tuple.elems.iter().any(binds_names),
        _ => true,
    }
}
