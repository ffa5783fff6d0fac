/// Why a .docx could not be written.
public enum DocxWriteError: Error, CustomStringConvertible, Equatable {
    /// The zip package could not be assembled.
    case package(detail: String)

    public var description: String {
        switch self {
        case .package(let detail): "无法生成 Word 文件：\(detail)"
        }
    }
}
