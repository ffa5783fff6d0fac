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
        group.get("whoami") { _, context -> TokenIdentity in
            let access = try context.requireAccess()
            switch access.scope {
            case .all: return TokenIdentity(label: access.label, all: true, agencies: [])
            case .agencies(let ids): return TokenIdentity(label: access.label, all: false, agencies: ids.sorted())
            }
        }
    }
}

extension NodeInfo: ResponseEncodable {}
extension TokenIdentity: ResponseEncodable {}
