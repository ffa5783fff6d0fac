import Foundation
import ReportDiff
import ReportModel

/// The places a file and the draft both changed, as a refusal names them: each place, and for a cell or another short
/// text the two values, the draft's and the file's — `三、表三 · 本年新收 · 自然人（草稿里是 41，文件里是 43）` — so
/// that the person sees what to settle without opening both (rv120 M1). A longer text (a paragraph) is named by its
/// place alone.
enum ConflictPlaces {
    /// The most characters a value may have to be quoted beside its place.
    static let quotedLength = 20

    /// The places of `conflicts` (the draft's side `ours`, the file's `theirs`) in `report`, in both languages.
    static func labels(of conflicts: [MergeConflict], in report: Report) -> [BilingualText] {
        let units = conflicts.map(\.unit)
        let names = zip(
            UnitPlace.labels(of: units, in: report, language: .chinese),
            UnitPlace.labels(of: units, in: report, language: .english))
        return zip(conflicts, names).map { conflict, name in
            guard case .text(let draft)? = conflict.ours, case .text(let file)? = conflict.theirs,
                isQuotable(draft), isQuotable(file)
            else { return BilingualText(name.0, english: name.1) }
            let (chinese, english) = (quoted(draft, missing: "（缺失）"), quoted(draft, missing: "(missing)"))
            let (fileChinese, fileEnglish) = (quoted(file, missing: "（缺失）"), quoted(file, missing: "(missing)"))
            return BilingualText(
                "\(name.0)（草稿里是 \(chinese)，文件里是 \(fileChinese)）",
                english: "\(name.1) (the draft has \(english), the file \(fileEnglish))")
        }
    }

    /// Whether a value is short enough to quote (a cell that could not be read is: as missing).
    private static func isQuotable(_ text: String?) -> Bool {
        (text?.trimmingCharacters(in: .whitespacesAndNewlines).count ?? 0) <= quotedLength
    }

    /// A value as quoted: trimmed, or `missing` for a cell that could not be read.
    private static func quoted(_ text: String?, missing: String) -> String {
        text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? missing
    }
}
