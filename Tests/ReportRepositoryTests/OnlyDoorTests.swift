import Foundation
import Testing

/// `ReportRepository` is the only door to the store (CONTRIBUTING.md): the layers above it — the web pages and the
/// command line — import neither the store nor GRDB, so no page or command can read or write around its rules.
@Suite struct OnlyDoorTests {
    /// The source folder of a target, found from this file's place in the checkout.
    static func sources(of target: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources").appendingPathComponent(target)
    }

    /// The files of a folder, and under it, whose names end in `.swift`.
    static func swiftFiles(in folder: URL) -> [URL] {
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walk.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }

    @Test(arguments: ["WebUI", "NianbaoCLI"])
    func theLayerAboveImportsNeitherTheStoreNorGRDB(target: String) throws {
        let files = Self.swiftFiles(in: Self.sources(of: target))
        #expect(files.count > 10, "no sources found for \(target) at \(Self.sources(of: target).path)")
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
                let words = line.split(separator: " ")
                guard let at = words.firstIndex(of: "import"), at + 1 < words.count else { continue }
                let leading = words[..<at].allSatisfy { ["public", "internal", "package", "@testable"].contains($0) }
                if leading, ["RevisionStore", "GRDB"].contains(words[at + 1]) {
                    found.append("\(file.lastPathComponent): \(line)")
                }
            }
        }
        #expect(found.isEmpty, "\(found)")
    }
}
