import GRDB

/// SQLite's own checks of a repository file, for `fsck`.
enum FileCheck {
    /// What `PRAGMA quick_check` and `PRAGMA foreign_key_check` report; empty when the file is sound.
    static func problems(_ db: Database) throws -> [String] {
        let quick = try String.fetchAll(db, sql: "PRAGMA quick_check").filter { $0 != "ok" }
        let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row -> String in
            let table: String = row["table"] ?? "?"
            let parent: String = row["parent"] ?? "?"
            let rowid: Int64? = row["rowid"]
            return "a row of \(table)\(rowid.map { " (rowid \($0))" } ?? "") refers to a missing row of \(parent)"
        }
        return quick + foreignKeys
    }
}
