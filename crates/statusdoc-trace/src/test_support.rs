//! Builders of the archives and captures the tests of several crates
//! write (feature `test-support`, for tests only): one copy, here beside
//! the readers they feed.
#![allow(clippy::missing_panics_doc)]

use std::io::Write;

/// A ZIP of `files` (path inside, bytes, deflated or stored), as
/// archivers write it; a path ending in `/` is a directory.
pub fn zip(files: &[(&str, &[u8], bool)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes, deflated) in files {
        let method = if *deflated { zip::CompressionMethod::DEFLATE } else { zip::CompressionMethod::STORE };
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        if name.ends_with('/') {
            zip.add_directory(*name, options).unwrap_or_else(|e| panic!("{e}"));
        } else {
            zip.start_file(*name, options).unwrap_or_else(|e| panic!("{e}"));
            zip.write_all(bytes).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    zip.finish().unwrap_or_else(|e| panic!("{e}")).into_inner()
}

/// A ZIP of `files` (path inside, bytes), each deflated.
pub fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    zip(&files.iter().map(|(name, bytes)| (*name, *bytes, true)).collect::<Vec<_>>())
}

/// A tar of `files` (path inside, bytes).
pub fn tar_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut tar = tar::Builder::new(Vec::new());
    for (name, bytes) in files {
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        tar.append_data(&mut header, name, *bytes).unwrap_or_else(|e| panic!("{e}"));
    }
    tar.into_inner().unwrap_or_else(|e| panic!("{e}"))
}

/// `bytes` compressed with gzip.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(bytes).unwrap_or_else(|e| panic!("{e}"));
    gz.finish().unwrap_or_else(|e| panic!("{e}"))
}

/// The header of a little-endian microsecond pcap of Ethernet frames.
pub fn pcap_header() -> Vec<u8> {
    [0xa1b2c3d4u32.to_le_bytes(), [2, 0, 4, 0], [0; 4], [0; 4], 65535u32.to_le_bytes(), 1u32.to_le_bytes()].concat()
}

/// The records of a little-endian microsecond pcap: seconds, microseconds, frame.
pub fn pcap_records(bytes: &[u8]) -> Vec<(u32, u32, Vec<u8>)> {
    assert_eq!(bytes[..4], [0xd4, 0xc3, 0xb2, 0xa1], "a little-endian pcap");
    let word = |at: usize| u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    let (mut records, mut at) = (Vec::new(), 24);
    while at + 16 <= bytes.len() {
        let len = word(at + 8) as usize;
        records.push((word(at), word(at + 4), bytes[at + 16..at + 16 + len].to_vec()));
        at += 16 + len;
    }
    records
}

/// A little-endian microsecond pcap of Ethernet frames.
pub fn pcap_of(records: &[(u32, u32, Vec<u8>)]) -> Vec<u8> {
    let mut capture = pcap_header();
    for (seconds, micros, frame) in records {
        for field in [*seconds, *micros, frame.len() as u32, frame.len() as u32] {
            capture.extend_from_slice(&field.to_le_bytes());
        }
        capture.extend_from_slice(frame);
    }
    capture
}

/// The little-endian pcap `bytes` with every packet `micros` later.
pub fn shifted_pcap(bytes: &[u8], micros: u32) -> Vec<u8> {
    let mut bytes = bytes.to_vec();
    let mut at = 24;
    let word = |bytes: &[u8], at: usize| u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    while at + 16 <= bytes.len() {
        let total = word(&bytes, at + 4) + micros % 1_000_000;
        let seconds = word(&bytes, at) + micros / 1_000_000 + total / 1_000_000;
        bytes[at..at + 4].copy_from_slice(&seconds.to_le_bytes());
        bytes[at + 4..at + 8].copy_from_slice(&(total % 1_000_000).to_le_bytes());
        at += 16 + word(&bytes, at + 8) as usize;
    }
    bytes
}
