//! Data and parameter files, including hostile ones: each bad file gets an error naming the file
//! and what is wrong, never a panic, and nothing is written over.
//!
//! IDX files are written here byte by byte (a good one, then truncated, with a wrong magic
//! number, claiming 10¹² items, with mismatched counts); parameter files are saved, then edited
//! (a tensor missing, a wrong shape, a NaN) and loaded back.

#![allow(clippy::float_cmp, reason = "the values compared are exact in binary")]

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use backprop::data::{self, Dataset, Rng};
use backprop::nn::{Activation, Init, Network};
use backprop::optim::{Optimizer, Rule};
use backprop::train::{self, TrainConfig};

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("data_files").join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

fn idx(dims: &[u32], data: &[u8]) -> Vec<u8> {
    let mut bytes = vec![0, 0, 0x08, u8::try_from(dims.len()).expect("few dims")];
    for d in dims {
        bytes.extend_from_slice(&d.to_be_bytes());
    }
    bytes.extend_from_slice(data);
    bytes
}

/// Three 2×2 images and their labels, under MNIST's names; the test set gzipped.
fn write_small_mnist(dir: &Path) {
    let images = idx(&[3, 2, 2], &[0, 255, 0, 255, 10, 20, 30, 40, 255, 255, 255, 255]);
    let labels = idx(&[3], &[7, 1, 9]);
    fs::write(dir.join("train-images-idx3-ubyte"), &images).expect("write");
    fs::write(dir.join("train-labels-idx1-ubyte"), &labels).expect("write");
    for (name, bytes) in
        [("t10k-images-idx3-ubyte.gz", &images), ("t10k-labels-idx1-ubyte.gz", &labels)]
    {
        let mut encoder = flate2::write::GzEncoder::new(
            fs::File::create(dir.join(name)).expect("create"),
            flate2::Compression::default(),
        );
        encoder.write_all(bytes).expect("write");
        encoder.finish().expect("finish");
    }
}

