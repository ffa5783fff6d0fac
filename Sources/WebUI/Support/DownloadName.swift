import Foundation
import ReportModel
import ReportRepository

/// The names a report's downloaded files are saved under: the one rule of 下载 Word, 导出文本, the original file and
/// next year's draft (rv120 M8: the text export was `…2025年报-第9版.txt` beside the Word file's
/// `…（第 9 版）.docx`, and the plain `filename=` every browser without `filename*` shows held an id and a hash,
/// `changzhang-2025-0ad44e26.docx`).
///
/// - The name: `常张乡人民政府2025年政府信息公开工作年度报告（第 9 版）.docx`, the version as the batch export's notes
///   say it (``ExportWords/version(number:published:)``), `.txt` the same.
/// - The ASCII fallback: the office's short name in pinyin, the year and the version, `changzhangxiang-2025-v9.docx`
///   (the agency's id where its name spells nothing in pinyin).
enum DownloadName {
    /// `常张乡人民政府2025年政府信息公开工作年度报告（第 9 版）.docx`: `version` is what goes in the brackets, none
    /// without it.
    static func report(_ key: ReportKey, agencyName: String?, version: String?, fileExtension: String) -> String {
        (agencyName ?? key.agency) + "\(key.year)年政府信息公开工作年度报告" + (version.map { "（\($0)）" } ?? "")
            + ".\(fileExtension)"
    }

    /// `changzhangxiang-2025-v9.docx`; `changzhangxiang-2026-draft.docx` for a `label` in place of the version.
    static func fallback(
        _ key: ReportKey, agencyName: String?, generation: Int?, label: String? = nil, fileExtension: String
    ) -> String {
        let version = label ?? generation.map { "v\($0)" }
        let fileExtension = ascii(fileExtension)
        return ([office(key, agencyName: agencyName), "\(key.year)"] + [version].compactMap { $0 })
            .joined(separator: "-") + (fileExtension.isEmpty ? "" : ".\(fileExtension)")
    }

    /// The office in ASCII: its short name (without the regions in front and `人民政府`: ``AgencyNaming/variants(_:)``)
    /// in toneless pinyin (``PlaceNameReading/pinyin(_:)``), or its id.
    static func office(_ key: ReportKey, agencyName: String?) -> String {
        let short = agencyName.flatMap { AgencyNaming.variants($0).last } ?? ""
        let spelled = ascii(PlaceNameReading.pinyin(short))
        return spelled.isEmpty ? ascii(key.agency) : spelled
    }

    /// Only what a quoted `filename=` holds safely everywhere: lowercase letters, digits, `-` and `_`.
    private static func ascii(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.filter {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
            })
    }
}
