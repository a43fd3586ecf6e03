//! Operands and adjoints as tokens: by value, by reference, copied, moved or cloned, and the
//! names of adjoints and the seed.
//!
//! In: an IR operand or variable and where it is used. Out: the expression to write there.

use proc_macro2::{Ident, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::{Expr, Type};

use crate::ir::{Arg, Block, Operand, Origin, VarId};

use super::Emitter;
use super::forward::defines;
use crate::lower::place_expr;

impl Emitter<'_> {
    fn seed_name(&mut self) -> Ident {
        match self.function.result.root() {
            Some(var) => self.adjoint_name(var),
            None => format_ident!("d_out"),
        }
    }

    /// The seed parameter: `d_loss: f64`, or `d_h: &DMatrix<f64>` (always a reference in
    /// `back_<i>`).
    pub(super) fn seed_param(&mut self, ty: &Type, by_reference: bool) -> (Ident, TokenStream) {
        let seed = self.seed_name();
        let reference = self.seed_by_reference(by_reference);
        if let Some(var) = self.function.result.root() {
            if reference {
                self.ref_adjoints.insert(var);
            } else {
                self.ref_adjoints.remove(&var);
            }
        }
        let param = if reference { quote!(#seed: &#ty) } else { quote!(#seed: #ty) };
        (seed, param)
    }

    /// Whether the seed parameter is a reference: in `back_<i>` (`by_reference`), or for an
    /// output that is not a scalar.
    pub(super) fn seed_by_reference(&self, by_reference: bool) -> bool {
        by_reference || !self.function.output.scalar
    }

    pub(super) fn adjoint_name(&mut self, var: VarId) -> Ident {
        if let Some(name) = self.adjoint_names.get(&var) {
            return name.clone();
        }
        let name = self.names.fresh(&format!("d_{}", self.function.vars[var].name));
        self.adjoint_names.insert(var, name.clone());
        name
    }

    /// True when `var` is a reference: a parameter the user declared as one, or (inside the
    /// pullback) a parameter passed by value or the output.
    fn is_reference(&self, var: VarId) -> bool {
        if self.ref_vars.contains(&var) {
            return true;
        }
        match self.function.vars[var].origin {
            Origin::Param(index) => self.function.params[index].by_ref,
            Origin::Local => false,
        }
    }

    /// The operand written as it is `wanted` where it goes.
    pub(super) fn operand(&self, operand: &Operand, wanted: Wanted) -> TokenStream {
        let name = |var: VarId| self.function.vars[var].name.to_token_stream();
        let value = || match operand {
            Operand::Var(var) => name(*var),
            Operand::Place(var, projections) => {
                place_expr(&self.function.vars[*var].name, projections).to_token_stream()
            }
            Operand::Const(expr) => expr.to_token_stream(),
        };
        let cloned = || {
            let value = value();
            quote!(#value.clone())
        };
        match wanted {
            Wanted::Value => value(),
            Wanted::Reference | Wanted::Passed { by_ref: true, .. } => match operand {
                Operand::Var(var)
                    if matches!(wanted, Wanted::Reference) && self.is_reference(*var) =>
                {
                    name(*var)
                }
                Operand::Const(expr) if !is_simple(expr) => quote!(&(#expr)),
                _ => {
                    let value = value();
                    quote!(&#value)
                }
            },
            Wanted::Copied => match operand {
                Operand::Var(var) if self.function.vars[*var].copy => name(*var),
                Operand::Const(_) => value(),
                _ => cloned(),
            },
            Wanted::Moved => match operand {
                Operand::Place(..) => cloned(),
                _ => value(),
            },
            Wanted::EndOf(block) => match operand {
                Operand::Var(var) if defines(block, *var) => name(*var),
                _ => self.operand(operand, Wanted::Copied),
            },
            Wanted::Passed { by_ref: false, owned } => match operand {
                Operand::Var(var) if self.is_reference(*var) => {
                    let variable = &self.function.vars[*var];
                    if !owned {
                        // A reference passed on as the user wrote it.
                        name(*var)
                    } else if matches!(variable.origin,
                        Origin::Param(index) if self.function.params[index].class.is_copy())
                    {
                        let name = name(*var);
                        quote!(*#name)
                    } else {
                        cloned()
                    }
                }
                _ => self.operand(operand, Wanted::Copied),
            },
        }
    }

    /// The adjoint of `var`, as a reference (for rules' `d_out`).
    pub(super) fn adjoint_reference(&mut self, var: VarId) -> TokenStream {
        let name = self.adjoint_name(var);
        if self.ref_adjoints.contains(&var) { quote!(#name) } else { quote!(&#name) }
    }

    /// The adjoint of `var`, owned (moved, or cloned when it is a reference).
    pub(super) fn adjoint_owned(&mut self, var: VarId) -> TokenStream {
        let name = self.adjoint_name(var);
        if !self.ref_adjoints.contains(&var) {
            quote!(#name)
        } else if self.function.output.scalar {
            quote!(*#name)
        } else {
            quote!(#name.clone())
        }
    }
}

/// How an operand is wanted where it is written (see [`Emitter::operand`]).
#[derive(Clone, Copy)]
pub(super) enum Wanted<'b> {
    /// As it reads: a name, a place, a constant (the receiver of `m.map(…)`).
    Value,
    /// Borrowed, as rules and pullbacks take their arguments: `&x`, `x` when it is a reference
    /// already, `&(k as f64)`.
    Reference,
    /// A copy of its value: a `Copy` variable and a constant as they read, anything else cloned.
    Copied,
    /// Its value, owned: a variable moved, a place cloned, a constant as it reads.
    Moved,
    /// The value a block ends with: moved when the block defines it, else copied.
    EndOf(&'b Block),
    /// As the user passed it to a called function: `&x` when the user wrote `&`, else a copy,
    /// or a reference passed on (dereferenced or cloned where the user wrote `*x` or
    /// `x.clone()`: `owned`).
    Passed { by_ref: bool, owned: bool },
}

impl Wanted<'_> {
    /// A call's argument, as the user passed it.
    pub(super) fn passed(arg: &Arg) -> Self {
        Wanted::Passed { by_ref: arg.by_ref, owned: arg.owned }
    }
}

pub(super) fn is_simple(expr: &Expr) -> bool {
    matches!(expr, Expr::Lit(_) | Expr::Path(_) | Expr::Field(_) | Expr::Index(_) | Expr::Paren(_))
        || matches!(expr, Expr::Unary(unary) if matches!(&*unary.expr, Expr::Lit(_)))
}
