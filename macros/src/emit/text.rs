//! The `SOURCE` text of the module's items of fixed shape, written directly: parsing the
//! generated tokens back with syn and pretty-printing them is most of an expansion's time.
//!
//! In: what the emitter builds an item from (names, the user's types). Out: [`Item`]s, each its
//! tokens and, where this file can vouch for it, the text `prettyplease` prints for them. The
//! text is written only in layouts whose every break this file knows: a statement that fits on
//! one line stays whole; a signature or a call that does not breaks one parameter or argument a
//! line ([`Lines::list`]), and `f(…).0` breaks before `.0` too ([`Statement::Field`]); a `Grad`
//! literal wider than the printer's limit breaks one field a line ([`broken_struct_literal`]).
//! When a line of such a layout could still reach the printer's margin (where it would wrap
//! again), or a type has a shape [`type_text`] does not know, the item has no text and goes
//! through syn and `prettyplease` (see `source::render`).

use proc_macro2::{TokenStream, TokenTree};
use syn::{GenericArgument, PathArguments, Type};

/// The printer's line width: a line longer than this is wrapped (`prettyplease`'s `MARGIN`).
const MARGIN: usize = 89;

/// The printer's indentation step.
pub(super) const INDENT: usize = 4;

/// One item of the module (or a run of `use` lines, or the module's inner attributes).
pub(super) struct Item {
    /// What is compiled (markers and all, removed later).
    pub(super) tokens: TokenStream,
    /// The text as printed, when written directly; `None`: print it from the tokens.
    pub(super) text: Option<Written>,
}

/// An item's text written directly, and where it goes.
pub(super) struct Written {
    pub(super) kind: Kind,
    /// The lines, each ending with a newline, as `prettyplease` prints the item alone.
    pub(super) text: String,
}

/// How an item is separated from the one before it in `SOURCE`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Kind {
    /// The module's inner attributes: first, no separator.
    Attributes,
    /// `use` lines: no blank line after other `use` lines.
    Use,
    /// Any other item: a blank line before it.
    Other,
}

impl Item {
    /// An item printed from its tokens.
    pub(super) fn printed(tokens: TokenStream) -> Item {
        Item { tokens, text: None }
    }

    /// An item with its text written, when there is one.
    pub(super) fn written(tokens: TokenStream, kind: Kind, text: Option<String>) -> Item {
        Item { tokens, text: text.map(|text| Written { kind, text }) }
    }
}

/// An item's text, line by line, and whether every line stays whole.
pub(super) struct Lines {
    text: String,
    fits: bool,
}

impl Lines {
    pub(super) fn new() -> Lines {
        Lines { text: String::new(), fits: true }
    }

    /// A doc comment `///{doc}`, which the printer never wraps. A doc it would print another
    /// way (several lines, a leading `/`, trailing spaces) spoils the text.
    pub(super) fn doc(&mut self, indent: usize, doc: &str) {
        if doc.contains('\n') || doc.starts_with('/') || doc.ends_with(char::is_whitespace) {
            self.fits = false;
        }
        self.indent(indent);
        self.text.push_str("///");
        self.text.push_str(doc);
        self.text.push('\n');
    }

    /// A line of code at `indent`: it must stay within the margin.
    pub(super) fn line(&mut self, indent: usize, line: &str) {
        if !fits(indent, line) {
            self.fits = false;
        }
        self.indent(indent);
        self.text.push_str(line);
        self.text.push('\n');
    }

