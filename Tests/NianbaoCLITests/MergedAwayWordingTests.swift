import Foundation
import Testing

/// After a followed agency merge, the county's report is 第 1 版, as is the old id's text the township's edit started
/// from (the edit, kept beside the county's text, is the child of a copy of that text under the new id: 第 2 版): the
/// two are told apart by office and person (the old id's by the office it was under), the same on every node.
/// Before: `conflicts` said `草稿 第 1 版（…王审核…） ↔ …第 1 版（…李明…）  底稿 第 1 版`, and `merge`
/// `草稿 第 1 版 和 本机在 常张乡人民政府 名下修改的 第 1 版（底稿 第 1 版）`.
@Suite struct MergedAwayWordingTests {
    @Test func theThreeFirstVersionsOfAFollowedMergeAreToldApart() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        try await county.serveCountyMergingAfterATownshipEdit(township) { _ in
            // The clerk edits table 3 without syncing; the county keeps another text under a new id and merges
            let synced = try await township.runServed(["sync"])
            #expect(synced.stdout.contains("留作第二个版本，没有丢"), "\(synced.stdout)\(synced.stderr)")

            let listed = try await township.runServed(["conflicts"]).stdout
            #expect(listed.contains("草稿 第 1 版（修订 "), "\(listed)")
            #expect(listed.contains("，县政务公开办 王审核："), "\(listed)")
            #expect(listed.contains("名下修改的 第 2 版（修订 ") && listed.contains("，李明："), "\(listed)")
            #expect(listed.contains("底稿 第 1 版（合并前 常张乡人民政府 名下，常张乡 李明）"), "\(listed)")

            let tried = try await township.runServed(["merge", "czz/2024"])
            #expect(tried.status == 3)
            #expect(
                tried.stdout.contains(
                    "草稿 第 1 版（县政务公开办 王审核） 和 本机在 常张乡人民政府 名下修改的 第 2 版"
                        + "（底稿 第 1 版（合并前 常张乡人民政府 名下，常张乡 李明））"), "\(tried.stdout)")

            #expect(try await township.runServed(["merge", "czz/2024", "--take", "theirs"]).status == 0)
            let logged = try await township.runServed(["log", "czz/2024", "-n", "1"]).stdout
            #expect(logged.contains("合并：第 1 版（修订 ") && logged.contains("、第 2 版（修订 "), "\(logged)")
        }
    }
}
