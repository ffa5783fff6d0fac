public import ReportModel

extension ParseError {
    /// Why the file could not be read and what to do: in Chinese, or in English when the process speaks English
    /// (`NIANBAO_LANG=en`).
    public var description: String { Language.pick(chineseDescription, englishDescription) }

    /// What went wrong and what to do in a language: the one home of the message in either, which ``description``
    /// says in the process's language (`--lang en`) and a page in its reader's.
    public func description(in language: Language) -> String {
        language == .english ? englishDescription : chineseDescription
    }

    /// The message in Chinese (a case without its own Chinese text falls back to ``englishDescription``).
    var chineseDescription: String {
        switch self {
        case .empty:
            "文件是空的：没有可读的报告。"
        case .binary(let offset):
            "文件不是文本（第 \(offset) 字节起是二进制数据）；请把报告另存为纯文本（.txt）再试。"
        case .unsupportedDocument(let format) where format == Self.excelFormat:
            "文件是 Excel 工作簿，不是 Word 文档（也许只是文件名改成了 .docx）：年报请上传 Word（.docx）、PDF、网页或纯文本文件。"
        case .unsupportedDocument(let format) where format == Self.zipFormat:
            "文件是压缩包（例如 Excel 工作簿、OpenDocument 的 .odt 文档），不是 Word（.docx）文件，读不出年报：请上传年报的 Word（.docx）、"
                + "PDF、网页或纯文本文件；用 WPS 或 LibreOffice 写的 .odt 请另存为 .docx 再试。"
        case .unsupportedDocument(let format):
            "文件是 \(format) 文档，这里读不了：请在 Word 或 WPS 中打开它，另存为 Word（.docx）再试。"
        case .undecodable(let offset):
            "文件既不是 UTF-8 也不是 GB18030/GBK 文本（第 \(offset) 字节无法识别）。"
        case .notAReport(let reason):
            "这段文字不是政府信息公开工作年度报告：\(reason)。"
        case .tooLarge(let size, let limit):
            "文件太大（\(Self.mebibytes(size))），未读取：年报的纯文本最多 \(Self.mebibytes(InputLimits.textBytes))，"
                + "PDF 或 Word 文件最多 \(Self.mebibytes(InputLimits.documentBytes))"
                + (limit == InputLimits.textBytes ? "（此文件按纯文本读取）" : "")
                + "。请确认选对了文件。"
        default:
            englishDescription
        }
    }
}
