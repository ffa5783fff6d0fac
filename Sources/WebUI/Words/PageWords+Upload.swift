import ReportModel

/// The words of a report page's upload and restore forms on a published report (``PublishedUpload``,
/// ``RestoreFormView``): what the form says of the publication, the confirmation it asks for, and why an upload or a
/// restore without it was not taken.
struct UploadWords: Sendable {
    let language: Language
    /// The upload's confirmation, as the checkbox words it.
    let confirmation: String
    /// The restore's confirmation, as the checkbox words it.
    let restoreConfirmation: String
    /// The confirmation of a restore that puts back the older text of places others changed since.
    let undoConfirmation: String
    /// `这份报告<strong>已公开</strong>…`: before and inside the strong words.
    let publishedLead: String
    let publishedStrong: String

    init(_ language: Language) {
        self.language = language
        func say(_ chinese: String, _ english: String) -> String { language.choose(chinese, english) }
        confirmation = say(
            "我知道这份报告已公开，上传的修改需重新报送、公开",
            "I know this report is published: the changes uploaded must be submitted and published again")
        restoreConfirmation = say(
            "我知道这份报告已公开，恢复后的草稿需重新报送、公开",
            "I know this report is published: the restored draft must be submitted and published again")
        undoConfirmation = say(
            "我知道恢复会把别人的这些修改改回以前的内容",
            "I know the restore puts back the earlier text of these changes by others")
        publishedLead = say("这份报告", "This report is ")
        publishedStrong = say("已公开", "published")
    }

    /// Around the publisher's name in the upload form of a published report: `：公开的是第 2 版（` … `2025-01-20
    /// 14:03（北京时间）公开）。…`; the name, when known, goes between.
    func published(_ upload: PublishedUpload) -> (before: String, after: String) {
        let (number, time) = (upload.number, upload.time)
        guard language == .english else {
            let tail = "\(time)（北京时间）公开）"
            return upload.needsConfirmation
                ? ("：公开的是\(number)（", tail + "。上传新文件会生成新的草稿，公开的仍是\(number)；改好后须重新报送，由县里重新公开。")
                : (
                    "公开的仍是\(number)（",
                    tail + (upload.isChangedSince ? "；草稿是公开后的修改" : "；当前草稿不是公开的那一版")
                        + "，上传后仍是草稿，改好后须重新报送，由县里重新公开。"
                )
        }
        let by = upload.hasPerson ? " by " : ""
        let when = " on \(time), Beijing time)"
        return upload.needsConfirmation
            ? (
                ": the published one is \(number) (published\(by)",
                when + ". A new file makes a new draft, and \(number) stays the published one; once it is right, it "
                    + "must be submitted again and published again by the county."
            )
            : (
                "The published one is still \(number) (published\(by)",
                when
                    + (upload.isChangedSince
                        ? "; the draft holds changes made since" : "; the current draft is not the published version")
                    + ", and stays a draft after the upload: once it is right, "
                    + "it must be submitted again and published again by the county."
            )
    }

    /// What the restore form says of a published report: `（公开的是第 4 版）：恢复会生成新的草稿…`.
    func publishedRestore(_ number: String) -> String {
        language.choose(
            "（公开的是\(number)）：恢复会生成新的草稿，公开的仍是\(number)；改好后须重新报送，由县里重新公开。",
            " (the published one is \(number)): restoring makes a new draft, and \(number) stays the published one; "
                + "once it is right, it must be submitted again and published again by the county.")
    }

    /// On the restore form of a submitted report whose submitted text is another: the restore takes the submission
    /// back (rv119 F2: a clerk's mistaken restore turned 已报送 第 4 版 into a draft, unsaid).
    func restoreUnsubmits(_ submitted: String) -> String {
        language.choose(
            "这份报告已报送的是\(submitted)：恢复后报告从“已报送”变回“草稿”，县里看到的也是草稿，须重新报送。",
            "The submitted version of this report is \(submitted): after the restore the report goes back from "
                + "Submitted to Draft, for the county too, and must be submitted again.")
    }

    /// What the restore form does: `把第 2 版的内容作为新修订放回草稿…`.
    func restoreHint(_ number: String) -> String {
        language.choose(
            "把\(number)的内容作为新修订放回草稿（原件一并恢复）；之后的修订仍留在历史里，随时可以再恢复。",
            "Puts the text of \(number) back in the draft as a new revision (its original too); the revisions after "
                + "it stay in the history and can be restored at any time.")
    }

