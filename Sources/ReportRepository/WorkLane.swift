import Foundation

/// Slow work (reading an uploaded file, checking a password with bcrypt) run on threads of its own, at most so many
/// at once, the rest waiting their turn without holding a thread. Each kind has its own lane: two slow uploads once
/// held both of the threads every password check also ran on, and every login of the node waited two minutes behind
/// them (rr97 F1/F4). Neither lane runs on the threads a server's requests share, so pages and syncs go on meanwhile.
///
/// The lanes belong to a node's repository (``WorkLanes``), not to the process: a process that opens several
/// repositories (the test suite's hundreds of nodes) would otherwise queue every node's uploads behind one another's.
///
/// A lane is fair between people: work run for a person (``run(for:_:)``) takes at most all but one of the lane's
/// places, and the first waiting work whose person has room goes next. One clerk's two slow files once filled the
/// 2-wide uploads lane, and every other office's upload waited behind them (206 s, review rr99 F2); now her second
/// file waits while another person's first is read.
final class WorkLane: Sendable {

    private let label: String
    private let slots: Slots

    /// Creates a lane running at most `width` pieces of work at once.
    init(label: String, width: Int) {
        self.label = label
        slots = Slots(width: max(1, width))
    }

    /// Runs work on a thread of its own once the lane has room for it, and for `person` (`nil`: for no one in
    /// particular) room for one more of theirs.
    func run<T: Sendable>(for person: String? = nil, _ work: @escaping @Sendable () -> T) async -> T {
        await slots.take(for: person)
        let result = await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.name = label
            // (the readers recurse through a document's nesting: the same room as a process's main thread)
            thread.stackSize = 8 << 20
            thread.start()
        }
        await slots.give(for: person)
        return result
    }

    /// How many pieces of work wait for a place (what the tests watch).
    var waiting: Int {
        get async { await slots.waitingCount }
    }

    /// The lane's places and the work waiting for one: the first waiting work whose person has room goes next.
    private actor Slots {
        private let width: Int
        private var busy = 0
        private var running: [String: Int] = [:]
        private var waiting: [(person: String?, continuation: CheckedContinuation<Void, Never>)] = []

        init(width: Int) {
            self.width = width
        }

        var waitingCount: Int { waiting.count }

        /// The most places one person's work takes at once: all but one, so that another person's work never waits
        /// behind one person's alone (all of a 1-wide lane's).
        private var perPerson: Int { max(1, width - 1) }

        func take(for person: String?) async {
            // (any work waiting now waits for its person's room, not for a place: a free place is this work's)
            if busy < width, hasRoom(person) {
                start(person)
                return
            }
            await withCheckedContinuation { waiting.append((person, $0)) }
        }

        func give(for person: String?) {
            busy -= 1
            if let person {
                let left = running[person, default: 1] - 1
                running[person] = left > 0 ? left : nil
            }
            while busy < width, let next = waiting.firstIndex(where: { hasRoom($0.person) }) {
                let (person, continuation) = waiting.remove(at: next)
                start(person)
                continuation.resume()
            }
        }

        private func hasRoom(_ person: String?) -> Bool {
            person.map { running[$0, default: 0] < perPerson } ?? true
        }

        private func start(_ person: String?) {
            busy += 1
            if let person { running[person, default: 0] += 1 }
        }
    }
}

/// A repository's lanes, shared by every copy of it (``ReportRepository``).
final class WorkLanes: Sendable {
    /// Reading uploaded files: LibreOffice's conversions and long PDFs take seconds each; two at once keep the
    /// machine's other work going on a small county server. One of the two places at most is a person's (the
    /// upload's author, ``ReportRepository/commit(bytes:named:to:author:message:time:audit:refusingPublished:)``).
    let uploads = WorkLane(label: "nianbao.upload", width: 2)
    /// Checking and hashing passwords: a fraction of a second each, on purpose.
    let passwords = WorkLane(label: "nianbao.password", width: 4)
    /// Comparing two versions for a page (对比, 修订视图): milliseconds for a report, a second or more for two
    /// versions of thousands of paragraphs each, which on the requests' threads held every page and sync (rv107 F7).
    let comparisons = WorkLane(label: "nianbao.compare", width: 2)
}
