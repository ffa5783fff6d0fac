public import Hummingbird
import RevisionStore

/// Refuses, with 429 and `Retry-After`, any request of a token, a person or (when signed in as neither) an address
/// that asked for too much that is not there, and counts each request whose error says it named something unknown
/// (``UnknownNameError``): one requester's misses never hold back another's requests. Placed inside
/// the page middleware, so that it sees the errors of pages and API alike. (Failed logins are counted and refused
/// where tokens are checked: ``AccessMiddleware`` and the login form.)
public struct RateLimitMiddleware: RouterMiddleware {
    public typealias Context = NodeRequestContext

    let protection: NodeProtection

    /// Creates the middleware over a node's counts.
    public init(protection: NodeProtection) {
        self.protection = protection
    }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let requester = NodeProtection.requesterKey(
            address: context.remoteAddress, token: context.access, person: context.person)
        if let wait = await protection.lookupRetryAfter(by: requester) {
            throw NodeError.tooManyRequests(retryAfter: wait.retryAfterSeconds)
        }
        do {
            return try await next(request, context)
        } catch let error as any UnknownNameError where error.namesSomethingUnknown {
            await protection.recordUnknownName(by: requester)
            throw error
        }
    }
}
