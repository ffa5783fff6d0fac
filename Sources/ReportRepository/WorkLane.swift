import Foundation

/// Slow work (reading an uploaded file, checking a password with bcrypt) run on threads of its own, at most so many
/// at once, the rest waiting their turn without holding a thread. Each kind has its own lane: two slow uploads once
/// held both of the threads every password check also ran on, and every login of the node waited two minutes behind
/// them (rr97 F1/F4). Neither lane runs on the threads a server's requests share, so pages and syncs go on meanwhile.
///
/// The lanes belong to a node's repository (``WorkLanes``), not to the process: a process that opens several
/// repositories (the test suite's hundreds of nodes) would otherwise queue every node's uploads behind one another's.
final class WorkLane: Sendable {

    private let label: String
    private let slots: Slots

    /// Creates a lane running at most `width` pieces of work at once.
    init(label: String, width: Int) {
        self.label = label
        slots = Slots(free: max(1, width))
    }

    /// Runs work on a thread of its own once the lane has room for it.
    func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await slots.take()
        let result = await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.name = label
            // (the readers recurse through a document's nesting: the same room as a process's main thread)
            thread.stackSize = 8 << 20
            thread.start()
        }
        await slots.give()
        return result
    }

    /// The lane's free places and the work waiting for one, first come first served.
    private actor Slots {
        private var free: Int
        private var waiting: [CheckedContinuation<Void, Never>] = []

        init(free: Int) {
            self.free = free
        }

        func take() async {
            if free > 0 {
                free -= 1
                return
            }
            await withCheckedContinuation { waiting.append($0) }
        }

        func give() {
            if waiting.isEmpty {
                free += 1
            } else {
                waiting.removeFirst().resume()
            }
        }
    }
}

/// A repository's lanes, shared by every copy of it (``ReportRepository``).
final class WorkLanes: Sendable {
    /// Reading uploaded files: LibreOffice's conversions and long PDFs take seconds each; two at once keep the
    /// machine's other work going on a small county server.
    let uploads = WorkLane(label: "nianbao.upload", width: 2)
    /// Checking and hashing passwords: a fraction of a second each, on purpose.
    let passwords = WorkLane(label: "nianbao.password", width: 4)
}
