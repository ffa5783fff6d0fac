import Foundation
import ReportModel
import ReportRepository

/// The board's notice that the repository went back to a backup (``ReportRepository/restoredBackup(now:)``), for
/// some days after the restore: to the people who review, that the uploads, marks and comments made after the backup
/// are gone and the offices must upload again; to a clerk, that what she uploaded or submitted since may be gone.
struct RestoredBackupNotice {
    /// What the notice says.
    let text: String

    /// The notice of a restore for the one at the browser, or `nil` for one it does not concern (a viewer).
    ///
    /// - Parameters:
    ///   - restored: The restore.
    ///   - reviews: Whether they may return or publish reports (the county's reviewer, an administrator).
    ///   - edits: Whether they may upload reports (a clerk).
    ///   - language: The language of the page.
    init?(_ restored: RestoredBackup, reviews: Bool, edits: Bool, language: Language) {
        guard reviews || edits else { return nil }
        let made = DisplayFormat.time(restored.made)
        let on = DisplayFormat.time(restored.restored)
        if reviews {
            text = language.choose(
                "系统在 \(on) 换回了 \(made) 做的备份（北京时间）：备份之后的上传、标记和批注都不在了。"
                    + "请通知各单位重新上传，备份之后退回、公开过的报告也要重新标记，写过的批注要重写。",
                "On \(on) this repository went back to the backup made at \(made) (Beijing time): the uploads, "
                    + "marks and comments made after the backup are gone. Ask the offices to upload again, mark again "
                    + "the reports returned or published since, and write the comments again.")
        } else {
            text = language.choose(
                "系统在 \(on) 换回了 \(made) 做的备份（北京时间）：您在 \(made) 之后上传或报送的报告可能不在了。"
                    + "请查看本单位的报告，需要时重新上传、报送。",
                "On \(on) this system went back to the backup made at \(made) (Beijing time): a report you uploaded "
                    + "or submitted after \(made) may be gone. Check your office's reports, and upload or submit "
                    + "again where needed.")
        }
    }
}