fn error_of(result: Result<impl std::fmt::Debug, data::DataError>) -> String {
    match result {
        Ok(value) => panic!("expected an error, got {value:?}"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn the_bundled_digits_load_and_split_by_class() {
    let digits = data::digits().expect("bundled digits");
    assert_eq!((digits.features(), digits.len()), (64, 1797));
    assert!(digits.x.iter().all(|&v| (0.0..=1.0).contains(&v)));
    let (train, test) = digits.stratified_split(0.25, &mut Rng::new(3));
    assert_eq!(train.len() + test.len(), 1797);
    for class in 0..10 {
        let all = digits.labels.iter().filter(|&&l| l == class).count();
        let in_test = test.labels.iter().filter(|&&l| l == class).count();
        assert!(in_test.abs_diff(all / 4) <= 1, "class {class}: {in_test} of {all} in test");
    }
    let (again, _) = digits.stratified_split(0.25, &mut Rng::new(3));
    assert_eq!(again, train, "the same seed gives the same split");
}

#[test]
fn a_small_mnist_directory_reads_plain_and_gzipped() {
    let dir = scratch("good");
    write_small_mnist(&dir);
    let (train, test) = data::mnist(&dir).expect("good files");
    assert_eq!((train.features(), train.len(), train.labels.clone()), (4, 3, vec![7, 1, 9]));
    assert_eq!(train.x[(1, 0)], 1.0);
    assert_eq!(train, test);
}

#[test]
fn a_truncated_idx_file_is_named_and_refused() {
    let dir = scratch("truncated");
    write_small_mnist(&dir);
    let path = dir.join("train-images-idx3-ubyte");
    let bytes = fs::read(&path).expect("read");
    fs::write(&path, &bytes[..bytes.len() - 3]).expect("write");
    let message = error_of(data::mnist(&dir));
    assert!(message.contains("train-images-idx3-ubyte"), "{message}");
    assert!(message.contains("claims 3×2×2 = 12 bytes of data but the file holds 9"), "{message}");
    assert!(message.contains("truncated"), "{message}");
    // Inside the header too.
    fs::write(&path, &bytes[..10]).expect("write");
    let message = error_of(data::read_idx_images(&path));
    assert!(message.contains("cannot read dimension 1 of the header"), "{message}");
}

#[test]
fn a_truncated_gzipped_idx_file_is_refused() {
    let dir = scratch("truncated_gz");
    let path = dir.join("images.gz");
    let mut encoder = flate2::write::GzEncoder::new(
        fs::File::create(&path).expect("create"),
        flate2::Compression::default(),
    );
    encoder.write_all(&idx(&[3, 2, 2], &[1; 7])).expect("write");
    encoder.finish().expect("finish");
    let message = error_of(data::read_idx_images(&path));
    assert!(message.contains("holds 7: the file is truncated"), "{message}");
}

#[test]
fn a_wrong_magic_number_is_named() {
    let dir = scratch("magic");
    let path = dir.join("labels");
    fs::write(&path, b"PK\x03\x04 this is a zip file").expect("write");
    let message = error_of(data::read_idx_labels(&path));
    assert!(message.contains("wrong magic number 50 4b 03 04: not an IDX file"), "{message}");
    fs::write(
        &path,
        idx(&[2], &[1, 2])
            .iter()
            .enumerate()
            .map(|(i, &b)| if i == 2 { 0x0d } else { b })
            .collect::<Vec<_>>(),
    )
    .expect("write");
    let message = error_of(data::read_idx_labels(&path));
    assert!(message.contains("element type 0x0d"), "{message}");
    fs::write(&path, idx(&[2, 1, 1], &[1, 2])).expect("write");
    let message = error_of(data::read_idx_labels(&path));
    assert!(message.contains("3 dimensions where 1 were expected"), "{message}");
}

#[test]
fn a_header_claiming_a_trillion_items_is_refused_before_allocating() {
    let dir = scratch("huge");
    let path = dir.join("images");
    // 10⁶ × 10³ × 10³ = 10¹² one-byte items, in a file of a few bytes.
    fs::write(&path, idx(&[1_000_000, 1000, 1000], &[0; 16])).expect("write");
    let message = error_of(data::read_idx_images(&path));
    assert!(message.contains("claims 1000000×1000×1000 items, more than the 1 GiB"), "{message}");
    // Just under the limit, the length check refuses it instead.
    fs::write(&path, idx(&[1000, 1000, 1000], &[0; 16])).expect("write");
    let message = error_of(data::read_idx_images(&path));
    assert!(
        message.contains("claims 1000×1000×1000 = 1000000000 bytes of data but the file holds 16"),
        "{message}"
    );
}

#[test]
fn labels_whose_count_differs_from_the_images_are_refused() {
    let dir = scratch("counts");
    write_small_mnist(&dir);
    fs::write(dir.join("train-labels-idx1-ubyte"), idx(&[2], &[1, 2])).expect("write");
    let message = error_of(data::mnist(&dir));
    assert!(message.contains("train-labels-idx1-ubyte: holds 2 labels but"), "{message}");
    assert!(message.contains("train-images-idx3-ubyte holds 3 images"), "{message}");
    fs::write(dir.join("train-labels-idx1-ubyte"), idx(&[3], &[1, 12, 2])).expect("write");
    let message = error_of(data::mnist(&dir));
    assert!(message.contains("label 1 is 12, not a digit"), "{message}");
    fs::remove_file(dir.join("t10k-images-idx3-ubyte.gz")).expect("remove");
    fs::write(dir.join("train-labels-idx1-ubyte"), idx(&[3], &[1, 2, 3])).expect("write");
    let message = error_of(data::mnist(&dir));
    assert!(
        message.contains("t10k-images-idx3-ubyte: not found (nor t10k-images-idx3-ubyte.gz)"),
        "{message}"
    );
}

fn network() -> Network {
    Network::classifier(3, &[4], 2, Activation::Tanh, Init::Glorot, 5)
}

fn save_error(result: Result<(), train::SaveError>) -> String {
    result.expect_err("expected an error").to_string()
}

#[test]
fn parameters_round_trip_through_json() {
    let dir = scratch("round_trip");
    let path = dir.join("params.json");
    let saved = network();
    train::save(&saved.mlp, &path).expect("save");
    assert!(!dir.join("params.json.tmp").exists(), "the temporary file is renamed away");
    let mut loaded = Network::classifier(3, &[4], 2, Activation::Tanh, Init::Glorot, 99);
    assert_ne!(loaded.mlp, saved.mlp);
    train::load(&mut loaded.mlp, &path).expect("load");
    assert_eq!(loaded.mlp, saved.mlp);
}

/// Saves the network, edits the JSON with `edit`, and returns the error of loading it back,
/// checking that the network was left as it was.
fn load_edited(name: &str, edit: impl Fn(&mut serde_json::Value)) -> String {
    let dir = scratch(name);
    let path = dir.join("params.json");
    train::save(&network().mlp, &path).expect("save");
    let mut json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&path).expect("read")).expect("json");
    edit(&mut json);
    fs::write(&path, json.to_string()).expect("write");
    let mut target = Network::classifier(3, &[4], 2, Activation::Tanh, Init::Glorot, 7);
    let before = target.mlp.clone();
    let message = save_error(train::load(&mut target.mlp, &path));
    assert_eq!(target.mlp, before, "a failed load leaves the parameters alone");
    message
}

#[test]
fn a_model_with_a_missing_tensor_is_refused_by_name() {
    let message = load_edited("missing", |json| {
        json["tensors"].as_array_mut().expect("tensors").remove(1);
    });
    assert!(message.contains("tensor `layers.[0].dense.b` is missing"), "{message}");
}

#[test]
fn a_model_with_a_wrong_shape_names_the_tensor_and_both_shapes() {
    let message = load_edited("shape", |json| {
        json["tensors"][0]["shape"] = serde_json::json!([3, 4]);
    });
    assert!(
        message.contains(
            "tensor `layers.[0].dense.w` has shape [3, 4] in the file but the network's is [4, 3]"
        ),
        "{message}"
    );
}

#[test]
fn a_model_with_a_nan_is_refused() {
    // JSON has no NaN: serializers write null, or a string.
    let message = load_edited("nan", |json| {
        json["tensors"][4]["values"][1] = serde_json::Value::Null;
    });
    assert!(
        message.contains("tensor `layers.[1].dense.w` element 1 is null, not a finite number"),
        "{message}"
    );
    let message = load_edited("nan_string", |json| {
        json["tensors"][4]["values"][0] = serde_json::json!("NaN");
    });
    assert!(message.contains("element 0 is \"NaN\", not a finite number"), "{message}");
}

#[test]
fn saving_into_a_missing_directory_is_an_error_that_writes_nothing() {
    let dir = scratch("missing_dir");
    let path = dir.join("no").join("such").join("params.json");
    let message = save_error(train::save(&network().mlp, &path));
    assert!(message.contains("does not exist: create it first"), "{message}");
    assert!(!dir.join("no").exists());
}

#[test]
fn saving_over_a_file_replaces_it_whole() {
    let dir = scratch("replace");
    let path = dir.join("params.json");
    fs::write(&path, "old contents").expect("write");
    train::save(&network().mlp, &path).expect("save");
    assert!(
        fs::read_to_string(&path).expect("read").starts_with("{\"format\":\"backprop-params-1\"")
    );
}

#[test]
fn a_diverging_run_stops_with_the_step_and_advice() {
    let digits = data::digits().expect("digits").take(64);
    let mut network = Network::classifier(64, &[16, 16, 16], 10, Activation::Relu, Init::He, 1);
    let mut optimizer = Optimizer::new(Rule::Sgd);
    // Weights of 1e100 after one step: four layers of them overflow to ∞.
    let config = TrainConfig {
        epochs: 5,
        batch_size: 16,
        rate: 1e100,
        progress: false,
        ..TrainConfig::default()
    };
    let error =
        train::train(&mut network, &mut optimizer, &digits, None, &config).expect_err("diverges");
    let message = error.to_string();
    assert!(
        message.contains(&format!("at step {} (epoch {})", error.step, error.epoch)),
        "{message}"
    );
    assert!(message.contains("Lower the learning rate (it was 1e100)"), "{message}");
    assert!(network.mlp.layers.iter().all(|l| l.dense.w.iter().all(|v| v.is_finite())));
}

#[test]
fn training_learns_the_digits_a_little_in_two_epochs() {
    let digits = data::digits().expect("digits");
    let (train_set, test_set) = digits.stratified_split(0.25, &mut Rng::new(2));
    let mut network = Network::classifier(64, &[32], 10, Activation::Relu, Init::He, 2);
    let mut optimizer = Optimizer::new(Rule::adam());
    let config = TrainConfig {
        epochs: 2,
        rate: 3e-3,
        progress: false,
        record_grad_norms: true,
        ..TrainConfig::default()
    };
    let history = train::train(&mut network, &mut optimizer, &train_set, Some(&test_set), &config)
        .expect("trains");
    assert_eq!(history.epochs.len(), 2);
    assert!(history.epochs[1].train_loss < history.epochs[0].train_loss);
    assert!(history.epochs[1].test_accuracy > 0.8, "{:?}", history.epochs[1]);
    assert_eq!(history.epochs[1].grad_norms.len(), 2);
    let evaluation = train::evaluate(&network, &test_set);
    let total: usize = evaluation.confusion.iter().flatten().sum();
    let diagonal: usize = (0..10).map(|c| evaluation.confusion[c][c]).sum();
    assert_eq!(total, test_set.len());
    approx::assert_relative_eq!(evaluation.accuracy, diagonal as f64 / total as f64);
    let _: &Dataset = &test_set;
}
