import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import ReportFixtures
import ReportRepository
import RevisionStore
import SyncAPI
import SyncServer
import Testing

/// Tokens: issued once, stored hashed, checked on every request; a wrong or missing one gets 401 and changes nothing.
@Suite struct AccessTests {
    static let logger = Logger(label: "test")

    static func repository() async throws -> (ReportRepository, TemporaryDirectory) {
        let folder = try TemporaryDirectory()
        let repository = try ReportRepository.create(
            at: folder.path("repository.sqlite").path, node: "county", logger: logger)
        return (repository, folder)
    }

    @Test func tokensAreStoredHashedAndRevocable() async throws {
        let (repository, folder) = try await Self.repository()
        defer { folder.remove() }
        // Given a township token
        let issued = try await repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"])
        #expect(issued.secret.hasPrefix("nbt_"))
        // Then the file does not hold the secret, only what it reaches
        let bytes = try Data(contentsOf: folder.path("repository.sqlite"))
        #expect(bytes.range(of: Data(issued.secret.utf8)) == nil)
        #expect(try await repository.authenticate(issued.secret)?.scope == .agencies(["changzhang"]))
        #expect(try await repository.authenticate(issued.secret + "x") == nil)
        // When it is revoked, it opens nothing
        try await repository.revokeToken(id: issued.token.id)
        #expect(try await repository.authenticate(issued.secret) == nil)
        await #expect(throws: RepositoryError.tokenNotFound(id: issued.token.id)) {
            try await repository.revokeToken(id: issued.token.id)
        }
        await #expect(throws: RepositoryError.tokenWithoutScope) {
            try await repository.issueToken(label: "x", scope: .agencies([]))
        }
    }

    @Test func requestsWithoutAValidTokenGet401() async throws {
        let (repository, folder) = try await Self.repository()
        defer { folder.remove() }
        let township = try await repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"])
        let app = buildNodeApplication(repository: repository, configuration: .init(port: 0, logger: Self.logger))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/info", method: .get) { response in
                #expect(response.status == .ok)
                let info = try JSONDecoder().decode(NodeInfo.self, from: Data(response.body.readableBytesView))
                #expect(info.node == "county")
                #expect(info.protocolVersion == 2)
                #expect(info.compression == ["zstd"])
            }
            try await client.execute(uri: "/v1/whoami", method: .get) { response in
                #expect(response.status == .unauthorized)
                let body = try JSONDecoder().decode(ErrorBody.self, from: Data(response.body.readableBytesView))
                #expect(body.error == "unauthorized")
            }
            try await client.execute(
                uri: "/v1/whoami", method: .get, headers: [.authorization: "Bearer nbt_not-a-token"]
            ) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(
                uri: "/v1/whoami", method: .get, headers: [.authorization: "Bearer \(township.secret)"]
            ) { response in
                #expect(response.status == .ok)
                let identity = try JSONDecoder().decode(TokenIdentity.self, from: Data(response.body.readableBytesView))
                #expect(identity.label == "常张乡" && !identity.all && identity.agencies == ["changzhang"])
                // (the names of its agencies, one each, and whether it writes: what `remote add` says of it)
                #expect(identity.names?.count == 1 && identity.mayWrite == true)
            }
            // A cookie holding the token opens nothing: the web pages' cookie holds a session id the node issued.
            try await client.execute(
                uri: "/v1/whoami", method: .get, headers: [.cookie: "nianbao_token=\(township.secret)"]
            ) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(
                uri: "/v1/whoami", method: .get, headers: [.cookie: "\(SyncProtocol.sessionCookie)=\(township.secret)"]
            ) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func remotesNeedAnHTTPAddress() async throws {
        let (repository, folder) = try await Self.repository()
        defer { folder.remove() }
        try await repository.addRemote(Remote(name: "county", url: "http://127.0.0.1:8080", token: "nbt_x"))
        #expect(try await repository.remotes().map(\.name) == ["county"])
        await #expect(throws: RepositoryError.invalidRemoteURL("ftp://x")) {
            try await repository.addRemote(Remote(name: "x", url: "ftp://x", token: "t"))
        }
        await #expect(throws: RepositoryError.invalidRemoteName("县 政府")) {
            try await repository.addRemote(Remote(name: "县 政府", url: "http://x", token: "t"))
        }
        try await repository.removeRemote(named: "county")
        await #expect(throws: RepositoryError.remoteNotFound("county")) { try await repository.remote(named: "county") }
    }
}
