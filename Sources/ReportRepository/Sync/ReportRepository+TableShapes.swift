// Template tables another node sends are held to the shape the parser makes (Schema/canonical-encoding.md): a
// forged one — a cell twice, a cell missing, cells out of order, a row twice — is refused, not stored.

import ReportModel
import RevisionStore

extension ReportRepository {
    /// Refuses a batch holding a table of a template whose rows or cells are not the template's
    /// (``ReportModel/TableTemplate/shapeProblem(rows:)``): the county would hold a version whose bytes no file and
    /// no export give, and whose text export no longer reads back to it (review rv107 F10). Only the tables the batch
    /// brings are read, with their rows from the batch or the store.
    ///
    /// - Throws: ``RepositoryError/tableNotTemplateShaped(table:problem:)``.
    static func checkTableShapes(_ objects: [ReceivedObject], in reader: some StoreReading) throws {
        let header = ObjectKind.table.headerLine
        let tables = objects.filter { $0.bytes.starts(with: header) }
        guard !tables.isEmpty else { return }
        let rowHeader = ObjectKind.row.headerLine
        var sent: [ObjectID: RowNode] = [:]
        for object in objects where object.bytes.starts(with: rowHeader) {
            if case .row(let row)? = try? CanonicalObject.decode(object.bytes) { sent[object.id] = row }
        }
        for object in tables {
            guard case .table(let table)? = try? CanonicalObject.decode(object.bytes), let id = table.template,
                let template = TemplateCatalog.standard.table(id: id)
            else { continue }
            var rows: [(key: String, columns: [String])] = []
            for rowID in table.rows {
                // (a row neither sent nor stored is the store's own check's to refuse)
                guard let row = sent[rowID] ?? Self.storedRow(rowID, in: reader) else { continue }
                rows.append((row.key, row.cells.map(\.column)))
            }
            if let problem = template.shapeProblem(rows: rows) {
                throw RepositoryError.tableNotTemplateShaped(table: template.table, problem: problem)
            }
        }
    }

    /// A row the store holds, decoded; `nil` when it holds none of that name.
    private static func storedRow(_ id: ObjectID, in reader: some StoreReading) -> RowNode? {
        guard case .row(let row)? = try? reader.object(id)?.decoded() else { return nil }
        return row
    }
}