    /// Why an upload to a published report was not taken: it was not confirmed.
    func unconfirmedUpload(_ file: String) -> String {
        language.choose(
            "没有上传“\(file)”：这份报告已公开，上传的修改会成为草稿，须重新报送、公开。"
                + "确要上传，请勾选“\(confirmation)”，再选择文件上传。草稿没有改动。",
            "\"\(file)\" was not uploaded: this report is published, and the changes uploaded become a draft that "
                + "must be submitted and published again. To upload it anyway, tick \"\(confirmation)\", then choose "
                + "the file again. The draft is unchanged.")
    }

    /// Why an upload was not taken whose file names the office one or two characters differently from its registered
    /// name (``ReportMismatch/isNearName``: a typo, or the office's new name after 撤乡设镇): both names, and the way on
    /// — for one who may register the name (``PersonAction/nameAgency``) the form below, for a clerk the county.
    func nearName(file: String, named: String, registered: String, canName: Bool) -> String {
        language.choose(
            "没有上传“\(file)”：文件里写的机关名称“\(named)”和登记的“\(registered)”不一样（只差一两个字）。"
                + "如果是文件写错了，请改正后再上传；如果机关已改名（如撤乡设镇）或这是它的另一种写法，"
                + (canName
                    ? "可以用下面的按钮把“\(named)”登记为\(registered)的另一个名称，再上传一次。"
                    : "请联系县政务公开办在机关名册里登记这个名称，之后再上传。")
                + "草稿没有改动。",
            "\"\(file)\" was not uploaded: the file names the office “\(named)”, not the registered “\(registered)” (one "
                + "or two characters apart). If the file has a typo, correct it and upload it again; if the office was "
                + "renamed (a township that became a town) or this is another way of writing its name, "
                + (canName
                    ? "the button below registers “\(named)” as another name of \(registered); then upload it again."
                    : "ask the county's office to register the name, then upload it again.")
                + " The draft is unchanged.")
    }

    /// The button that registers a file's name as another name of the office: `把“…”登记为…的另一个名称`.
    func nameButton(named: String, registered: String) -> String {
        language.choose(
            "把“\(named)”登记为\(registered)的另一个名称", "Register “\(named)” as another name of \(registered)")
    }

    /// After the name was registered: `已把“…”登记为…的另一个名称：请再上传一次文件。`
    func named(_ name: String, registered: String) -> String {
        language.choose(
            "已把“\(name)”登记为\(registered)的另一个名称：请再上传一次文件。",
            "“\(name)” is registered as another name of \(registered): upload the file again.")
    }

    /// The heading of the page that says a name was registered for a report not started yet (rv115 F9).
    var namedTitle: String { language.choose("已登记名称", "Name registered") }

    /// The link from that page to the year's board, where the file is uploaded again: `2025 年度报送情况`.
    func board(_ year: Int) -> String { language.choose("\(year) 年度报送情况", "Reports of \(year)") }

    /// Why a restore of a published report was not done: it was not confirmed.
    func unconfirmedRestore() -> String {
        language.choose(
            "没有恢复：这份报告已公开，恢复会生成新的草稿，须重新报送、公开。"
                + "确要恢复，请勾选“\(restoreConfirmation)”，再点“恢复为草稿”。草稿没有改动。",
            "Nothing was restored: this report is published, and restoring makes a new draft that must be submitted "
                + "and published again. To restore it anyway, tick \"\(restoreConfirmation)\", then \"Restore as the "
                + "draft\". The draft is unchanged.")
    }

    /// What the restore form says before the places others changed since, which the restore puts back.
    func undoIntro(_ number: String) -> String {
        language.choose(
            "恢复为\(number)会把别人之后改过的地方改回以前的内容：",
            "Restoring \(number) puts back the earlier text of places others changed since:")
    }

    /// Why a restore that puts back others' changes was not done: it was not confirmed.
    func undoRefusal(_ number: String, _ changes: [String]) -> String {
        language.choose(
            "没有恢复：恢复为\(number)会把别人之后改过的地方改回以前的内容：" + changes.joined(separator: "；")
                + "。确要恢复，请勾选“\(undoConfirmation)”，再点“恢复为草稿”。草稿没有改动。",
            "Nothing was restored: restoring \(number) puts back the earlier text of places others changed since: "
                + changes.joined(separator: "; ") + ". To restore it anyway, tick \"\(undoConfirmation)\", then"
                + " \"Restore as the draft\". The draft is unchanged.")
    }
}
