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

    /// The module a line of Swift imports, if it is an import: `import GRDB`, `public import RevisionStore`,
    /// `@preconcurrency import GRDB`, `@_implementationOnly import GRDB`, `import struct RevisionStore.Person`.
    static func importedModule(_ line: Substring) -> Substring? {
        let words = line.split(separator: " ")
        guard let at = words.firstIndex(of: "import"), at + 1 < words.count else { return nil }
        let modifiers: Set<Substring> = ["public", "internal", "package", "private", "fileprivate"]
        guard words[..<at].allSatisfy({ $0.hasPrefix("@") || modifiers.contains($0) }) else { return nil }
        let kinds: Set<Substring> = ["struct", "class", "enum", "protocol", "func", "typealias", "var", "let"]
        let named = kinds.contains(words[at + 1]) && at + 2 < words.count ? words[at + 2] : words[at + 1]
        return named.split(separator: ".").first
    }

    @Test func everyFormOfImportIsRead() {
        let lines: [Substring] = [
            "import GRDB", "public import RevisionStore", "@preconcurrency import GRDB",
            "@_implementationOnly import GRDB", "import struct RevisionStore.Person", "@testable import GRDB",
        ]
        #expect(lines.map(Self.importedModule) == ["GRDB", "RevisionStore", "GRDB", "GRDB", "RevisionStore", "GRDB"])
        #expect(Self.importedModule("// import GRDB in a comment") == nil)
    }

    @Test(arguments: ["WebUI", "NianbaoCLI"])
    func theLayerAboveImportsNeitherTheStoreNorGRDB(target: String) throws {
        let files = Self.swiftFiles(in: Self.sources(of: target))
        #expect(files.count > 10, "no sources found for \(target) at \(Self.sources(of: target).path)")
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
                if let module = Self.importedModule(line), ["RevisionStore", "GRDB"].contains(module) {
                    found.append("\(file.lastPathComponent): \(line)")
                }
            }
        }
        #expect(found.isEmpty, "\(found)")
    }
}
