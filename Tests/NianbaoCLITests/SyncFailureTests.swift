import Foundation
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import SyncAPI
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `nianbao pull` against a node that is down, silent, or answers nonsense: a plain message and a non-zero exit,
/// never a crash, and nothing stored.
@Suite struct SyncFailureTests {
    /// `value` as four big-endian bytes.
    static func u32(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// A workspace with a repository whose only remote `county` is at `url`.
    /// (`remote add` asks the node who the token is: run without holding a thread the node's answer may need)
    static func workspace(remote url: String) async throws -> CLIWorkspace {
        let workspace = try CLIWorkspace()
        #expect(try workspace.run(["init", "--node", "changzhang"]).status == 0)
        let token = "nbt_" + String(repeating: "0", count: 48)
        #expect(try await workspace.runServed(["remote", "add", "county", url, "--token", token]).status == 0)
        return workspace
    }

    /// Checks that a failed pull left the repository as it was: no report, no object, sound.
    static func expectUntouched(_ workspace: CLIWorkspace) throws {
        let fsck = try workspace.run(["fsck", "--format", "json"]).json()
        #expect(fsck["clean"] as? Bool == true)
        #expect(fsck["objects"] as? Int == 0)
        #expect((try workspace.run(["reports", "--format", "json"]).json()["reports"] as? [Any])?.isEmpty == true)
    }

    static let magic = Array("NBO2".utf8)
    static let header = header(objects: 1)

    /// The header of a pack of `objects` objects, the last of the pull, from a node that lists no report.
    static func header(objects: Int, remaining: Int = 0) -> [UInt8] {
        Array(
            #"{"listing":{"protocolVersion":2,"node":"bad","identity":{"label":"x","all":true,"agencies":[]},"reports":[]},"objects":\#(objects),"remaining":\#(remaining)}"#
                .utf8)
    }

    @Test(
        arguments: [
            ("a count of four billion in twelve bytes", magic + u32(0) + u32(0xFFFF_FFFF)),
            ("the limit's worth of objects in twelve bytes", magic + u32(0) + u32(20_000)),
            ("a short answer", magic + u32(40)),
            ("not a batch", Array("<html>hello</html>".utf8)),
            ("a batch of protocol 1", Array("NBO1".utf8) + u32(0) + u32(0)),
            ("a compressed batch that does not expand", Array("NBZ2".utf8) + Array(repeating: 0x5A, count: 40)),
            ("a header that is not JSON", magic + u32(3) + Array("abc".utf8) + u32(0)),
            (
                "an object that is not what its name says",
                magic + u32(UInt32(header.count)) + header + u32(1) + Array(repeating: 9, count: 32) + u32(3) + [
                    1, 2, 3,
                ]
            ),
        ] as [(String, [UInt8])])
    func aPullFromAServerThatAnswersNonsenseFailsWithAMessage(label: String, body: [UInt8]) async throws {
        // Given a tiny HTTP server on loopback that answers every pull with a malformed batch, when a township
        // pulls from it
        try await Self.pull(fromNodeAnswering: body) { pull, workspace in
            // Then the pull ends with an error naming the remote, not a crash, and nothing is stored
            #expect(!pull.endedBySignal, "\(label): \(pull.stderr)")
            #expect(pull.status == 1, "\(label)")
            #expect(pull.stderr.contains("county"), "\(label): \(pull.stderr)")
            try Self.expectUntouched(workspace)
        }
    }

    /// Runs `nianbao pull` in a new workspace against a node on loopback that answers every pull with `body`, and
    /// hands the result and the workspace to `inspect` before the workspace is removed.
    static func pull(
        fromNodeAnswering body: [UInt8], requests: RequestCounter = RequestCounter(),
        _ inspect: @escaping @Sendable (NianbaoProcess.Result, CLIWorkspace) async throws -> Void
    ) async throws {
        let router = Router()
        // (`remote add` asks a node that answers who the token is)
        router.get("/v1/whoami") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"label":"x","all":true,"agencies":[]}"#)))
        }
        router.post("/v1/pull") { request, _ in
            await requests.count(headerNames: request.headers.map { $0.name.canonicalName })
            return Response(
                status: .ok, headers: [.contentType: SyncProtocol.objectsContentType],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let workspace = try await Self.workspace(remote: "http://127.0.0.1:\(port)")
            defer { workspace.remove() }
            try await inspect(try await workspace.runServed(["pull"]), workspace)
        }
    }

    @Test func aPullWhosePackCompletesNoRevisionStopsAndFails() async throws {
        // Given a node that answers every pull with the same pack: one object of a revision, and more to come
        let (_, objects) = ObjectGraph.objects(of: SampleReport.make())
        let object = try #require(objects.first)
        let body = ObjectBatch(
            header: Self.header(objects: 1, remaining: 1), objects: [WireObject(id: object.id, bytes: object.bytes)]
        ).encoded()
        let requests = RequestCounter()
        // When a township pulls from it
        try await Self.pull(fromNodeAnswering: body, requests: requests) { pull, _ in
            // Then the pull ends with an error after that one pack, instead of asking ten thousand times for it
            #expect(pull.status == 1)
            #expect(pull.stderr.contains("county"), "\(pull.stderr)")
        }
        #expect(await requests.value == 1)
    }

