import Foundation

/// The language the command line speaks to its reader: Chinese unless `NIANBAO_LANG` asks for English.
///
/// `nianbao --lang en …` sets `NIANBAO_LANG` for its own process before anything is printed, so one variable decides
/// for the messages, the help texts, the errors and the text renderings of every layer. Report content, JSON and the
/// web pages do not depend on it.
public enum Language: String, Sendable, CaseIterable {
    /// 简体中文, the default.
    case chinese = "zh"
    /// English, for those who ask for it.
    case english = "en"

    /// The environment variable that chooses the language: `en` (or `en_US` and the like) for English.
    public static let variable = "NIANBAO_LANG"

    /// The language of this process, read once from `NIANBAO_LANG`.
    public static let current: Language = from(EnvironmentVariable.value(variable))

    /// The language a value of `NIANBAO_LANG` or `--lang` names: English for `en…`, Chinese for anything else.
    public static func from(_ value: String?) -> Language {
        guard let value = value?.lowercased(), value.hasPrefix("en") else { return .chinese }
        return .english
    }

    /// One of two texts: the Chinese one, or the English one when the process speaks English.
    public static func pick(_ chinese: @autoclosure () -> String, _ english: @autoclosure () -> String) -> String {
        current == .english ? english() : chinese()
    }

    /// An English count with its noun in the number it needs: `1 report`, `2 reports`, `3 agencies`.
    ///
    /// - Parameters:
    ///   - count: How many.
    ///   - noun: The noun in the singular.
    ///   - plural: The plural when it is not the noun with `s` (`agencies`).
    public static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
    }
}
