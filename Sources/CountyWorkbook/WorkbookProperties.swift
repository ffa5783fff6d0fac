import CXlsxWriter
import Foundation
import ReportModel

/// What the workbook's file says of itself (File ▸ Properties in Excel and WPS, and the file managers): its title,
/// subject, keywords, the office that made it as author and company, and how many agencies it lists.
struct WorkbookProperties {
    var title: String
    var subject: String
    var author: String
    var keywords: String
    var comments: String

    /// The properties of the county's workbook of `year`, made by `office` (this node's name) from `entries`, in
    /// the language of `words`.
    init(year: Int, office: String, entries: [WorkbookEntry], words: WorkbookWords = WorkbookWords(.chinese)) {
        title = words.title(year)
        subject = words.subject(year)
        author = office
        keywords = words.keywords(year)
        let unpublished = entries.filter { $0.report != nil && $0.unpublished != nil }
        comments = words.comments(
            agencies: entries.count, missing: entries.count { $0.report == nil },
            drafts: unpublished.count { !$0.isReported }, unpublished: unpublished.count(where: \.isReported))
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
