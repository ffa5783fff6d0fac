import Foundation
import Hummingbird
import HummingbirdTesting
import ReportRepository
import SyncServer
import Testing

extension CLIWorkspace {
    /// Makes this workspace the county's node (县政务公开办) with a token for 常张乡's reports, serves it on 127.0.0.1
    /// with an ephemeral port, and gives `township` the remote `county` with that token; runs `body` with the port
    /// while the server runs (it stops when `body` returns or throws). The token's label is `label`, or without one
    /// the office's name, as `token create` gives it.
    func serveCounty(
        to township: CLIWorkspace, label: String? = "常张乡", _ body: @escaping @Sendable (Int) async throws -> Void
    ) async throws {
        try run(["init", "--node", "县政务公开办"])
        try run(["agency", "add", "changzhang", "--name", "常张乡人民政府", "--kind", "township"])
        let labelled = label.map { ["--label", $0] } ?? []
        let token = try run(["token", "create", "--agency", "changzhang", "--json"] + labelled).json()
        let secret = try #require(token["token"] as? String)
        let node = try ReportRepository.open(at: repository, logger: JSONShapeTests.logger)
        let app = buildNodeApplication(repository: node, configuration: .init(port: 0, logger: JSONShapeTests.logger))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            try await township.runServed(["remote", "add", "county", "http://127.0.0.1:\(port)", "--token", secret])
            try await body(port)
        }
    }
}