    /// `{head}{items}{tail}` with the items separated by `, `: a signature (`pub fn f(`, the
    /// parameters, `) -> T {`) or a call (`let x = f(`, the arguments, `);`). On one line when
    /// it fits; otherwise as the printer breaks the list's box (consistent, one indent in): the
    /// head, one item a line each with a trailing comma, the tail back at `indent`. Every line
    /// must fit: the head (a pattern or a name in it would break otherwise), each item (a type
    /// or an argument would) and the tail (a return type would).
    pub(super) fn list(&mut self, indent: usize, head: &str, items: &[String], tail: &str) {
        let line = format!("{head}{}{tail}", items.join(", "));
        if fits(indent, &line) {
            self.line(indent, &line);
            return;
        }
        if items.is_empty() {
            // An empty list has no break: the printer lets the line run long.
            self.spoil();
            return;
        }
        self.line(indent, head);
        for item in items {
            self.line(indent + INDENT, &format!("{item},"));
        }
        self.line(indent, tail);
    }

    /// Spoils the text: the printer would lay the item out another way.
    pub(super) fn spoil(&mut self) {
        self.fits = false;
    }

    fn indent(&mut self, indent: usize) {
        self.text.extend(std::iter::repeat_n(' ', indent));
    }

    /// The text, when every line stays whole.
    pub(super) fn done(self) -> Option<String> {
        self.fits.then_some(self.text)
    }
}

/// Whether `line` at `indent` is short enough to stay whole: a group of arguments that fits is
/// not broken. The printer counts bytes.
pub(super) fn fits(indent: usize, line: &str) -> bool {
    indent + line.len() <= MARGIN
}

