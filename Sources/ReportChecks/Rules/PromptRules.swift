import ReportModel

/// Sections that still hold the blank template's prompts (`（文字描述）`): Schema/checks.md, `section-prompt`. A
/// section that is only the prompt has no account of the office at all (an error); a prompt left above the office's
/// own text would be published with it (a warning).
enum PromptRules {
    static func check(_ context: CheckContext) -> [Finding] {
        let catalog = TemplateCatalog.standard
        let sections = context.report.sections
        return sections.indices.compactMap { index in
            let section = sections[index]
            let texts = section.allParagraphs.map(\.text)
            guard let prompt = texts.lazy.compactMap({ catalog.prompt(openingParagraph: $0) }).first else {
                return nil
            }
            // The 落款 under the last section is not an account of the office.
            let signature = index == sections.count - 1 ? SignatureBlock(of: context.report) : nil
            let written = texts.dropLast(signature?.lines.count ?? 0)
            let ownWords = written.contains { !catalog.textAfterPrompt($0).trimmingLayoutSpace().isEmpty }
            let heading = section.heading.trimmingLayoutSpace()
            return ownWords
                ? Finding(
                    rule: "section-prompt", severity: .warning, place: Place(section: [section.heading]),
                    message: "\(heading) 留着模板的提示文字“\(prompt)”，请删去（否则会随报告一起公开）",
                    english: "\(heading) still has the template's prompt “\(prompt)” above its text: delete it (it"
                        + " would be published with the report)")
                : Finding(
                    rule: "section-prompt", severity: .error, place: Place(section: [section.heading]),
                    message: "\(heading) 还是模板的提示文字“\(prompt)”，请写上本机关的情况",
                    english: "\(heading) is still the template's prompt “\(prompt)”: write the agency's own account")
        }
    }
}
