import ReportDiff
public import ReportModel
import ReportRepository

// What an error page says: its heading and its message, in Chinese or in English, each Chinese text beside its
// English one. A repository's refusal says its own (``RepositoryError/description(in:)``).

extension WebError {
    /// The page's heading, in Chinese.
    public var title: String { title(in: .chinese) }

    /// What went wrong and what to do, in Chinese.
    public var description: String { description(in: .chinese) }

    /// Whether the error has its words in English: all but a malformed request whose message was written in Chinese
    /// only, and the failures of a page or a download, whose reasons are the program's. An English page for one
    /// without is wholly Chinese, so that no page mixes the two.
    public var speaksEnglish: Bool {
        switch self {
        case .badRequest(_, let english): english != nil
        case .template, .exportFailed: false
        default: true
        }
    }

    /// The link to where the person goes on, in a language, when the error has one (``WayOn``).
    func wayOn(in language: Language) -> (href: String, label: String, postedName: String?)? {
        guard case .refusedWithWayOn(_, _, let way) = self else { return nil }
        return (way.href, language == .english ? way.englishLabel : way.label, way.postedName)
    }

    /// The page's heading in a language.
    public func title(in language: Language) -> String {
        func say(_ chinese: String, _ english: String) -> String { language == .english ? english : chinese }
        return switch self {
        case .loginRequired, .unauthorized: say("需要登录", "Sign-in needed")
        case .forbidden, .countyOnly, .notAllowed: say("无权访问", "Not allowed")
        case .crossSite, .csrfMismatch: say("请求被拒绝", "Request refused")
        // (an upload or a form refused for what it held — a scan, another office's file — is no fault of the
        // request: the page says it was not done, and its text says why, rv103 F4)
        case .badRequest, .refusedWithWayOn, .refused: say("未能完成", "Not done")
        case .malformedRevision: say("请求有误", "Something is wrong with the request")
        case .uploadTooLarge: say("文件太大", "File too large")
        case .unknownAgency, .reportNotFound, .revisionNotFound, .pageNotFound: say("找不到页面", "Page not found")
        case .noOriginal: say("没有原件", "No original file")
        case .conflictOpen: say("存在未解决的冲突", "An open conflict")
        case .noConflict: say("没有冲突", "No conflict")
        case .staleForm: say("报告已被修改", "The report has changed")
        case .statusMoved: say("报告的状态已变", "The report's status has changed")
        case .busy: say("仓库忙", "Repository busy")
        case .tooManyRequests: say("请求过于频繁", "Too many requests")
        case .uploadInProgress: say("上一个文件还在读取", "Your last file is still being read")
        case .uploadsCrowded: say("服务器正忙", "The server is busy")
        case .repository(.store(.readOnly)): say("只读仓库", "Read-only repository")
        case .repository(.store(.sharedMemoryLost)): say("仓库暂不能写入", "Repository cannot be written for now")
        case .repository: say("仓库出错", "Repository error")
        case .template: say("页面出错", "Page error")
        case .exportFailed: say("导出失败", "Export failed")
        }
    }

    /// What went wrong and what to do, in a language (a malformed request without its English says its Chinese).
    public func description(in language: Language) -> String {
        language == .english ? englishDescription : chineseDescription
    }

