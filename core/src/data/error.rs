//! The error of every data reader: which file, and what is wrong with it.

use std::fmt;
use std::path::{Path, PathBuf};

/// A data file that could not be read: names the file and what is wrong.
#[derive(Debug)]
pub struct DataError {
    /// The file (or the bundled set's name).
    pub file: PathBuf,
    /// What is wrong, and what to do where that is not obvious.
    pub problem: String,
}

impl DataError {
    pub(crate) fn new(file: &Path, problem: impl Into<String>) -> Self {
        DataError { file: file.to_path_buf(), problem: problem.into() }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.problem)
    }
}

impl std::error::Error for DataError {}
