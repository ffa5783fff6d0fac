import Foundation
import RevisionStore

/// Which agency id `import` gives a report, read from a tab-separated file (`agencies.tsv` in the imported folder,
/// or the file given with `--map`).
///
/// One line per agency: `NAME-OR-FILE<TAB>ID[<TAB>PARENT-ID]`. The first column is either a report file's name
/// (`常张乡2024.txt`) or an agency name as reports write it (compared after ``AgencyNaming/normalized(_:)``). Blank
/// lines and lines starting with `#` are skipped. A file name wins over an agency name.
public struct AgencyMapping: Sendable, Hashable {
    /// What a line gives.
    public struct Entry: Sendable, Hashable {
        /// The agency id.
        public var id: String
        /// The parent agency's id, if given.
        public var parent: String?

        /// Creates an entry.
        public init(id: String, parent: String? = nil) {
            self.id = id
            self.parent = parent
        }
    }

    /// The file name `import` looks for in the folder it imports.
    public static let fileName = "agencies.tsv"

    private var byKey: [String: Entry] = [:]
    private var byName: [String: Entry] = [:]

    /// An empty mapping: every id is derived from the agency's name.
    public init() {}

    /// Reads a mapping file.
    ///
    /// - Throws: ``RepositoryError/unreadableFile(path:)`` or ``RepositoryError/badMapping(file:line:reason:)``.
    public init(contentsOf path: String) throws(RepositoryError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadableFile(path: path) }
        try self.init(parsing: String(decoding: data, as: UTF8.self), file: path)
    }

    /// Reads mapping text.
    ///
    /// - Throws: ``RepositoryError/badMapping(file:line:reason:)`` for a line without two columns, an invalid id, or a
    ///   name given twice.
    public init(parsing text: String, file: String) throws(RepositoryError) {
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: CharacterSet(charactersIn: "\r\u{FEFF}"))
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard columns.count >= 2, columns.count <= 3, !columns[0].isEmpty else {
                throw .badMapping(file: file, line: index + 1, reason: "expected two or three tab-separated columns")
            }
            guard Agency.isValidID(columns[1]) else {
                throw .badMapping(file: file, line: index + 1, reason: "`\(columns[1])` is not a valid agency id")
            }
            let parent = columns.count == 3 && !columns[2].isEmpty ? columns[2] : nil
            if let parent, !Agency.isValidID(parent) {
                throw .badMapping(file: file, line: index + 1, reason: "`\(parent)` is not a valid agency id")
            }
            guard byKey[columns[0]] == nil else {
                throw .badMapping(file: file, line: index + 1, reason: "`\(columns[0])` is given twice")
            }
            let entry = Entry(id: columns[1], parent: parent)
            byKey[columns[0]] = entry
            byName[AgencyNaming.normalized(columns[0])] = entry
        }
    }

    /// The entry for a report file: by its file name, else by the agency name it gives.
    public func entry(file: String, agencyName: String?) -> Entry? {
        byKey[file] ?? agencyName.flatMap { byName[AgencyNaming.normalized($0)] }
    }

    /// Every id the mapping gives, with the parent ids (for checks).
    public var ids: Set<String> { Set(byKey.values.map(\.id)) }

    /// This mapping with another's lines added; the other's win.
    public func merging(_ other: AgencyMapping) -> AgencyMapping {
        var merged = self
        merged.byKey.merge(other.byKey) { $1 }
        merged.byName.merge(other.byName) { $1 }
        return merged
    }

    /// Whether the mapping has no line.
    public var isEmpty: Bool { byKey.isEmpty }
}
