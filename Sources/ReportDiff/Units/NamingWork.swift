import Synchronization

/// The blocks looked at to name units or find them by name (``UnitNaming``, ``UnitIndex``), counted for the tests
/// that bound the work of naming every unit of a long report: a task-local counter, absent (and nothing counted)
/// outside those tests.
enum NamingWork {
    /// A count of blocks looked at.
    final class Counter: Sendable {
        private let counted = Atomic<Int>(0)

        /// The blocks looked at so far.
        var blocks: Int { counted.load(ordering: .relaxed) }

        /// Counts blocks looked at.
        func add(_ blocks: Int) { counted.add(blocks, ordering: .relaxed) }
    }

    /// The counter of the task, if a test set one.
    @TaskLocal static var counter: Counter?

    /// Counts blocks looked at.
    static func count(_ blocks: Int) {
        counter?.add(blocks)
    }
}
