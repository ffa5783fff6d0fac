import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// Exporting a revision and committing the export is the identity: the canonical text of any report the parser read
/// — from damaged, mutated text included — reads back to exactly that report.
@Suite struct ExportIdentityTests {
    /// The five sample reports kept in the repository (`Scripts/samples`).
    static let samples: [(name: String, text: String)] = {
        let folder = Corpus.packageRoot.appendingPathComponent("Scripts/samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                let report = try? ReportParser.parse(data).report, !report.sections.isEmpty
            else { return nil }
            return (name, String(decoding: data, as: UTF8.self))
        }
    }()

    /// Generated reports in every layout the fixtures render.
    static let generated: [(name: String, text: String)] = ReportLayout.allCases.enumerated().map { index, layout in
        let report = ReportGenerator().make(seed: UInt64(100 + index))
        return ("generated-\(layout)", LayoutRenderer(layout: layout, seed: UInt64(index)).render(report))
    }

    @Test func theSamplesAreHere() {
        #expect(Self.samples.count == 5)
    }

    @Test(arguments: 0..<6)
    func mutatedReportsExportToThemselves(batch: Int) throws {
        let inputs = Self.samples + Self.generated
        var checked = 0
        for (offset, input) in inputs.enumerated() {
            for round in 0..<5 {
                let seed = UInt64(batch * 10_000 + offset * 100 + round)
                let text = TextMutator().mutate(input.text, seed: seed)
                guard let report = try? ReportParser.parse(text: text).report else { continue }
                checked += 1
                let exported = ReportText.render(report)
                let again = try ReportParser.parse(text: exported).report
                let same = again == report
                #expect(same, "\(input.name), seed \(seed): the export does not read back to the same report")
                if !same {
                    Self.explain(report, again)
                    return
                }
            }
        }
        #expect(checked > inputs.count * 3)
    }

    /// Cells as clerks write them in Word — a note, words, a unit — read back from the text export in their places,
    /// as written: the export of such a report, committed again, had left their rows missing and their words as a
    /// paragraph (review rr93 F1). A `|` in a cell (`5|3`) is written `5\|3`, as Markdown tables write it: it had cut
    /// its row in two; the characters `<br>` are written `\<br>`, a line break being `<br>`.
    @Test(arguments: [
        "100（其中99件）", "不涉及", "0.5万", "12（注1）", "约9000", "3 件", "12\n（含转办3件）", "5|3", "|", "见附表|2\n（注）",
        // (the characters `<br>`, pasted from a web editor, are no line break: rv105 F3)
        "84<br>网上", "a\\<br>b", "<br>\n<br>",
    ])
    func aCellWithWordsReadsBackFromTheExport(_ text: String) throws {
        var report = SampleReport.make()
        report.modifyTable(number: 2) { $0.setText(text, row: "normative-documents", column: "repealed") }
        report.modifyTable(number: 3) { $0.setText(text, row: "partly-disclosed", column: "natural-person") }
        report.modifyTable(number: 4) { $0.setText(text, row: "cases", column: "review.upheld") }
        let exported = ReportText.render(report)
        let again = try ReportParser.parse(text: exported)
        #expect(again.report == report, "\(text)\n\(exported)")
        if again.report != report { Self.explain(report, again.report) }
    }

    @Test func anEscapedLineIsAParagraphExactly() throws {
        let text = "一、总体情况\n\n\\（二）这一行是正文，不是标题\n\n\\\\以反斜杠开头的正文\n"
        let report = try ReportParser.parse(text: text).report
        let paragraphs = report.sections.first?.blocks.compactMap(\.paragraph?.text)
        #expect(paragraphs == ["（二）这一行是正文，不是标题", "\\以反斜杠开头的正文"])
        #expect(report.sections.first?.sections.isEmpty == true)
        let again = try ReportParser.parse(text: ReportText.render(report)).report
        let same = again == report
        #expect(same)
    }

    /// Records where two reports first differ.
    static func explain(_ expected: Report, _ found: Report) {
        if expected.title != found.title { Issue.record("title: \(expected.title ?? "nil") → \(found.title ?? "nil")") }
        if expected.preamble != found.preamble { Issue.record("preamble: \(expected.preamble) → \(found.preamble)") }
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
}
