public import RevisionStore

/// What a pull changed in this node's register of agencies: the agencies it registered (a township's own office, at
/// its first pull) and those it renamed (the county's `agency rename`, 撤乡设镇), told by comparing the register
/// before and after. `pull` says them, where it would otherwise say only 已是最新 (rv118 M3, rv117 M11).
public struct AgencyRegisterChanges: Sendable, Hashable {
    /// An agency whose name changed: its id, its name before and after.
    public struct Rename: Sendable, Hashable {
        /// The agency's id.
        public var id: String
        /// Its name before.
        public var old: String
        /// Its name now.
        public var new: String
    }

    /// The agencies registered, by id.
    public var registered: [Agency] = []
    /// The agencies renamed, by id.
    public var renamed: [Rename] = []

    /// No change.
    public init() {}

    /// The changes from one register to another (each as ``ReportRepository/agencies()`` lists it).
    public init(from before: [Agency], to after: [Agency]) {
        let old = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for agency in after.sorted(by: { $0.id < $1.id }) {
            guard let earlier = old[agency.id] else {
                registered.append(agency)
                continue
            }
            if earlier.name != agency.name {
                renamed.append(Rename(id: agency.id, old: earlier.name, new: agency.name))
            }
        }
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { registered.isEmpty && renamed.isEmpty }
}
