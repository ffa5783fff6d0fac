import Testing

@testable import RevisionStore

/// What a remembered token reach says back: the one home of reading the key ``RemoteSyncState/identityKey(all:agencies:epoch:)``
/// writes (the `reports` listing of what a remote lacks reads it).
@Suite struct RemoteIdentityTests {
    @Test(arguments: [
        (false, ["changzhang", "dazhuang"], nil as String?), (false, ["changzhang"], "E1"), (false, [], "E2"),
        (false, [], nil),
    ])
    func anAgencyReachReadsBack(all: Bool, agencies: [String], epoch: String?) {
        let key = RemoteSyncState.identityKey(all: all, agencies: agencies, epoch: epoch)
        #expect(RemoteSyncState.agencies(ofIdentity: key) == Set(agencies))
    }

    @Test func aCountyReachReadsAsEveryAgency() {
        #expect(RemoteSyncState.agencies(ofIdentity: RemoteSyncState.identityKey(all: true, agencies: [])) == nil)
        #expect(
            RemoteSyncState.agencies(ofIdentity: RemoteSyncState.identityKey(all: true, agencies: [], epoch: "E"))
                == nil)
    }
}
