// What a revision keeps of the file it was read from: the original file's bytes (in blob objects) with its name and
// format, and the parser's diagnostics. Both are fields of the revision object, so the revision's id covers them
// and they travel with it; a revision without them encodes exactly as before they existed.

/// The original file of a revision: its name, its format and its bytes, cut into blob objects of at most
/// ``blobBytes`` each, in order.
public struct OriginalReference: Sendable, Hashable {
    /// The file's name as it was committed (`常张乡2024年报.docx`), without its folder.
    public var name: String
    /// The format it was read as: `docx`, `pdf`, `html` or `doc` (the raw values of `DocumentFormat`).
    public var format: String
    /// The blobs holding its bytes, in order.
    public var parts: [ObjectID]

    /// The most bytes one blob holds: 1 MiB, so that a blob always fits in a sync batch.
    public static let blobBytes = 1024 * 1024

    /// Creates a reference.
    public init(name: String, format: String, parts: [ObjectID]) {
        self.name = name
        self.format = format
        self.parts = parts
    }

    /// Cuts a file's bytes into blobs and names them: the blobs to store (every one, in order, duplicates
    /// included) and the reference to keep in the revision.
    public static func cutting(
        _ bytes: [UInt8], name: String, format: String
    ) -> (
        reference: OriginalReference, blobs: [EncodedObject]
    ) {
        let blobs = stride(from: 0, to: bytes.count, by: blobBytes).map { start in
            EncodedObject(.blob(Array(bytes[start..<min(bytes.count, start + blobBytes)])))
        }
        return (OriginalReference(name: name, format: format, parts: blobs.map(\.id)), blobs)
    }
}

extension RevisionContent {
    /// Writes the fields of the source: `original NAME FORMAT blob:…` and one `diagnostic` per diagnostic
    /// (`Schema/canonical-encoding.md`).
    func encodeSource(into writer: inout CanonicalWriter) {
        if let original {
            writer.field(
                "original",
                [.text(original.name), .text(original.format)] + original.parts.map { .reference(.blob, $0) })
        }
        for diagnostic in diagnostics {
            let subject = diagnostic.subject
            writer.field(
                "diagnostic", .text(diagnostic.severity.rawValue), .optional(diagnostic.line.map(String.init)),
                .text(diagnostic.code.rawValue), .text(diagnostic.message),
                .optional(subject?.table.map(String.init)), .optional(subject?.row), .optional(subject?.column),
                .optional(subject?.text))
        }
    }

    /// A diagnostic as the encoding keeps it: a subject without any field is no subject.
    static func stored(_ diagnostic: Diagnostic) -> Diagnostic {
        guard let subject = diagnostic.subject, subject == DiagnosticSubject() else { return diagnostic }
        var stored = diagnostic
        stored.subject = nil
        return stored
    }
}

extension FieldCursor {
    /// The `original` field of a revision, if it has one.
    mutating func original() throws(ModelError) -> OriginalReference? {
        guard let values = try values("original") else { return nil }
        guard values.count >= 3, case .text(let name) = values[0], case .text(let format) = values[1] else {
            throw failure("`original` is a name, a format and the file's blobs")
        }
        var parts: [ObjectID] = []
        for value in values.dropFirst(2) {
            guard case .reference(.blob, let id) = value else { throw failure("`original` refers to blobs only") }
            parts.append(id)
        }
        return OriginalReference(name: name, format: format, parts: parts)
    }

    /// The `diagnostic` fields of a revision.
    mutating func diagnostics() throws(ModelError) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        while let values = try values("diagnostic") {
            guard values.count == 8, let severity = Severity(rawValue: text(values[0]) ?? ""),
                let code = DiagnosticCode(rawValue: text(values[2]) ?? ""), let message = text(values[3])
            else { throw failure("`diagnostic` is a severity, a line, a known code, a message and a subject") }
            let line = try number(values[1])
            let table = try number(values[4])
            let subject = DiagnosticSubject(
                table: table, row: text(values[5]), column: text(values[6]), text: text(values[7]))
            diagnostics.append(
                Diagnostic(
                    severity, line: line, code: code, message,
                    subject: subject == DiagnosticSubject() ? nil : subject))
        }
        return diagnostics
    }

    private func text(_ value: CanonicalValue) -> String? {
        if case .text(let text) = value { text } else { nil }
    }

    private func number(_ value: CanonicalValue) throws(ModelError) -> Int? {
        guard case .text(let text) = value else { return nil }
        guard let number = Int(text) else { throw failure("`\(text)` is not a number") }
        return number
    }
}
