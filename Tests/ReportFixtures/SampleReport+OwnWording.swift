// A township's own first version of a report the county uploaded for it: the same report, worded its own way in
// places (review rr99 F1's late start).

import Foundation
public import ReportModel

extension SampleReport {
    /// The paragraph 五 gets in ``ownWording(of:)``.
    public static let ownClosingParagraph = "下一步，我乡将加强培训，提高答复质量。"
    /// The 依申请 paragraph as ``ownWording(of:)`` words it.
    public static let ownRequestParagraph = "2024年我乡没有收到政府信息公开申请。"

    /// A report made by ``make(agency:year:paragraphs:)`` as a clerk who typed it himself words it: a sentence added
    /// to the opening paragraph, the 依申请 paragraph reworded (``ownRequestParagraph``), a few words of the second
    /// paragraph of 一、（一） changed, and a paragraph of his own at the end of 五 (``ownClosingParagraph``).
    public static func ownWording(of report: Report) -> Report {
        var edited = report
        if case .paragraph(let opening)? = edited.preamble.first, let stop = opening.text.firstIndex(of: "。") {
            var text = opening.text
            text.insert(contentsOf: "乡里自己写的一句。", at: text.index(after: stop))
            edited.preamble[0] = .paragraph(Paragraph(text))
        }
        edited.sections[0].sections[1].blocks[0] = .paragraph(Paragraph(ownRequestParagraph))
        if case .paragraph(let second)? = edited.sections[0].sections[0].blocks.dropFirst().first {
            edited = rewritingParagraph(
                of: edited, index: 1, to: second.text.replacingOccurrences(of: "稳步推进", with: "扎实推进"))
        }
        edited.sections[4].blocks.append(.paragraph(Paragraph(ownClosingParagraph)))
        return edited
    }
}
