import Foundation
import ReportFixtures
import ReportModel
import Testing

/// The row and column keys that the checks and the parser name are the keys of `Schema/templates/*.json`: a key
/// renamed in a template fails here instead of silently turning a rule off.
@Suite struct TemplateKeyTests {
    /// The files of `Schema/templates`, read from disk.
    static func templateFiles() throws -> [String: String] {
        let folder = Corpus.packageRoot.appendingPathComponent("Schema/templates")
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") {
            files[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    /// The cases of a key type that some template it names lacks, as `table3-2021: received`.
    static func missing<Key: TemplateKey>(_ type: Key.Type, rows: Bool, in catalog: TemplateCatalog) -> [String] {
        var missing: [String] = []
        for id in Key.templateIDs {
            guard let template = catalog.table(id: id) else {
                missing.append("\(id): no such template")
                continue
            }
            for key in Key.allCases {
                let found = rows ? template.row(key.rawValue) != nil : template.column(key.rawValue) != nil
                if !found { missing.append("\(id): \(key.rawValue)") }
            }
        }
        return missing
    }

    static func allMissing(in catalog: TemplateCatalog) -> [String] {
        missing(Table2Row.self, rows: true, in: catalog) + missing(Table2Column.self, rows: false, in: catalog)
            + missing(Table2Column2019.self, rows: false, in: catalog)
            + missing(Table3Row.self, rows: true, in: catalog)
            + missing(Table3Column.self, rows: false, in: catalog) + missing(Table4Row.self, rows: true, in: catalog)
            + missing(Table4Column.self, rows: false, in: catalog)
    }

    @Test func everyKeyTheCodeNamesIsInTheTemplates() throws {
        #expect(Self.allMissing(in: try TemplateCatalog(files: try Self.templateFiles())) == [])
        #expect(Self.allMissing(in: .standard) == [])
        #expect(Table4Column.allCases.count == 15)
        #expect(Table4Column(rawValue: "suit-direct.pending") == Table4Column(.suitDirect, .pending))
    }

    @Test func aRenamedKeyIsCaught() throws {
        var files = try Self.templateFiles()
        files["table3-2021.json"] = files["table3-2021.json"]?.replacingOccurrences(
            of: "\"key\": \"carry-forward\"", with: "\"key\": \"carried-forward\"")
        let renamed = try TemplateCatalog(files: files)
        #expect(Self.allMissing(in: renamed) == ["table3-2021: carry-forward"])
    }
}
