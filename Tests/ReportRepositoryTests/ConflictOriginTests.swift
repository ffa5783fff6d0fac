import ReportRepository
import Testing

/// A conflict's recorded origin, read back and named as a sentence names it.
@Suite struct ConflictOriginTests {
    @Test(arguments: [
        (ConflictOrigin.pushed(by: "常张乡"), "token 常张乡", "常张乡 推送的修订"),
        (.pulled(from: "county"), "pull from county", "从 county 拉取的修订"),
        (.other("merged by hand"), "merged by hand", "merged by hand 的修订"),
    ])
    func anOriginIsRecordedReadBackAndNamed(origin: ConflictOrigin, recorded: String, revisions: String) {
        #expect(origin.recorded == recorded)
        #expect(ConflictOrigin(recorded: recorded) == origin)
        #expect(origin.revisions == revisions)
        #expect(origin.mergeMessage == "合并 " + revisions)
    }
}
