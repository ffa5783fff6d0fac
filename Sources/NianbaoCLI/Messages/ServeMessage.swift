import Foundation
import ReportModel
import ReportRepository
import SyncServer

/// The lines `nianbao serve` says when it starts or cannot, in Chinese, or in English with `--lang en`: where others
/// reach it, and why it cannot listen, with the next step (user review ux98, findings C and F).
enum ServeMessage {
    /// It listens on this computer's loopback only (the default): no township reaches it.
    case loopbackOnly(port: Int, addresses: [String])
    /// It listens on every address: the addresses other computers type.
    case reachAt(port: Int, addresses: [String])
    /// It could not listen.
    case cannotStart(ServerStartError)
    /// The repository is a backup put back in its place, recorded now (``ReportRepository/recordRestoredBackup(at:)``).
    case restoredBackup(RestoredBackup)

    var text: String {
        switch self {
        case .loopbackOnly(let port, let addresses):
            let example = addresses.first.map { Language.pick("，如 \($0)", ", such as \($0)") } ?? ""
            return Language.pick(
                "注意：现在只有本机能打开（127.0.0.1），乡镇和其他电脑连不上。要让它们连接，请停止后加 --host 0.0.0.0"
                    + "（或本机的局域网地址\(example)）重新启动：nianbao serve --host 0.0.0.0 --port \(port)",
                "Note: only this computer can open it now (127.0.0.1); townships and other computers cannot connect. "
                    + "For them to connect, stop it and start it again with --host 0.0.0.0 (or this computer's "
                    + "office-network address\(example)): nianbao serve --host 0.0.0.0 --port \(port)")
        case .reachAt(let port, let addresses):
            guard !addresses.isEmpty else {
                return Language.pick(
                    "乡镇和其他电脑用 http://本机的局域网地址:\(port) 连接（网页也是这个地址）。",
                    "Townships and other computers connect to http://THIS-COMPUTER'S-ADDRESS:\(port) (the pages too).")
            }
            let urls = addresses.map { "http://\($0):\(port)" }
            return Language.pick(
                "乡镇和其他电脑用 " + urls.joined(separator: " 或 ") + " 连接（网页也是这个地址；乡镇："
                    + "nianbao remote add county \(urls[0]) --token 令牌）。",
                "Townships and other computers connect to " + urls.joined(separator: " or ") + " (the pages too; a "
                    + "township: nianbao remote add county \(urls[0]) --token TOKEN).")
        case .restoredBackup(let restored):
            let made = BeijingTime.minute(restored.made)
            let days = CommandHelp.restoreNoticeDays
            return Language.pick(
                "这份库是 \(made) 做的备份，已记入操作记录：备份之后的上传、标记和批注都不在了，请通知各单位重新上传"
                    + "（概览页上 \(days) 天内都有这条提示）。",
                "This repository is the backup made at \(made), now recorded in the audit log: the uploads, marks and "
                    + "comments made after it are gone; ask the offices to upload again (the overview page says so "
                    + "for \(days) days).")
        case .cannotStart(.portInUse(let port)):
            return Language.pick(
                "端口 \(port) 已被占用（可能 nianbao serve 已经在另一个窗口里运行）：请先停止它，或用 --port 换一个端口。",
                "Port \(port) is already in use (nianbao serve may be running in another window already): stop it "
                    + "first, or choose another port with --port.")
        case .cannotStart(.addressNotHere(let host)):
            return Language.pick(
                "\(host) 不是本机的地址：请用 --host 0.0.0.0（本机所有地址），或本机的局域网地址。",
                "\(host) is not an address of this computer: use --host 0.0.0.0 (every address of this computer) or "
                    + "its office-network address.")
        case .cannotStart(.portNotAllowed(let port)):
            return Language.pick(
                "系统不允许用端口 \(port)（1024 以下的端口需要管理员权限）：请用 --port 换一个 1024 以上的端口，如 8080。",
                "The system does not let this user listen on port \(port) (ports below 1024 need administrator "
                    + "rights): choose a port above 1024 with --port, such as 8080.")
        }
    }
}
