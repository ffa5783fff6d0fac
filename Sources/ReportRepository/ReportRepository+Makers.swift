// Whose change each of some revisions is, as this node knows it (``ChangeMaker``): what each names, and who sent it
// here when another node brought it.

public import ReportDiff
public import ReportModel
public import RevisionStore

extension ReportRepository {
    /// Who made each of some revisions, as this node knows it (``ChangeMaker``), by revision.
    ///
    /// - Throws: ``RepositoryError/store(_:)`` when the store cannot be read.
    public func changeMakers(of revisions: [Revision]) async throws(RepositoryError) -> [ObjectID: ChangeMaker] {
        guard !revisions.isEmpty else { return [:] }
        let (receipts, pulled) = try await read { reader in
            let ids = revisions.map(\.id)
            return (try Self.receipts(of: ids, in: reader), try Self.pulledRevisions(among: ids, in: reader))
        }
        return Dictionary(
            revisions.map { revision in
                var maker = ChangeMaker(revision, receipt: receipts[revision.id])
                maker.wasPulled = pulled.contains(revision.id)
                return (revision.id, maker)
            },
            uniquingKeysWith: { first, _ in first })
    }

    /// Who made each of some revisions of a history (``RevisionInfo``, which names no node), by id.
    static func changeMakers(of revisions: [RevisionInfo], in reader: some StoreReading) throws -> [String: ChangeMaker]
    {
        let ids = revisions.compactMap { ObjectID(hex: $0.id) }
        let receipts = try receipts(of: ids, in: reader)
        let pulled = try pulledRevisions(among: ids, in: reader)
        return Dictionary(
            revisions.map { info in
                let id = ObjectID(hex: info.id)
                var maker = ChangeMaker(author: info.author, receipt: id.flatMap { receipts[$0] })
                maker.wasPulled = id.map(pulled.contains) ?? false
                return (info.id, maker)
            },
            uniquingKeysWith: { first, _ in first })
    }

    /// Those of some revisions this node pulled from one of its remotes (their receipt names the remote's node, as
    /// it names itself, or an older pull's remote name here), not ones a token's holder pushed here.
    static func pulledRevisions(among ids: [ObjectID], in reader: some StoreReading) throws -> Set<ObjectID> {
        let receipts = try reader.revisionReceipts(of: ids)
        guard !receipts.isEmpty else { return [] }
        let remotes = try reader.remoteNodeNames()
        let names = Set(remotes.keys).union(remotes.values)
        return Set(receipts.filter { names.contains($0.value.sender) }.keys)
    }

    /// Who made each of some revisions of the revision index (``RevisionHeader``, which names no node), by id.
    static func changeMakers(
        of headers: [RevisionHeader], in reader: some StoreReading
    ) throws -> [ObjectID: ChangeMaker] {
        let receipts = try receipts(of: headers.map(\.id), in: reader)
        return Dictionary(
            headers.map { ($0.id, ChangeMaker(author: $0.author, receipt: receipts[$0.id])) },
            uniquingKeysWith: { first, _ in first })
    }
}
