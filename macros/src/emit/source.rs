//! The `SOURCE` printer: the module's tokens as text, each backward step commented with the
//! forward line it reverses.
//!
//! In: the module's items, each its tokens with marker statements and, for the items of fixed
//! shape, its text already written (`text`); IR statements to show. Out: the tokens to compile
//! (markers removed) and the `SOURCE` text: the written texts as they are, the other items
//! parsed and pretty-printed, markers turned into `// comments`.

use std::collections::HashSet;

use proc_macro2::{Delimiter, Group, Ident, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::Expr;
use syn::visit_mut::VisitMut;

use crate::ir::{Builtin, Op, Operand, Rule, Stmt, Value};

use super::operands::is_simple;
use super::text::{Item, Kind};
use super::{Emitter, MARKER, collect_idents};
use crate::lower::place_expr;
use crate::timing;

/// The module's items as compiled (markers removed) and as `SOURCE`: the text written for the
/// items of fixed shape, the others parsed and pretty-printed.
pub(super) fn render(items: &[Item]) -> Result<(TokenStream, String), TokenStream> {
    let mut text = String::new();
    let mut tokens = TokenStream::new();
    let mut previous_was_use = false;
    for item in items {
        let Some(written) = &item.text else {
            tokens.extend(print(&item.tokens, &mut text, &mut previous_was_use)?);
            continue;
        };
        tokens.extend(item.tokens.clone());
        if written.text.is_empty() {
            // Nothing printed (no import): no separator either.
            continue;
        }
        if written.kind == Kind::Other || (written.kind == Kind::Use && !previous_was_use) {
            text.push('\n');
        }
        text.push_str(&written.text);
        previous_was_use = written.kind == Kind::Use;
    }
    let source = timing::phase("source print", || comment_markers(&text));
    let compiled = timing::phase("unmark", || without_markers(&tokens).unwrap_or(tokens.clone()));
    Ok((compiled, source))
}

/// Parses `tokens` (inner attributes and items), appends their text to `text` (a blank line
/// before each item but between `use` lines), and returns them as they are compiled: their
/// long blocks split, if any.
fn print(
    tokens: &TokenStream,
    text: &mut String,
    previous_was_use: &mut bool,
) -> Result<TokenStream, TokenStream> {
    let file: syn::File = match timing::phase("source parse", || syn::parse2(tokens.clone())) {
        Ok(file) => file,
        Err(error) => {
            let message = format!(
                "internal error in #[differentiable]: generated code does not parse ({error}); \
                 please report this with the function"
            );
            return Err(quote!(::core::compile_error!(#message);));
        }
    };
    let mut split = SplitLongBlocks { split: false };
    let mut file = timing::phase("split", || {
        let mut file = file;
        split.visit_file_mut(&mut file);
        file
    });
    timing::phase("source print", || source_text(&mut file, text, previous_was_use));
    // Unsplit, the tokens to compile are the item's own: no need to print the tree back into
    // tokens.
    Ok(if split.split {
        timing::phase("source tokens", || file.to_token_stream())
    } else {
        tokens.clone()
    })
}

/// `tokens` without the marker statements `__backprop_step!(…);` at any depth, as the module
/// is compiled; `None` when there are none. Groups without a marker are kept as they are.
fn without_markers(tokens: &TokenStream) -> Option<TokenStream> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut changed = false;
    let mut kept = Vec::with_capacity(trees.len());
    let mut at = 0;
    while at < trees.len() {
        if is_marker(&trees[at..]) {
            changed = true;
            at += 4;
            continue;
        }
        match &trees[at] {
            TokenTree::Group(group) => match without_markers(&group.stream()) {
                Some(inner) => {
                    changed = true;
                    let mut copy = Group::new(group.delimiter(), inner);
                    copy.set_span(group.span());
                    kept.push(TokenTree::Group(copy));
                }
                None => kept.push(trees[at].clone()),
            },
            tree => kept.push(tree.clone()),
        }
        at += 1;
    }
    changed.then(|| kept.into_iter().collect())
}

/// Whether `trees` opens with a marker statement: `__backprop_step ! ( … ) ;`.
fn is_marker(trees: &[TokenTree]) -> bool {
    matches!(
        trees,
        [TokenTree::Ident(name), TokenTree::Punct(bang), TokenTree::Group(args), TokenTree::Punct(semi), ..]
            if bang.as_char() == '!'
                && args.delimiter() == Delimiter::Parenthesis
                && semi.as_char() == ';'
                && name == MARKER
    )
}

/// The function item `item` (attributes, `pub fn name…`) as a private function called
/// `name`, without attributes or markers; `None` when `item` is not shaped so.
pub(super) fn private_copy(item: TokenStream, name: &Ident) -> Option<TokenStream> {
    let item = without_markers(&item).unwrap_or(item);
    let mut trees = item.into_iter().peekable();
    // Attributes: `#` then a bracketed group.
    while matches!(trees.peek(), Some(TokenTree::Punct(hash)) if hash.as_char() == '#') {
        trees.next();
        if !matches!(trees.next(), Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Bracket)
        {
            return None;
        }
    }
    if matches!(trees.peek(), Some(TokenTree::Ident(word)) if word == "pub") {
        trees.next();
        if matches!(trees.peek(), Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis)
        {
            trees.next();
        }
    }
    let fn_token =
        trees.next().filter(|tree| matches!(tree, TokenTree::Ident(word) if word == "fn"))?;
    trees.next().filter(|tree| matches!(tree, TokenTree::Ident(_)))?;
    let mut copy = vec![fn_token, TokenTree::Ident(name.clone())];
    copy.extend(trees);
    Some(copy.into_iter().collect())
}

/// Appends the text of `file`'s attributes and items to `text`: items separated by blank lines
/// but between `use` lines, markers left as they are.
///
/// The items are moved into one-item files to be printed, and back: the file is left as it was.
fn source_text(file: &mut syn::File, text: &mut String, previous_was_use: &mut bool) {
    let mut single =
        syn::File { shebang: None, attrs: std::mem::take(&mut file.attrs), items: Vec::new() };
    if !single.attrs.is_empty() {
        text.push_str(&prettyplease::unparse(&single));
    }
    file.attrs = std::mem::take(&mut single.attrs);
    for item in &mut file.items {
        let is_use = matches!(item, syn::Item::Use(_));
        if !(is_use && *previous_was_use) {
            text.push('\n');
        }
        let placeholder = syn::Item::Verbatim(TokenStream::new());
        single.items.push(std::mem::replace(item, placeholder));
        text.push_str(&prettyplease::unparse(&single));
        if let Some(printed) = single.items.pop() {
            *item = printed;
        }
        *previous_was_use = is_use;
    }
}

/// Turns each marker statement `__backprop_step!("h = sigmoid(&z)");` (which the printer may
/// spread over several lines) into the comment `// h = sigmoid(&z)`.
pub(super) fn comment_markers(text: &str) -> String {
    let opening = format!("{MARKER}!(");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(&opening) {
        let Some(end) = rest[start..].find(");").map(|end| start + end + 2) else { break };
        let literal = rest[start + opening.len()..end - 2].trim().trim_end_matches(',').trim();
        let Ok(literal) = syn::parse_str::<syn::LitStr>(literal) else { break };
        out.push_str(&rest[..start]);
        out.push_str("// ");
        out.push_str(&literal.value());
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// A block with more statements than this is split into blocks of [`GROUP`] statements.
///
/// Each `let` opens a scope that lasts to the end of its block, and the debug information of a
/// function nests those scopes: thousands of `let`s in one block (a sum of 1,024 terms has about
/// 2,000 in its forward pass and as many in its backward pass) overflow the stack of the code
/// generator in a debug build. Split, the nesting is at most [`GROUP`] plus the number of groups.
const LONG_BLOCK: usize = 256;

/// The statements per group when a long block is split.
const GROUP: usize = 128;

/// Splits every block longer than [`LONG_BLOCK`] statements into groups, each a block that
/// hands on the values later statements read: `let (a, b) = { let a = …; let b = …; (a, b) };`.
struct SplitLongBlocks {
    /// Whether some block was split.
    split: bool,
}

impl VisitMut for SplitLongBlocks {
    fn visit_block_mut(&mut self, block: &mut syn::Block) {
        syn::visit_mut::visit_block_mut(self, block);
        while block.stmts.len() > LONG_BLOCK {
            let Some(grouped) = group_statements(&block.stmts) else { return };
            block.stmts = grouped;
            self.split = true;
        }
    }
}

/// The statements in groups of [`GROUP`], the last one (the block's value) left as it is; or
/// `None` when a `let` binds a pattern other than names and tuples of names.
fn group_statements(stmts: &[syn::Stmt]) -> Option<Vec<syn::Stmt>> {
    let (last, body) = stmts.split_last()?;
    // From the last group to the first: the names read after each group.
    let mut read_later = HashSet::new();
    collect_idents(last.to_token_stream(), &mut read_later);
    let mut groups = Vec::new();
    for chunk in body.rchunks(GROUP) {
        let mut bound: Vec<(syn::Ident, bool)> = Vec::new();
        for stmt in chunk {
            if let syn::Stmt::Local(local) = stmt {
                bind_names(&local.pat, &mut bound)?;
            }
        }
        // The last binding of each name that is read later, in the order of binding.
        let mut handed_on: Vec<(syn::Ident, bool)> = Vec::new();
        for (name, mutable) in bound.into_iter().rev() {
            let text = name.to_string();
            if read_later.contains(&text) && !handed_on.iter().any(|(seen, _)| *seen == text) {
                handed_on.push((name, mutable));
            }
        }
        handed_on.reverse();
        for stmt in chunk {
            collect_idents(stmt.to_token_stream(), &mut read_later);
        }
        let names = handed_on.iter().map(|(name, _)| name);
        let patterns = handed_on
            .iter()
            .map(|(name, mutable)| if *mutable { quote!(mut #name) } else { quote!(#name) });
        let group: syn::Stmt = if handed_on.is_empty() {
            syn::parse_quote!({ #(#chunk)* })
        } else {
            syn::parse_quote! {
                let (#(#patterns,)*) = {
                    #(#chunk)*
                    (#(#names,)*)
                };
            }
        };
        groups.push(group);
    }
    groups.reverse();
    groups.push(last.clone());
    Some(groups)
}

/// The names a `let` pattern binds, with whether each is `mut`; `None` for other patterns.
fn bind_names(pat: &syn::Pat, bound: &mut Vec<(syn::Ident, bool)>) -> Option<()> {
    match pat {
        syn::Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none() => {
            bound.push((ident.ident.clone(), ident.mutability.is_some()));
        }
        syn::Pat::Type(typed) => bind_names(&typed.pat, bound)?,
        syn::Pat::Tuple(tuple) => {
            for element in &tuple.elems {
                bind_names(element, bound)?;
            }
        }
        syn::Pat::Wild(_) => {}
        _ => return None,
    }
    Some(())
}

impl Emitter<'_> {
    pub(super) fn show_stmt(&self, stmt: &Stmt) -> String {
        match stmt {
            Stmt::Let { var, value, .. } => {
                let name = &self.function.vars[*var].name;
                let shown = match value {
                    Value::Op(op) => self.show_op(op),
                    Value::Copy(operand) => self.show_operand(operand),
                    Value::Map(map) => format!(
                        "{}.map(|{}| …)",
                        self.show_operand(&map.matrix),
                        self.function.vars[map.param].name
                    ),
                    Value::Const(expr) => show_expr(expr),
                };
                format!("{name} = {shown}")
            }
            Stmt::If(node) => format!("if {} {{ … }} else {{ … }}", show_expr(&node.condition)),
            Stmt::For(node) => format!(
                "for {} in {} {{ … }}",
                self.function.vars[node.index].name,
                show_expr(&node.range)
            ),
            Stmt::Assert(mac) => show_tokens(&mac.to_token_stream()),
            Stmt::Write(node) => format!(
                "{} = {}",
                show_expr(&place_expr(&self.function.vars[node.target].name, &node.index)),
                self.show_operand(&node.value)
            ),
        }
    }

    pub(super) fn show_operand(&self, operand: &Operand) -> String {
        match operand {
            Operand::Var(var) => self.function.vars[*var].name.to_string(),
            Operand::Place(var, projections) => {
                show_expr(&place_expr(&self.function.vars[*var].name, projections))
            }
            Operand::Const(expr) => show_expr(expr),
        }
    }

    /// An operand as it reads beside an operator or before a method: a compound constant keeps
    /// its parentheses (`acc_x + (k as f64 + 1.0)`).
    fn show_grouped(&self, operand: &Operand) -> String {
        match operand {
            Operand::Const(expr) if !is_simple(expr) => format!("({})", show_expr(expr)),
            _ => self.show_operand(operand),
        }
    }

    fn show_op(&self, op: &Op) -> String {
        let operands: Vec<&Operand> = op.args.iter().map(|arg| &arg.operand).collect();
        match &op.rule {
            Rule::Builtin(builtin) => {
                let name = builtin.name();
                match (builtin.operator(), *builtin, operands.as_slice()) {
                    (Some(symbol), _, [a, b]) => {
                        format!("{} {symbol} {}", self.show_grouped(a), self.show_grouped(b))
                    }
                    (_, Builtin::Neg, [a]) => format!("-{}", self.show_grouped(a)),
                    (_, Builtin::ComponentMul | Builtin::ComponentDiv | Builtin::Dot, [a, b]) => {
                        format!("{}.{name}(&{})", self.show_grouped(a), self.show_grouped(b))
                    }
                    (_, _, [receiver, rest @ ..]) => {
                        let rest: Vec<String> =
                            rest.iter().map(|arg| self.show_operand(arg)).collect();
                        format!("{}.{name}({})", self.show_grouped(receiver), rest.join(", "))
                    }
                    _ => name.to_owned(),
                }
            }
            Rule::Call(path) => {
                let args: Vec<String> = op
                    .args
                    .iter()
                    .map(|arg| {
                        let shown = self.show_operand(&arg.operand);
                        if arg.by_ref { format!("&{shown}") } else { shown }
                    })
                    .collect();
                format!("{}({})", show_tokens(&path.to_token_stream()), args.join(", "))
            }
        }
    }
}

/// An expression as a person would write it on one line.
pub fn show_expr(expr: &Expr) -> String {
    // A number or a name reads as its token, as the printer writes it: no file to print.
    match expr {
        Expr::Lit(syn::ExprLit { attrs, lit: syn::Lit::Float(lit) }) if attrs.is_empty() => {
            return lit.token().to_string();
        }
        Expr::Lit(syn::ExprLit { attrs, lit: syn::Lit::Int(lit) }) if attrs.is_empty() => {
            return lit.token().to_string();
        }
        Expr::Path(path) if path.attrs.is_empty() && path.qself.is_none() => {
            if let Some(ident) = path.path.get_ident() {
                return ident.to_string();
            }
        }
        _ => {}
    }
    let file: syn::File = syn::parse_quote!(fn shown() { let _ = #expr; });
    let text = prettyplease::unparse(&file);
    let joined = text.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    joined
        .trim_start_matches("fn shown() { let _ = ")
        .trim_end_matches(" }")
        .trim_end_matches(';')
        .to_owned()
}

fn show_tokens(tokens: &TokenStream) -> String {
    match syn::parse2::<Expr>(tokens.clone()) {
        Ok(expr) => show_expr(&expr),
        Err(_) => tokens.to_string(),
    }
}

#[cfg(test)]
mod tests {
    //! The token-level marker removal against the syn round trip it replaces.

    use proc_macro2::{Ident, Span, TokenStream};
    use quote::{ToTokens, quote};
    use syn::visit_mut::VisitMut;

    use super::{MARKER, private_copy, render, without_markers};
    use crate::args::Args;
    use crate::emit::Emitter;
    use crate::emit::text::Item;

    /// The syn-level marker removal the token-level one replaced, kept as the tests' oracle.
    struct RemoveMarkers;

    impl VisitMut for RemoveMarkers {
        fn visit_block_mut(&mut self, block: &mut syn::Block) {
            block.stmts.retain(
                |stmt| !matches!(stmt, syn::Stmt::Macro(mac) if mac.mac.path.is_ident(MARKER)),
            );
            syn::visit_mut::visit_block_mut(self, block);
        }
    }

    /// The module `#[differentiable]` generates for `text`, markers and all.
    fn module(text: &str) -> Vec<Item> {
        let item: syn::ItemFn = syn::parse_str(text).expect("test function parses");
        let mut function = crate::lower::lower(&item, &Args::default()).expect("lowers");
        crate::emit::keep_user_names(&mut function);
        Emitter::new(&function).module()
    }

    #[test]
    fn the_compiled_tokens_are_the_syn_round_trip_without_markers() {
        for text in [
            "fn f(w: &DMatrix<f64>, x: &DMatrix<f64>) -> f64 { (w * x).sum() }",
            "fn g(x: f64, y: f64) -> f64 { let z = x * y + 3.0; z.sin() * x }",
            "fn h(x: f64, n: usize) -> f64 { let mut a = x; for i in 0..n { if a > 1.0 { a = a * x; } else { a = a + 1.0; } } a }",
        ] {
            let items = module(text);
            let module: TokenStream = items.iter().map(|item| item.tokens.clone()).collect();
            assert!(module.to_string().contains(MARKER), "`{text}`: no marker to remove");
            let mut file: syn::File = syn::parse2(module).expect("module parses");
            RemoveMarkers.visit_file_mut(&mut file);
            let (compiled, _) = render(&items).expect("renders");
            assert_eq!(compiled.to_string(), file.to_token_stream().to_string(), "`{text}`");
        }
    }

    #[test]
    fn markers_are_removed_at_any_depth_and_nothing_else() {
        let tokens = quote! {
            fn f() { __backprop_step!("a"); let x = { __backprop_step!("b"); 1 }; g(x)!(y); }
        };
        let kept = without_markers(&tokens).expect("markers found");
        assert_eq!(kept.to_string(), quote!(fn f() { let x = { 1 }; g(x)!(y); }).to_string());
        assert!(without_markers(&kept).is_none(), "no marker left, yet a change reported");
    }

    #[test]
    fn a_private_copy_is_renamed_without_attributes_visibility_or_markers() {
        let name = Ident::new("recording", Span::call_site());
        let item = quote! {
            #[doc = "the pullback"]
            pub fn pullback(a: f64) -> f64 { __backprop_step!("s"); fn pullback() {} a }
        };
        let copy = private_copy(item, &name).expect("a function");
        let expected = quote!(
            fn recording(a: f64) -> f64 {
                fn pullback() {}
                a
            }
        );
        assert_eq!(copy.to_string(), expected.to_string());
        assert!(
            private_copy(
                quote!(
                    pub struct S;
                ),
                &name
            )
            .is_none(),
            "a struct copied"
        );
    }
}
