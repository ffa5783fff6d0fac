import Foundation

/// What the parser noticed that the report model cannot show.
enum SourceRules {
    static func check(_ notes: [SourceNote]) -> [Finding] {
        notes.compactMap { note in
            let place = Place(line: note.line)
            // The parser's messages end with the text they are about, after the last ": ".
            let subject = note.message.components(separatedBy: ": ").last ?? note.message
            switch note.code {
            case "heading-repeated":
                return Finding(rule: "heading-repeated", severity: .warning, place: place, message: "同一标题重复输入了两次，已合并为一个：\(subject)")
            case "paragraph-joined":
                return Finding(rule: "paragraph-broken", severity: .warning, place: place, message: "段落在句子中间断开（空行后接续），请检查是否缺少文字")
            case "table-unreadable":
                return Finding(rule: "table-unreadable", severity: .error, place: place, message: "表格的数字与栏目对不上（文字顺序错乱），无法按位置读取，相关单元格视为缺失")
            case "heading-before-sections":
                return Finding(rule: "heading-before-sections", severity: .warning, place: place, message: "第一部分之前出现了编号标题，已作为段落保留：\(subject)")
            case "table-text-kept":
                return Finding(rule: "table-stray-text", severity: .note, place: place, message: "表格中有不属于表格的文字，已作为段落保留：\(subject)")
            default:
                return nil
            }
        }
    }
}
