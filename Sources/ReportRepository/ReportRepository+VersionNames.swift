// How a revision is named in what people read: 第 N 版, or its short id where the store has no numbers.

public import ReportModel
public import RevisionStore

extension ReportRepository {
    /// `第 N 版` (`version N`) for a revision, or its short id where the store has no numbers.
    func versionNames(of id: ObjectID) async throws(RepositoryError) -> BilingualText {
        let generations = try await read { reader in try reader.generations(of: [id]) }
        return Self.versionNames(generations[id], id)
    }

    /// ``versionName(_:_:)`` and ``englishVersionName(_:_:)`` together.
    static func versionNames(_ generation: Int?, _ id: ObjectID) -> BilingualText {
        BilingualText(versionName(generation, id), english: englishVersionName(generation, id))
    }

    /// `第 N 版` for a revision of a number, else `修订 ` and its short id.
    static func versionName(_ generation: Int?, _ id: ObjectID) -> String {
        generation.map { "第 \($0) 版" } ?? "修订 \(id.shortHex(12))"
    }

    /// `version N` for a revision of a number, else `revision ` and its short id.
    static func englishVersionName(_ generation: Int?, _ id: ObjectID) -> String {
        generation.map { "version \($0)" } ?? "revision \(id.shortHex(12))"
    }

    /// What tells a revision apart from the others of its report that share its number (``RevisionNames``): the office
    /// and person who made it (`常张乡 常张乡党政办`) — the two sides of a sync conflict are both 第 2 版 — or `nil` when
    /// no other revision has its number (or it has none). A file named after the version (下载 Word) says it, so that
    /// the two sides' files do not share one name (rv109 F9).
    ///
    /// - Parameters:
    ///   - revision: A revision of the report.
    ///   - language: The language of the words between (`，`).
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func sharedNumberDistinction(
        of revision: Revision, language: Language = .chinese
    ) async throws(RepositoryError) -> String? {
        try await read { reader -> String? in
            guard let generation = try reader.generations(of: [revision.id])[revision.id] else { return nil }
            let sharing = try reader.revisions(of: revision.report, generation: generation)
            guard sharing.contains(where: { $0 != revision.id }) else { return nil }
            let revisions = try sharing.map { try reader.requireRevision($0) }
            return RevisionNames.distinctions(
                revisions, generations: Dictionary(uniqueKeysWithValues: sharing.map { ($0, generation) }),
                shown: revision.report, language: language
            )[revision.id]
        }
    }
}
