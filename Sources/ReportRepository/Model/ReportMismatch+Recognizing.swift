// Reading back what a forced commit stored of its mismatch (`（强制提交：这份报告是 …）`), to say it in English.

import Foundation
public import ReportModel

extension ReportMismatch {
    /// The mismatch a stored Chinese description says (``description(in:)``), or `nil` for a text that does not
    /// read back to the very same words: the English pages say a forced commit's note in English from it, and show
    /// anything else as stored.
    public init?(recognizing text: String) {
        /// `changzhang/2024` or `changzhang/2024（常张乡人民政府）`.
        func target(_ text: Substring) -> (key: ReportKey, name: String?)? {
            var keyText = text
            var name: String?
            if text.hasSuffix("）"), let open = text.firstIndex(of: "（") {
                keyText = text[..<open]
                name = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            }
            return ReportKey(keyText).map { ($0, name) }
        }
        var found: ReportMismatch?
        if text.hasPrefix(Self.namesNothingPrefix), text.hasSuffix(Self.namesNothingSuffix),
            let wanted = target(text.dropFirst(Self.namesNothingPrefix.count).dropLast(Self.namesNothingSuffix.count))
        {
            found = ReportMismatch(
                textAgency: nil, textYear: nil, target: wanted.key, targetName: wanted.name, textAgencyID: nil)
        } else if text.hasPrefix("这份报告是 "), let not = text.range(of: "的，不是 ") {
            var named = text[text.index(text.startIndex, offsetBy: 6)..<not.lowerBound]
            var rest = text[not.upperBound...]
            var otherOffice: String?
            if rest.hasSuffix(Self.otherOfficeSuffix), let open = rest.range(of: "（文件里的名称是 ") {
                otherOffice = String(
                    rest[open.upperBound..<rest.index(rest.endIndex, offsetBy: -Self.otherOfficeSuffix.count)])
                rest = rest[..<open.lowerBound]
            }
            var year: Int?
            if named.hasSuffix(" 年") {
                let digits = named.dropLast(2).reversed().prefix { $0.isNumber }
                if !digits.isEmpty, let number = Int(String(digits.reversed())) {
                    year = number
                    named = named.dropLast(2 + digits.count)
                    if named.hasSuffix(" ") { named = named.dropLast() }
                }
            }
            var agencyID: String?
            if named.hasSuffix("）"), let open = named.range(of: "（本仓库的 ", options: .backwards) {
                agencyID = String(named[open.upperBound..<named.index(before: named.endIndex)])
                named = named[..<open.lowerBound]
            }
            if let wanted = target(rest) {
                var mismatch = ReportMismatch(
                    textAgency: named.isEmpty ? nil : String(named), textYear: year, target: wanted.key,
                    targetName: wanted.name, textAgencyID: agencyID)
                mismatch.otherOffice = otherOffice
                found = mismatch
            }
        }
        if found == nil { found = Self.titleYearLeft(recognizing: text) ?? Self.periodYearLeft(recognizing: text) }
        guard let found, found.description(in: .chinese) == text else { return nil }
        self = found
    }

    /// The mismatch of a title whose year was left (``chineseTitleYearLeft``): `文件的标题写 2024 年，统计期限却是
    /// 2025 年（文件名也是 2025 年）：多半是标题里的年份没改` (rv100 F7: it stayed Chinese on the English pages). The
    /// words do not name the report it was committed as; the one given is the period's year, which they do not say.
    private static func titleYearLeft(recognizing text: String) -> ReportMismatch? {
        guard text.hasPrefix("文件的标题写 "), text.hasSuffix("：多半是标题里的年份没改") else { return nil }
        let years = text.split { !$0.isASCII || !$0.isNumber }.compactMap { Int($0) }
        guard years.count == 2 || years.count == 3 else { return nil }
        var mismatch = ReportMismatch(
            textAgency: nil, textYear: years[0], target: ReportKey(agency: "", year: years[1]), targetName: nil,
            textAgencyID: nil)
        mismatch.titleYear = years[0]
        mismatch.periodYear = years[1]
        mismatch.fileNameYear = years.count == 3 ? years[2] : nil
        mismatch.isTitleYearLeft = true
        return mismatch
    }

    /// The mismatch of an earlier year's file with only its title's year changed (``chinesePeriodYearLeft``), with
    /// the version it was downloaded from when the words name one. They do not name the report it was committed as;
    /// the one given is of the title's year, which they do.
    private static func periodYearLeft(recognizing text: String) -> ReportMismatch? {
        guard text.hasPrefix("文件的标题写 "), text.contains("统计期限却还是 ") else { return nil }
        let numbers = text.split { !$0.isASCII || !$0.isNumber }.compactMap { Int($0) }
        guard numbers.count >= 2 else { return nil }
        var mismatch = ReportMismatch(
            textAgency: nil, textYear: numbers[0], target: ReportKey(agency: "", year: numbers[0]), targetName: nil,
            textAgencyID: nil)
        mismatch.titleYear = numbers[0]
        mismatch.periodYear = numbers[1]
        mismatch.isPeriodYearLeft = true
        if text.hasSuffix("下载的）"), let version = numbers.last { mismatch.downloadedFrom = version }
        return mismatch
    }

    private static let namesNothingPrefix = "这份文件没有写明机关名称和年度，看不出是 "
    private static let namesNothingSuffix = "的报告（是不是空白模板或别的文件？）"
    private static let otherOfficeSuffix = " 的名称或和它只差一两个字：是不是选错了文件？）"
}
