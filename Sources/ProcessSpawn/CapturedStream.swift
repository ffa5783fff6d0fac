import Dispatch
import Foundation
import Glibc
import Synchronization

/// The read end of a pipe that a child writes its standard output or standard error to, read to its end by a thread
/// of its own from the moment the child starts, so that the child never waits on a full pipe whatever the caller
/// does meanwhile (waits, reads the other stream, or nothing).
final class CapturedStream: Sendable {
    private let bytes = Mutex<[UInt8]>([])
    private let reading = DispatchGroup()

    /// Starts reading `descriptor` (which this stream closes at its end).
    init(reading descriptor: Int32) {
        reading.enter()
        let thread = Thread { [self] in
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 {
                    bytes.withLock { $0 += chunk[0..<count] }
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    break
                }
            }
            close(descriptor)
            reading.leave()
        }
        thread.name = "nianbao-child-output"
        thread.start()
    }

    /// What was read so far.
    var contents: [UInt8] { bytes.withLock { $0 } }

    /// Waits until every writer closed the pipe: the child ended, and so did any process it left holding the pipe.
    func waitForEnd() { reading.wait() }

    /// Waits as ``waitForEnd()`` does, at most until `deadline`.
    func waitForEnd(until deadline: ContinuousClock.Instant) {
        let left = max(.zero, ContinuousClock.now.duration(to: deadline))
        _ = reading.wait(timeout: .now() + .nanoseconds(Int(left / .nanoseconds(1))))
    }
}
