import ReportModel

/// What the blank template's own words left in a report would publish: sections that still hold its prompts
/// (`（文字描述）`, Schema/checks.md `section-prompt`) and a title that is still its title (`title-template`). A
/// section that is only the prompt has no account of the office at all (an error); a prompt left above the office's
/// own text would be published with it (a warning); a report titled 政府信息公开工作年度报告格式模板 would be published
/// under that title (an error).
enum PromptRules {
    static func check(_ context: CheckContext) -> [Finding] {
        [templateTitle(context)].compactMap { $0 } + sectionPrompts(context)
    }

    /// The template's title kept: every real title names the office and the year, and none says 模板.
    static func templateTitle(_ context: CheckContext) -> Finding? {
        guard let title = context.report.title?.trimmingLayoutSpace(), title.contains("模板") else { return nil }
        let agency = context.report.agency
        let year = context.year
        let wanted = (agency ?? "本机关名称") + (year.map { "\($0)年" } ?? "某年") + "政府信息公开工作年度报告"
        let english = (agency ?? "the agency's name") + (year.map { " \($0)" } ?? " the year")
        return Finding(
            rule: "title-template", severity: .error,
            message: "标题还是模板的“\(title)”，请改为“\(wanted)”（否则会以这个标题公开）",
            english: "The title is still the template's “\(title)”: write \(english) and 政府信息公开工作年度报告 (it would"
                + " be published under the template's title)")
    }

    static func sectionPrompts(_ context: CheckContext) -> [Finding] {
        let catalog = TemplateCatalog.standard
        let sections = context.report.sections
        return sections.indices.compactMap { index in
            let section = sections[index]
            let texts = section.allParagraphs.map(\.text)
            guard let prompt = texts.lazy.compactMap({ catalog.prompt(openingParagraph: $0) }).first else {
                return nil
            }
            // The 落款 under the last section is not an account of the office (the attachments listed under it are).
            let signature = index == sections.count - 1 ? SignatureBlock(of: context.report) : nil
            let written = signature?.removed(from: texts) ?? texts
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
