public import ReportModel

/// Why the store could not do what was asked. Every case says, for a person, what happened and what to do.
///
/// SQLite's errors are translated into these cases at the store boundary (``RevisionStore/write(_:)``,
/// ``RevisionStore/read(_:)``); callers never see a raw database error.
public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// No repository file at the path.
    case repositoryNotFound(path: String)
    /// `init` was asked to create a repository where one already is.
    case repositoryExists(path: String)
    /// The file exists but is not a nianbao repository (another SQLite file, a text file, an empty file).
    case notARepository(path: String, reason: String)
    /// The file was written by a newer nianbao whose schema this program does not know.
    case newerSchema(path: String, found: Int, known: Int, migrations: [String])
    /// Another process holds the write lock for longer than the store waits.
    case busy
    /// The file or its folder cannot be written (permissions, a read-only disk).
    case readOnly(path: String)
    /// The file or its folder cannot be opened at all.
    case cannotOpen(path: String)
    /// The disk is full.
    case diskFull
    /// The repository's `-shm` file was removed, replaced, shrunk or made read-only under a running process, which
    /// can no longer write safely (see `SharedMemoryWatch`).
    case sharedMemoryLost(path: String)
    /// SQLite found the file damaged.
    case corruptFile(path: String, detail: String)
    /// A `-wal` file lies beside a repository file that is not in WAL mode — a backup (or another copy) put in place
    /// of the repository, with the log the last run left beside it. SQLite would lay that log's pages over the copy;
    /// the file is not opened (``RevisionStore/checkFile(_:)``).
    case strayLog(path: String)
    /// An object's bytes were refused: they do not hash to their name, or are not a canonical object.
    case invalidObject(ObjectID, ModelError)
    /// An object refers to another object the store does not have.
    case missingReference(ObjectID, referencedBy: ObjectID)
    /// An object refers to another object of another kind than the reference says.
    case wrongReferenceKind(ObjectID, expected: ObjectKind, found: ObjectKind, referencedBy: ObjectID)
    /// No object with this id.
    case objectNotFound(ObjectID)
    /// No revision with this id.
    case revisionNotFound(ObjectID)
    /// A revision names as its parent something that is not a revision of the same report.
    case foreignParent(ObjectID, parent: ObjectID)
    /// A ref was asked to point to a revision of another report.
    case revisionOfAnotherReport(ObjectID, expected: ReportKey, found: ReportKey)
    /// A ref moved since the caller read it (compare-and-swap failed).
    case refMoved(ReportKey, ref: RefName, expected: ObjectID?, found: ObjectID?)
    /// A stored object could not be read back (fsck will say more). `detail` is in English, said only in English
    /// (the Chinese message leaves it to `nianbao fsck`).
    case damagedObject(ObjectID, detail: String)
    /// Stored content could not be put back together (a missing or damaged object, an unknown template).
    case unreadableContent(ModelError)
    /// The store's own tables disagree with each other (an object row named by another table is missing, a kind
    /// code or hash length is not one the store writes): the file was changed outside nianbao. `detail` is in
    /// English, said only in English.
    case damagedIndex(detail: String)
    /// `gc` found the store damaged (``FsckReport``: how many problems, and the first) and removed nothing: a
    /// damaged object can name other children than its own, and the objects its true content needs would go.
    case collectionRefused(problems: Int, first: String)
    /// A schema file this program needs was not built into it: the program itself is broken.
    case schemaNotBuiltIn(name: String)
    /// Any other SQLite error, with SQLite's code and message.
    case database(code: Int32, message: String)
    /// A failure that is none of the above (a program error, never the user's): its description.
    case unexpected(String)

    var englishDescription: String {
        switch self {
        case .repositoryNotFound(let path):
            "There is no nianbao repository at \(path). Create one with `nianbao init`, or give its path with --repo."
        case .repositoryExists(let path):
            "A nianbao repository already exists at \(path); nothing was changed."
        case .notARepository(let path, let reason):
            "\(path) is not a nianbao repository (\(reason)); nothing was changed."
        case .newerSchema(let path, let found, let known, let migrations):
            "The repository \(path) was written by a newer version of nianbao (schema version \(found)"
                + (migrations.isEmpty ? "" : ", with \(migrations.joined(separator: ", "))")
                + "); this program knows schema version \(known) only. Install the newer nianbao to use it;"
                + " nothing was changed."
        case .busy:
            "The repository is busy: another nianbao is writing to it. Try again in a moment."
        case .readOnly(let path):
            "The repository \(path) cannot be written: check that you may write to the file and its folder."
        case .cannotOpen(let path):
            "The repository \(path) cannot be opened: its folder cannot be made, or this account may not enter or read"
                + " it (when the repository is there, ask for permission to read it rather than making another)."
        case .diskFull:
            "The disk is full: free some space and try again; nothing was changed."
        case .sharedMemoryLost(let path):
            "Another program removed, replaced or locked the file \(path)-shm while this process had the repository"
                + " open: it serves what it has read but stores nothing until it is restarted; nothing was changed."
        case .strayLog(let path):
            "Beside the repository \(path) lies \(path)-wal, a log a previous run left for another file: the repository"
                + " is a copy not in WAL mode (most likely a backup just put in its place). It was not opened, so that its"
                + " pages are not mixed with that log's. Stop every nianbao program using it, move \(path)-wal and"
                + " \(path)-shm into another folder (keep them, do not delete them), and try again; nothing was changed."
        case .corruptFile(let path, let detail):
            "The repository \(path) is damaged so that SQLite cannot read it (\(detail)), nor can `nianbao fsck`:"
                + " copy the file aside, then put the latest backup in its place (`nianbao help backup` says how)."
        case .invalidObject(let id, let error):
            "Object \(id.hex) was refused: \(error)"
        case .missingReference(let id, let parent):
            "Object \(parent.hex) refers to object \(id.hex), which the repository does not have."
        case .wrongReferenceKind(let id, let expected, let found, let parent):
            "Object \(parent.hex) refers to \(id.hex) as a \(expected.rawValue), but it is a \(found.rawValue)."
        case .objectNotFound(let id):
            "The repository has no object \(id.hex)."
        case .revisionNotFound(let id):
            "The repository has no revision \(id.hex)."
        case .foreignParent(let id, let parent):
            "Revision \(id.hex) was refused: its parent \(parent.hex) is not a revision of the same report"
                + " (a revision's parents are always earlier revisions of its own agency and year)."
        case .revisionOfAnotherReport(let id, let expected, let found):
            "Revision \(id.shortHex()) belongs to the report \(found), not to \(expected)."
        case .refMoved(let report, let ref, let expected, let found):
            "The \(ref) of \(report) moved meanwhile (expected \(expected?.shortHex() ?? "none"),"
                + " found \(found?.shortHex() ?? "none")); nothing was changed. Try again."
        case .damagedObject(let id, let detail):
            "The stored object \(id.hex) is damaged (\(detail)). Run `nianbao fsck`."
        case .unreadableContent(let error):
            "The repository holds content this program cannot read: \(error). Run `nianbao fsck`."
        case .damagedIndex(let detail):
            "The repository's tables are damaged (\(detail)). Run `nianbao fsck` and restore it from a backup."
        case .collectionRefused(let problems, let first):
            "gc removed nothing: `nianbao fsck` finds \(problems) problem\(problems == 1 ? "" : "s") in the repository"
                + " (the first: \(first)), and a damaged object could make gc remove what the reports still need."
                + " Copy the repository file aside, run `nianbao fsck` and do what it says; gc works again once fsck"
                + " finds nothing."
        case .schemaNotBuiltIn(let name):
            "This nianbao was built without its schema file \(name).sql: reinstall nianbao; nothing was changed."
        case .database(let code, let message):
            "The repository could not be used (SQLite error \(code): \(message))."
        case .unexpected(let description):
            "The repository could not be used (\(description)); nothing was changed."
        }
    }
}
