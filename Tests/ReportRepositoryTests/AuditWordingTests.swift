import Foundation
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// The audit log's details read in English: every wording reads back the detail it writes, with its parts as
/// written, and no wording takes another's detail.
@Suite struct AuditWordingTests {
    @Test func everyWordingReadsBackTheDetailItWrites() {
        for wording in AuditWording.all {
            let count = wording.chinese.components(separatedBy: "{}").count - 1
            let parts = ["李明", "常张乡人民政府", "三、收到和处理政府信息公开申请情况", "县政务公开办"].prefix(count).map { $0 }
            let detail = AuditWording.filling(wording.chinese, with: parts)
            let english = AuditWording.english(of: detail)
            #expect(english == AuditWording.filling(wording.english, with: parts), "\(detail) → \(english ?? "nil")")
        }
    }

    @Test func aDetailOfNoWordingStaysAsKept() {
        #expect(AuditWording.english(of: "合并 从 县政务公开办 拉取的修订（网页，王审核）") == nil)
        #expect(AuditWording.english(of: "report.docx") == nil)
        // (a part may hold the words of the wording itself: a comment that quotes a mark)
        #expect(
            AuditWording.english(of: AuditWording.commandLineMarkSaying(.returned).detail("命令行：已报送"))
                == "returned on the command line: 命令行：已报送")
    }

    @Test func theDetailsWrittenReadInEnglish() {
        #expect(
            AuditWording.english(of: AuditWording.agencyAdded.detail("常张乡人民政府", "changzhang"))
                == "registered the agency 常张乡人民政府 (id changzhang)")
        #expect(
            AuditWording.english(of: AuditWording.personAdded(.clerk).detail("李明")) == "added 李明 (township clerk)")
        #expect(
            AuditWording.english(of: AuditWording.received(.mark(.submitted)).detail("3", "李明", "常张乡"))
                == "received the mark “Submitted”, version 3: 李明 (committed on 常张乡)")
        #expect(AuditWording.english(of: "命令行合并") == "merged on the command line")
        // (what made a version names it, as an upload does: rv117 M10)
        #expect(AuditWording.english(of: "命令行合并 → 第 3 版") == "merged on the command line → version 3")
        #expect(
            AuditWording.english(of: "命令行提交 W2.docx → 第 22 版") == "committed W2.docx on the command line → version 22")
        #expect(AuditWording.english(of: "常张乡2025.docx → 第 2 版") == "常张乡2025.docx → version 2")
        // (who set a pulled mark: rv117 M10)
        let published = AuditWording.receivedDetail(
            .markSet(.published), setter: "王审核", number: 22, author: "李四", node: "常张乡")
        #expect(published == "收到标记“已公开”（王审核 设置），第 22 版：李四（在 常张乡 节点提交）")
        #expect(
            AuditWording.english(of: published)
                == "received the mark “Published” (set by 王审核), version 22: 李四 (committed on 常张乡)")
        #expect(published.hasPrefix(ReportRepository.receivedWords(of: .published)))
        // (the rename said where to: “renamed the agency 长子县常张乡人民政府 (id changzhang) 长子县常张镇人民政府”, rv108 F6)
        #expect(
            AuditWording.english(of: AuditWording.agencyRenamed.detail("常张乡人民政府", "changzhang", "常张镇人民政府"))
                == "renamed the agency 常张乡人民政府 (id changzhang) to 常张镇人民政府")
        #expect(
            AuditWording.english(
                of: AuditWording.agencyRenamedBySync.detail("常张乡人民政府", "changzhang", "常张镇人民政府", "县政务公开办"))
                == "renamed the agency 常张乡人民政府 (id changzhang) to 常张镇人民政府 (synced from 县政务公开办)")
    }

    /// A received revision without a number (a store without numbers) was written `第 ? 版`; the line now leaves the
    /// number out, in both languages, and still begins as the 流程 reads a received mark.
    @Test func aReceivedRevisionWithoutANumberIsNotNumberedWithAQuestionMark() {
        let numbered = AuditWording.receivedDetail(.mark(.published), number: 3, author: "王审核", node: "县政务公开办")
        #expect(numbered == "收到标记“已公开”，第 3 版：王审核（在 县政务公开办 节点提交）")
        let unnumbered = AuditWording.receivedDetail(.mark(.published), number: nil, author: "王审核", node: "县政务公开办")
        #expect(unnumbered == "收到标记“已公开”：王审核（在 县政务公开办 节点提交）")
        #expect(!unnumbered.contains("?"))
        #expect(AuditWording.english(of: unnumbered) == "received the mark “Published”: 王审核 (committed on 县政务公开办)")
        #expect(unnumbered.hasPrefix(ReportRepository.receivedWords(of: .published)))
        // merged with this node's draft: the merge's number when it has one, else none
        let merged = AuditWording.receivedDetail(.draft, number: nil, author: "李明", node: "常张乡", merged: .some(4))
        #expect(merged == "收到草稿：李明（在 常张乡 节点提交）；文字与本节点的草稿相同，已自动合并为第 4 版")
        let mergedUnnumbered = AuditWording.receivedDetail(
            .draft, number: 2, author: "李明", node: "常张乡", merged: .some(nil))
        #expect(mergedUnnumbered == "收到草稿，第 2 版：李明（在 常张乡 节点提交）；文字与本节点的草稿相同，已自动合并")
        #expect(
            AuditWording.english(of: mergedUnnumbered)
                == "received the draft, version 2: 李明 (committed on 常张乡); the same text as this node's draft, merged")
    }
}
