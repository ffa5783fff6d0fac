import Foundation
import ReportModel

/// The words ArgumentParser itself prints around the help and error texts, in Chinese: its section headings
/// (`OVERVIEW:`, `USAGE:`…), the help of `--version` and `--help`, `(values: …; default: …)` and its error
/// sentences (`Missing expected argument '<ref>'`). ArgumentParser has no way to translate them (its texts are
/// fixed strings), so the message it composes is rewritten before it is printed; the texts Nianbao gives it are
/// already in the process's language and pass through unchanged.
enum ParserChrome {
    /// The message in the process's language: as composed in English, rewritten in Chinese.
    static func localized(_ message: String) -> String {
        Language.current == .english ? message : chinese(message)
    }

    /// The Chinese of ArgumentParser's own words in a message.
    ///
    /// Each pattern is tried only when the message holds its fixed words: building a Swift `Regex` costs about a
    /// million instructions, which `nianbao --version` (a message none of them matches) paid fourteen times.
    static func chinese(_ message: String) -> String {
        var text = message
        if text.contains("Help:  ") {
            // The line after a refused value names what was asked for: `Help:  <mark>  要设置的标记…` (its placeholder
            // as jargon) reads `参数 mark：要设置的标记…`, an option's `Help:  --kind <kind>  …` reads `选项 --kind：…`.
            text = text.replacing(#/(?m)^Help:  (?:(-[^\s<]+) )?<([^>\n]+)>  /#) { match in
                match.1.map { "选项 \($0)：" } ?? "参数 \(match.2)："
            }
        }
        for (english, chinese) in phrases { text = text.replacingOccurrences(of: english, with: chinese) }
        if text.contains("(values:") || text.contains("(default:") {
            text = text.replacing(#/\(values: ([^)]*?);\s+default:\s+([^)]*?)\)/#) { match in
                "（可选：\(collapsed(match.1))；默认：\(collapsed(match.2))）"
            }
            text = text.replacing(#/\(default:\s+([^)]*?)\)/#) { match in "（默认：\(collapsed(match.1))）" }
            text = text.replacing(#/\(values:\s+([^)]*?)\)/#) { match in "（可选：\(collapsed(match.1))）" }
        }
        if text.contains("See '") {
            text = text.replacing(#/See '([^']+) help <subcommand>' for detailed help\./#) { match in
                "用 '\(match.1) help 子命令' 查看子命令的详细帮助。"
            }
            // A command group's page (`nianbao help agency`): `See 'nianbao help agency <subcommand>' …`.
            text = text.replacing(#/See '([^']+) <subcommand>' for detailed help\./#) { match in
                "用 '\(match.1) 子命令' 查看子命令的详细帮助。"
            }
            text = text.replacing(#/See '([^']+)' for more information\./#) { match in "用 '\(match.1)' 查看更多说明。" }
        }
        if text.contains("Unexpected argument") {
            text = text.replacing(#/Unexpected arguments? ('[^\n]*')/#) { match in "多余的参数 \(match.1)" }
        }
        if text.contains("Unknown option") {
            text = text.replacing(#/Unknown option ('[^']*')/#) { match in "没有这个选项 \(match.1)" }
        }
        if text.contains("Missing") {
            text = text.replacing(#/Missing expected argument ('[^']*')/#) { match in "缺少参数 \(match.1)" }
            text = text.replacing(#/Missing value for ('[^']*') in ('[^']*')/#) { match in
                "\(match.2) 中的 \(match.1) 缺少值"
            }
            text = text.replacing(#/Missing value for ('[^']*')/#) { match in "\(match.1) 缺少值" }
        }
        if text.contains("The value '") {
            text = text.replacing(#/The value ('[^']*') is invalid for ('[^']*')\. Please provide one of ([^\n]*)\./#) {
                match in
                let values = match.3.replacingOccurrences(of: " or ", with: "、").replacingOccurrences(
                    of: " and ", with: "、"
                )
                .replacingOccurrences(of: ", ", with: "、")
                return "\(argument(match.2)) 不能取 \(match.1)：请从 \(values) 中选一个。"
            }
            text = text.replacing(#/The value ('[^']*') is invalid for ('[^']*')/#) { match in
                "\(argument(match.2)) 不能取 \(match.1)"
            }
        }
        return text
    }

    /// Fixed words, longest first where one contains another.
    private static let phrases: [(String, String)] = [
        ("OVERVIEW: ", "说明："),
        ("USAGE: ", "用法："),
        ("ARGUMENTS:", "参数："),
        ("OPTIONS:", "选项："),
        ("SUBCOMMANDS:", "子命令："),
        ("Show the version.", "显示版本。"),
        ("Show help information.", "显示帮助。"),
        ("\nUsage: ", "\n用法："),
        ("\nHelp:  ", "\n帮助："),
        ("\n   or: ", "\n   或者："),
        (". Please provide one of the following:", "：请从下面选一个："),
    ]

    /// An argument as a refusal names it: ArgumentParser's `'<mark>'` (its placeholder, which reads as jargon) as
    /// `参数 mark`; an option (`'--kind <kind>'`) as it is typed, `--kind`.
    private static func argument(_ name: Substring) -> String {
        let bare = name.trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        if bare.hasPrefix("<"), bare.hasSuffix(">") { return "参数 " + bare.dropFirst().dropLast() }
        return String(bare.split(separator: " ").first ?? Substring(bare))
    }

    /// A text that ArgumentParser wrapped onto several lines, on one line again.
    private static func collapsed(_ text: Substring) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
