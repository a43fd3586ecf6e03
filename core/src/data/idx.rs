//! MNIST's IDX files, read defensively.
//!
//! In: a directory holding `train-images-idx3-ubyte`, `train-labels-idx1-ubyte`,
//! `t10k-images-idx3-ubyte` and `t10k-labels-idx1-ubyte`, each plain or gzipped (`.gz`). Out:
//! train and test [`Dataset`]s, pixels scaled to `[0, 1]`. Every header is checked before
//! anything is allocated: the magic number (two zero bytes, type `0x08` for unsigned bytes, the
//! number of dimensions), the dimensions themselves, and the length of the data against what
//! the header claims; a file that fails gets an error naming it and what is wrong, never a panic
//! nor an allocation of the size a corrupt header claims.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use flate2::read::GzDecoder;
use nalgebra::DMatrix;

use super::{DataError, Dataset};

/// The largest file the reader accepts, 1 GiB: MNIST's largest file is 47 MB.
const MAX_BYTES: u64 = 1 << 30;

/// MNIST's training and test parts from `dir`. Each of the four files may be plain or `.gz`.
///
/// # Errors
/// A missing file (naming all the names it looked for), or any problem
/// [`read_idx_images`]/[`read_idx_labels`] find, or images and labels files whose counts differ.
pub fn mnist(dir: &Path) -> Result<(Dataset, Dataset), DataError> {
    let train = pair(dir, "train-images-idx3-ubyte", "train-labels-idx1-ubyte")?;
    let test = pair(dir, "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")?;
    Ok((train, test))
}

fn pair(dir: &Path, images: &str, labels: &str) -> Result<Dataset, DataError> {
    let images_path = find(dir, images)?;
    let labels_path = find(dir, labels)?;
    let x = read_idx_images(&images_path)?;
    let labels = read_idx_labels(&labels_path)?;
    if x.ncols() != labels.len() {
        return Err(DataError::new(
            &labels_path,
            format!(
                "holds {} labels but {} holds {} images: the two files must come from the same set",
                labels.len(),
                images_path.display(),
                x.ncols()
            ),
        ));
    }
    Ok(Dataset { x, labels, classes: 10 })
}

fn find(dir: &Path, name: &str) -> Result<PathBuf, DataError> {
    let plain = dir.join(name);
    let gz = dir.join(format!("{name}.gz"));
    if plain.is_file() {
        Ok(plain)
    } else if gz.is_file() {
        Ok(gz)
    } else {
        Err(DataError::new(
            &plain,
            format!(
                "not found (nor {name}.gz): download MNIST's four IDX files into {}",
                dir.display()
            ),
        ))
    }
}

/// An IDX file of unsigned-byte images (`n × rows × cols`), one column of `rows·cols` pixels per
/// image, scaled to `[0, 1]`.
///
/// # Errors
/// The file cannot be opened, its magic number or element type is wrong, it is not 3-dimensional,
/// its header claims more data than the file holds (or more than 1 GiB), or it is truncated or
/// has bytes left over.
pub fn read_idx_images(path: &Path) -> Result<DMatrix<f64>, DataError> {
    let (dims, bytes) = read_idx(path, 3)?;
    let pixels = dims[1] * dims[2];
    let values: Vec<f64> = bytes.iter().map(|&b| f64::from(b) / 255.0).collect();
    Ok(DMatrix::from_vec(pixels, dims[0], values))
}

/// An IDX file of unsigned-byte labels, each below 10.
///
/// # Errors
/// As [`read_idx_images`], for a 1-dimensional file; and a label of 10 or more.
pub fn read_idx_labels(path: &Path) -> Result<Vec<usize>, DataError> {
    let (_, bytes) = read_idx(path, 1)?;
    if let Some((i, &label)) = bytes.iter().enumerate().find(|&(_, &label)| label > 9) {
        return Err(DataError::new(path, format!("label {i} is {label}, not a digit 0..9")));
    }
    Ok(bytes.iter().map(|&b| usize::from(b)).collect())
}

