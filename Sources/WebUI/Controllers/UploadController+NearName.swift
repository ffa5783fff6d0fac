// The refusal of a file naming the office one or two characters off, for a report not started yet (no page to show).

import ReportModel
import ReportRepository

extension UploadController {
    /// The refusal of a report's first upload whose file names the office one or two characters differently from
    /// its registered name (``ReportMismatch/isNearName``), for a report that has no revision and so no page yet
    /// (rv115 F9): the words of the report page's refusal, both names, and the way on — for one who may register
    /// names, the button that makes the file's name another name of the office (``AgencyNameController``); for a
    /// clerk, the year's board, where the corrected file is uploaded again.
    static func nearName(
        file: String, named: String, registered: String, key: ReportKey, canName: Bool
    ) -> WebError {
        let (chinese, english) = (PageWords.chinese.upload, PageWords.english.upload)
        let way =
            canName
            ? WebError.WayOn(
                href: ReportAddress.href(key, "agency-name"),
                label: chinese.nameButton(named: named, registered: registered),
                englishLabel: english.nameButton(named: named, registered: registered), postedName: named)
            : WebError.WayOn(
                href: "/?year=\(key.year)", label: "\(key.year) 年度报送情况", englishLabel: "Reports of \(key.year)")
        return .refusedWithWayOn(
            chinese.nearName(file: file, named: named, registered: registered, canName: canName),
            english: english.nearName(file: file, named: named, registered: registered, canName: canName),
            wayOn: way)
    }
}
