public import ReportModel

extension DiffError {
    /// What went wrong, for a person: in Chinese, or in English when the process speaks English (`NIANBAO_LANG=en`).
    public var description: String { Language.pick(chineseDescription, englishDescription) }

    /// What went wrong and what to do in a language: the one home of the message in either, which ``description``
    /// says in the process's language (`--lang en`) and a page in its reader's.
    public func description(in language: Language) -> String {
        language == .english ? englishDescription : chineseDescription
    }

    /// The message in Chinese.
    var chineseDescription: String {
        switch self {
        case .encodingFailed(let format, let reason): "比较结果无法写成 \(format)：\(reason)"
        case .unitNotFound(let unit, let place): "\(place) 中没有单元 \(unit)"
        case .noRevisions: "没有可追溯的修订"
        case .malformedUnitID(let text):
            "\(text) 不是单元标识（例如 section:三/table:table3/cell:received:total、section:一/paragraph:2）"
        }
    }
}
