// Reading request bodies within the protocol's limits: a body larger than allowed is refused with 413 before it is
// read (by its Content-Length) or as soon as it passes the limit; a body that does not decode is refused with 400.

import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SyncAPI
import SyncMapping

extension Request {
    /// The whole body, at most `limit` bytes.
    ///
    /// - Throws: ``NodeError/tooLarge(limit:)``.
    mutating func collectLimitedBody(limit: Int = SyncProtocol.maxBodyBytes) async throws -> [UInt8] {
        if let length = headers[.contentLength].flatMap(Int.init), length > limit {
            throw NodeError.tooLarge(limit: limit)
        }
        do {
            var buffer = try await body.collect(upTo: limit)
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch is NIOTooManyBytesError {
            throw NodeError.tooLarge(limit: limit)
        }
    }

    /// The body decoded from JSON, at most `limit` bytes.
    ///
    /// - Throws: ``NodeError/tooLarge(limit:)``; ``NodeError/badRequest(_:)`` for a body that is not that JSON.
    mutating func decodeJSON<T: Decodable>(_ type: T.Type, limit: Int = SyncProtocol.maxBodyBytes) async throws -> T {
        let bytes = try await collectLimitedBody(limit: limit)
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw NodeError.badRequest(
                "The request body is not what this endpoint expects: \(NodeErrorMiddleware.describe(error)).")
        }
    }

    /// The body as an object batch.
    ///
    /// - Throws: ``NodeError/tooLarge(limit:)``; ``NodeError/badRequest(_:)`` for a malformed batch.
    mutating func decodeBatch() async throws -> ObjectBatch {
        let bytes = try await collectLimitedBody()
        do {
            return try ObjectBatch.decode(bytes)
        } catch {
            throw NodeError.badRequest(error.description)
        }
    }
}

extension Response {
    /// A response holding an object batch.
    static func batch(_ batch: ObjectBatch) -> Response {
        Response(
            status: .ok, headers: [.contentType: SyncProtocol.objectsContentType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: batch.encoded())))
    }

    /// A JSON response with sorted keys.
    static func json(_ value: some Encodable) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}