    private var chineseDescription: String {
        switch self {
        case .loginRequired(_, let expired):
            expired ? "登录已失效，请重新登录。" : "请先登录：用您的用户名和密码（或本节点发给您的访问令牌）。"
        case .unauthorized: "登录已失效，表单没有提交：请重新登录后再提交。"
        case .forbidden: "您无权查看这个机关的报告。"
        case .countyOnly(let action): "只有县级令牌（可访问全部报告）才能\(action?.label ?? "执行此操作")。"
        case .notAllowed(let role, let action): "\(role.label)不能\(action.label)。如需办理，\(Self.whomToAsk(role).chinese)。"
        case .crossSite: "该表单来自其他网站，已拒绝。请在本站页面上操作。"
        case .csrfMismatch: "表单已过期或来源不明（防伪令牌不符）。请刷新页面后重新提交。"
        case .badRequest(let message, _), .refusedWithWayOn(let message, _, _): message
        case .refused(let error): error.description(in: .chinese)
        case .uploadTooLarge(let limit):
            "上传的文件超过 \(limit / (1024 * 1024)) MB，没有读取，也没有保存任何内容。年报的 Word 或 PDF 文件通常只有几 MB："
                + "请确认选对了文件，或把图片压缩后另存再上传。"
        case .malformedRevision(let text): "“\(text)”不是有效的修订编号：请使用至少 4 位十六进制数字（0–9、a–f）。"
        case .unknownAgency(let id): "没有编号为 \(id) 的机关。"
        case .reportNotFound(let key): "没有这份 \(key.year) 年的报告：可能还没有上传，或地址有误。"
        case .revisionNotFound(let text): "该报告没有编号以 \(text) 开头的修订。"
        case .pageNotFound(let path): "没有页面 \(path)。"
        case .noOriginal: "这一修订是从纯文本提交的（或由合并产生），没有保存原件；可以用“导出文本”下载它的文字。"
        case .conflictOpen: "这份报告存在未解决的同步冲突：请先在“冲突”页合并两条修订线，再公开或恢复旧版本。"
        case .noConflict: "这份报告没有需要合并的冲突。"
        case .staleForm: "这份报告在您打开表单后已有新的修订。请刷新页面，查看最新内容后重新选择。"
        case .statusMoved(_, let step):
            "您打开这一页之后，\(Self.moved(step, in: .chinese))。这次没有设置标记：请刷新页面，看过之后再操作。"
        case .busy: "仓库正忙（另一个程序正在写入），请稍后重试。"
        case .tooManyRequests(let seconds): "失败的请求过多（登录失败，或查找不存在的内容），请 \(seconds) 秒后再试。"
        case .uploadInProgress(let count):
            "您上传的 \(count) 个文件还在读取：请等它们读完（报告页会显示结果）再上传这一个。这个文件没有上传，草稿没有改动。"
        case .uploadsCrowded: "服务器正在读取别人上传的文件：请稍等一会儿再上传。这个文件没有上传，草稿没有改动。"
        case .repository(.store(.readOnly)):
            "本节点以只读方式提供仓库（只读的存档，或用 --read-only 启动），不能保存任何修改，在本节点再次提交也一样。"
        case .repository(.store(.sharedMemoryLost)):
            "仓库的共享文件（-shm）被其他程序删除、替换或设为只读：本节点仍可查看，但在重新启动之前不能保存任何修改。"
        case .repository(let error): "仓库无法完成操作：\(error.description(in: .chinese))"
        case .template(let reason): "页面无法生成：\(reason)"
        case .exportFailed(let reason): "无法生成导出的文件：\(reason)。请稍后重试，或分别下载各份报告。"
        }
    }

    private var englishDescription: String {
        switch self {
        case .loginRequired(_, let expired):
            expired
                ? "Your login has ended: please sign in again."
                : "Please sign in first, with your user name and password (or the access token this node gave you)."
        case .unauthorized: "Your login has ended and the form was not sent: sign in again, then send it again."
        case .forbidden: "You may not see this office's reports."
        case .countyOnly(let action):
            "Only the county's token (which reaches every report) may \(action?.englishLabel ?? "do this")."
        case .notAllowed(let role, let action):
            "Your role, \(role.englishLabel), does not allow you to \(action.englishLabel). If it needs doing, "
                + "\(Self.whomToAsk(role).english)."
        case .crossSite: "The form came from another site and was refused. Please use this site's own pages."
        case .csrfMismatch:
            "The form has expired or its origin is unknown (the anti-forgery token does not match). Reload the page and "
                + "send it again."
        case .badRequest(let message, let english): english ?? message
        case .refusedWithWayOn(_, let english, _): english
        case .refused(let error): error.description(in: .english)
        case .uploadTooLarge(let limit):
            "The file uploaded is larger than \(limit / (1024 * 1024)) MB: nothing was read or saved. A report's Word or "
                + "PDF file is usually a few MB: check that you chose the right file, or compress its pictures and save "
                + "it again before uploading."
        case .malformedRevision(let text):
            "\"\(text)\" is not a valid revision id: use at least 4 hexadecimal digits (0–9, a–f)."
        case .unknownAgency(let id): "There is no office with the id \(id)."
        case .reportNotFound(let key):
            "There is no such report of \(key.year): it may not have been uploaded yet, or the address is wrong."
        case .revisionNotFound(let text): "The report has no revision whose id starts with \(text)."
        case .pageNotFound(let path): "There is no page \(path)."
        case .noOriginal:
            "This revision was committed from plain text (or made by a merge) and keeps no original file; \"Export the "
                + "text\" downloads its text."
        case .conflictOpen:
            "This report has an open sync conflict: merge the two lines on the \"Conflict\" page first, then publish it "
                + "or restore an older version."
        case .noConflict: "This report has no conflict to merge."
        case .staleForm:
            "This report got a new revision after you opened the form. Reload the page, look at what it says now and "
                + "choose again."
        case .statusMoved(_, let step):
            "After you opened this page, \(Self.moved(step, in: .english)). No mark was set: reload the page and look at it "
                + "first."
        case .busy: "The repository is busy (another program is writing to it): please try again shortly."
        case .tooManyRequests(let seconds):
            "Too many failed requests (failed sign-ins, or looking for what is not there): try again in \(seconds) "
                + "seconds."
        case .uploadInProgress(let count):
            "The \(count) files you uploaded are still being read: wait until they are (the report page shows the "
                + "result), then upload this one. This file was not uploaded; the draft is unchanged."
        case .uploadsCrowded:
            "The server is reading files others uploaded: wait a moment, then upload again. This file was not "
                + "uploaded; the draft is unchanged."
        case .repository(.store(.readOnly)):
            "This node serves its repository read-only (an archive, or started with --read-only): no change can be "
                + "saved, and sending it again on this node will not save it either."
        case .repository(.store(.sharedMemoryLost)):
            "The repository's shared file (-shm) was deleted, replaced or made read-only by another program: this node "
                + "can still be read, but no change can be saved until it is started again."
        case .repository(let error): "The repository could not do it: \(error.description(in: .english))"
        case .template(let reason): "The page could not be made: \(reason)"
        case .exportFailed(let reason):
            "The file to download could not be made: \(reason). Try again later, or download the reports one by one."
        }
    }

