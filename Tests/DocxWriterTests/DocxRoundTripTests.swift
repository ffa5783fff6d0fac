import DocumentLayout
import DocumentReaders
import DocxWriter
import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing
import ZIPFoundation

/// A report exported as .docx reads back, through Nianbao's own .docx reader and parser, to the same report: for the
/// bundled samples, the parser's fixtures, the corpus, generated reports and reports with hostile text.
@Suite struct DocxRoundTripTests {
    /// The five sample reports (`Scripts/samples`) and the parser's fixtures (text, .docx, PDF, web pages).
    static let files: [String] = {
        let root = Corpus.packageRoot
        let samples = [
            "000_35b5a4da37cb7d63", "001_7458bd74f5b9c7f3", "002_a820d62a7dc226b5", "003_a04c1cce206c730a",
            "004_3cfdaad65bcb6ffa",
        ].map { "Scripts/samples/\($0).txt" }
        let fixtures = ["qingshi-2024", "dazhuang-2023"].flatMap { name in
            ["txt", "docx", "pdf", "word.html", "cms.html"].map { "Tests/ReportParserTests/Fixtures/\(name).\($0)" }
        }
        return (samples + fixtures).filter {
            FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path)
        }
    }()

    /// Exports a report and reads the file back.
    static func roundTrip(_ report: Report) throws -> (bytes: Data, report: Report) {
        let bytes = try DocxWriter.write(report)
        let result = try ReportParser.parse(bytes)
        #expect(result.format == .docx)
        return (bytes, result.report)
    }

    /// A Word file made of a revision names it in a custom document property, which the reader gives back (a file
    /// edited from it and committed is merged with what changed since); one made of no revision names none.
    @Test func aWordFileNamesTheRevisionItWasMadeOf() throws {
        let report = SampleReport.make()
        let revision = ObjectID.hashing(Data("第 3 版".utf8))
        let named = try ReportParser.parse(try DocxWriter.write(report, revision: revision))
        #expect(named.exportedRevision == revision.hex)
        #expect(named.report == report)
        #expect(try ReportParser.parse(try DocxWriter.write(report)).exportedRevision == nil)
        let archive = try Archive(data: try DocxWriter.write(report, revision: revision), accessMode: .read)
        #expect(archive["docProps/custom.xml"] != nil)
    }

    static func expectSame(_ found: Report, _ expected: Report, _ name: String) {
        #expect(found == expected, "\(name): the .docx does not read back to the same report")
        guard found != expected else { return }
        if found.title != expected.title { Issue.record("title: \(expected.title ?? "nil") → \(found.title ?? "nil")") }
        if found.preamble != expected.preamble { Issue.record("preamble: \(expected.preamble) → \(found.preamble)") }
        let old = expected.sections.flatMap { [$0] + $0.sections }
        let new = found.sections.flatMap { [$0] + $0.sections }
        if old.map(\.heading) != new.map(\.heading) {
            Issue.record("headings: \(old.map(\.heading)) → \(new.map(\.heading))")
        }
        for (a, b) in zip(old, new) where a.blocks != b.blocks {
            Issue.record("blocks of \(a.heading): \(a.blocks) → \(b.blocks)")
            return
        }
    }

    @Test func theFilesAreHere() {
        #expect(Self.files.count == 15)
    }

    @Test(arguments: files)
    func aFileReadsBackFromItsWordExport(path: String) throws {
        let data = try #require(
            FileManager.default.contents(atPath: Corpus.packageRoot.appendingPathComponent(path).path))
        let report = try ReportParser.parse(data).report
        let (bytes, again) = try Self.roundTrip(report)
        Self.expectSame(again, report, path)
        // The same report gives the same bytes.
        #expect(try DocxWriter.write(report) == bytes)
    }

    @Test(arguments: Corpus.seedNames.map { "seeds/\($0)" } + Corpus.realNames.map { "real/\($0)" })
    func aCorpusReportReadsBackFromItsWordExport(path: String) throws {
        guard Corpus.shouldRun else { return }
        let report = try ReportParser.parse(try Corpus.data(path)).report
        Self.expectSame(try Self.roundTrip(report).report, report, path)
    }

    @Test(arguments: 0..<6)
    func aGeneratedReportReadsBack(seed: Int) throws {
        var generator = ReportGenerator(year: 2020 + seed, numbers: seed.isMultiple(of: 2) ? .distinct : .zeros)
        generator.table2Format2019 = seed == 3
        let report = generator.make(seed: UInt64(seed))
        Self.expectSame(try Self.roundTrip(report).report, report, "generated \(seed)")
    }

    @Test func missingCellsAndHostileTextReadBack() throws {
        var report = SampleReport.make()
        var table3 = try #require(report.table(number: 3))
        table3.setText(nil, row: "received", column: "business")
        table3.setText("5件", row: "received", column: "research")
        table3.setText("", row: "carry-forward", column: "total")
        for (sectionIndex, section) in report.sections.enumerated() {
            for (blockIndex, block) in section.blocks.enumerated() where block.table?.template == table3.template {
                report.sections[sectionIndex].blocks[blockIndex] = .table(table3)
            }
        }
        report.sections[0].blocks.insert(
            contentsOf: [
                .paragraph(Paragraph("（二）这一段以编号开头，却是正文。")),
                .paragraph(Paragraph("第二十条第（一）项")),
                .paragraph(Paragraph("\\以反斜杠开头的正文")),
                .paragraph(Paragraph("<w:p>标签 & \"引号\" 'apostrophe' ]]> 不是 XML")),
                // (a tab is a tab: prose with one stays a paragraph, even when it reads as a row of table 3)
                .paragraph(Paragraph("联系人：张三\t电话：0355-1234567")),
                .paragraph(Paragraph("一、本年新收政府信息公开申请数量\t5\t0\t5")),
            ], at: 0)
        let (bytes, again) = try Self.roundTrip(report)
        Self.expectSame(again, report, "hostile")
        let read = try #require(again.table(number: 3))
        #expect(read.cell(row: "received", column: "business")?.isMissing == true)
        #expect(read.cell(row: "received", column: "research")?.text == "5件")
        // What Word shows is the text as written: no escape mark before a paragraph that looks like a heading
        let archive = try Archive(data: bytes, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        let text = String(decoding: xml, as: UTF8.self)
        #expect(text.contains(">（二）这一段以编号开头，却是正文。<"))
        #expect(text.contains(">第二十条第（一）项<"))
        #expect(text.contains(">\\以反斜杠开头的正文<"))
        #expect(!text.contains("\\（二）") && !text.contains("\\第二十条") && !text.contains("\\\\以"))
        #expect(text.contains("w:val=\"BodyTextAsWritten\""))
        #expect(text.contains(">联系人：张三</w:t></w:r><w:r><w:tab/></w:r>"))
        // The file is the office's, dated 2020-01-01 00:00 as the zip keeps it (a local time: what Word shows)
        let core = try #require(archive["docProps/core.xml"])
        var coreXML = Data()
        _ = try archive.extract(core) { coreXML.append($0) }
        #expect(String(decoding: coreXML, as: UTF8.self).contains("<dc:creator>\(report.agency ?? "")</dc:creator>"))
        #expect(entry.fileAttributes[.modificationDate] as? Date == Date(timeIntervalSince1970: 1_577_836_800))
        // Pages are numbered at the foot (— 1 —), within GB/T 9704's margins
        let footer = try #require(archive["word/footer1.xml"])
        var footerXML = Data()
        _ = try archive.extract(footer) { footerXML.append($0) }
        let footerText = String(decoding: footerXML, as: UTF8.self)
        #expect(footerText.contains("> PAGE </w:instrText>") && footerText.contains(">— </w:t>"))
        #expect(text.contains("<w:footerReference w:type=\"default\" r:id=\"rId3\"/>"))
        #expect(text.contains("w:top=\"2098\" w:right=\"1474\" w:bottom=\"1985\" w:left=\"1588\""))
        // A paragraph typed after an as-written one in Word is ordinary body text
        let styles = try #require(archive["word/styles.xml"])
        var stylesXML = Data()
        _ = try archive.extract(styles) { stylesXML.append($0) }
        #expect(
            String(decoding: stylesXML, as: UTF8.self).contains(
                "w:styleId=\"BodyTextAsWritten\"><w:name w:val=\"报告正文（原样）\"/><w:basedOn w:val=\"Normal\"/>"
                    + "<w:next w:val=\"BodyText\"/><w:pPr>"))
    }

    @Test func tablesHaveTheTemplatesMergedHeaderCells() throws {
        let report = ReportGenerator(numbers: .distinct).make(seed: 7)
        let document = try DocumentReaders.read(Array(try DocxWriter.write(report)))
        let grids = document.tables
        #expect(grids.count == 3)
        let table3 = try #require(grids.first { $0.cells.contains { $0.text == "申请人情况" } })
        // 三、本年度办理结果 is one cell merged down over its 22 rows; 法人或其他组织 spans its five columns.
        let results = try #require(table3.cells.first { $0.text == "三、本年度办理结果" })
        #expect(results.rowSpan == 22)
        #expect(table3.cells.first { $0.text == "法人或其他组织" }?.columnSpan == 5)
        #expect(table3.cells.first { $0.text == "自然人" }?.rowSpan == 2)
        let table4 = try #require(grids.first { $0.cells.contains { $0.text == "行政诉讼" } })
        #expect(table4.cells.first { $0.text == "行政诉讼" }?.columnSpan == 10)
        #expect(table4.rowCount == 4)
        #expect(table4.columnCount == 16)
    }

    /// Headings and the label rows of a table (its header, table 2's 第二十条第（一）项) stay on the page of what
    /// follows them: a caption is never left alone at the foot of a page. Rows of figures break where they fall.
    @Test func headingsAndLabelRowsAreKeptWithWhatFollows() throws {
        let report = ReportGenerator(numbers: .distinct).make(seed: 7)
        let document = try #require(
            String(data: try DocxRoundTripTests.documentXML(try DocxWriter.write(report)), encoding: .utf8))
        let rows = document.components(separatedBy: "<w:tr>").dropFirst().map {
            $0.components(separatedBy: "</w:tr>")[0]
        }
        let caption = try #require(rows.first { $0.contains("第二十条第（一）项") })
        #expect(
            caption.components(separatedBy: "<w:keepNext/>").count - 1 == caption.components(separatedBy: "<w:p>").count
                - 1)
        let header = try #require(rows.first { $0.contains("申请人情况") })
        #expect(header.contains("<w:keepNext/>"))
        let figures = try #require(rows.first { $0.contains("行政许可") })
        #expect(!figures.contains("<w:keepNext/>"))
        let styles = try #require(
            String(
                data: try DocxRoundTripTests.part("word/styles.xml", of: try DocxWriter.write(report)), encoding: .utf8)
        )
        let heading = try #require(styles.components(separatedBy: "w:styleId=\"SectionHeading\"").dropFirst().first)
        #expect(heading.components(separatedBy: "</w:style>")[0].contains("<w:pPr><w:keepNext/>"))
    }

    @Test func aTableWithoutCellsWritesNoEmptyTable() throws {
        var report = SampleReport.make()
        report.sections[4].blocks.append(.table(Table(template: nil, columns: [], rows: [])))
        let document = try #require(
            String(data: try DocxRoundTripTests.documentXML(try DocxWriter.write(report)), encoding: .utf8))
        let tables = document.components(separatedBy: "<w:tbl>").dropFirst()
        #expect(tables.count == 3)
        #expect(tables.allSatisfy { $0.contains("<w:tr>") })
    }

    /// The `word/document.xml` part of a .docx.
    static func documentXML(_ data: Data) throws -> Data {
        try part("word/document.xml", of: data)
    }

    /// A part of a Word file, by its path in the package.
    static func part(_ path: String, of data: Data) throws -> Data {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive[path])
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return bytes
    }
}
