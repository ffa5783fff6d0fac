// The refusal of a file that is another office's report, one the person reaches: whose it is, and the way there.

import ReportModel
import ReportRepository

extension UploadController {
    /// The refusal of a file that is the report of another office the person reaches (a clerk of two townships on
    /// the wrong one's page, rv103 F5): whose report it is and a link to where it is uploaded — that office's report
    /// of the file's year, or that year's board for one not started yet (未报送). An office out of the person's reach
    /// is never named (``ReportMismatch``'s `scope:`): its file gets the plain refusal, as does one of a year the
    /// other office neither holds nor is expected to report.
    func otherOfficeRefusal(_ mismatch: ReportMismatch, file: String, scope: AccessScope) async -> WebError {
        guard let id = mismatch.otherOfficeID, let name = mismatch.otherOffice else {
            return Self.refusal(.wrongReport(mismatch), file: file)
        }
        let key = ReportKey(agency: id, year: mismatch.textYear ?? mismatch.target.year)
        let started: Bool
        do {
            started = try await services.catalog.uploadTarget(key, scope: scope) != nil
        } catch {
            return Self.refusal(.wrongReport(mismatch), file: file)
        }
        return Self.otherOffice(mismatch, file: file, name: name, key: key, started: started)
    }

    /// The words and the link of ``otherOfficeRefusal(_:file:scope:)``: `“宋村乡2024.docx”没有上传：这份报告是 长子县宋村乡
    /// 人民政府 2024 年的，不是 长子县南漳镇人民政府 2024 年的报告。要上传它，请到“长子县宋村乡人民政府 2024 年度报告”页上传。
    /// 草稿没有改动。`
    static func otherOffice(
        _ mismatch: ReportMismatch, file: String, name: String, key: ReportKey, started: Bool
    ) -> WebError {
        let (report, english) = (ReportNames.chinese(key, agencyName: name), ReportNames.english(key, agencyName: name))
        let way =
            started
            ? WebError.WayOn(href: ReportAddress.href(key), label: report, englishLabel: english)
            : WebError.WayOn(
                href: "/?year=\(key.year)", label: "\(key.year) 年度报送情况", englishLabel: "Reports of \(key.year)")
        return .refusedWithWayOn(
            "“\(file)”没有上传：\(mismatch.descriptionByName)。"
                + (started
                    ? "要上传它，请到“\(report)”页上传。"
                    : "要上传它，请到“\(key.year) 年度报送情况”，在“上传报告”里选“\(report)”。")
                + "草稿没有改动。",
            english: "\"\(file)\" was not uploaded: \(mismatch.englishDescriptionByName). "
                + (started
                    ? "To upload it, go to the page of the \(english)."
                    : "To upload it, go to Reports of \(key.year) and choose the \(english) under Upload a report.")
                + " The draft was not changed.",
            wayOn: way)
    }
}
