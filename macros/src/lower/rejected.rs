//! Rejections: the errors for constructs `#[differentiable]` does not accept.
//!
//! In: an expression or macro. Out: one spanned error each, saying what to write instead.

use quote::ToTokens;
use syn::Expr;
use syn::visit::Visit;

use super::Lowerer;
use super::statements::ASSERT_MACROS;

impl Lowerer<'_> {
    pub(super) fn reject_macro(&mut self, mac: &syn::Macro) {
        self.cx.error(
            mac,
            format!(
                "the macro `{}!` is not supported in a #[differentiable] function: only \
                 `assert!` and `debug_assert!` (and their `_eq`/`_ne` forms) are; compute the \
                 value outside the function and pass it in",
                mac.path.to_token_stream()
            ),
        );
    }

    /// Reports the constructs that are rejected even in constant expressions.
    pub(super) fn reject_forbidden(&mut self, expr: &Expr) {
        struct Forbidden<'e> {
            found: Vec<&'e Expr>,
            macros: Vec<&'e syn::Macro>,
        }
        impl<'e> Visit<'e> for Forbidden<'e> {
            fn visit_expr(&mut self, expr: &'e Expr) {
                match expr {
                    Expr::While(_)
                    | Expr::Loop(_)
                    | Expr::Unsafe(_)
                    | Expr::Async(_)
                    | Expr::Await(_)
                    | Expr::Try(_)
                    | Expr::TryBlock(_)
                    | Expr::Yield(_)
                    | Expr::Break(_)
                    | Expr::Continue(_)
                    | Expr::Return(_)
                    | Expr::Closure(_) => {
                        self.found.push(expr);
                    }
                    Expr::MethodCall(call) if call.method == "map" => {
                        self.visit_expr(&call.receiver);
                        for arg in &call.args {
                            if let Expr::Closure(closure) = arg {
                                self.visit_expr(&closure.body);
                            } else {
                                self.visit_expr(arg);
                            }
                        }
                    }
                    _ => syn::visit::visit_expr(self, expr),
                }
            }
            fn visit_macro(&mut self, mac: &'e syn::Macro) {
                // `matches!` in conditions, and the asserts a constant block may hold, are kept.
                let kept = mac.path.is_ident("matches")
                    || ASSERT_MACROS.iter().any(|name| mac.path.is_ident(name));
                if !kept {
                    self.macros.push(mac);
                }
            }
        }
        let mut forbidden = Forbidden { found: Vec::new(), macros: Vec::new() };
        forbidden.visit_expr(expr);
        for found in forbidden.found {
            self.reject(found);
        }
        for mac in forbidden.macros {
            self.reject_macro(mac);
        }
    }

    /// The error for a construct `#[differentiable]` does not accept.
    pub(super) fn reject(&mut self, expr: &Expr) {
        let message = match expr {
            Expr::While(_) => {
                "`while` loops are not supported by #[differentiable]: the number of steps must \
                 be known; use `for i in 0..n`"
            }
            Expr::Loop(_) => {
                "`loop` is not supported by #[differentiable]: the number of steps must be \
                 known; use `for i in 0..n`"
            }
            Expr::Closure(_) => {
                "closures are not supported by #[differentiable] (except `m.map(|v| …)`): write \
                 the computation inline, or as another #[differentiable] function"
            }
            Expr::Unsafe(_) => "`unsafe` blocks are not supported by #[differentiable]",
            Expr::Async(_) | Expr::Await(_) => "`async` code is not supported by #[differentiable]",
            Expr::Try(_) | Expr::TryBlock(_) => {
                "`?` is not supported by #[differentiable]: handle errors outside the function"
            }
            Expr::Break(_) | Expr::Continue(_) => {
                "`break` and `continue` are not supported by #[differentiable]: loops run over \
                 their whole range"
            }
            Expr::Return(_) => {
                "early `return` is not supported by #[differentiable]: return at the end of the \
                 function"
            }
            Expr::Tuple(_) | Expr::Array(_) | Expr::Repeat(_) | Expr::Struct(_) => {
                "tuples, arrays and struct literals of differentiable values are not supported: \
                 keep each value in its own variable, or return a matrix"
            }
            Expr::Macro(_) => {
                "macros are not supported in a #[differentiable] expression: compute the value \
                 outside the function and pass it in"
            }
            Expr::Range(_) => "a range of differentiable values is not supported",
            Expr::ForLoop(_) => "a `for` loop is a statement: end it before using a value",
            Expr::Let(_) => "`let` in an expression is not supported by #[differentiable]",
            Expr::Assign(_) => {
                "an assignment is a statement: write it on its own line, ending in `;`"
            }
            Expr::Yield(_) => "`yield` is not supported",
            _ => "this expression is not supported by #[differentiable] on differentiable values",
        };
        if let Expr::Macro(mac) = expr {
            self.reject_macro(&mac.mac);
        } else {
            self.cx.error(expr, message);
        }
    }
}
