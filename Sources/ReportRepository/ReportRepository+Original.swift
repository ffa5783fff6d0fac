// The original file kept with a revision: what a commit stores of it, and reading it back byte for byte.

import DocumentLayout
public import ReportModel
public import RevisionStore

/// What a commit keeps of a report's source: the blobs to store, the reference and diagnostics to record in the
/// revision, and why an original was not kept.
struct KeptSource {
    var reference: OriginalReference?
    var blobs: [EncodedObject] = []
    var diagnostics: [Diagnostic] = []
    var warnings: [CommitWarning] = []
    /// The revision the file was exported from, when it is a Word file Nianbao wrote (``ReportSource/basedOn``).
    var exportedFrom: ObjectID?

    /// Whether committing this over `current` changes nothing: the same document, and no other original than the
    /// one it keeps (a file committed again — the very same bytes, under whatever name — or a plain text, is
    /// unchanged; the same document from another Word or PDF file is a new revision that keeps that file, and says
    /// its text is unchanged, rv115 F11 — but not the Word file Nianbao made of `current` itself, sent back unedited).
    func isUnchanged(from current: Revision, root: ObjectID) -> Bool {
        current.root == root
            && (reference == nil || reference?.parts == current.content.original?.parts
                || exportedFrom == current.id)
    }
}

extension ReportRepository {
    /// What a commit keeps of a source: an original larger than ``OriginalFile/maxKeptBytes`` is not kept (the
    /// warning says so); the diagnostics always are.
    static func keptSource(_ source: ReportSource?) -> KeptSource {
        guard let source else { return KeptSource() }
        var kept = KeptSource(diagnostics: source.diagnostics)
        kept.exportedFrom = source.basedOn.flatMap(ObjectID.init(hex:))
        guard let original = source.original else { return kept }
        guard original.bytes.count <= OriginalFile.maxKeptBytes else {
            let megabytes = OriginalFile.maxKeptBytes / (1024 * 1024)
            kept.warnings.append(
                CommitWarning(
                    "原件 \(original.name) 大于 \(megabytes) MB，没有随修订保存（报告内容已照常提交）；需要时请另行保存原件",
                    english: "the original \(original.name) is larger than \(megabytes) MB and was not kept with the "
                        + "revision (the report itself was committed as usual); keep the original elsewhere if needed"))
            return kept
        }
        let cut = OriginalReference.cutting(original.bytes, name: original.name, format: original.format.rawValue)
        kept.reference = cut.reference
        kept.blobs = cut.blobs
        return kept
    }

    /// The original file of a revision, byte for byte: the .docx, PDF, web page or .doc/.wps it was committed from.
    ///
    /// - Parameters:
    ///   - ref: Which revision (see ``RevisionSelector``).
    ///   - scope: What the reader reaches: a REF outside it is answered as one that does not exist.
    /// - Returns: The revision and its original.
    /// - Throws: What ``resolve(_:scope:)`` throws; ``RepositoryError/noOriginal(_:revision:)`` for a revision that
    ///   keeps none (read from plain text, made by a merge, committed before originals were kept);
    ///   ``RepositoryError/store(_:)`` when a blob is missing or damaged.
    public func original(
        of ref: String, scope: AccessScope = .all
    ) async throws(RepositoryError) -> (
        revision: Revision, file: OriginalFile
    ) {
        let selector = try RevisionSelector(ref)
        return try await read { reader in
            let revision = try Resolver.resolve(selector, scope: scope, in: reader)
            guard let reference = revision.content.original else {
                throw RepositoryError.noOriginal(
                    revision.report, revision: revision.id, agencyName: Self.officeName(of: revision.report, in: reader)
                )
            }
            var bytes: [UInt8] = []
            var objects = reader.objectReader()
            for part in reference.parts {
                guard let object = try objects.object(part) else { throw StoreError.objectNotFound(part) }
                guard case .blob(let piece) = try object.decoded() else {
                    throw StoreError.damagedObject(part, detail: "it is not a blob")
                }
                bytes += piece
            }
            let format = DocumentFormat(rawValue: reference.format) ?? DocumentFormat.detect(bytes)
            return (revision, OriginalFile(name: reference.name, format: format, bytes: bytes))
        }
    }
}

extension OriginalReference {
    /// The format in Chinese, as pages show it (`Word 文档（.docx）`); the stored name for a format this program
    /// does not know.
    public var formatName: String {
        DocumentFormat(rawValue: format)?.displayName ?? format
    }

    /// The format in English, as the English pages show it (`Word document (.docx)`); the stored name for a format
    /// this program does not know.
    public var englishFormatName: String {
        DocumentFormat(rawValue: format)?.englishName ?? format
    }
}
