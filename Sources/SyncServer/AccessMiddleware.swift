import Foundation
public import Hummingbird
public import ReportRepository
import RevisionStore
import SyncAPI

/// Finds the token a request presents — `Authorization: Bearer TOKEN`, or the login session its cookie names — and
/// puts what it reaches in the request context. Routes decide what they require. A bearer token that is not valid
/// counts as a failed login of the client's address; past the limit, wrong tokens from that address are refused
/// (429) for a while, valid ones never.
public struct AccessMiddleware: RouterMiddleware {
    public typealias Context = NodeRequestContext

    let repository: ReportRepository
    let protection: NodeProtection

    /// Creates the middleware over a repository's tokens and a node's login sessions.
    public init(repository: ReportRepository, protection: NodeProtection) {
        self.repository = repository
        self.protection = protection
    }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        switch Self.presented(request) {
        case .bearer(let secret):
            context.presentedToken = true
            context.presentedBearer = true
            // A valid token is never refused for others' failures from the same address (townships behind one
            // gateway, a proxy in front of the node: rr97 F3); a token is 192 random bits, so telling a guesser
            // that one is valid tells nothing a guess could use. Wrong tokens count against the address, and past
            // the limit they are refused for a while.
            context.access = try await authenticate { () async throws(RepositoryError) in
                try await repository.authenticate(secret)
            }
            if context.access == nil {
                if let wait = await protection.loginRetryAfter(from: context.remoteAddress) {
                    throw NodeError.tooManyRequests(retryAfter: wait.retryAfterSeconds)
                }
                await protection.recordFailedLogin(from: context.remoteAddress)
            }
        case .session(let id):
            context.presentedToken = true
            let sessions = protection.sessions
            let found = try await authenticate { () async throws(RepositoryError) in try await sessions.session(id) }
            if let session = found {
                context.sessionID = session.id
                switch session.subject {
                case .token(let hash):
                    context.access = try await authenticate { () async throws(RepositoryError) in
                        try await repository.authenticate(tokenHash: hash)
                    }
                case .person(let person, let stamp):
                    context.person = try await authenticate { () async throws(RepositoryError) in
                        try await repository.activePerson(id: person, stamp: stamp)
                    }
                }
                if context.access == nil, context.person == nil {
                    do {
                        try await sessions.close(id)
                    } catch {
                        throw NodeError.repository(error)
                    }
                }
            }
        case nil:
            break
        }
        return try await next(request, context)
    }

    private func authenticate<Subject>(
        _ operation: () async throws(RepositoryError) -> Subject?
    ) async throws(NodeError) -> Subject? {
        do {
            return try await operation()
        } catch {
            throw .repository(error)
        }
    }

    /// What a request presents to log in.
    enum Presented: Equatable {
        /// A token in the `Authorization: Bearer` header.
        case bearer(String)
        /// A login session's id, in the cookie.
        case session(String)
    }

    /// The token in the `Authorization` header, else the session in the cookie.
    static func presented(_ request: Request) -> Presented? {
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
            return .bearer(String(parts[1]).trimmingCharacters(in: .whitespaces))
        }
        return request.cookies[SyncProtocol.sessionCookie].map { .session($0.value) }
    }
}