    /// Why a choice on the conflict page does not fit, as the page says it.
    static func refusal(of reason: MergeChoiceError.Reason, in language: Language) -> String {
        func say(_ chinese: String, _ english: String) -> String { language == .english ? english : chinese }
        return switch reason {
        case .noConflict, .notFound:
            say(
                "这个单元已没有冲突（报告可能已被修改）：请刷新冲突页后重新选择。",
                "This place has no conflict any more (the report may have changed): reload the conflict page and choose "
                    + "again.")
        case .notText:
            say(
                "只有文字（段落、单元格、标题）可以“两者都保留”或“编辑”；请为它选择一方。",
                "Only a text (a paragraph, a cell, a heading) can be \"kept both\" or \"edited\": choose a side for it."
            )
        case .notParagraph:
            say(
                "只有段落可以“两者都保留”；单元格请选择一方或编辑数值。",
                "Only a paragraph can be \"kept both\": for a cell choose a side or edit the value.")
        case .emptyEdit:
            say("编辑后的内容是空的：请填写内容，或选择一方。", "The edited text is empty: write it, or choose a side.")
        case .unsettled:
            say(
                "编辑框里还有“〔待改定：…｜…〕”：那里两边写法不同，请改成定稿的文字（删去括号和另一种写法）再保存。",
                "The edit box still holds “〔待改定：…｜…〕”, where the two sides wrote differently: write the settled "
                    + "text there (without the brackets and the other wording), then save.")
        case .controlCharacter:
            say(
                "编辑框里有看不见的控制字符（如空字符）：Word 文件存不下它，导出的文本也读不回来。请删去后再保存。",
                "The edit box holds an invisible control character (such as a NUL): a Word file cannot keep it and the "
                    + "text export would not read back. Delete it, then save.")
        }
    }

    /// Whom a person refused an action asks to have it done: the county's office for a township's clerk (or a
    /// reader), never for the county's own reviewer — she is that office, and asks the administrator (user review
    /// ux98, J7) — and an administrator asks whoever maintains the system.
    static func whomToAsk(_ role: PersonRole) -> (chinese: String, english: String) {
        switch role {
        case .reviewer: ("请联系系统管理员", "ask an administrator of this system")
        case .admin: ("请联系维护本系统的技术人员", "ask whoever maintains this system")
        case .clerk, .viewer: ("请联系县政务公开办", "ask the county's information disclosure office")
        }
    }
}

extension WebError {
    /// What moved a report's status while a page was open, for ``statusMoved(_:step:)``: who, when (Beijing time),
    /// and a return's correction request as written.
    static func moved(_ step: WorkflowStep?, in language: Language) -> String {
        guard let step else { return language.choose("这份报告的状态变了", "the report's status changed") }
        let time = DisplayFormat.time(step.time)
        if language == .english {
            return "\(step.person ?? "someone") marked the report \(step.mark.englishLabel.lowercased()) at \(time)"
                + (step.comment.map { ": \"\($0)\"" } ?? "")
        }
        return "\(step.person ?? "有人") 在 \(time) \(step.mark.verb)了这份报告" + (step.comment.map { "：“\($0)”" } ?? "")
    }
}
