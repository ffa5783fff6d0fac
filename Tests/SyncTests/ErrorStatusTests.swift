import Foundation
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import RevisionStore
import SyncAPI
import SyncServer
import Testing

/// What a node answers when something fails: the client's mistakes are 4xx, the node's own failures 500
/// `repository`, and nothing unexpected is blamed on the client.
@Suite struct ErrorStatusTests {
    struct Unexpected: Error {}

    @Test func anUnexpectedFailureIs500AndItsDetailsStayInTheLog() async throws {
        // Given a route that fails in a way no one planned for, behind the node's error middleware
        let router = Router(context: NodeRequestContext.self)
        router.middlewares.add(NodeErrorMiddleware())
        router.get("boom") { _, _ -> String in throw Unexpected() }
        try await Application(router: router).test(.router) { client in
            try await client.execute(uri: "/boom", method: .get) { response in
                // Then the answer is 500 `repository`, not 400, and does not show the internal error
                #expect(response.status == .internalServerError)
                let body = try JSONDecoder().decode(ErrorBody.self, from: Data(response.body.readableBytesView))
                #expect(body.error == "repository")
                #expect(!body.message.contains("Unexpected"))
            }
        }
    }

    static let key = ReportKey(agency: "changzhang", year: 2024)
    static let id = ObjectID.hashing(Array("x".utf8))

    @Test(
        arguments: [
            (RepositoryError.malformedRef("x"), 400, "bad-request"),
            (.store(.invalidObject(id, .hashMismatch(expected: id, actual: id))), 400, "bad-request"),
            (.refNotSet(key, .draft), 404, "not-found"),
            (.outOfScope(agency: "x"), 403, "forbidden"),
            (.countyOnly(mark: .published), 403, "forbidden"),
            (.conflictOpen(key, heads: ["county"]), 409, "conflict"),
            (.store(.refMoved(key, ref: .draft, expected: nil, found: id)), 409, "conflict"),
            (.store(.busy), 503, "busy"),
            (.store(.corruptFile(path: "p", detail: "d")), 500, "repository"),
            (.store(.diskFull), 500, "repository"),
            (.store(.database(code: 1, message: "m")), 500, "repository"),
        ] as [(RepositoryError, Int, String)])
    func aRepositoryErrorGetsTheStatusOfItsKind(error: RepositoryError, status: Int, code: String) {
        let answer = NodeError.repository(error)
        #expect(answer.status.code == status)
        #expect(answer.code == code)
    }
}
