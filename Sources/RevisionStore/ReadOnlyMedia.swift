// Reading a repository this process may not write: an archived copy on read-only media, or a file and folder that
// belong to someone else.

import Foundation

/// How a read-only process opens a repository file it cannot write, or whose folder it cannot write.
///
/// A WAL-mode SQLite file is read through its `-shm` index, which a reader creates when it is missing; in a folder it
/// may not write, a reader that finds no `-shm` cannot open the file at all (SQLite's `SQLITE_CANTOPEN`). Such a
/// file, closed cleanly (no `-wal` with frames beside it), holds everything in the main file: it is opened with
/// SQLite's `immutable=1`, which reads it without the index or any lock. A file with a `-shm` beside it is in use by
/// a writer (or was left so): it is read through that index, read-only. A file left with a `-wal` and no `-shm`
/// cannot be read without writing; that is refused with a clear message.
enum ReadOnlyMedia {
    /// Whether this process may write the file and its folder (SQLite needs both).
    static func canWrite(_ path: String) -> Bool {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return access(path, W_OK) == 0 && access(folder, W_OK) == 0
    }

    /// What to open for a file this process cannot write: the file itself when a `-shm` index is there to read
    /// through, else the file as an immutable SQLite URI.
    ///
    /// - Throws: ``StoreError/readOnly(path:)`` when the file was left with a `-wal` and no `-shm`.
    static func location(of path: String) throws(StoreError) -> String {
        let manager = FileManager.default
        if manager.isReadableFile(atPath: path + "-shm") { return path }
        let walSize = (try? manager.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        guard walSize == 0 else { throw .readOnly(path: path) }
        return immutableURI(path)
    }

    /// `file:PATH?immutable=1`, the path absolute and with `%`, `?` and `#` escaped.
    static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var escaped = ""
        for character in absolute {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return "file:" + escaped + "?immutable=1"
    }
}

extension RevisionStore {
    /// Whether this process may write a repository file and its folder; a process that may not opens it read-only.
    public static func canWrite(_ path: String) -> Bool {
        ReadOnlyMedia.canWrite(path)
    }
}
