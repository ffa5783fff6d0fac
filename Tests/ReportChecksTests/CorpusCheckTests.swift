import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// `check` on the five samples reports the real problems `../shared/corpus/README.md` lists, and nothing else.
@Suite(.enabled(if: Corpus.shouldRun, Corpus.skipMessage))
struct CorpusCheckTests {
    static func findings(_ path: String) throws -> [Finding] {
        let result = try ReportParser.parse(try Corpus.data(path))
        return ReportChecker().check(result.report, diagnostics: result.diagnostics)
    }

    static let expected: [(file: String, rules: [String])] = [
        // Section 五 typed without its number, and its subsections start at （二）.
        ("seeds/000_35b5a4da37cb7d63.txt", ["section-unnumbered", "subsection-missing"]),
        // No title line.
        ("seeds/001_7458bd74f5b9c7f3.txt", ["title-missing"]),
        // 一、总体情况 typed twice; section 六 says only 无。 (no 信息处理费).
        ("seeds/002_a820d62a7dc226b5.txt", ["fee-not-reported", "heading-repeated"]),
        // The older template, a truncated table 3 whose four rows of （三） have six numbers for seven columns (one
        // finding each), no table 4 (nor its section), the heading （一）一、, the stale 2023 in section 五, section 六
        // without the fee, paragraphs broken across blank lines.
        (
            "seeds/003_a04c1cce206c730a.txt",
            [
                "cells-unread", "cells-unread", "cells-unread", "cells-unread", "fee-not-reported", "heading-malformed",
                "paragraph-broken", "paragraph-broken",
                "section-missing", "stale-year", "table-incomplete", "table-missing", "template-2019",
            ]
        ),
        // Subsections （二）（三）（四） of section 一 are missing; a sentence is cut off (主动).
        ("seeds/004_3cfdaad65bcb6ffa.txt", ["paragraph-broken", "subsection-missing"]),
    ]

    @Test(arguments: expected.map(\.file))
    func realProblemsAndNoFalseAlarm(file: String) throws {
        let findings = try Self.findings(file)
        let want = Self.expected.first { $0.file == file }?.rules ?? []
        #expect(findings.map(\.rule).sorted() == want.sorted())
    }

    @Test func seed003PointsAtThePlaces() throws {
        let findings = try Self.findings("seeds/003_a04c1cce206c730a.txt")
        // The table stops after （三）4: the seventeen rows after it are the report's problem. Rows 1–4 of （三）
        // have six numbers for seven columns: which column is empty cannot be told, so they are a reading problem,
        // each row's finding with the numbers the clerk typed.
        let incomplete = try #require(findings.first { $0.rule == "table-incomplete" })
        #expect(incomplete.severity == .error)
        #expect(incomplete.kind == .report)
        #expect(incomplete.place.table == 3)
        #expect(incomplete.place.rowKey == "withheld.internal-affairs")
        #expect(incomplete.numbers["缺失单元格"] == 119)
        let unread = try #require(findings.first { $0.rule == "cells-unread" })
        #expect(unread.kind == .reading)
        #expect(unread.place.rowKey == "withheld.state-secret")
        #expect(unread.numbers["缺失单元格"] == 7)
        #expect(
            unread.message
                == "表三「1.属于国家秘密」行只有6个数，应有7个：少了1个数，无法确定缺的是哪一栏，所以该行未填入表中，按缺失处理（请核对原件）；"
                + "原文：(三) 不予公开\t1. 属于国家秘密\t0\t0\t0\t0\t0\t0")
        #expect(
            findings.filter { $0.rule == "cells-unread" }.map(\.place.rowKey) == [
                "withheld.state-secret", "withheld.prohibited-by-law", "withheld.three-safeties",
                "withheld.third-party",
            ])
        let stale = try #require(findings.first { $0.rule == "stale-year" })
        #expect(stale.place.section == ["五、存在的主要问题及改进情况"])
        #expect(stale.numbers["文中年份"] == 2023)
        let subsections = try Self.findings("seeds/004_3cfdaad65bcb6ffa.txt").first { $0.rule == "subsection-missing" }
        #expect(subsections?.message.contains("（二）（三）（四）") == true)
    }

    @Test func realReportsFindTheirKnownProblems() throws {
        // Table 4's 总计 disagrees with its parts as extracted.
        let hongze2023 = try Self.findings("real/hongze-2023-pdftotext-layout.txt")
        #expect(hongze2023.contains { $0.rule == "t4-total" && $0.numbers["各项之和"] == 11 })
        // The prose says 17 requests while table 3 says 95.
        let hongze2024 = try Self.findings("real/hongze-2024-pdftotext-layout.txt")
        #expect(hongze2024.contains { $0.rule == "prose-table" && $0.numbers["正文"] == 17 && $0.numbers["表三"] == 95 })
        // Its arithmetic holds (713 + 36 = 718 + 31).
        let shuyang = try Self.findings("real/shuyang-2025-ocr-markdown.txt")
        #expect(!shuyang.contains { $0.rule.hasPrefix("t3-") || $0.severity == .error })
        // The scrambled extraction is unreadable, not wrong.
        let raw = try Self.findings("real/hongze-2023-pdftotext-raw.txt")
        #expect(raw.contains { $0.rule == "table-unreadable" })
        #expect(!raw.contains { $0.rule.hasPrefix("t3-") })
    }
}
