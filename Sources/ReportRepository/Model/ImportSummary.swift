public import ReportModel

/// What `import` did with each file of a folder.
public struct ImportSummary: Sendable, Hashable {
    /// A file that was committed, or that matched its report's draft.
    public struct Entry: Sendable, Hashable {
        /// The file's name.
        public var file: String
        /// The report it was committed to.
        public var report: ReportKey
        /// The agency name the report gives.
        public var agencyName: String
        /// The new revision, or the unchanged head.
        public var revision: ObjectID
        /// What the parser noticed (warnings with line numbers).
        public var diagnostics: Int

        /// Creates an entry.
        public init(file: String, report: ReportKey, agencyName: String, revision: ObjectID, diagnostics: Int) {
            self.file = file
            self.report = report
            self.agencyName = agencyName
            self.revision = revision
            self.diagnostics = diagnostics
        }
    }

    /// A file that was not imported, and why.
    public struct Failure: Sendable, Hashable {
        /// The file's name.
        public var file: String
        /// Why, for a person.
        public var reason: String

        /// Creates a failure.
        public init(file: String, reason: String) {
            self.file = file
            self.reason = reason
        }
    }

    /// Files committed as new revisions.
    public var imported: [Entry] = []
    /// Files equal to their report's draft: nothing was written.
    public var unchanged: [Entry] = []
    /// Files that were not imported, with the reason.
    public var failed: [Failure] = []
    /// Files left out because they are no report and never were meant as one — a spreadsheet, a batch export's notes
    /// (``BatchExportFiles``) — with what they are.
    public var skipped: [Failure] = []
    /// Things worth a look: two files of the folder that are the same report, a name that differs from the
    /// agency's.
    public var warnings: [String] = []
    /// The agencies this import registered because a report's name matched none, in the order met.
    public var newAgencies: [NewAgency] = []
    /// Another process held the repository: the file it was first met at and the files after it are listed as
    /// failed without each waiting for the lock in turn; running the import again goes on from there.
    public var stoppedBusy = false

    /// An agency an import registered.
    public struct NewAgency: Sendable, Hashable {
        /// Its new readable id.
        public var id: String
        /// Its name as the report wrote it.
        public var name: String
        /// Names of registered agencies close to it ("did you mean"), if any.
        public var suggestions: [String]

        /// Creates a record of a new agency.
        public init(id: String, name: String, suggestions: [String]) {
            self.id = id
            self.name = name
            self.suggestions = suggestions
        }
    }

    /// Creates an empty summary.
    public init() {}
}

/// Where an import is, for a progress bar.
public struct ImportProgress: Sendable, Hashable {
    /// Files done so far.
    public var completed: Int
    /// Files in all.
    public var total: Int
    /// The file being imported (or the last one, when all are done).
    public var file: String

    /// Creates a progress report.
    public init(completed: Int, total: Int, file: String) {
        self.completed = completed
        self.total = total
        self.file = file
    }
}
