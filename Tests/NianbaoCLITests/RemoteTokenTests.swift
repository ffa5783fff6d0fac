import Foundation
import Testing

/// `nianbao remote add` of a remote that exists, with another token: a token is shown once by the county, so a
/// mistyped or stale one used to replace the working one silently, and the township could not sync until the county
/// issued a new token (user review ux96, finding 11). The new token is now shown to the remote first.
@Suite struct RemoteTokenTests {
    @Test func aTokenTheRemoteRefusesDoesNotReplaceTheOneThatWorks() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        try township.run(["init", "--node", "常张乡"])
        try await county.serveCounty(to: township) { port in
            let url = "http://127.0.0.1:\(port)"
            // A mistyped token: refused, the working one kept
            let wrong = try await township.runServed(["remote", "add", "county", url, "--token", "nbt_mistyped"])
            #expect(wrong.status != 0)
            #expect(wrong.stderr.contains("没有更换远程节点 county 的令牌，原来的令牌和地址保留不变"), "\(wrong.stderr)")
            let pulled = try await township.runServed(["pull"])
            #expect(pulled.status == 0, "\(pulled.stderr)")
            // A new token the county issued: taken, and said so
            let issued = try await county.runServed(
                ["token", "create", "--agency", "changzhang", "--label", "常张乡新电脑", "--format", "json"])
            let secret = try #require(try issued.json()["token"] as? String)
            let replaced = try await township.runServed(["remote", "add", "county", url, "--token", secret])
            #expect(replaced.status == 0, "\(replaced.stderr)")
            #expect(replaced.stdout.contains("已把远程节点 county（\(url)）的令牌换成新的：对方确认了这个令牌（“常张乡新电脑”）"))
            #expect(try await township.runServed(["pull"]).status == 0)
            // A remote's name mistyped: told which remotes there are, not invited to add the typo
            let typo = try await township.runServed(["pull", "conuty"])
            #expect(typo.status != 0)
            #expect(typo.stderr.contains("没有名为 conuty 的远程节点：本节点设置的远程节点是 county，是不是写错了名称？"), "\(typo.stderr)")
            // The same token again is no change and needs no remote
            let same = try await township.runServed(["remote", "add", "county", url, "--token", secret])
            #expect(same.stdout.contains("远程节点 county 的地址是 \(url)。"))
        }
    }
}
