//! The bundled 8×8 handwritten digits: 1,797 images of 64 pixels (0..16) and their labels.
//!
//! In: `core/data/digits.csv.gz`, embedded in the library (one row per image: 64 pixel values in
//! row-major order, then the label). Out: a [`Dataset`] with pixels scaled to `[0, 1]`, one
//! column per image. The data is the test part of UCI's "Optical Recognition of Handwritten
//! Digits" (Alpaydin and Kaynak, 1998), CC BY 4.0; see `core/data/README.md`.

use std::io::Read;
use std::path::Path;

use flate2::read::GzDecoder;
use nalgebra::DMatrix;

use super::{DataError, Dataset};

const DIGITS_GZ: &[u8] = include_bytes!("../../data/digits.csv.gz");
const PIXELS: usize = 64;

/// The 1,797 bundled 8×8 digits, pixels scaled to `[0, 1]`, 10 classes.
///
/// # Errors
/// Only if the embedded file is damaged, which the tests rule out.
///
/// # Example
/// ```
/// let digits = backprop::data::digits().unwrap();
/// assert_eq!((digits.features(), digits.len(), digits.classes), (64, 1797, 10));
/// ```
pub fn digits() -> Result<Dataset, DataError> {
    let name = Path::new("digits.csv.gz (bundled)");
    let mut text = String::new();
    GzDecoder::new(DIGITS_GZ)
        .read_to_string(&mut text)
        .map_err(|e| DataError::new(name, format!("cannot decompress: {e}")))?;
    let mut pixels = Vec::new();
    let mut labels = Vec::new();
    for (line_number, line) in text.lines().enumerate() {
        let values: Vec<u8> = line
            .split(',')
            .map(|v| v.trim().parse::<u8>())
            .collect::<Result<_, _>>()
            .map_err(|e| DataError::new(name, format!("line {}: {e}", line_number + 1)))?;
        if values.len() != PIXELS + 1 || values[PIXELS] > 9 {
            return Err(DataError::new(
                name,
                format!("line {} is not 64 pixels and a digit", line_number + 1),
            ));
        }
        pixels.extend(values[..PIXELS].iter().map(|&v| f64::from(v) / 16.0));
        labels.push(usize::from(values[PIXELS]));
    }
    let x = DMatrix::from_vec(PIXELS, labels.len(), pixels);
    Ok(Dataset { x, labels, classes: 10 })
}
