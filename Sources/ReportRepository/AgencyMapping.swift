import Foundation
import RevisionStore

/// Which agency id `import` gives a report, read from a tab-separated file (`agencies.tsv` in the imported folder,
/// or the file given with `--map`).
///
/// One line per agency: `NAME-OR-FILE<TAB>ID[<TAB>PARENT-ID]` (``AgencyListLine``, the format `agency add --from`
/// reads too). The first column is either a report file's name (`常张乡2024.txt`) or an agency name as reports write
/// it (compared after ``AgencyNaming/normalized(_:)``). A file name wins over an agency name.
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
    /// - Throws: ``RepositoryError/unreadableFile(path:)`` or ``RepositoryError/badMapping(file:line:problem:)``.
    public init(contentsOf path: String) throws(RepositoryError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadableFile(path: path) }
        try self.init(parsing: String(decoding: data, as: UTF8.self), file: path)
    }

    /// Reads mapping text.
    ///
    /// - Throws: ``RepositoryError/badMapping(file:line:problem:)`` for a line without two columns, an invalid id, or a
    ///   name given twice.
    public init(parsing text: String, file: String) throws(RepositoryError) {
        let lines: [AgencyListLine]
        do {
            lines = try AgencyListLine.lines(of: text, idRequired: true)
        } catch {
            throw .badMapping(file: file, line: error.line, problem: error.problem)
        }
        for line in lines {
            let entry = Entry(id: line.id ?? "", parent: line.parent)
            byKey[line.name] = entry
            byName[AgencyNaming.normalized(line.name)] = entry
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
