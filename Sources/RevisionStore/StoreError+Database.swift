// Translation of GRDB's and the model's errors into StoreError, at the store boundary.

import Foundation
import GRDB
import ReportModel

extension StoreError {
    /// The store error for a SQLite error met while using the repository at `path`.
    init(_ error: DatabaseError, path: String) {
        switch error.extendedResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self = .busy
        case .SQLITE_READONLY, .SQLITE_PERM:
            self = .readOnly(path: path)
        case .SQLITE_CANTOPEN:
            // A file that is there and readable, in a folder that cannot be written (read-only media, a folder
            // without write permission): SQLite cannot make the journal files beside it to write.
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            let manager = FileManager.default
            self =
                manager.isReadableFile(atPath: path) && !manager.isWritableFile(atPath: folder)
                ? .readOnly(path: path) : .cannotOpen(path: path)
        case .SQLITE_FULL:
            self = .diskFull
        case .SQLITE_CORRUPT:
            self = .corruptFile(path: path, detail: error.message ?? "database disk image is malformed")
        case .SQLITE_NOTADB:
            self = .notARepository(path: path, reason: "it is not a SQLite database")
        default:
            self = .database(code: error.extendedResultCode.rawValue, message: error.message ?? "\(error)")
        }
    }

    /// The store error for anything thrown inside a transaction.
    static func translating(_ error: any Error, path: String) -> StoreError {
        switch error {
        case let error as StoreError: error
        case let error as DatabaseError: StoreError(error, path: path)
        case let error as ModelError: .unreadableContent(error)
        default: .unexpected("\(error)")
        }
    }

    /// The store error for SQLite's and the store's own errors; any other error unchanged.
    static func passing(_ error: any Error, path: String) -> any Error {
        switch error {
        case is StoreError, is DatabaseError, is ModelError: translating(error, path: path)
        default: error
        }
    }
}
