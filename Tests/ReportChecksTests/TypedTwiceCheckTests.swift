import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A row or a column of table 3 typed twice with differing figures is left missing by the reader, which says so as a
/// reading problem; the check must not also call table 3 incomplete, the report's error, for a row the clerk filled
/// (review rv113 F1).
@Suite struct TypedTwiceCheckTests {
    typealias F = DocxFixture

    static let columns = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]

    /// Table 3 with two header rows and the rows given (label, then seven cells; a second 自然人 column when
    /// `twoNaturalPersons`).
    static func word(_ rows: [[String]], twoNaturalPersons: Bool = false) throws -> [UInt8] {
        let natural = twoNaturalPersons ? 2 : 1
        let header1 =
            F.tc("申请人情况", merge: "restart")
            + String(repeating: F.tc("自然人", merge: "restart"), count: natural) + F.tc("法人或其他组织", span: 5)
            + F.tc("总计", merge: "restart")
        let header2 =
            F.tc("", merge: "continue") + String(repeating: F.tc("", merge: "continue"), count: natural)
            + columns.map { F.tc($0) }.joined() + F.tc("", merge: "continue")
        let body = [F.tr(header1), F.tr(header2)] + rows.map { F.tr($0.map { F.tc($0) }.joined()) }
        let table =
            "<w:tbl><w:tblPr/><w:tblGrid>\(String(repeating: "<w:gridCol w:w=\"900\"/>", count: 8 + natural))"
            + "</w:tblGrid>\(body.joined())</w:tbl>"
        return try F.make(body: F.p("三、收到和处理政府信息公开申请情况") + table + F.p("四、政府信息公开行政复议、行政诉讼情况"))
    }

    static func findings(_ bytes: [UInt8]) throws -> [Finding] {
        let result = try ReportParser.parse(bytes)
        return ReportChecker().check(result.report, diagnostics: result.diagnostics)
    }

    static func row(_ label: String, _ base: Int, extra: Int? = nil) -> [String] {
        [label, String(base)] + (extra.map { [String($0)] } ?? []) + (1..<7).map { String(base + $0) }
    }

    @Test func aRowTypedTwiceDifferentlyIsNoGapOfTheReport() throws {
        let findings = try Self.findings(
            try Self.word([Self.row("一、本年新收政府信息公开申请数量", 100), Self.row("一、本年新收政府信息公开申请数量", 800)]))
        #expect(findings.contains { $0.rule == "table-rows-disagree" })
        let incomplete = findings.filter { $0.rule == "table-incomplete" || $0.rule == "cells-unread" }
        #expect(!incomplete.contains { $0.place.rowKey == "received" }, "\(incomplete.map(\.message))")
        #expect(!incomplete.contains { $0.message.contains("一、本年新收") }, "\(incomplete.map(\.message))")
    }

    @Test func aColumnTypedTwiceDifferentlyIsNoGapOfTheReport() throws {
        let findings = try Self.findings(
            try Self.word(
                [Self.row("一、本年新收政府信息公开申请数量", 100, extra: 300), Self.row("二、上年结转政府信息公开申请数量", 110, extra: 301)],
                twoNaturalPersons: true))
        #expect(findings.contains { $0.rule == "table-columns-disagree" })
        let incomplete = findings.filter { $0.rule == "table-incomplete" }
        #expect(
            !incomplete.contains { ($0.place.rowKey == "received" || $0.place.rowKey == "carried-over") },
            "\(incomplete.map(\.message))")
    }
}
