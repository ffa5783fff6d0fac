// Agencies and agency merges as both ends of the wire say them.

import Foundation
public import ReportRepository
public import SyncAPI

extension WireAgency {
    /// An agency as the protocol says it: its aliases only when it has some.
    public init(_ agency: Agency) {
        self.init(
            id: agency.id, name: agency.name, parent: agency.parent, kind: agency.kind,
            aliases: agency.aliases.isEmpty ? nil : agency.aliases)
    }
}

extension Agency {
    /// An agency another node named.
    public init(_ wire: WireAgency) {
        self.init(id: wire.id, name: wire.name, parent: wire.parent, kind: wire.kind, aliases: wire.aliases ?? [])
    }
}

extension WireAgencyMerge {
    /// A merge as the protocol says it.
    public init(_ merge: AgencyMerge) {
        self.init(agency: merge.agency, into: merge.into, merged: Int64(merge.merged.timeIntervalSince1970))
    }
}

extension AgencyMerge {
    /// A merge another node listed.
    public init(_ wire: WireAgencyMerge) {
        self.init(agency: wire.agency, into: wire.into, merged: WireTime.listedDate(wire.merged))
    }
}
