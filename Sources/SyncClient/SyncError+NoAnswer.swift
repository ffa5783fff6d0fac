// Whether a failed request had an answer at all: a remote that does not answer (offline, stopped, out of time) is
// told apart from one that answered with a refusal.

extension SyncError {
    /// `true` when the remote gave no answer: it could not be reached, the connection broke, or it did not answer in
    /// time; `false` when it answered (a refusal, an answer that could not be read) or this node failed.
    public var isNoAnswer: Bool {
        switch self {
        case .unreachable, .interrupted, .timedOut: true
        case .unauthorized, .forbidden, .protocolMismatch, .tooLarge, .rejected, .badResponse, .repository: false
        }
    }
}
