//! Parameters to and from JSON files.
//!
//! In: any [`Params`] value and a path. Out: a JSON file listing every tensor by name with its
//! shape and values, written to a temporary file beside the target and renamed over it, so a
//! crash mid-write leaves the old file whole. Loading fills a value of the expected shape and
//! refuses a file with a tensor missing, of another shape, or holding a value that is not a
//! finite number, naming the tensor.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::{Params, Shape};

/// The format tag written into every file.
const FORMAT: &str = "backprop-params-1";

/// A file that could not be written or read, and why.
#[derive(Debug)]
pub struct SaveError {
    /// The file.
    pub file: PathBuf,
    /// What is wrong.
    pub problem: String,
}

impl SaveError {
    fn new(file: &Path, problem: impl Into<String>) -> Self {
        SaveError { file: file.to_path_buf(), problem: problem.into() }
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.problem)
    }
}

impl std::error::Error for SaveError {}

fn dims(shape: Shape) -> Vec<usize> {
    match shape {
        Shape::Scalar => Vec::new(),
        Shape::Vector(n) => vec![n],
        Shape::Matrix { rows, cols } => vec![rows, cols],
    }
}

/// Writes `params` to `path` as JSON: `{"format", "tensors": [{"name", "shape", "values"}]}`,
/// values in the flat (column-major) order of [`Params`].
///
/// # Errors
/// The directory does not exist or the file cannot be written; nothing is left half-written.
pub fn save<P: Params>(params: &P, path: &Path) -> Result<(), SaveError> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !dir.is_dir() {
        return Err(SaveError::new(
            path,
            format!("the directory {} does not exist: create it first", dir.display()),
        ));
    }
    let tensors: Vec<Value> = params
        .tensors()
        .into_iter()
        .map(|tensor| {
            let values: Vec<f64> = (tensor.offset..tensor.offset + tensor.shape.len())
                .map(|i| params.element(i))
                .collect();
            json!({ "name": tensor.name, "shape": dims(tensor.shape), "values": values })
        })
        .collect();
    let text = serde_json::to_string(&json!({ "format": FORMAT, "tensors": tensors }))
        .map_err(|e| SaveError::new(path, format!("cannot encode: {e}")))?;
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".tmp");
    let temporary = PathBuf::from(temporary);
    fs::write(&temporary, text)
        .map_err(|e| SaveError::new(&temporary, format!("cannot write: {e}")))?;
    fs::rename(&temporary, path).map_err(|e| {
        let _ = fs::remove_file(&temporary);
        SaveError::new(path, format!("cannot move {} into place: {e}", temporary.display()))
    })
}

/// Reads parameters saved by [`save`] into `params`, which gives the expected tensors and
/// shapes. `params` is changed only when the whole file is good.
///
/// # Errors
/// The file cannot be read or is not such JSON; a tensor of `params` is missing from it or has
/// another shape there; a value is not a finite number.
pub fn load<P: Params>(params: &mut P, path: &Path) -> Result<(), SaveError> {
    let text =
        fs::read_to_string(path).map_err(|e| SaveError::new(path, format!("cannot read: {e}")))?;
    let root: Value = serde_json::from_str(&text)
        .map_err(|e| SaveError::new(path, format!("not valid JSON: {e}")))?;
    if root.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(SaveError::new(
            path,
            format!("not a parameters file (no \"format\": \"{FORMAT}\")"),
        ));
    }
    let Some(stored) = root.get("tensors").and_then(Value::as_array) else {
        return Err(SaveError::new(path, "no \"tensors\" list"));
    };
    let mut loaded = params.clone();
    for tensor in params.tensors() {
        let Some(entry) = stored
            .iter()
            .find(|t| t.get("name").and_then(Value::as_str) == Some(tensor.name.as_str()))
        else {
            return Err(SaveError::new(path, format!("tensor `{}` is missing", tensor.name)));
        };
        let expected = dims(tensor.shape);
        let found: Option<Vec<usize>> =
            entry.get("shape").and_then(Value::as_array).and_then(|shape| {
                shape.iter().map(|d| d.as_u64().and_then(|d| usize::try_from(d).ok())).collect()
            });
        if found.as_ref() != Some(&expected) {
            return Err(SaveError::new(
                path,
                format!(
                    "tensor `{}` has shape {:?} in the file but the network's is {expected:?}",
                    tensor.name,
                    found.unwrap_or_default()
                ),
            ));
        }
        let values =
            entry.get("values").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        if values.len() != tensor.shape.len() {
            return Err(SaveError::new(
                path,
                format!(
                    "tensor `{}` has {} values for shape {expected:?} ({} expected)",
                    tensor.name,
                    values.len(),
                    tensor.shape.len()
                ),
            ));
        }
        for (k, value) in values.iter().enumerate() {
            match value.as_f64().filter(|v| v.is_finite()) {
                Some(v) => loaded.set_element(tensor.offset + k, v),
                None => {
                    return Err(SaveError::new(
                        path,
                        format!(
                            "tensor `{}` element {k} is {value}, not a finite number",
                            tensor.name
                        ),
                    ));
                }
            }
        }
    }
    *params = loaded;
    Ok(())
}
