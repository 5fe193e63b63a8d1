#include "core/store/wal_buffer.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <thread>
#include <vector>

namespace causeline::store {
namespace {

constexpr sqlite3_int64 kBufferBytes = 1 << 20;
// The default VFS writes at most 128 KiB - 1 per call (its write masks the length to 17 bits).
constexpr sqlite3_int64 kWriteBytes = 96 << 10;
constexpr int kFrameHeaderBytes = 24;  // WAL format: page number, commit size, salts, checksums

struct ShimFile {
  sqlite3_file base;
  sqlite3_file* real;  // the default VFS's file, in the same allocation after this struct
  bool wal;
  // WAL files only, guarded by g_mutex (a connection's files may be closed on another thread).
  char* buf;
  sqlite3_int64 off;  // file offset of buf[0]
  sqlite3_int64 len;
  bool commit_page_next;   // the last write was a commit frame's header: its page ends the commit
  int error;               // a write-out that failed where no caller could be told (the barrier)
  std::thread::id writer;  // the thread of the last write
};

constexpr size_t kShimBytes = (sizeof(ShimFile) + 15) & ~size_t(15);

std::mutex g_mutex;
std::vector<ShimFile*> g_buffered;  // WAL files holding buffered bytes

sqlite3_vfs* parent(sqlite3_vfs* vfs) { return static_cast<sqlite3_vfs*>(vfs->pAppData); }
ShimFile* shim(sqlite3_file* f) { return reinterpret_cast<ShimFile*>(f); }
const sqlite3_io_methods* real_methods(ShimFile* f) { return f->real->pMethods; }

int write_out(ShimFile* f) {  // caller holds g_mutex
  if (f->len == 0)
    return SQLITE_OK;
  for (sqlite3_int64 done = 0; done < f->len;) {
    const sqlite3_int64 n = std::min(kWriteBytes, f->len - done);
    const int rc =
        real_methods(f)->xWrite(f->real, f->buf + done, static_cast<int>(n), f->off + done);
    if (rc != SQLITE_OK) {  // the rest is kept: written out on a later call, or reported by it
      std::memmove(f->buf, f->buf + done, static_cast<size_t>(f->len - done));
      f->off += done;
      f->len -= done;
      return rc;
    }
    done += n;
  }
  f->len = 0;
  std::erase(g_buffered, f);
  return SQLITE_OK;
}

/// The error a barrier could not report, once (SQLITE_OK if none); caller holds g_mutex.
int take_error(ShimFile* f) {
  const int rc = f->error;
  f->error = SQLITE_OK;
  return rc;
}

/// Writes out f's buffer; returns the first error not yet reported. Caller holds g_mutex.
int settle_locked(ShimFile* f) {
  const int rc = write_out(f);
  const int earlier = take_error(f);
  return earlier != SQLITE_OK ? earlier : rc;
}

int settle(ShimFile* f) {
  std::lock_guard lock(g_mutex);
  return settle_locked(f);
}

// ---- file methods: everything forwards to the real file; WAL files settle their buffer first.

int x_close(sqlite3_file* file) {
  ShimFile* f = shim(file);
  int rc = SQLITE_OK;
  if (f->wal) {
    std::lock_guard lock(g_mutex);
    rc = settle_locked(f);
    std::erase(g_buffered, f);
    std::free(f->buf);
    f->buf = nullptr;
    f->len = 0;
  }
  const int closed = real_methods(f)->xClose(f->real);
  return rc != SQLITE_OK ? rc : closed;
}

/// Calls the real file's `method`, a WAL file's buffer written out first.
template <class Method, class... Args>
int settled(sqlite3_file* file, Method sqlite3_io_methods::*method, Args... args) {
  ShimFile* f = shim(file);
  if (f->wal) {
    if (const int rc = settle(f); rc != SQLITE_OK)
      return rc;
  }
  return (real_methods(f)->*method)(f->real, args...);
}

int x_read(sqlite3_file* file, void* out, int amt, sqlite3_int64 off) {
  return settled(file, &sqlite3_io_methods::xRead, out, amt, off);
}

int x_write(sqlite3_file* file, const void* data, int amt, sqlite3_int64 off) {
  ShimFile* f = shim(file);
  if (!f->wal)
    return real_methods(f)->xWrite(f->real, data, amt, off);
  std::lock_guard lock(g_mutex);
  f->writer = std::this_thread::get_id();
  if (const int rc = take_error(f); rc != SQLITE_OK)
    return rc;
  if (f->buf == nullptr) {
    f->buf = static_cast<char*>(std::malloc(kBufferBytes));
    if (f->buf == nullptr)
      return real_methods(f)->xWrite(f->real, data, amt, off);
  }
  if (f->len > 0 && off >= f->off && off + amt <= f->off + f->len) {
    // A frame rewritten within the same transaction: still buffered, patched in place.
    std::memcpy(f->buf + (off - f->off), data, static_cast<size_t>(amt));
  } else if (f->len > 0 && off == f->off + f->len && f->len + amt <= kBufferBytes) {
    std::memcpy(f->buf + f->len, data, static_cast<size_t>(amt));
    f->len += amt;
  } else {
    if (const int rc = write_out(f); rc != SQLITE_OK)
      return rc;
    if (amt > kWriteBytes)
      return real_methods(f)->xWrite(f->real, data, amt, off);
    std::memcpy(f->buf, data, static_cast<size_t>(amt));
    f->off = off;
    f->len = amt;
    g_buffered.push_back(f);
  }
  // The page after a commit frame's header completes the commit: SQLite publishes it next, so it
  // goes out now, where a failure still fails the commit.
  const bool commit_page = f->commit_page_next;
  f->commit_page_next = false;
  if (amt == kFrameHeaderBytes) {
    const auto* h = static_cast<const unsigned char*>(data);
    f->commit_page_next = (h[4] | h[5] | h[6] | h[7]) != 0;
  }
  return commit_page ? write_out(f) : SQLITE_OK;
}

int x_truncate(sqlite3_file* file, sqlite3_int64 size) {
  return settled(file, &sqlite3_io_methods::xTruncate, size);
}
int x_sync(sqlite3_file* file, int flags) {
  return settled(file, &sqlite3_io_methods::xSync, flags);
}
int x_file_size(sqlite3_file* file, sqlite3_int64* size) {
  return settled(file, &sqlite3_io_methods::xFileSize, size);
}

int x_lock(sqlite3_file* file, int level) {
  return real_methods(shim(file))->xLock(shim(file)->real, level);
}
int x_unlock(sqlite3_file* file, int level) {
  return real_methods(shim(file))->xUnlock(shim(file)->real, level);
}
int x_check_reserved_lock(sqlite3_file* file, int* out) {
  return real_methods(shim(file))->xCheckReservedLock(shim(file)->real, out);
}

int x_file_control(sqlite3_file* file, int op, void* arg) {
  if (op == SQLITE_FCNTL_VFSNAME && arg != nullptr) {  // "causeline-walbuf/unix"
    char** name = static_cast<char**>(arg);
    *name = nullptr;
    const int rc = settled(file, &sqlite3_io_methods::xFileControl, op, arg);
    *name = rc == SQLITE_OK && *name != nullptr ? sqlite3_mprintf("%s/%z", wal_buffer_vfs(), *name)
                                                : sqlite3_mprintf("%s", wal_buffer_vfs());
    return SQLITE_OK;
  }
  return settled(file, &sqlite3_io_methods::xFileControl, op, arg);
}

int x_sector_size(sqlite3_file* file) {
  return real_methods(shim(file))->xSectorSize(shim(file)->real);
}
int x_device_characteristics(sqlite3_file* file) {
  return real_methods(shim(file))->xDeviceCharacteristics(shim(file)->real);
}

int x_shm_map(sqlite3_file* file, int page, int page_size, int extend, void volatile** out) {
  const sqlite3_io_methods* m = real_methods(shim(file));
  return m->iVersion >= 2 ? m->xShmMap(shim(file)->real, page, page_size, extend, out)
                          : SQLITE_IOERR_SHMMAP;
}
int x_shm_lock(sqlite3_file* file, int offset, int n, int flags) {
  const sqlite3_io_methods* m = real_methods(shim(file));
  return m->iVersion >= 2 ? m->xShmLock(shim(file)->real, offset, n, flags) : SQLITE_IOERR_SHMLOCK;
}
void x_shm_barrier(sqlite3_file* file) {
  // SQLite publishes a commit in the wal-index behind this barrier, on the thread that wrote its
  // frames: whatever that thread still buffers goes out first (normally nothing: a commit writes
  // itself out when its last page arrives).
  {
    std::lock_guard lock(g_mutex);
    const std::thread::id me = std::this_thread::get_id();
    // Backwards: a file written out leaves the list, and only entries already visited move.
    for (size_t k = g_buffered.size(); k-- > 0;) {
      ShimFile* f = g_buffered[k];
      if (f->writer != me)
        continue;
      if (const int rc = write_out(f); rc != SQLITE_OK && f->error == SQLITE_OK)
        f->error = rc;
    }
  }
  const sqlite3_io_methods* m = real_methods(shim(file));
  if (m->iVersion >= 2)
    m->xShmBarrier(shim(file)->real);
}
int x_shm_unmap(sqlite3_file* file, int remove) {
  const sqlite3_io_methods* m = real_methods(shim(file));
  return m->iVersion >= 2 ? m->xShmUnmap(shim(file)->real, remove) : SQLITE_OK;
}
int x_fetch(sqlite3_file* file, sqlite3_int64 off, int amt, void** out) {
  const sqlite3_io_methods* m = real_methods(shim(file));
  if (m->iVersion >= 3 && !shim(file)->wal)
    return m->xFetch(shim(file)->real, off, amt, out);
  *out = nullptr;
  return SQLITE_OK;
}
int x_unfetch(sqlite3_file* file, sqlite3_int64 off, void* p) {
  const sqlite3_io_methods* m = real_methods(shim(file));
  return m->iVersion >= 3 && !shim(file)->wal ? m->xUnfetch(shim(file)->real, off, p) : SQLITE_OK;
}

const sqlite3_io_methods kMethods = {3,
                                     x_close,
                                     x_read,
                                     x_write,
                                     x_truncate,
                                     x_sync,
                                     x_file_size,
                                     x_lock,
                                     x_unlock,
                                     x_check_reserved_lock,
                                     x_file_control,
                                     x_sector_size,
                                     x_device_characteristics,
                                     x_shm_map,
                                     x_shm_lock,
                                     x_shm_barrier,
                                     x_shm_unmap,
                                     x_fetch,
                                     x_unfetch};

// ---- VFS methods: opening wraps the file; everything else is the default VFS's.

int v_open(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* out_flags) {
  ShimFile* f = shim(file);
  f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + kShimBytes);
  f->wal = (flags & SQLITE_OPEN_WAL) != 0;
  f->buf = nullptr;
  f->off = 0;
  f->len = 0;
  f->commit_page_next = false;
  f->error = SQLITE_OK;
  new (&f->writer) std::thread::id();
  f->real->pMethods = nullptr;
  const int rc = parent(vfs)->xOpen(parent(vfs), name, f->real, flags, out_flags);
  if (rc != SQLITE_OK && f->real->pMethods != nullptr) {
    f->real->pMethods->xClose(f->real);  // SQLite closes only what our own pMethods says is open
    f->real->pMethods = nullptr;
  }
  f->base.pMethods = f->real->pMethods != nullptr ? &kMethods : nullptr;
  return rc;
}
int v_delete(sqlite3_vfs* vfs, const char* name, int sync_dir) {
  return parent(vfs)->xDelete(parent(vfs), name, sync_dir);
}
int v_access(sqlite3_vfs* vfs, const char* name, int flags, int* out) {
  return parent(vfs)->xAccess(parent(vfs), name, flags, out);
}
int v_full_pathname(sqlite3_vfs* vfs, const char* name, int n, char* out) {
  return parent(vfs)->xFullPathname(parent(vfs), name, n, out);
}
void* v_dl_open(sqlite3_vfs* vfs, const char* name) {
  return parent(vfs)->xDlOpen(parent(vfs), name);
}
void v_dl_error(sqlite3_vfs* vfs, int n, char* out) { parent(vfs)->xDlError(parent(vfs), n, out); }
void (*v_dl_sym(sqlite3_vfs* vfs, void* lib, const char* sym))(void) {
  return parent(vfs)->xDlSym(parent(vfs), lib, sym);
}
void v_dl_close(sqlite3_vfs* vfs, void* lib) { parent(vfs)->xDlClose(parent(vfs), lib); }
int v_randomness(sqlite3_vfs* vfs, int n, char* out) {
  return parent(vfs)->xRandomness(parent(vfs), n, out);
}
int v_sleep(sqlite3_vfs* vfs, int us) { return parent(vfs)->xSleep(parent(vfs), us); }
int v_current_time(sqlite3_vfs* vfs, double* out) {
  return parent(vfs)->xCurrentTime(parent(vfs), out);
}
int v_get_last_error(sqlite3_vfs* vfs, int n, char* out) {
  return parent(vfs)->xGetLastError(parent(vfs), n, out);
}
int v_current_time_int64(sqlite3_vfs* vfs, sqlite3_int64* out) {
  return parent(vfs)->xCurrentTimeInt64(parent(vfs), out);
}

sqlite3_vfs* make_vfs() {
  sqlite3_initialize();
  sqlite3_vfs* base = sqlite3_vfs_find(nullptr);
  static sqlite3_vfs vfs{};
  vfs.iVersion = 2;
  vfs.szOsFile = static_cast<int>(kShimBytes) + base->szOsFile;
  vfs.mxPathname = base->mxPathname;
  vfs.zName = "causeline-walbuf";
  vfs.pAppData = base;
  vfs.xOpen = v_open;
  vfs.xDelete = v_delete;
  vfs.xAccess = v_access;
  vfs.xFullPathname = v_full_pathname;
  vfs.xDlOpen = v_dl_open;
  vfs.xDlError = v_dl_error;
  vfs.xDlSym = v_dl_sym;
  vfs.xDlClose = v_dl_close;
  vfs.xRandomness = v_randomness;
  vfs.xSleep = v_sleep;
  vfs.xCurrentTime = v_current_time;
  vfs.xGetLastError = v_get_last_error;
  vfs.xCurrentTimeInt64 = base->iVersion >= 2 ? v_current_time_int64 : nullptr;
  sqlite3_vfs_register(&vfs, 0);
  return &vfs;
}

}  // namespace

const char* wal_buffer_vfs() {
  static sqlite3_vfs* vfs = make_vfs();
  return vfs->zName;
}

}  // namespace causeline::store