/// A statement of a function's body, one indent in.
pub(super) enum Statement {
    /// A statement on one line, which must fit.
    Line(String),
    /// A call statement laid out by [`Lines::list`]: the text up to the call's `(`, its
    /// arguments, and what follows its `)` (`;` for a `let`, nothing for the value).
    Call(String, Vec<String>, &'static str),
    /// A call followed by a field, `f(a, b).0`, the function's value: on one line when it
    /// fits; otherwise the field's box breaks before `.0`, which goes one indent further in, and
    /// the call's arguments break too, one a line two indents further in, when the call does
    /// not fit before that break. The text up to the call's `(`, its arguments, the field.
    Field(String, Vec<String>, String),
    /// A statement over several lines, each with its indent relative to the body's; each must
    /// fit.
    Lines(Vec<(usize, String)>),
}

/// A function's text: its doc, its signature laid out by [`Lines::list`] (`pub fn f(`, the
/// parameters, `) -> T {`), its body one indent in, and the closing brace.
pub(super) fn function(
    doc: &str,
    (head, params, tail): (&str, &[String], &str),
    body: &[Statement],
) -> Option<String> {
    let mut lines = Lines::new();
    lines.doc(0, doc);
    lines.list(0, head, params, tail);
    for statement in body {
        match statement {
            Statement::Line(line) => lines.line(INDENT, line),
            Statement::Call(head, args, tail) => {
                lines.list(INDENT, head, args, &format!("){tail}"));
            }
            Statement::Field(head, args, field) => {
                let call = format!("{head}{})", args.join(", "));
                let line = format!("{call}.{field}");
                if fits(INDENT, &line) {
                    lines.line(INDENT, &line);
                    continue;
                }
                if fits(INDENT, &call) {
                    lines.line(INDENT, &call);
                } else {
                    lines.line(INDENT, head);
                    for arg in args {
                        lines.line(3 * INDENT, &format!("{arg},"));
                    }
                    lines.line(2 * INDENT, ")");
                }
                lines.line(2 * INDENT, &format!(".{field}"));
            }
            Statement::Lines(body) => {
                for (indent, line) in body {
                    lines.line(INDENT + indent, line);
                }
            }
        }
    }
    lines.line(0, "}");
    lines.done()
}

/// The widest struct literal the printer keeps on one line: `prettyplease` breaks one whose
/// text from its path to the space before `}` is wider (its `expr_struct`).
const STRUCT_LITERAL: usize = 34;

/// `Path { a: b, c }` on one line; `None` when the printer would break it.
pub(super) fn struct_literal(path: &str, fields: &[String]) -> Option<String> {
    let text = format!("{path} {{ {} }}", fields.join(", "));
    // The width counted runs up to the `}`.
    if fields.is_empty() || text.len() - 1 > STRUCT_LITERAL {
        return None;
    }
    Some(text)
}

/// `{head}Path {`, one field a line one indent in, `}{tail}` (indents relative to the first
/// line): a struct literal wider than [`STRUCT_LITERAL`] as the printer breaks it (its box gets
/// an infinite width, which breaks every box around it too); `None` without fields.
pub(super) fn broken_struct_literal(
    head: &str,
    path: &str,
    fields: &[String],
    tail: &str,
) -> Option<Vec<(usize, String)>> {
    if fields.is_empty() {
        return None;
    }
    let mut lines = vec![(0, format!("{head}{path} {{"))];
    lines.extend(fields.iter().map(|field| (INDENT, format!("{field},"))));
    lines.push((0, format!("}}{tail}")));
    Some(lines)
}

/// A tuple as the printer writes it on one line: `()`, `(a,)`, `(a, b)`.
pub(super) fn tuple(elems: &[String]) -> String {
    match elems {
        [one] => format!("({one},)"),
        _ => format!("({})", elems.join(", ")),
    }
}

/// `ty` as `prettyplease` prints it on one line, for the shapes a parameter's type takes: paths
/// with generic arguments (types and lifetimes), references, slices, tuples, parentheses;
/// `None` for any other shape.
pub(super) fn type_text(ty: &Type) -> Option<String> {
    let mut out = String::new();
    push_type(ty, &mut out)?;
    Some(out)
}

fn push_type(ty: &Type, out: &mut String) -> Option<()> {
    match ty {
        Type::Path(path) if path.qself.is_none() => {
            if path.path.leading_colon.is_some() {
                out.push_str("::");
            }
            for (index, segment) in path.path.segments.iter().enumerate() {
                if index > 0 {
                    out.push_str("::");
                }
                out.push_str(&segment.ident.to_string());
                match &segment.arguments {
                    PathArguments::None => {}
                    PathArguments::AngleBracketed(generic) if generic.colon2_token.is_none() => {
                        push_generic_arguments(&generic.args, out)?;
                    }
                    _ => return None,
                }
            }
        }
        Type::Reference(reference) => {
            out.push('&');
            if let Some(lifetime) = &reference.lifetime {
                out.push('\'');
                out.push_str(&lifetime.ident.to_string());
                out.push(' ');
            }
            if reference.mutability.is_some() {
                out.push_str("mut ");
            }
            push_type(&reference.elem, out)?;
        }
        Type::Slice(slice) => {
            out.push('[');
            push_type(&slice.elem, out)?;
            out.push(']');
        }
        Type::Tuple(tuple) => {
            out.push('(');
            for (index, elem) in tuple.elems.iter().enumerate() {
                if index > 0 {
                    out.push_str(", ");
                }
                push_type(elem, out)?;
            }
            if tuple.elems.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Type::Paren(paren) => {
            out.push('(');
            push_type(&paren.elem, out)?;
            out.push(')');
        }
        _ => return None,
    }
    Some(())
}

/// `<'a, T, U>`: lifetimes first, as the printer orders them; nothing for `<>`.
fn push_generic_arguments(
    args: &syn::punctuated::Punctuated<GenericArgument, syn::Token![,]>,
    out: &mut String,
) -> Option<()> {
    if args.is_empty() {
        return Some(());
    }
    out.push('<');
    let lifetimes = args.iter().filter(|arg| matches!(arg, GenericArgument::Lifetime(_)));
    let others = args.iter().filter(|arg| !matches!(arg, GenericArgument::Lifetime(_)));
    for (index, arg) in lifetimes.chain(others).enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        match arg {
            GenericArgument::Lifetime(lifetime) => {
                out.push('\'');
                out.push_str(&lifetime.ident.to_string());
            }
            GenericArgument::Type(ty) => push_type(ty, out)?,
            _ => return None,
        }
    }
    out.push('>');
    Some(())
}

/// The text of `tokens` made only of `use super::Name;`, `use super::*;` and
/// `use super::{A, B};` statements, one a line, each perhaps under `#[allow(unused_imports)]`;
/// `None` for anything else, and for a group too long for one line (the printer breaks it).
pub(super) fn super_imports(tokens: &TokenStream) -> Option<String> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut text = String::new();
    let mut rest = &trees[..];
    while !rest.is_empty() {
        if let [TokenTree::Punct(pound), TokenTree::Group(attribute), after @ ..] = rest
            && pound.as_char() == '#'
            && attribute.delimiter() == proc_macro2::Delimiter::Bracket
        {
            let inside = attribute.stream().to_string().replace(' ', "");
            if inside != "allow(unused_imports)" {
                return None;
            }
            text.push_str("#[allow(unused_imports)]\n");
            rest = after;
            continue;
        }
        let [
            TokenTree::Ident(word),
            TokenTree::Ident(parent),
            TokenTree::Punct(first),
            TokenTree::Punct(second),
            imported,
            TokenTree::Punct(semi),
            after @ ..,
        ] = rest
        else {
            return None;
        };
        let imported = match imported {
            TokenTree::Ident(name) => name.to_string(),
            TokenTree::Punct(star) if star.as_char() == '*' => "*".to_owned(),
            TokenTree::Group(group) if group.delimiter() == proc_macro2::Delimiter::Brace => {
                format!("{{{}}}", name_list(&group.stream())?)
            }
            _ => return None,
        };
        let path = first.as_char() == ':'
            && first.spacing() == proc_macro2::Spacing::Joint
            && second.as_char() == ':';
        if word != "use" || parent != "super" || !path || semi.as_char() != ';' {
            return None;
        }
        let line = format!("use super::{imported};");
        if !fits(0, &line) {
            return None;
        }
        text.push_str(&line);
        text.push('\n');
        rest = after;
    }
    Some(text)
}

