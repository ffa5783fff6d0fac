import Foundation
import ReportFixtures
import ReportRepository

/// A county node and a township node (常张乡, with a token of its own for changzhang) and where the county's backup
/// goes: the scene of the tests of a county restored from its backup. `remove()` it when done.
struct RestoreScene: Sendable {
    let county: TestNode
    let township: TestNode
    /// The township's token.
    let token: String
    /// The county's backup file.
    let backup: String

    /// Sets the scene.
    init() async throws {
        county = try TestNode("county")
        township = try TestNode("常张乡")
        backup = county.folder.path("备份.sqlite").path
        do {
            token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        } catch {
            county.remove()
            township.remove()
            throw error
        }
    }

    /// Removes both nodes.
    func remove() {
        county.remove()
        township.remove()
    }
}
