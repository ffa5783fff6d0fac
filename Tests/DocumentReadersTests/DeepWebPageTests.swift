import DocumentLayout
import Foundation
import Testing

@testable import HTMLReader

/// A web page whose report sits 5,000 elements deep was refused as "网页（HTML）中没有任何文字": libxml2 stops at its
/// nesting limit, and the empty result was taken for a page without text (rv102 F10). It is refused as nested too
/// deeply; a page nested as deep as the limit allows is read whole.
@Suite struct DeepWebPageTests {
    static func page(nestedIn depth: Int) -> [UInt8] {
        let text = "长子县常张乡人民政府2024年政府信息公开工作年度报告<br>一、总体情况<br>本年度主动公开政府信息133条。"
        return Array(
            ("<html><body>" + String(repeating: "<div>", count: depth) + text
                + String(repeating: "</div>", count: depth)
                + "</body></html>").utf8)
    }

    @Test func aPageNestedFarTooDeeplySaysSo() {
        #expect(throws: DocumentReadError.tooDeep(format: .html, limit: HTMLReader.maximumDepth)) {
            try HTMLReader.read(Self.page(nestedIn: 5_000))
        }
        let message = DocumentReadError.tooDeep(format: .html, limit: HTMLReader.maximumDepth).description
        #expect(message.contains("一层套一层，超过 250 层") && !message.contains("没有任何文字"), "\(message)")
    }

    @Test func aPageWithinTheLimitIsReadWhole() throws {
        // (html and body are two of the levels)
        let document = try HTMLReader.read(Self.page(nestedIn: HTMLReader.maximumDepth - 2))
        #expect("\(document.blocks)".contains("本年度主动公开政府信息133条"), "\(document.blocks)")
        #expect(throws: DocumentReadError.tooDeep(format: .html, limit: HTMLReader.maximumDepth)) {
            try HTMLReader.read(Self.page(nestedIn: HTMLReader.maximumDepth))
        }
    }
}
