//! Any bytes as an archive given as a file or uploaded: listed, and each
//! file listed read (within a limit, as the web's uploads are): never a
//! panic, never a hang, memory bounded by what is listed.
#![no_main]

use std::io::Read;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(Some(members)) = statusdoc_trace::archive_members(std::io::Cursor::new(data)) else { return };
    for member in members {
        if let Ok(file) = member.open(std::io::Cursor::new(data)) {
            let _ = std::io::copy(&mut file.take(1 << 22), &mut std::io::sink());
        }
    }
});
