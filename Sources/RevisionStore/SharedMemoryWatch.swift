// Keeping a long-running process alive when the repository's `-shm` file is changed under it.

import Foundation
import Logging
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Watches the `-shm` file of a repository in WAL mode before every transaction of a long-running process.
///
/// SQLite maps `-shm` into memory: if another program shrinks the file (truncates it, say), the next access to the
/// mapping kills the process with SIGBUS. Before each transaction the watch compares the file with what it saw:
///
/// - shrunk (same file, smaller): it is grown back to the size SQLite may have mapped, so the mapping is backed again;
///   SQLite finds its index zeroed and rebuilds it from the WAL, as after a crash. If it cannot be grown back, no
///   transaction may touch the mapping: reads and writes fail with ``StoreError/sharedMemoryLost(path:)``.
/// - removed or replaced by another file, or no longer writable: other processes no longer share this process's
///   index, so a write could corrupt the file; writes fail with ``StoreError/sharedMemoryLost(path:)`` (HTTP 503)
///   and reads go on (they see what this process knows) until the process is restarted.
final class SharedMemoryWatch: Sendable {
    private struct Seen {
        var inode: UInt64?
        var size: Int64 = 0
    }

    /// The `-shm` file.
    let path: String
    private let database: String
    private let logger: Logger
    private let seen = Mutex(Seen())

    init(database: String, logger: Logger) {
        self.database = database
        path = database + "-shm"
        self.logger = logger
    }

    /// Checks the file before a transaction.
    ///
    /// - Parameter writing: Whether the transaction writes.
    /// - Throws: ``StoreError/sharedMemoryLost(path:)`` when the transaction must not run.
    func check(writing: Bool) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            // Not created yet (SQLite makes it), or removed under this process.
            let known = seen.withLock { $0.inode != nil }
            if known, writing { throw .sharedMemoryLost(path: database) }
            return
        }
        let inode = UInt64(info.st_ino)
        let size = Int64(info.st_size)
        let verdict = seen.withLock { seen -> Verdict in
            guard let known = seen.inode else {
                seen.inode = inode
                seen.size = size
                return .sound
            }
            guard known == inode else { return .replaced }
            if size < seen.size { return .shrunk(to: size, from: seen.size) }
            seen.size = size
            return .sound
        }
        switch verdict {
        case .sound:
            break
        case .replaced:
            if writing { throw .sharedMemoryLost(path: database) }
            return
        case .shrunk(let size, let known):
            let needed = max(known, mappedSize())
            logger.warning(
                "the repository's -shm file shrank under this process; growing it back",
                metadata: ["path": "\(path)", "size": "\(size)", "restored": "\(needed)"])
            guard regrow(to: needed) else { throw .sharedMemoryLost(path: database) }
        }
        if writing, access(path, W_OK) != 0 { throw .sharedMemoryLost(path: database) }
    }

    private enum Verdict {
        case sound
        case replaced
        case shrunk(to: Int64, from: Int64)
    }

    /// The most SQLite may have mapped: one 32 KiB region per 4,096 frames of the WAL, at least two. A frame is a
    /// page and its 24-byte header; the page size is read from the WAL's header (1,024 bytes in a repository made
    /// since `RevisionStore.pageSize`, 4,096 in older ones), and taken as the smallest SQLite allows when the header
    /// cannot be read, which only counts more frames.
    private func mappedSize() -> Int64 {
        var info = stat()
        let walBytes = stat(database + "-wal", &info) == 0 ? Int64(info.st_size) : 0
        let frames = walBytes / (walPageSize() + 24)
        return (frames / 4096 + 2) * 32 * 1024
    }

    /// The page size in the WAL's 32-byte header (bytes 8–11, big-endian), or 512 when it cannot be read.
    private func walPageSize() -> Int64 {
        let smallest: Int64 = 512
        let descriptor = open(database + "-wal", O_RDONLY)
        guard descriptor >= 0 else { return smallest }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 12)
        guard pread(descriptor, &header, 12, 0) == 12 else { return smallest }
        let size = header[8...11].reduce(Int64(0)) { $0 << 8 | Int64($1) }
        return (smallest...65_536).contains(size) ? size : smallest
    }

    private func regrow(to size: Int64) -> Bool {
        let descriptor = open(path, O_RDWR)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard ftruncate(descriptor, off_t(size)) == 0 else { return false }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return false }
        seen.withLock { $0.size = Int64(info.st_size) }
        return true
    }
}
