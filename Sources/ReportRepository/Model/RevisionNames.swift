public import Foundation
public import ReportModel
public import RevisionStore

/// How revisions shown together are told apart, on the pages and on the command line alike (a conflict's two sides
/// and their base, a history's rows, the two sides of a diff, the draft and a mark in `reports`): by number (第 N 版,
/// the generation, the same on every node), and where two of them share the number — made side by side from one
/// parent, as the two sides of a sync conflict, or a copy an agency merge made without parents — by the office (the
/// node it was made on) and the person who made each too: `第 6 版（常张乡 李明）` beside `第 6 版（县政务公开办
/// 王审核）`; one of another report than the one shown (the old id's text an agency merge started from), by that
/// report too; where those are the same too, by when it was made, and where that is the same minute too, by the
/// first digits of its id (the one thing left). The office is left out where it bears
/// the person's name (``Revision/distinctNode``).
public enum RevisionNames {
    /// Who made a revision and where: `常张乡 李明`, or the author alone where the node bears that name.
    public static func maker(_ revision: Revision) -> String {
        revision.distinctNode.map { "\($0) \(revision.content.author)" } ?? revision.content.author
    }

    /// What tells each of some revisions apart from the others of its number among them: nothing for one whose
    /// number no other of them has (or without a number); its maker (``maker(_:)``) for one that shares it, after its
    /// report's name when it is of another report than `shown`; and its time (`县政务公开办 王审核，2025-01-08 17:30`)
    /// where another of its number reads the same so far.
    ///
    /// - Parameters:
    ///   - revisions: The revisions shown together (one listed twice counts once).
    ///   - generations: Their numbers.
    ///   - shown: The report they are shown as revisions of, if one.
    ///   - reportName: How the caller names another report than `shown`.
    ///   - time: How the caller writes a time (Beijing time).
    ///   - language: The language of the words between (`，`, `修订`): the process's (``Language/current``) unless a
    ///     page says otherwise; in English `, ` and `revision`.
    /// - Returns: The words for each revision that needs them, by id.
    public static func distinctions(
        _ revisions: [Revision], generations: [ObjectID: Int], shown: ReportKey? = nil,
        reportName: (ReportKey) -> String = { $0.description }, time: (Date) -> String = { BeijingTime.minute($0) },
        language: Language = .current
    ) -> [ObjectID: String] {
        let comma = language == .english ? ", " : "，"
        var sharing: [Int: [Revision]] = [:]
        var seen: Set<ObjectID> = []
        for revision in revisions where seen.insert(revision.id).inserted {
            if let generation = generations[revision.id] { sharing[generation, default: []].append(revision) }
        }
        var words: [ObjectID: String] = [:]
        for group in sharing.values where group.count > 1 {
            func who(_ revision: Revision) -> String {
                guard let shown, revision.report != shown else { return maker(revision) }
                return "\(reportName(revision.report))\(comma)\(maker(revision))"
            }
            func when(_ revision: Revision) -> String { "\(who(revision))\(comma)\(time(revision.content.time))" }
            for revision in group {
                let said = who(revision)
                guard group.contains(where: { $0.id != revision.id && who($0) == said }) else {
                    words[revision.id] = said
                    continue
                }
                let dated = when(revision)
                // (two computers of one office, one person, one minute: only the revision's own name tells them apart)
                let twin = group.contains { $0.id != revision.id && when($0) == dated }
                let named = (language == .english ? "revision " : "修订 ") + revision.id.shortHex(8)
                words[revision.id] = twin ? dated + comma + named : dated
            }
        }
        return words
    }
}
