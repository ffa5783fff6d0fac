import Foundation
import ReportModel
import Testing

/// A number typed with a unit is read only when the unit is its column's: `12件` in a count column, `2.5万元` in the
/// fee column (万元). `5000元` in the fee column is 0.5 万元, not 5000: it keeps its text and has no value.
@Suite struct ColumnUnitTests {
    @Test(arguments: [
        ("5000元", "元"), ("1200.00元", "元"), ("3千元", "千元"), ("1.2亿元", "亿元"), ("12件", "件"),
    ])
    func aNumberInAnotherUnitThanTheFeeColumnsHasNoValue(text: String, unit: String) {
        let cell = Cell(column: "fee-amount", text: text)
        #expect(cell.unit == .amount("万元"))
        #expect(cell.value == nil)
        #expect(cell.text == text)
        #expect(cell.isNotFilled)
        #expect(CellText.foreignUnit(text, in: .amount("万元")) == unit)
    }

    @Test(arguments: [("3万元", "万元"), ("3元", "元"), ("1.2万", "万"), ("1.2万件", "万件"), ("2万人次", "万人次")])
    func aNumberInAnAmountsUnitHasNoValueInACountColumn(text: String, unit: String) {
        let cell = Cell(column: "natural-person", text: text)
        #expect(cell.unit == .count)
        #expect(cell.value == nil)
        #expect(CellText.foreignUnit(text, in: .count) == unit)
    }

    @Test func unitsThatAgreeWithTheColumnAreReadAsBefore() {
        #expect(Cell(column: "fee-amount", text: "0.5万元").value == Decimal(string: "0.5"))
        #expect(Cell(column: "fee-amount", text: "7545.28").value == Decimal(string: "7545.28"))
        for unit in ["件", "个", "次", "条", "份", "项", "人次"] {
            #expect(Cell(column: "natural-person", text: "12\(unit)").value == 12)
            #expect(CellText.foreignUnit("12\(unit)", in: .count) == nil)
        }
        // `0.12万` abbreviates the column's 万元: read in it, with the unit noted; no unit to complain of.
        #expect(CellText.foreignUnit("0.12万", in: .amount("万元")) == nil)
        #expect(
            Cell(column: "fee-amount", text: "0.12万").reading == .writtenNumber(Decimal(string: "0.12")!, .unit("万")))
        #expect(Cell(column: "fee-amount", text: " 3 万 ").value == 3)
        // In a count column `1.2万` would be 12,000 件: converting is the person's to do, the cell has no value.
        #expect(Cell(column: "natural-person", text: "1.2万").value == nil)
        #expect(Cell(column: "金额", text: "1.2万").value == nil)
        // A plain grid's column has no known unit: every unit reads, as it always did.
        #expect(Cell(column: "金额", text: "5000元").value == 5000)
    }

    @Test func everyColumnKeyHasOneUnitInEveryTemplate() {
        var units: [String: ColumnUnit] = [:]
        for table in TemplateCatalog.standard.tables {
            for column in table.columns {
                if let known = units[column.key] {
                    #expect(known == column.unit, "\(column.key) in \(table.id)")
                }
                units[column.key] = column.unit
                #expect(TemplateCatalog.standard.unit(ofColumn: column.key) == column.unit)
            }
        }
        #expect(TemplateCatalog.standard.table(id: "table2-2021")?.column("fee-amount")?.unit == .amount("万元"))
    }
}
