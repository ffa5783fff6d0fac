import CZstd
import Synchronization

/// One zstd context (a `ZSTD_CCtx` or a `ZSTD_DCtx`), handed between threads only through a ``ZstdContextPool``,
/// which gives it to one call at a time.
struct ZstdContext: @unchecked Sendable {
    let pointer: OpaquePointer
}

/// zstd contexts kept between calls, so that a call does not make its own: making a decompression context took 11 %
/// of a node's processor time while it served a clone of 20,000 revisions (`perf record`), more than decompressing
/// most object bodies does.
///
/// Each ``ZstdCodec`` has one pool per direction. A context is reused only by the codec that made it, so it is
/// always given the same dictionary and parameters. At most ``idleLimit`` idle contexts are kept; any more are freed
/// as their calls end.
final class ZstdContextPool: Sendable {
    /// The most idle contexts kept: enough for the threads that compress at once on a node.
    static let idleLimit = 4

    private let idle = Mutex<[ZstdContext]>([])
    private let make: @Sendable () -> OpaquePointer?
    private let free: @Sendable (OpaquePointer) -> Void

    init(make: @escaping @Sendable () -> OpaquePointer?, free: @escaping @Sendable (OpaquePointer) -> Void) {
        self.make = make
        self.free = free
    }

    deinit {
        for context in idle.withLock({ $0 }) { free(context.pointer) }
    }

    /// Runs `body` with a context of its own: an idle one, or a new one. `nil` when zstd cannot make one (it is
    /// out of memory).
    func withContext<Result, Failure: Error>(
        _ body: (OpaquePointer) throws(Failure) -> Result
    ) throws(Failure) -> Result? {
        guard let context = idle.withLock({ $0.popLast() })?.pointer ?? make() else { return nil }
        defer { giveBack(context) }
        return try body(context)
    }

    private func giveBack(_ context: OpaquePointer) {
        let kept = idle.withLock { contexts in
            guard contexts.count < Self.idleLimit else { return false }
            contexts.append(ZstdContext(pointer: context))
            return true
        }
        if !kept { free(context) }
    }
}
