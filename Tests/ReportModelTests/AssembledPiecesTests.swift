import ReportModel
import Testing

/// Reports rebuilt with shared pieces: the revisions of a report read each unchanged section once, and are the same
/// reports as rebuilt alone.
@Suite struct AssembledPiecesTests {
    /// The sample report and a revision of it with one cell of table 3 changed, in one object store.
    static func twoRevisions() throws -> (first: ObjectID, second: ObjectID, edited: Report, store: [ObjectID: [UInt8]])
    {
        let report = try CanonicalObjectTests.sampleReport()
        var edited = report
        guard case .table(var table) = edited.sections[1].blocks[0] else {
            throw ModelError.unknownTemplate("table3-2021")
        }
        table.setText("99", row: "received", column: "business")
        edited.sections[1].blocks[0] = .table(table)
        let (first, firstObjects) = ObjectGraph.objects(of: report)
        let (second, secondObjects) = ObjectGraph.objects(of: edited)
        var store: [ObjectID: [UInt8]] = [:]
        for object in firstObjects + secondObjects { store[object.id] = object.bytes }
        return (first, second, edited, store)
    }

    @Test func aSecondRevisionReadsOnlyWhatItsEditChanged() throws {
        // Given two revisions that differ in one cell, and the first rebuilt with shared pieces
        let (first, second, edited, store) = try Self.twoRevisions()
        let pieces = AssembledPieces()
        var read: [ObjectID] = []
        _ = try ObjectGraph.report(root: first, sharing: pieces) { id in
            read.append(id)
            return store[id]
        }
        let firstReads = read.count
        read.removeAll()
        // When the second is rebuilt with the same pieces
        let rebuilt = try ObjectGraph.report(root: second, sharing: pieces) { id in
            read.append(id)
            return store[id]
        }
        // Then it is the edited report, and only its root, the changed section, table and row were read
        #expect(rebuilt == edited)
        #expect(read.count == 4)
        #expect(firstReads > 10)
        // and rebuilt alone it is the same report
        #expect(try ObjectGraph.report(root: second) { store[$0] } == rebuilt)
    }

    @Test func aReferenceOfAnotherKindIsRefusedEvenWhenThePieceIsKnown() throws {
        // Given the pieces of a report, one of whose paragraphs a forged section refers to as a table
        let report = try CanonicalObjectTests.sampleReport()
        let (root, objects) = ObjectGraph.objects(of: report)
        var store = Dictionary(uniqueKeysWithValues: objects.map { ($0.id, $0.bytes) })
        let pieces = AssembledPieces()
        _ = try ObjectGraph.report(root: root, sharing: pieces) { store[$0] }
        let paragraph = try #require(objects.first { $0.kind == .paragraph })
        let forgedSection = EncodedObject(
            .section(
                SectionNode(heading: "假的", blocks: [BlockReference(kind: .table, id: paragraph.id)], sections: [])))
        let forgedRoot = EncodedObject(
            .report(ReportNode(title: "假的", agency: "瓦岗寨乡", year: 2023, blocks: [], sections: [forgedSection.id])))
        store[forgedSection.id] = forgedSection.bytes
        store[forgedRoot.id] = forgedRoot.bytes
        // When that root is rebuilt with the pieces that hold the paragraph
        // Then it is refused as it is without them
        #expect(throws: ModelError.self) {
            try ObjectGraph.report(root: forgedRoot.id, sharing: pieces) { store[$0] }
        }
        #expect(throws: ModelError.self) { try ObjectGraph.report(root: forgedRoot.id) { store[$0] } }
    }
}
