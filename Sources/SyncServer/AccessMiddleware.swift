import Foundation
import Hummingbird
import ReportRepository
import SyncAPI

/// Finds the token a request presents — `Authorization: Bearer TOKEN`, or the `nianbao_token` cookie the web pages
/// set — and puts what it reaches in the request context. Routes decide what they require.
public struct AccessMiddleware: RouterMiddleware {
    public typealias Context = NodeRequestContext

    let repository: ReportRepository

    /// Creates the middleware over a repository's tokens.
    public init(repository: ReportRepository) {
        self.repository = repository
    }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let secret = Self.presentedToken(request) {
            context.presentedToken = true
            do {
                context.access = try await repository.authenticate(secret)
            } catch {
                throw NodeError.repository(error)
            }
        }
        return try await next(request, context)
    }

    /// The token in the `Authorization` header, else in the cookie.
    static func presentedToken(_ request: Request) -> String? {
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" {
                return String(parts[1]).trimmingCharacters(in: .whitespaces)
            }
            return nil
        }
        return request.cookies[SyncProtocol.tokenCookie]?.value
    }
}
