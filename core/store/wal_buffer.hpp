#pragma once
// A SQLite VFS shim that gathers the writes to a WAL file into one buffer and hands them to the
// operating system in large blocks. SQLite writes each WAL frame as two calls (a 24-byte header,
// then the page), so a commit that changes a few thousand pages costs as many thousand system
// calls; through this shim it costs a handful.
//
// Nothing becomes visible earlier or later than without it: a WAL frame counts only once the
// wal-index says it does, and SQLite publishes a commit in the wal-index behind a memory barrier
// on the database file (xShmBarrier), which first writes out every buffered frame. The buffer is
// also written out before the file is read, synced, truncated, sized or closed. A process killed
// with frames still buffered loses only frames that no commit had published yet, which SQLite's
// recovery would ignore anyway.
namespace causeline::store {

/// Registers the shim (over the default VFS) on first use; returns its name for sqlite3_open_v2.
const char* wal_buffer_vfs();

}  // namespace causeline::store
