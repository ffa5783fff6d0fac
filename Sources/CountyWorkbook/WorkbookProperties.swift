import CXlsxWriter
import Foundation

/// What the workbook's file says of itself (File ▸ Properties in Excel and WPS, and the file managers): its title,
/// subject, keywords, the office that made it as author and company, and how many agencies it lists.
struct WorkbookProperties {
    var title: String
    var subject: String
    var author: String
    var keywords: String
    var comments: String

    /// The properties of the county's workbook of `year`, made by `office` (this node's name) from `entries`.
    init(year: Int, office: String, entries: [WorkbookEntry]) {
        title = CountyWorkbook.title(year)
        subject = "\(year)年度政府信息公开工作年度报告"
        author = office
        keywords = "政府信息公开,年度报告,\(year)"
        let missing = entries.count { $0.report == nil }
        let unpublished = entries.count { $0.report != nil && $0.unpublished != nil }
        comments =
            "\(entries.count) 个单位" + (missing > 0 ? "，其中 \(missing) 个未报送" : "")
            + (unpublished > 0 ? "，\(unpublished) 个已报来但未公开" : "") + "。由年报（Nianbao）导出。"
    }

    /// Sets them on a workbook before it is closed (libxlsxwriter copies the strings).
    func set(on workbook: UnsafeMutablePointer<lxw_workbook>) -> lxw_error {
        title.withCString { title in
            subject.withCString { subject in
                author.withCString { author in
                    keywords.withCString { keywords in
                        comments.withCString { comments in
                            var properties = lxw_doc_properties()
                            properties.title = UnsafeMutablePointer(mutating: title)
                            properties.subject = UnsafeMutablePointer(mutating: subject)
                            properties.author = UnsafeMutablePointer(mutating: author)
                            properties.company = UnsafeMutablePointer(mutating: author)
                            properties.keywords = UnsafeMutablePointer(mutating: keywords)
                            properties.comments = UnsafeMutablePointer(mutating: comments)
                            return workbook_set_properties(workbook, &properties)
                        }
                    }
                }
            }
        }
    }
}
