import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import SyncAPI

/// HTTP requests to one remote node, with its token, a timeout on each and bounded bodies.
struct NodeConnection: Sendable {
    /// The remote's name here (for messages).
    let remote: String
    /// The base URL, without a trailing slash.
    let baseURL: String
    /// The token presented.
    let token: String
    /// The process's HTTP client.
    let client: HTTPClient
    /// How long one request may take.
    let timeout: TimeAmount

    /// An answer: its status, body and content type.
    struct Answer {
        var status: Int
        var body: [UInt8]
        var contentType: String
    }

    /// Sends a request and reads the whole answer; any status but 200 becomes a ``SyncError``.
    func send(
        _ method: HTTPMethod, _ path: String, body: [UInt8]? = nil, contentType: String = "application/json",
        statistics: inout TransferStatistics
    ) async throws(SyncError) -> Answer {
        let url = baseURL + SyncProtocol.pathPrefix + "/" + path
        var request = HTTPClientRequest(url: url)
        request.method = method
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        if let body {
            request.headers.add(name: "Content-Type", value: contentType)
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        statistics.requests += 1
        statistics.bytesSent += body?.count ?? 0
        let answer: Answer
        var answering = false
        do {
            let response = try await client.execute(request, timeout: timeout)
            answering = true
            var buffer = try await response.body.collect(upTo: SyncProtocol.maxBodyBytes + 4 * 1024 * 1024)
            answer = Answer(
                status: Int(response.status.code), body: buffer.readBytes(length: buffer.readableBytes) ?? [],
                contentType: response.headers.first(name: "Content-Type") ?? "")
        } catch let error as HTTPClientError where [.deadlineExceeded, .readTimeout].contains(error) {
            throw .timedOut(remote: remote, url: baseURL, seconds: Int(timeout.nanoseconds / 1_000_000_000))
        } catch is NIOTooManyBytesError {
            throw .badResponse(remote: remote, detail: "the answer is larger than the protocol allows")
        } catch  where answering {
            // The node answered, and the connection broke while the answer came in.
            throw .interrupted(remote: remote, url: baseURL, detail: "\(error)")
        } catch {
            // A refused or timed-out connection, an unknown host, a connection lost: the node cannot be reached.
            throw .unreachable(remote: remote, url: baseURL, detail: "\(error)")
        }
        statistics.bytesReceived += answer.body.count
        guard answer.status == 200 else { throw failure(answer) }
        return answer
    }

    /// Sends JSON and decodes a JSON answer.
    func json<Answer: Decodable>(
        _ method: HTTPMethod, _ path: String, _ body: (some Encodable)?, as type: Answer.Type,
        statistics: inout TransferStatistics
    ) async throws(SyncError) -> Answer {
        let bytes: [UInt8]?
        do {
            bytes = try body.map { Array(try JSONEncoder().encode($0)) }
        } catch {
            throw .badResponse(remote: remote, detail: "the request could not be encoded: \(error)")
        }
        let answer = try await send(method, path, body: bytes, statistics: &statistics)
        return try decode(Answer.self, from: answer.body)
    }

    /// Decodes JSON from the remote.
    func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws(SyncError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch {
            throw .badResponse(remote: remote, detail: "\(error)")
        }
    }

    private func failure(_ answer: Answer) -> SyncError {
        let body = try? JSONDecoder().decode(ErrorBody.self, from: Data(answer.body))
        let message = body?.message ?? String(decoding: answer.body.prefix(300), as: UTF8.self)
        switch answer.status {
        case 401: return .unauthorized(remote: remote, message: message)
        case 403: return .forbidden(remote: remote, message: message)
        case 404 where body?.error != "not-found" || body == nil:
            return .protocolMismatch(remote: remote, detail: "it has no \(SyncProtocol.pathPrefix)/ endpoints")
        case 413: return .tooLarge(remote: remote, message: message.isEmpty ? "HTTP 413" : message)
        default:
            return .rejected(remote: remote, status: answer.status, code: body?.error ?? "http", message: message)
        }
    }
}