/// Reads the header, checks it against `expected_dims` and the file's length, then the data.
fn read_idx(path: &Path, expected_dims: u8) -> Result<(Vec<usize>, Vec<u8>), DataError> {
    let file = File::open(path).map_err(|e| DataError::new(path, format!("cannot open: {e}")))?;
    let on_disk = file.metadata().map_or(0, |m| m.len());
    let gzipped = path.extension().is_some_and(|ext| ext == "gz");
    let mut reader: Box<dyn Read> = if gzipped {
        Box::new(GzDecoder::new(BufReader::new(file)))
    } else {
        Box::new(BufReader::new(file))
    };

    let mut magic = [0_u8; 4];
    read_exact(&mut reader, &mut magic, path, "the 4-byte magic number")?;
    if magic[0] != 0 || magic[1] != 0 {
        return Err(DataError::new(
            path,
            format!(
                "wrong magic number {:02x} {:02x} {:02x} {:02x}: not an IDX file (it should start with 00 00 08 0{expected_dims}){}",
                magic[0],
                magic[1],
                magic[2],
                magic[3],
                if gzipped { "" } else { "; if it is gzipped, name it .gz" }
            ),
        ));
    }
    if magic[2] != 0x08 {
        return Err(DataError::new(
            path,
            format!(
                "element type 0x{:02x}, but MNIST's files hold unsigned bytes (0x08)",
                magic[2]
            ),
        ));
    }
    if magic[3] != expected_dims {
        return Err(DataError::new(
            path,
            format!(
                "{} dimensions where {expected_dims} were expected: images and labels files swapped?",
                magic[3]
            ),
        ));
    }

    let mut dims = Vec::new();
    for k in 0..expected_dims {
        let mut size = [0_u8; 4];
        read_exact(&mut reader, &mut size, path, &format!("dimension {k} of the header"))?;
        dims.push(u64::from(u32::from_be_bytes(size)));
    }
    let claimed = dims.iter().try_fold(1_u64, |total, &d| total.checked_mul(d));
    let header = 4 + 4 * u64::from(expected_dims);
    let shape = dims.iter().map(ToString::to_string).collect::<Vec<_>>().join("×");
    let Some(claimed) = claimed.filter(|&c| c <= MAX_BYTES) else {
        return Err(DataError::new(
            path,
            format!(
                "the header claims {shape} items, more than the 1 GiB this reader accepts: the header is corrupt"
            ),
        ));
    };
    if !gzipped && header + claimed != on_disk {
        return Err(DataError::new(
            path,
            format!(
                "the header claims {shape} = {claimed} bytes of data but the file holds {}: the file is {}",
                on_disk.saturating_sub(header),
                if header + claimed > on_disk {
                    "truncated or the header corrupt"
                } else {
                    "longer than its header says"
                }
            ),
        ));
    }

    // Read at most one byte more than claimed, so a lying gzip stream cannot make us read on.
    let mut bytes = Vec::new();
    reader
        .take(claimed + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| DataError::new(path, format!("cannot read the data: {e}")))?;
    if bytes.len() as u64 != claimed {
        return Err(DataError::new(
            path,
            format!(
                "the header claims {shape} = {claimed} bytes of data but the file holds {}{}",
                bytes.len(),
                if (bytes.len() as u64) < claimed {
                    ": the file is truncated"
                } else {
                    " or more: the file is longer than its header says"
                }
            ),
        ));
    }
    let dims = dims.into_iter().map(|d| usize::try_from(d).unwrap_or(usize::MAX)).collect();
    Ok((dims, bytes))
}

fn read_exact(
    reader: &mut dyn Read,
    buffer: &mut [u8],
    path: &Path,
    what: &str,
) -> Result<(), DataError> {
    reader.read_exact(buffer).map_err(|e| {
        DataError::new(
            path,
            format!("cannot read {what}: {e} (the file is truncated or not an IDX file)"),
        )
    })
}
