import ReportModel
import ReportRepository
import SyncClient

// `agencies` in `nianbao pull|sync --format json`: the offices the pull registered or renamed here
// (``AgencyRegisterChanges``), the JSON of the lines the text output prints under the pull's first line
// (本节点的单位：…, … 已改名为 …). Documented in Schema/sync-protocol.md ("CLI").

/// The offices a pull registered or renamed here.
struct AgencyChangesJSON: Encodable {
    /// An office the pull registered here.
    struct RegisteredJSON: Encodable {
        let id: String
        let name: String
        @NullEncodable var parent: String?
        /// One of this node's own offices (the token reaches it): the id its commits take. Text says only these.
        let own: Bool
    }

    /// An office the pull renamed here: its id, its name before and after.
    struct RenamedJSON: Encodable {
        let id: String
        let old: String
        let new: String
        /// Renamed by an agency merge the pull followed (said by `merges`; text leaves these out).
        let byMerge: Bool
    }

    let registered: [RegisteredJSON]
    let renamed: [RenamedJSON]

    init(_ pull: PullReport) {
        registered = pull.agencyChanges.registered.map {
            RegisteredJSON(id: $0.id, name: $0.name, parent: $0.parent, own: pull.isOwnOffice($0.id))
        }
        renamed = pull.agencyChanges.renamed.map {
            RenamedJSON(id: $0.id, old: $0.old, new: $0.new, byMerge: pull.isRenamedByMerge($0.id))
        }
    }
}
