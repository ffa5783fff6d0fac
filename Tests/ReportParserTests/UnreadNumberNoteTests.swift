import DocumentLayout
import ReportModel
import ReportParser
import Testing

/// A fee typed in another unit (`77302800元` where the column counts 万元) or with a decimal comma (`7730,28`) has no
/// value, its text kept as typed; `parse` says why, in a text file and in a grid alike. Both had been missing without a
/// word (review rr94 F8 item 6).
@Suite struct UnreadNumberNoteTests {
    static func text(fee: String) -> String {
        """
        二、主动公开政府信息情况

        第二十条第（八）项
        信息内容\t本年收费金额（单位：万元）
        行政事业性收费\t\(fee)
        """
    }

    /// (`7730，28`, a full-width comma typed in Chinese input, was no cell at all in a tabbed table: the row was lost as
    /// 表二在「行政强制」行之后中断.)
    @Test(arguments: [("77302800元", "单位是元，本栏以万元计"), ("7730,28", "不是规范的数字写法"), ("7730，28", "不是规范的数字写法")])
    func aFeeThatIsNoNumberInItsColumnIsNamed(fee: String, reason: String) throws {
        let result = try ReportParser.parse(text: Self.text(fee: fee))
        let cell = try #require(result.report.table(number: 2)?.cell(row: "fees", column: "fee-amount"))
        #expect(cell.text == fee)
        #expect(cell.value == nil)
        let note = try #require(result.diagnostics.first { $0.code == .cellNumberUnread }, "\(result.diagnostics)")
        #expect(note.message.contains("「\(fee)」：\(reason)") && note.message.contains("未读取数值，按原文保留"))
        #expect(note.subject?.row == "fees" && note.subject?.column == "fee-amount")
    }

    @Test func aFeeInItsOwnUnitOrAPlainNumberHasNoSuchNote() throws {
        for fee in ["7730.28", "7,730.28", "7730.28万元", "0"] {
            let result = try ReportParser.parse(text: Self.text(fee: fee))
            #expect(!result.diagnostics.contains { $0.code == .cellNumberUnread }, "\(fee)")
        }
    }
}
