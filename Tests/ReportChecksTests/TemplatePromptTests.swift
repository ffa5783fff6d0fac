import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A section still holding the blank template's prompt (`（文字描述）`) is an error naming the section, and the
/// prompt of section 六 does not count as reporting the 信息处理费 (ux96 finding 2).
@Suite struct TemplatePromptTests {
    /// The bundled sample 000 (常张乡 2024), whose sections 一–六 are written out, with edits to its text.
    static func sample(_ edit: (String) -> String = { $0 }) throws -> [Finding] {
        let url = Corpus.packageRoot.appendingPathComponent("Scripts/samples/000_35b5a4da37cb7d63.txt")
        let text = edit(try String(contentsOf: url, encoding: .utf8))
        let result = try ReportParser.parse(text: text)
        return ReportChecker().check(result.report, diagnostics: result.diagnostics)
    }

    /// The text with what stands between two markers (the first up to the second, exclusive) replaced.
    static func replacing(_ text: String, from start: String, to end: String, with new: String) -> String {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex)
        else { return text }
        return text.replacingCharacters(in: from.upperBound..<to.lowerBound, with: new)
    }

    @Test func theWrittenSampleHasNoPromptFinding() throws {
        let findings = try Self.sample()
        #expect(!findings.contains { $0.rule == "section-prompt" })
        #expect(!findings.contains { $0.rule == "fee-not-reported" })
    }

    @Test func aSectionLeftAsThePromptIsAnErrorNamingIt() throws {
        let findings = try Self.sample {
            Self.replacing($0, from: "一、总体情况\n", to: "二、主动公开政府信息情况", with: "（文字描述）\n\n")
        }
        let prompt = try #require(findings.first { $0.rule == "section-prompt" })
        #expect(prompt.severity == .error)
        #expect(prompt.kind == .report)
        #expect(prompt.place.section == ["一、总体情况"])
        #expect(prompt.message == "一、总体情况 还是模板的提示文字“（文字描述）”，请写上本机关的情况")
        #expect(findings.filter { $0.rule == "section-prompt" }.count == 1)
    }

    @Test func theFeePromptIsAnErrorAndDoesNotReportTheFee() throws {
        // Half-width brackets and no full stop, as a clerk may retype it. (The 落款 under it goes: in a text file
        // a line without a full stop runs on into the next.)
        let findings = try Self.sample { text in
            guard let fee = text.range(of: "我乡2024年未收取信息处理费。") else { return text }
            return text.replacingCharacters(in: fee.lowerBound..., with: "(文字描述，收取信息处理费情况在此处报告)\n")
        }
        let prompt = try #require(findings.first { $0.rule == "section-prompt" })
        #expect(prompt.severity == .error)
        #expect(prompt.message.hasPrefix("六、其他需要报告的事项 还是模板的提示文字“（文字描述，收取信息处理费情况在此处报告。）”"))
        #expect(findings.contains { $0.rule == "fee-not-reported" })
    }

    /// The 落款 under section 六 (``SignatureBlock``) is not an account of the office; a short line that names no
    /// office (`无`) is one.
    @Test func theSignatureUnderThePromptIsNotTheOfficesText() throws {
        let url = Corpus.packageRoot.appendingPathComponent("Scripts/samples/000_35b5a4da37cb7d63.txt")
        let report = try ReportParser.parse(try Data(contentsOf: url)).report
        func severity(_ ending: [String]) -> Severity? {
            var edited = report
            let lines = ["（文字描述，收取信息处理费情况在此处报告。）"] + ending
            edited.sections[edited.sections.count - 1].blocks = lines.map { .paragraph(Paragraph($0)) }
            return ReportChecker().check(edited).first { $0.rule == "section-prompt" }?.severity
        }
        #expect(severity(["常张乡人民政府", "二〇二五年一月八日"]) == .error)
        #expect(severity(["中共常张乡委员会", "常张乡人民政府", "2025 年 1 月 8 日"]) == .error)
        #expect(severity(["无"]) == .warning)
    }

    @Test func aPromptLeftAboveTheOfficesTextIsAWarning() throws {
        let findings = try Self.sample {
            $0.replacingOccurrences(of: "存在的主要问题及改进情况\n", with: "存在的主要问题及改进情况\n（文字描述）\n\n")
        }
        let prompt = try #require(findings.first { $0.rule == "section-prompt" })
        #expect(prompt.severity == .warning)
        #expect(prompt.message == "存在的主要问题及改进情况 留着模板的提示文字“（文字描述）”，请删去（否则会随报告一起公开）")
    }
}

/// The blank template itself, as offices receive it: its three prompts are three errors.
@Suite(.enabled(if: Corpus.shouldRun, Corpus.skipMessage))
struct BlankTemplatePromptTests {
    @Test func theBlankTemplatesPromptsAreFound() throws {
        let result = try ReportParser.parse(try Corpus.data("files/template-2021.docx"))
        let findings = ReportChecker().check(result.report, diagnostics: result.diagnostics)
        let prompts = findings.filter { $0.rule == "section-prompt" }
        #expect(prompts.map(\.severity) == [.error, .error, .error])
        #expect(
            prompts.map(\.message) == [
                "一、总体情况 还是模板的提示文字“（文字描述）”，请写上本机关的情况",
                "五、存在的主要问题及改进情况 还是模板的提示文字“（文字描述）”，请写上本机关的情况",
                "六、其他需要报告的事项 还是模板的提示文字“（文字描述，收取信息处理费情况在此处报告。）”，请写上本机关的情况",
            ])
    }
}
