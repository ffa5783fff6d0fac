import ReportModel
import SyncAPI

/// The lines `nianbao remote add` prints about the token it tried on a new remote (rv117 M8), in Chinese, or in
/// English with `--lang en`.
enum RemoteMessage {
    /// The remote took the token: what it may do there, by the names of the offices it reaches.
    case tokenConfirmed(TokenIdentity)
    /// The remote answered and refused the token (or answered as no node does): the remote is not added (why).
    case notAdded(name: String, reason: String)
    /// The remote did not answer: it was added, its token not tried.
    case tokenNotTried(name: String, url: String)

    /// The text in the process's language.
    var text: String {
        switch self {
        case .tokenConfirmed(let identity):
            let names = (identity.names ?? identity.agencies)
            let reach =
                identity.all
                ? Language.pick("全部报告", "every report")
                : Language.pick(
                    "\(names.joined(separator: "、")) 的报告", "the reports of \(names.joined(separator: ", "))")
            let may: String
            switch identity.mayWrite {
            case true?: may = Language.pick("可读写 \(reach)", "it may read and change \(reach)")
            case false?: may = Language.pick("只能查看 \(reach)，不能修改", "it may read \(reach), not change them")
            case nil: may = Language.pick("可用于 \(reach)", "it reaches \(reach)")
            }
            return Language.pick(
                "令牌已确认：\(may)（对方称这个令牌为“\(identity.label)”）。",
                "Token confirmed: \(may) (the remote calls it “\(identity.label)”).")
        case .notAdded(let name, let reason):
            return Language.pick(
                "没有添加远程节点 \(name)，什么也没有改动：\(reason)",
                "The remote \(name) was not added; nothing was changed: \(reason)")
        case .tokenNotTried(let name, let url):
            return Language.pick(
                "注意：令牌没有试过——无法连接 \(url)，对方没有响应。对方能连接时请运行 nianbao pull \(name)："
                    + "令牌写错了会在那时说明。",
                "Note: the token was not tried — \(url) does not answer. When it does, run nianbao pull \(name): a"
                    + " mistyped token is said then.")
        }
    }
}
