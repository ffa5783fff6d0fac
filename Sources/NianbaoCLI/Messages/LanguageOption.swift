import Foundation
import ReportModel

/// `--lang zh|en`, given anywhere before `--`: it sets `NIANBAO_LANG` for this process before anything is printed,
/// and is taken out of the arguments the commands parse.
enum LanguageOption {
    /// The arguments without `--lang VALUE` / `--lang=VALUE`, after setting `NIANBAO_LANG` from the last one.
    static func apply(_ arguments: [String]) -> [String] {
        var kept: [String] = []
        var chosen: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                kept += arguments[index...]
                break
            }
            if argument == "--lang", index + 1 < arguments.count {
                chosen = arguments[index + 1]
                index += 2
                continue
            }
            if argument.hasPrefix("--lang=") {
                chosen = String(argument.dropFirst("--lang=".count))
                index += 1
                continue
            }
            kept.append(argument)
            index += 1
        }
        if let chosen { setenv(Language.variable, Language.from(chosen).rawValue, 1) }
        return kept
    }
}
