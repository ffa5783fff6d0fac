import Foundation
import Testing

extension CLIWorkspace {
    /// Serves this workspace as the county to `township` (``serveCounty(to:_:)``) and plays the story of an agency
    /// merge the township has yet to follow: 李明 commits 常张乡's 2024 report under `changzhang` and pushes it, then
    /// edits a cell of table 3 (to 3) without syncing; the county (王审核) adds `czz` (长子县常张镇人民政府), commits
    /// another text (the cell 4) under both ids, and merges `changzhang` into `czz`. Runs `body` with the port next,
    /// before the township has pulled.
    func serveCountyMergingAfterATownshipEdit(
        _ township: CLIWorkspace, _ body: @escaping @Sendable (Int) async throws -> Void
    ) async throws {
        let old = ["--agency", "changzhang", "--year", "2024"]
        let new = ["--agency", "czz", "--year", "2024"]
        try township.run(["init", "--node", "常张乡"])
        try township.run(["commit", try township.writeSample("v1.txt")] + old + ["--author", "李明"])
        try await serveCounty(to: township) { port in
            #expect(try await township.runServed(["push"]).status == 0)
            try await township.runServed(
                ["commit", try township.writeSample("a.txt", table3Cell: "3")] + old + ["--author", "李明"])
            try await runServed(["agency", "add", "czz", "--name", "长子县常张镇人民政府", "--kind", "township"])
            let kept = try writeSample("kept.txt", table3Cell: "4")
            try await runServed(["commit", kept, "--force"] + new + ["--author", "王审核"])
            try await runServed(["commit", kept, "--force"] + old + ["--author", "王审核"])
            #expect(try await runServed(["agency", "merge", "changzhang", "czz"]).status == 0)
            try await body(port)
        }
    }
}
