// Revision messages as people read them: Nianbao's own restore and merge notices only where the revision bears them
// out (rr99 F4), read from the store here so that every page and command reads them by one rule (``ShownMessage``).

import Foundation
public import ReportModel
public import RevisionStore

extension ReportRepository {
    /// Some revisions' messages as the pages and commands show them (``ShownMessage``): a restore notice is checked
    /// against the revisions of its report with the same text, a merge notice against the revision's parents.
    ///
    /// - Returns: Each revision's message by id; when the store cannot be read, each is treated as typed by a person
    ///   (shown as stored, no notice announced).
    public func shownMessages(of revisions: [Revision]) async -> [ObjectID: ShownMessage] {
        let read = try? await read { reader -> [ObjectID: ShownMessage] in
            var shown: [ObjectID: ShownMessage] = [:]
            for revision in revisions {
                guard case .restore? = ShownMessage.claim(of: revision.content.message) else {
                    shown[revision.id] = ShownMessage(revision)
                    continue
                }
                let ids = try reader.revisions(of: revision.report, withRoot: revision.root)
                let generations = try reader.generations(of: ids)
                let sameText = try ids.compactMap { id in
                    try reader.revision(id).map { (revision: $0, generation: generations[id]) }
                }
                shown[revision.id] = ShownMessage(revision, sameText: sameText)
            }
            return shown
        }
        return read ?? Dictionary(revisions.map { ($0.id, ShownMessage($0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// A revision's message as the pages and commands show it (``shownMessages(of:)``).
    public func shownMessage(of revision: Revision) async -> ShownMessage {
        await shownMessages(of: [revision])[revision.id] ?? ShownMessage(revision)
    }
}
