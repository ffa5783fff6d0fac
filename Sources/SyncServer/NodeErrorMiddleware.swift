public import Hummingbird
import Logging

/// Turns anything a route throws that is not already an HTTP error into a ``NodeError`` with a JSON body, so that
/// no request ends in a bare 500: a malformed body becomes 400; anything else is the node's own failure, 500
/// `repository`, logged here with its details (the client is not told them).
public struct NodeErrorMiddleware: RouterMiddleware {
    public typealias Context = NodeRequestContext

    /// Creates the middleware.
    public init() {}

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError {
            throw error
        } catch let error as DecodingError {
            throw NodeError.badRequest("The request body is not what this endpoint expects: \(Self.describe(error)).")
        } catch {
            context.logger.error(
                "request failed", metadata: ["error": "\(error)", "path": "\(request.uri.path)"])
            throw NodeError.unexpected
        }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): "the field `\(key.stringValue)` is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            context.codingPath.isEmpty
                ? context.debugDescription
                : "`\(context.codingPath.map(\.stringValue).joined(separator: "."))`: \(context.debugDescription)"
        @unknown default: "\(error)"
        }
    }
}