    @Test func aPullWhoseNextPackRepeatsTheLastStopsAfterItAndFails() async throws {
        // Given a node that answers every pull with the same whole revision, and more to come
        let body = Self.packOfOneRevision(node: "county", remaining: 1)
        let requests = RequestCounter()
        // When a township pulls from it
        try await Self.pull(fromNodeAnswering: body, requests: requests) { pull, _ in
            // Then it asks once more, naming the revision it got, and stops when the answer brings nothing new
            #expect(pull.status == 1)
            #expect(pull.stderr.contains("county"), "\(pull.stderr)")
        }
        #expect(await requests.value == 2)
    }

    @Test func aPullRequestCarriesItsTokenAndItsJSONAndNoOtherHeader() async throws {
        // Given a node on loopback, when a township pulls from it
        let requests = RequestCounter()
        try await Self.pull(fromNodeAnswering: Self.magic + Self.u32(0) + Self.u32(0), requests: requests) { _, _ in }
        // Then the request's headers are its token and its body's type and length (beside the host, which the
        // server takes as the request's authority): no HTTP compression is asked for (batches are zstd frames
        // already), since every header is bytes on every sync
        let names = await requests.headerNames
        #expect(Set(names) == ["authorization", "content-type", "content-length"], "\(names)")
    }

    @Test(arguments: [0, 1])
    func aPulledRevisionWhoseNodeNameIsNotOneIsRefusedAndNothingIsStored(remaining: Int) async throws {
        // Given a node whose pack holds a whole revision that names its node `a/b` (and, with `remaining`, says more
        // are to come: the next request leaves while the pack is checked)
        let body = Self.packOfOneRevision(node: "a/b", remaining: remaining)
        // When a township pulls from it
        try await Self.pull(fromNodeAnswering: body) { pull, workspace in
            // Then the pull fails naming the node name, and nothing of the pack is stored
            #expect(pull.status == 1)
            #expect(pull.stderr.contains("节点名称 \"a/b\""), "\(pull.stderr)")
            try Self.expectUntouched(workspace)
        }
    }

    /// A pack of one whole revision of a sample report, made at node `node`, saying that `remaining` objects follow.
    static func packOfOneRevision(node: String, remaining: Int) -> [UInt8] {
        let (root, objects) = ObjectGraph.objects(of: SampleReport.make())
        let revision = EncodedObject(
            .revision(
                RevisionContent(
                    report: ReportKey(agency: "changzhang", year: 2024), root: root, parents: [], author: "乡",
                    node: node, time: Date(timeIntervalSince1970: 0), message: "x")))
        return ObjectBatch(
            header: Self.header(objects: objects.count + 1, remaining: remaining),
            objects: (objects + [revision]).map { WireObject(id: $0.id, bytes: $0.bytes) }
        ).encoded()
    }

    /// Counts the requests a test server answered, and keeps the header names of the last.
    actor RequestCounter {
        private(set) var value = 0
        private(set) var headerNames: [String] = []
        func count(headerNames: [String] = []) {
            value += 1
            self.headerNames = headerNames
        }
    }

    @Test func aPullFromAPortNobodyListensOnSaysSoAndFails() async throws {
        // Given a loopback port that was bound and is now free (nothing listens there)
        let port = try SilentListener(listening: false).port
        let workspace = try await Self.workspace(remote: "http://127.0.0.1:\(port)")
        defer { workspace.remove() }
        // When the township pulls, Then it is told in plain words and the exit status is non-zero
        let pull = try await workspace.runServed(["pull"])
        #expect(pull.status == 1)
        #expect(pull.stderr.contains("无法连接 county (http://127.0.0.1:\(port))：对方没有响应"), "\(pull.stderr)")
        #expect(!pull.stderr.contains("errno"))
        try Self.expectUntouched(workspace)
    }

    @Test func aPullFromANodeThatNeverAnswersSaysSoAndFails() async throws {
        // Given a listener that takes connections and never answers
        let listener = try SilentListener(listening: true)
        let workspace = try await Self.workspace(remote: "http://127.0.0.1:\(listener.port)")
        defer { workspace.remove() }
        // When the township pulls with a short time limit, Then it is told in plain words and fails
        let pull = try await workspace.runServed(["pull", "--timeout", "2"])
        #expect(pull.status == 1)
        #expect(pull.stderr.contains("无法连接 county (http://127.0.0.1:\(listener.port))：对方没有响应"), "\(pull.stderr)")
        try Self.expectUntouched(workspace)
        withExtendedLifetime(listener) {}
    }
}

/// A TCP socket on 127.0.0.1 that is bound, and listening or not, and never accepts or answers: a node that is down
/// (its port free) or hung. Closed when released.
final class SilentListener {
    let socket: Int32
    let port: Int

    init(listening: Bool) throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = in_addr_t(0x7F00_0001).bigEndian
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        if bound != 0 || (listening && Glibc.listen(socket, 16) != 0) {
            close(socket)
            throw POSIXError(.EADDRNOTAVAIL)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        self.socket = socket
        port = named == 0 ? Int(UInt16(bigEndian: address.sin_port)) : 0
    }

    deinit { close(socket) }
}
