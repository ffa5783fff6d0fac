import ReportModel
import ReportRepository
import SyncAPI

extension SyncError {
    /// What went wrong and what to do: in Chinese, or in English when the process speaks English
    /// (`NIANBAO_LANG=en`).
    public var description: String { Language.pick(chineseDescription, englishDescription) }

    /// The message in Chinese (a case without its own Chinese text falls back to ``englishDescription``).
    var chineseDescription: String {
        switch self {
        case .unreachable(let remote, let url, _):
            "无法连接 \(remote) (\(url))：对方没有响应。请确认对方的服务器已经开启（nianbao serve）、地址没有写错"
                + "（nianbao remote list），稍后再试；已经完成的部分都已保存，再试时从中断处继续。"
        case .interrupted(let remote, let url, _):
            "与 \(remote) (\(url)) 的连接在传输中断开了（线路不稳或对方服务器停了）。请再试一次："
                + "已经完成的部分都已保存，再试时从中断处继续。"
        case .timedOut(let remote, let url, let seconds):
            "无法连接 \(remote) (\(url))：对方没有响应（连接上了，但 \(seconds) 秒内没有答复）。请稍后再试；"
                + "已经完成的部分都已保存，再试时从中断处继续。"
        case .unauthorized(let remote, let message):
            "远程节点 \(remote) 不接受这个令牌：\(Self.reason("unauthorized", message, .chinese)) 请向对方单位要一个新令牌，用"
                + " `nianbao remote add \(remote) 地址 --token 令牌` 设置。"
        case .forbidden(let remote, let message):
            "远程节点 \(remote) 拒绝了：\(Self.reason("forbidden", message, .chinese))"
        case .protocolMismatch(let remote, let detail):
            "远程节点 \(remote) 不使用本程序的同步协议（第 \(SyncProtocol.version) 版；\(detail)）：它是同一版本的 nianbao 节点吗？"
        case .tooLarge(let remote, let message):
            "远程节点 \(remote) 因请求过大而拒绝：\(Self.reason("too-large", message, .chinese))"
        case .rejected(let remote, let status, let code, let message):
            "远程节点 \(remote) 拒绝了请求（HTTP \(status)，\(code)）：\(Self.reason(code, message, .chinese))"
        case .badResponse(let remote, let detail):
            "读不懂远程节点 \(remote) 的答复：\(detail)"
        default:
            englishDescription
        }
    }
}
