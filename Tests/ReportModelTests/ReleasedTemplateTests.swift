import Foundation
import ReportModel
import Testing

/// A released template never changes (`Schema/templates.md`, "The immutability rule"): a stored table keeps only its
/// template id and cells, so its rows and columns are read back through the template. This pins, for every released
/// table template, the part that reaches the stored bytes (rows and columns: their number, order, keys, paths, groups
/// and cell columns); variants, markers and notes may still grow.
@Suite struct ReleasedTemplateTests {
    /// The SHA-256 of ``shape(of:)`` of every released template. A new format is a new id added here; a changed
    /// digest means a released template was edited, which must instead become a new template.
    static let released = [
        "table2-2019": "982cb1fbbd8c0d8346b6a0e956afd52c6aedecfcc6cfa7d2a7cbc83937de0092",
        "table2-2021": "63462158b10f382f08bd975018062818abd80b4447126d8cb9e6491e8d2f0393",
        "table3-2019": "f85a67e9a3339e470133c692584e58b8cc5b68f720497a2c93e8ff8974426491",
        "table3-2021": "607e9d843cac5023262b4b4307fec4cf911ebaaf87ad84888bd19f8f190dba31",
        "table4-2021": "2b9f756bb036d4937fe3dfd9ee8dce0e868079a9b981aa7b42f83085bdda16ef",
    ]

    /// What of a template the stored tables depend on, one line each: `template ID`, then `column KEY PATH` per
    /// column and `row KEY PATH group=0|1 columns=*|KEY,…` per row, in order, paths joined by `/`, each line ending
    /// with LF.
    static func shape(of template: TableTemplate) -> String {
        var lines = ["template \(template.id)"]
        for column in template.columns {
            lines.append("column \(column.key) \(column.path.joined(separator: "/"))")
        }
        for row in template.rows {
            let columns = row.columns.map { $0.joined(separator: ",") } ?? "*"
            lines.append(
                "row \(row.key) \(row.path.joined(separator: "/")) group=\(row.group ? 1 : 0) columns=\(columns)")
        }
        return lines.map { $0 + "\n" }.joined()
    }

    @Test func everyReleasedTemplateKeepsItsRowsAndColumns() {
        let tables = TemplateCatalog.standard.tables
        #expect(Set(tables.map(\.id)) == Set(Self.released.keys), "a template was added or removed")
        for template in tables {
            let digest = ObjectID.hashing(Data(Self.shape(of: template).utf8)).hex
            #expect(
                digest == Self.released[template.id],
                "\(template.id) changed its rows or columns: a released template never changes, add a new one")
        }
    }
}
