public import ReportModel

extension StoreError {
    /// What went wrong and what to do: in Chinese, or in English when the process speaks English
    /// (`NIANBAO_LANG=en`).
    public var description: String { Language.pick(chineseDescription, englishDescription) }

    /// What went wrong and what to do in a language: the one home of the message in either, which ``description``
    /// says in the process's language (`--lang en`) and a page in its reader's.
    public func description(in language: Language) -> String {
        language == .english ? englishDescription : chineseDescription
    }

    /// The message in Chinese.
    var chineseDescription: String {
        switch self {
        case .repositoryNotFound(let path):
            "\(path) 没有 nianbao 仓库。请用 `nianbao init` 建立，或用 --repo 指定路径。"
        case .repositoryExists(let path):
            "\(path) 已经有 nianbao 仓库；什么也没有改动。"
        case .notARepository(let path, let reason):
            "\(path) 不是 nianbao 仓库（\(reason)）；什么也没有改动。"
        case .newerSchema(let path, let found, let known, let migrations):
            "仓库 \(path) 是更新版本的 nianbao 写的（结构版本 \(found)"
                + (migrations.isEmpty ? "" : "，含 \(migrations.joined(separator: "、"))")
                + "），本程序只认得结构版本 \(known)。请安装新版 nianbao 再用；什么也没有改动。"
        case .busy:
            "仓库正忙：另一个 nianbao 正在写入。请稍后再试。"
        case .readOnly(let path):
            "无法写入仓库 \(path)：请确认对该文件及其文件夹有写权限（只读的 U 盘、光盘或共享文件夹上的仓库只能查看）；什么也没有改动。"
        case .cannotOpen(let path):
            "无法打开仓库 \(path)：它所在的文件夹不能建立，或这个账户没有权限进入、读取它"
                + "（仓库已在那里的，请让管理员给这个账户读取权限，不要另建仓库）。"
        case .diskFull:
            "磁盘已满：请腾出空间后再试；什么也没有改动。"
        case .sharedMemoryLost(let path):
            "本程序打开仓库期间，另一个程序删除、替换或锁住了文件 \(path)-shm：已读到的内容照常提供，但在重新启动之前不再保存"
                + "任何内容；什么也没有改动。"
        case .strayLog(let path):
            "仓库文件 \(path) 旁边有 \(path)-wal，它是上次运行时留下的、属于另一个文件的日志：仓库文件本身是不带日志的副本"
                + "（多半是刚用备份替换了仓库文件）。为了不把那个日志里的内容混进来，没有打开它。请停止所有使用它的 nianbao 程序，"
                + "把 \(path)-wal 和 \(path)-shm 移到别的文件夹（留存，不要删除），再试；什么也没有改动。"
        case .corruptFile(let path, let detail):
            "仓库 \(path) 已损坏，SQLite 读不了它（\(detail)），`nianbao fsck` 也一样：请先把这个文件复制一份留存，"
                + "再用最近的备份替换它（恢复的步骤见 `nianbao help backup`）。"
        case .invalidObject(let id, let error):
            "对象 \(id.hex) 被拒绝：\(error)"
        case .missingReference(let id, let parent):
            "对象 \(parent.hex) 引用了仓库中没有的对象 \(id.hex)。"
        case .wrongReferenceKind(let id, let expected, let found, let parent):
            "对象 \(parent.hex) 把 \(id.hex) 当作 \(expected.rawValue) 引用，但它是 \(found.rawValue)。"
        case .objectNotFound(let id):
            "仓库中没有对象 \(id.hex)。"
        case .revisionNotFound(let id):
            "仓库中没有修订 \(id.hex)。"
        case .foreignParent(let id, let parent):
            "修订 \(id.hex) 被拒绝：它的父修订 \(parent.hex) 不是同一份报告的修订（修订的父修订总是同一机关、同一年度更早的修订）。"
        case .revisionOfAnotherReport(let id, let expected, let found):
            "修订 \(id.shortHex()) 属于报告 \(found)，不属于 \(expected)。"
        case .refMoved(let report, let ref, let expected, let found):
            "\(report) 的 \(ref) 在此期间变了（应为 \(expected?.shortHex() ?? "无")，实为 \(found?.shortHex() ?? "无")）；"
                + "什么也没有改动。请再试一次。"
        // (the detail is the English of what could not be read, for `--lang en`: `nianbao fsck` says it in Chinese,
        // rv108 F17)
        case .damagedObject(let id, _):
            "保存的对象 \(id.shortHex()) 已损坏，读不出来。请运行 `nianbao fsck`，它会说明哪些报告受影响。"
        case .unreadableContent(let error):
            "仓库中有本程序读不了的内容：\(error)。请运行 `nianbao fsck`。"
        case .damagedIndex:
            "仓库的数据表已损坏。请运行 `nianbao fsck`，并从备份恢复。"
        case .collectionRefused(let problems, let first):
            "gc 没有删除任何内容：`nianbao fsck` 在仓库中发现 \(problems) 个问题（第一个：\(first)），损坏的对象可能让 gc"
                + "删掉报告仍需要的内容。请先把仓库文件复制一份保存，运行 `nianbao fsck` 并按它说的处理；fsck 不再发现问题后，gc 就能照常整理。"
        case .schemaNotBuiltIn(let name):
            "这个 nianbao 缺少其数据库结构文件 \(name).sql：请重新安装 nianbao。什么也没有改动。"
        case .database(let code, let message):
            "无法使用仓库（SQLite 错误 \(code)：\(message)）。"
        case .unexpected(let description):
            "无法使用仓库（\(description)）。什么也没有改动。"
        }
    }
}
