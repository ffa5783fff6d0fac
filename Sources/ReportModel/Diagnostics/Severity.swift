/// How much something the parser or the checks noticed matters: one scale for parse diagnostics and check findings.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    /// Worth knowing; nothing is wrong or lost.
    case note
    /// Worth a look: something was read with care or may be wrong; the report is still usable.
    case warning
    /// Something is wrong or could not be read: `nianbao check` exits non-zero.
    case error

    /// The severity as the command line prints it: ``label``, or its English word (`error`) when the process speaks
    /// English (`--lang en`). The pages, which speak Chinese whatever the server's language, use ``label``.
    public var spoken: String { Language.pick(label, rawValue) }

    /// The severity in Chinese, as pages and the command line show it (`错误`, `警告`, `提示`).
    public var label: String {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .note: "提示"
        }
    }

    /// The severity in English, as the English pages show it (`Error`, `Warning`, `Note`).
    public var englishLabel: String {
        switch self {
        case .error: "Error"
        case .warning: "Warning"
        case .note: "Note"
        }
    }

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