/// `A, B, c` from the tokens of a list of two or more names; `None` for anything else.
fn name_list(tokens: &TokenStream) -> Option<String> {
    let mut names = Vec::new();
    let mut expect_name = true;
    for tree in tokens.clone() {
        match tree {
            TokenTree::Ident(name) if expect_name => names.push(name.to_string()),
            TokenTree::Punct(comma) if !expect_name && comma.as_char() == ',' => {}
            _ => return None,
        }
        expect_name = !expect_name;
    }
    (names.len() >= 2 && !expect_name).then(|| names.join(", "))
}

/// The text of a short expression made of names, literals, prefix `&` and `*`, `.` and empty
/// `()` (`x`, `&at.w`, `*seed`, `x.clone()`, `true`), which the printer writes without spaces;
/// `None` for anything else.
pub(super) fn simple_text(tokens: &TokenStream) -> Option<String> {
    let mut text = String::new();
    // The previous token ends an operand: a name, a literal or `()`.
    let mut after_operand = false;
    for tree in tokens.clone() {
        match &tree {
            TokenTree::Ident(_) | TokenTree::Literal(_) if !after_operand => {
                text.push_str(&tree.to_string());
                after_operand = true;
            }
            TokenTree::Punct(punct)
                if matches!((punct.as_char(), after_operand), ('&' | '*', false) | ('.', true)) =>
            {
                text.push(punct.as_char());
                after_operand = false;
            }
            TokenTree::Group(group)
                if after_operand
                    && group.delimiter() == proc_macro2::Delimiter::Parenthesis
                    && group.stream().is_empty() =>
            {
                text.push_str("()");
            }
            _ => return None,
        }
    }
    after_operand.then_some(text)
}

/// [`simple_text`] of each expression; `None` when one is not simple.
pub(super) fn simple_texts(tokens: &[TokenStream]) -> Option<Vec<String>> {
    tokens.iter().map(simple_text).collect()
}

#[cfg(test)]
mod tests;
