/// Why a file could not be read into a ``LaidOutDocument``. The messages speak to the person who gave the file.
public enum DocumentReadError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file is damaged or is not what its content first says (a truncated PDF, a zip without a readable
    /// `word/document.xml`); `detail` is what the library said.
    case broken(format: DocumentFormat, detail: String)
    /// The file ends before its end: a web page cut off while it was downloaded or copied. What it holds is not
    /// the whole report, and its last cell may hold part of a number.
    case incomplete(format: DocumentFormat)
    /// The file is protected by a password.
    case encrypted(format: DocumentFormat)
    /// The PDF has pages but no text on them: a scan.
    case scanned(pages: Int)
    /// The file has no text at all.
    case noText(format: DocumentFormat)
    /// The file's body has no text but a part in a format the reader does not read (`part`: a Word file's MHT
    /// `w:altChunk`, as OA systems export), where its text is.
    case unreadChunk(format: DocumentFormat, part: String)
    /// The file is larger than a report can be (bytes, pages or parts).
    case tooLarge(format: DocumentFormat, detail: String)
    /// The file's elements nest more than `limit` deep, which no report's do: what lies deeper cannot be read (a
    /// web page of 5,000 nested `<div>`s, rv102 F10).
    case tooDeep(format: DocumentFormat, limit: Int)
    /// A PDF page draws more lines, characters or shapes than `limit` (or, when `wholeFile`, the pages up to `page`
    /// together do): a drawing repeated inside itself, which a report never is. Reading stopped at that page.
    case tooMuchDrawn(page: Int, kind: DrawnKind, limit: Int, wholeFile: Bool)
    /// A PDF still being read after `seconds`, stopped at `page`: content that draws nothing, run over and over (a
    /// form of millions of operators drawn again and again, rv107 F1), which a report never is.
    case tooSlow(page: Int, seconds: Int)
    /// A .doc or .wps file and no LibreOffice to convert it.
    case converterMissing
    /// LibreOffice could not convert a .doc or .wps file.
    case conversionFailed(detail: String)
    /// A library the reader of this format needs (libxml2 for .docx and web pages) could not be opened; `detail`
    /// is what the loader said. The installation is at fault, not the file.
    case libraryMissing(format: DocumentFormat, detail: String)

    /// What a PDF page drew too much of.
    public enum DrawnKind: Equatable, Sendable {
        /// Straight lines and filled rectangles.
        case lines
        /// Characters of text.
        case characters
        /// Drawing operations of any kind: shapes, clips, text, pictures.
        case shapes

        var unit: String {
            switch self {
            case .lines: "条线"
            case .characters: "个字"
            case .shapes: "个图形"
            }
        }
    }

    public var description: String {
        switch self {
        case .broken(let format, let detail):
            "文件已损坏，无法作为\(format.displayName)读取（\(detail)）。请重新导出或另存后再试。"
        case .incomplete(let format):
            "文件不完整：这个\(format.displayName)在中途被截断（没有结尾），其中的表格和文字可能缺了一部分，无法可靠读取。"
                + "请重新下载或重新另存完整的文件后再试。"
        case .encrypted(let format):
            "\(format.displayName)设有密码保护，无法读取。请取消密码后另存，再试一次。"
        case .scanned(let pages):
            "这个 PDF 共 \(pages) 页，但没有文字层（是扫描件或图片），无法读取其中的文字和表格。"
                + "请提供由 Word/WPS 直接导出的 PDF，或原始的 Word 文档。"
        case .noText(let format):
            "\(format.displayName)中没有任何文字。"
        case .unreadChunk(let format, let part):
            "\(format.displayName)的正文不在文档本身，而在其中嵌入的另一种格式的内容里（\(part)，OA 系统导出的文件常这样），"
                + "本程序读不了这种内容。请在 Word 或 WPS 中打开它，另存为新的 .docx 后再上传。"
        case .tooLarge(let format, let detail):
            "\(format.displayName)过大（\(detail)），不像一份年度报告。" + format.tooLargeAdvice
        case .tooDeep(let format, let limit):
            "\(format.displayName)的元素一层套一层，超过 \(limit) 层（一份年度报告只有几十层），更深处的文字无法读取，"
                + "不像一份正常的年度报告。" + format.tooLargeAdvice
        case .tooMuchDrawn(let page, let kind, let limit, let wholeFile):
            (wholeFile
                ? "PDF 的内容过多（到第 \(page) 页已超过全文上限 \(limit) \(kind.unit)），"
                : "PDF 第 \(page) 页的内容过多（超过 \(limit) \(kind.unit)），")
                + "不像一份年度报告。请上传原始的 Word 文件（.docx）。"
        case .tooSlow(let page, let seconds):
            "这个 PDF 的内容过于复杂：读到第 \(page) 页时已用了 \(seconds) 秒仍未读完，不像一份年度报告。"
                + "请上传原始的 Word 文件（.docx）。"
        case .converterMissing:
            "这是旧版 Word/WPS 文档（.doc/.wps），本机未安装 LibreOffice，无法读取。"
                + "请在 Word 或 WPS 中将它另存为 .docx 后再试，或安装 LibreOffice（soffice）。"
        case .conversionFailed(let detail):
            "LibreOffice 无法转换这份旧版 Word/WPS 文档（\(detail)）。请在 Word 或 WPS 中将它另存为 .docx 后再试。"
        case .libraryMissing(let format, let detail):
            "本机的 Nianbao 安装不完整，暂时无法读取\(format.displayName)（\(detail)）。请联系管理员安装 libxml2。"
        }
    }
}

extension DocumentFormat {
    /// What to do with a file refused as far larger than a report.
    fileprivate var tooLargeAdvice: String {
        switch self {
        case .docx, .legacyWord: "请确认选的是年度报告本身；若是，请在 Word 或 WPS 中打开它，另存为新的 .docx 后再上传。"
        case .pdf, .html: "请确认选的是年度报告本身，或上传原始的 Word 文件（.docx）。"
        case .text: "请确认选的是年度报告本身。"
        }
    }
}
