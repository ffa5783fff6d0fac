import Foundation
import Testing

@testable import WebUI

/// The node has at most eight uploads in hand at once, two a person (``UploadAdmission``): the ninth is refused
/// before its body is read, and a place is given back when an upload ends, read or refused.
@Suite struct UploadAdmissionLimitTests {
    /// Starts uploads whose work waits until `gate` finishes, and returns once each has been let in.
    static func hold(
        _ people: [String], in admission: UploadAdmission, gate: AsyncStream<Void>
    ) async -> [Task<Void, any Error>] {
        let (entered, signal) = AsyncStream.makeStream(of: Void.self)
        let tasks = people.map { person in
            Task {
                try await admission.admitting(person) {
                    signal.yield()
                    for await _ in gate {}
                }
            }
        }
        var count = 0
        for await _ in entered {
            count += 1
            if count == people.count { break }
        }
        return tasks
    }

    @Test func theNinthUploadIsRefusedAndAPlaceIsGivenBack() async throws {
        let admission = UploadAdmission()
        let (gate, open) = AsyncStream.makeStream(of: Void.self)
        let people = ["甲", "甲", "乙", "乙", "丙", "丙", "丁", "丁"]
        let held = await Self.hold(people, in: admission, gate: gate)

        await #expect(throws: WebError.uploadsCrowded) { try await admission.admitting("戊") {} }
        await #expect(throws: WebError.uploadInProgress(2)) { try await admission.admitting("甲") {} }

        open.finish()
        for task in held { try await task.value }
        // Every place is back: a person's two again, and a refused work's place too
        try await admission.admitting("戊") {}
        await #expect(throws: WebError.badRequest("坏文件")) {
            try await admission.admitting("戊") { throw WebError.badRequest("坏文件") }
        }
        let (again, close) = AsyncStream.makeStream(of: Void.self)
        let twice = await Self.hold(["戊", "戊"], in: admission, gate: again)
        close.finish()
        for task in twice { try await task.value }
    }
}
