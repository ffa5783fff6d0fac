import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

@testable import ReportRepository

/// An import reads the next files on other threads while it commits one: each file must still come back in its
/// place, with its own report or its own error, whatever the number of files read at once.
@Suite struct ReportReadAheadTests {
    @Test(arguments: [1, 2, 3, 16])
    func everyFileComesBackInItsPlace(width: Int) async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Nine files: reports of years 2016–2024, but the fourth is not a report and the seventh does not exist.
        var paths: [String] = []
        for index in 0..<9 {
            let path = folder.path("\(index).txt").path
            paths.append(path)
            switch index {
            case 3: try Data("会议记录\n".utf8).write(to: URL(fileURLWithPath: path))
            case 6: continue
            default:
                try RepositoryTestSupport.write(
                    ["\(index).txt": SampleReport.make(year: 2016 + index)], to: folder.url)
            }
        }
        var seen: [Int] = []
        await ReportReadAhead.forEach(paths, width: width) { index, reading in
            seen.append(index)
            switch (index, reading) {
            case (3, .failure(.parse(let file, _))):
                #expect(file == paths[3])
            case (6, .failure(.unreadableFile(let path))):
                #expect(path == paths[6])
            case (let index, .success(let read)) where index != 3 && index != 6:
                #expect(read.parsed.report.year == 2016 + index)
            default:
                Issue.record("file \(index) came back as \(reading)")
            }
        }
        #expect(seen == Array(0..<9))
    }

    @Test func noFilesCallNothing() async {
        var calls = 0
        await ReportReadAhead.forEach([]) { _, _ in calls += 1 }
        #expect(calls == 0)
    }
}
