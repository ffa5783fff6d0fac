public import ReportModel

/// A short text Nianbao writes about a report, in Chinese and in English — a version's name (`第 2 版`, `version 2`),
/// a place in it (`三、表三 · 本年新收 · 自然人`) — carried in a refusal so that the command line and each page say it in
/// their reader's language. What people wrote (names, the report's own words) stays as written in both.
public struct BilingualText: Sendable, Hashable, CustomStringConvertible {
    /// The text in Chinese.
    public var chinese: String
    /// The text in English.
    public var english: String

    /// Creates a text from its two languages.
    public init(_ chinese: String, english: String) {
        self.chinese = chinese
        self.english = english
    }

    /// The text in a language.
    public func text(in language: Language) -> String {
        language == .english ? english : chinese
    }

    /// The text in the process's language (`--lang en`).
    public var description: String { text(in: .current) }
}

extension [BilingualText] {
    /// The texts in a language, as a list says them: `…；…` in Chinese, `…; …` in English.
    func joined(in language: Language) -> String {
        map { $0.text(in: language) }.joined(separator: language == .english ? "; " : "；")
    }
}
