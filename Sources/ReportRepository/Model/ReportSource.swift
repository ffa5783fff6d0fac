public import DocumentLayout
public import ReportModel
public import ReportParser

/// What a revision keeps of the file its report was read from: the parser's diagnostics, and the file itself when
/// it is a .docx, PDF, web page or .doc/.wps (a plain text file is not kept: its text is the revision's).
public struct ReportSource: Sendable, Hashable {
    /// What the parser noticed reading the file.
    public var diagnostics: [Diagnostic]
    /// The file, when it is kept.
    public var original: OriginalFile?
    /// The revision the file was exported from, as a Word file Nianbao wrote says (``ParseResult/exportedRevision``):
    /// the commit merges what changed in the draft since (``ReportRepository/rebased(_:to:basedOn:author:force:)``).
    public var basedOn: String?
    /// The text is an earlier revision's, put back on purpose (``ReportRepository/restore(_:author:scope:time:audit:refusingPublished:)``):
    /// committed as it is, never merged with what changed since nor refused for undoing others' changes or for naming
    /// another office (the report accepted it once). Only `restore` sets it, which takes the revision from the
    /// report it restores: no other caller may pass a file by that door (internal, not public).
    var restoresEarlierText = false
    /// The draft the page the file was sent from showed (the upload form's `draft`): for a file that names no
    /// revision, what the draft changed since is merged with it, and where both changed a place it is refused
    /// (``RepositoryError/changedSincePageShown(_:shown:now:authors:places:agencyName:)``): two people uploading at
    /// once never lay one file over the other unseen.
    public var shownDraft: ObjectID?
    /// The name of the file (without its folder), when the text was read from one: the year it states is told
    /// beside the text's when the text is refused for another year's (``ReportMismatch/fileNameYear``).
    public var fileName: String?

    /// Creates a source.
    public init(diagnostics: [Diagnostic], original: OriginalFile? = nil) {
        self.diagnostics = diagnostics
        self.original = original
    }

    /// The source of a parsed file: its diagnostics, and its bytes unless it is plain text.
    ///
    /// - Parameters:
    ///   - parsed: What the parser read from the file.
    ///   - bytes: The file's bytes.
    ///   - name: The file's name, without its folder.
    public init(parsed: ParseResult, bytes: [UInt8], name: String) {
        self.diagnostics = parsed.diagnostics
        self.original = parsed.format == .text ? nil : OriginalFile(name: name, format: parsed.format, bytes: bytes)
        self.basedOn = parsed.exportedRevision
        self.fileName = name
    }
}

/// An original file: a .docx, PDF, web page or .doc/.wps a revision was read from, byte for byte.
public struct OriginalFile: Sendable, Hashable {
    /// Its name, without its folder.
    public var name: String
    /// The format it was read as.
    public var format: DocumentFormat
    /// Its bytes.
    public var bytes: [UInt8]

    /// The largest original kept with a revision: 12 MiB, so that a revision with its original always fits in one
    /// sync pack (16 MiB). A larger file is committed without its original, with a warning.
    public static let maxKeptBytes = 12 * 1024 * 1024

    /// Creates an original file.
    public init(name: String, format: DocumentFormat, bytes: [UInt8]) {
        self.name = name
        self.format = format
        self.bytes = bytes
    }

    /// The format in Chinese, as pages show it (`Word 文档（.docx）`).
    public var formatName: String { format.displayName }

    /// The extension of the format (`docx`, `pdf`, `html`, `doc`), for a file name.
    public var fileExtension: String { format.rawValue }

    /// The MIME type a download gives it.
    public var mediaType: String {
        switch format {
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .pdf: "application/pdf"
        case .html: "text/html"
        case .legacyWord: "application/msword"
        case .text: "text/plain"
        }
    }
}
