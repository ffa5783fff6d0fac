public import Hummingbird
import ReportRepository
import RevisionStore
public import SyncAPI

/// `GET /v1/info` (open to all) and `GET /v1/whoami` (the token's reach).
struct InfoRoutes {
    let repository: ReportRepository

    func add(to group: RouterGroup<NodeRequestContext>) {
        group.get("info") { _, _ -> NodeInfo in
            let node = try await NodeError.repository { () async throws(RepositoryError) in
                try await repository.nodeName()
            }
            return NodeInfo(
                protocolVersion: SyncProtocol.version, node: node, maxBodyBytes: SyncProtocol.maxBodyBytes,
                maxObjectsPerBatch: SyncProtocol.maxObjectsPerBatch)
        }
        // (with the names of the token's own agencies and whether it may write: `remote add` says what a token
        // typed may do, rv117 M8)
        group.get("whoami") { _, context -> TokenIdentity in
            let access = try context.requireAccess()
            let mayWrite = PersonRules.may(PersonRules.role(ofToken: access), .edit)
            switch access.scope {
            case .all: return TokenIdentity(label: access.label, all: true, agencies: [], mayWrite: mayWrite)
            case .agencies(let ids):
                let known = try await NodeError.repository { () async throws(RepositoryError) in
                    try await repository.agencyNames()
                }
                let sorted = ids.sorted()
                return TokenIdentity(
                    label: access.label, all: false, agencies: sorted, names: sorted.map { known[$0] ?? $0 },
                    mayWrite: mayWrite)
            }
        }
    }
}

extension NodeInfo: ResponseEncodable {}
extension TokenIdentity: ResponseEncodable {}
