// Asking the remote what this client's token reaches: a token checked before it replaces one that works.

import NIOHTTP1
public import SyncAPI

extension SyncClient {
    /// What the remote says this client's token reaches (`GET /v1/whoami`): its label there, and whether it reaches
    /// every report or which agencies'.
    ///
    /// - Throws: ``SyncError/unauthorized(remote:message:)`` for a token the remote does not take, or why the remote
    ///   could not be asked.
    public func identity() async throws(SyncError) -> TokenIdentity {
        var statistics = TransferStatistics()
        return try await connection.json(
            .GET, "whoami", Optional<Int>.none, as: TokenIdentity.self, statistics: &statistics)
    }
}
