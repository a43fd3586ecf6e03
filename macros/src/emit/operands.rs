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
        let reference = by_reference || !self.function.output.scalar;
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

    /// The function's value, as returned next to the gradient.
    pub(super) fn result_value(&self) -> TokenStream {
        match &self.function.result {
            Operand::Var(var) => self.function.vars[*var].name.to_token_stream(),
            Operand::Place(var, projections) => {
                let place = place_expr(&self.function.vars[*var].name, projections);
                quote!(#place.clone())
            }
            Operand::Const(expr) => expr.to_token_stream(),
        }
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

    /// The operand as a reference, as rules take their arguments.
    pub(super) fn reference(&self, operand: &Operand) -> TokenStream {
        match operand {
            Operand::Var(var) => {
                let name = &self.function.vars[*var].name;
                if self.is_reference(*var) { quote!(#name) } else { quote!(&#name) }
            }
            Operand::Place(var, projections) => {
                let place = place_expr(&self.function.vars[*var].name, projections);
                quote!(&#place)
            }
            Operand::Const(expr) => {
                if is_simple(expr) {
                    quote!(&#expr)
                } else {
                    quote!(&(#expr))
                }
            }
        }
    }

    /// The operand passed as the user passed it to a function.
    pub(super) fn passed(&self, arg: &Arg) -> TokenStream {
        match (&arg.operand, arg.by_ref) {
            (Operand::Var(var), false) => {
                let name = &self.function.vars[*var].name;
                let variable = &self.function.vars[*var];
                if !self.is_reference(*var) {
                    if variable.copy { quote!(#name) } else { quote!(#name.clone()) }
                } else if !arg.owned {
                    // A reference passed on as the user wrote it.
                    quote!(#name)
                } else if matches!(variable.origin,
                    Origin::Param(index) if self.function.params[index].class.is_copy())
                {
                    quote!(*#name)
                } else {
                    quote!(#name.clone())
                }
            }
            (Operand::Place(var, projections), false) => {
                let place = place_expr(&self.function.vars[*var].name, projections);
                quote!(#place.clone())
            }
            (Operand::Const(expr), false) => expr.to_token_stream(),
            (operand, true) => {
                let inner = match operand {
                    Operand::Var(var) => self.function.vars[*var].name.to_token_stream(),
                    Operand::Place(var, projections) => {
                        place_expr(&self.function.vars[*var].name, projections).to_token_stream()
                    }
                    Operand::Const(expr) => {
                        if is_simple(expr) {
                            expr.to_token_stream()
                        } else {
                            quote!((#expr))
                        }
                    }
                };
                quote!(&#inner)
            }
        }
    }

    /// The operand for a backward call: as a reference, like a rule's arguments.
    pub(super) fn backward_arg(&self, arg: &Arg) -> TokenStream {
        match (&arg.operand, arg.by_ref) {
            (Operand::Var(var), true) if self.is_reference(*var) => {
                let name = &self.function.vars[*var].name;
                quote!(#name)
            }
            (operand, _) => self.reference(operand),
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

    /// A copy of the operand's value.
    pub(super) fn copied(&self, operand: &Operand) -> TokenStream {
        match operand {
            Operand::Var(var) if self.function.vars[*var].copy => {
                let name = &self.function.vars[*var].name;
                quote!(#name)
            }
            Operand::Const(expr) => expr.to_token_stream(),
            operand => {
                let value = self.value_expr(operand);
                quote!(#value.clone())
            }
        }
    }

    /// The operand as a value expression (a name, a place, a constant).
    pub(super) fn value_expr(&self, operand: &Operand) -> TokenStream {
        match operand {
            Operand::Var(var) => self.function.vars[*var].name.to_token_stream(),
            Operand::Place(var, projections) => {
                place_expr(&self.function.vars[*var].name, projections).to_token_stream()
            }
            Operand::Const(expr) => expr.to_token_stream(),
        }
    }

    /// The operand's value at the end of a block: moved when the block defines it, else copied.
    pub(super) fn moved_or_cloned(&self, operand: &Operand, block: &Block) -> TokenStream {
        match operand {
            Operand::Var(var) if defines(block, *var) => {
                self.function.vars[*var].name.to_token_stream()
            }
            operand => self.copied(operand),
        }
    }
}

pub(super) fn is_simple(expr: &Expr) -> bool {
    matches!(expr, Expr::Lit(_) | Expr::Path(_) | Expr::Field(_) | Expr::Index(_) | Expr::Paren(_))
        || matches!(expr, Expr::Unary(unary) if matches!(&*unary.expr, Expr::Lit(_)))
}
