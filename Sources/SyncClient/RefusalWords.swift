import ReportModel

/// Why a remote refused a request, in the language of this session: the client words each refusal whose code
/// (``SyncAPI/ErrorBody/error``) says all there is to say itself, and takes the remote's own message only where it
/// carries more (which report, which rule) and is in this session's language. A remote's message is in the remote's
/// language: relayed as it was, an English session read `The remote county refused the token: 这个令牌无效：…`
/// (user review rv117, M2).
enum RefusalWords {
    /// Why the remote refused, for a sentence of ``SyncError``.
    ///
    /// - Parameters:
    ///   - code: The refusal's code (`unauthorized`, `forbidden`, `busy`, …).
    ///   - message: The remote's own message.
    ///   - language: The session's language.
    static func reason(code: String, message: String, in language: Language) -> String {
        let english = language == .english
        switch code {
        case "unauthorized":
            return english
                ? "the node that issues tokens does not know it (mistyped), or it was revoked."
                : "发放令牌的节点不认识它（写错了），或它已被吊销。"
        case "busy":
            return english ? "its repository is busy; try again in a moment." : "对方的仓库正忙，请稍后重试。"
        case "too-many-requests":
            return english
                ? "too many failed requests came from here; try again in a few minutes."
                : "从这里来的失败请求过多，请过几分钟再试。"
        case "read-only":
            return english
                ? "it serves a read-only repository and stores nothing."
                : "对方以只读方式提供仓库，不能保存任何内容。"
        case "unavailable":
            return english
                ? "its repository cannot store anything until its server is restarted; nothing was changed."
                : "对方的仓库在服务器重新启动之前不能保存任何内容；什么也没有改动。"
        case "repository":
            return english
                ? "it failed while handling the request (see its log). Try again later; if it fails again, tell the"
                    + " county office."
                : "对方处理请求时出错（已记入对方的日志）。请稍后重试；仍然出错时请联系县政务公开办。"
        default:
            break
        }
        // (a message that says more than its code: kept where it is in this session's language)
        if !message.isEmpty, message.containsHan != english { return message }
        switch code {
        case "forbidden":
            return english
                ? "this token may not do that: the report is not within its reach, only the county's token may do it,"
                    + " or the token only reads."
                : "这个令牌不能这样做：报告不在它可用的范围内，或只有县里的令牌能这样做，或它只能查看。"
        case "too-large":
            return english ? "the request is larger than it accepts." : "请求超过对方接受的大小。"
        case "quota":
            return english
                ? "this token's uploads that no report reaches yet would pass its limit; nothing was stored. Finish or"
                    + " retry the push, or ask the county to run `nianbao gc`."
                : "这个令牌上传的、还没有任何报告用到的内容将超过限额；什么也没有保存。请完成或重试推送，或请县里运行 `nianbao gc`。"
        case "conflict":
            return english ? "the report changed there meanwhile." : "对方的报告在此期间改过。"
        case "not-found":
            return english ? "it has no such report or revision." : "对方没有这份报告或这个版本。"
        default:
            return english ? "it did not take the request." : "对方不接受这个请求。"
        }
    }
}

extension String {
    /// Whether the text holds a Chinese character (a message in Chinese).
    fileprivate var containsHan: Bool {
        unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }
}
