// How a revision is named in what people read: 第 N 版, or its short id where the store has no numbers.

import ReportModel
import RevisionStore

extension ReportRepository {
    /// `第 N 版` (`version N`) for a revision, or its short id where the store has no numbers.
    func versionNames(of id: ObjectID) async throws(RepositoryError) -> BilingualText {
        let generations = try await read { reader in try reader.generations(of: [id]) }
        return BilingualText(
            Self.versionName(generations[id], id), english: Self.englishVersionName(generations[id], id))
    }

    /// `第 N 版` for a revision of a number, else `修订 ` and its short id.
    static func versionName(_ generation: Int?, _ id: ObjectID) -> String {
        generation.map { "第 \($0) 版" } ?? "修订 \(id.shortHex(12))"
    }

    /// `version N` for a revision of a number, else `revision ` and its short id.
    static func englishVersionName(_ generation: Int?, _ id: ObjectID) -> String {
        generation.map { "version \($0)" } ?? "revision \(id.shortHex(12))"
    }
}
