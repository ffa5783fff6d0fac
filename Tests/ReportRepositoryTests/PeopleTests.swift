import Foundation
import GRDB
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// The people of a node, in a repository file: who may do what, passwords kept only as bcrypt hashes, logins that
/// end when a person is disabled or changes password, the audit log, and tokens owned by a person.
@Suite struct PeopleTests {
    static let password = "常张乡2024年报!"

    /// A repository file in a temporary folder.
    static func repository(in folder: TemporaryDirectory) throws -> ReportRepository {
        try ReportRepository.create(
            at: folder.path("county.sqlite").path, node: "county", logger: RepositoryTestSupport.logger)
    }

    /// A clerk of an office not registered here (a typo: `changzang`) is refused, as its token would be: they could
    /// see and do nothing, and the people page named the office by its id.
    @Test func aClerkOfAnUnregisteredOfficeIsRefused() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try Self.repository(in: folder)
        try await repository.addAgency(id: "changzhang", name: "常张乡人民政府", by: "管理员")
        await #expect(throws: RepositoryError.agency(.notRegistered("changzang"))) {
            try await repository.addPerson(
                name: "测试", role: .clerk, agencies: ["changzang"], password: Self.password, by: "管理员")
        }
        #expect(try await repository.people().isEmpty)
        let added = try await repository.addPerson(
            name: "测试", role: .clerk, agencies: ["changzhang"], password: Self.password, by: "管理员")
        #expect(added.agencies == ["changzhang"])
    }

    @Test func eachRoleMayDoWhatTheTableSays() {
        let expected: [PersonRole: Set<PersonAction>] = [
            .viewer: [.read],
            .clerk: [.read, .edit, .submit, .answer],
            .reviewer: [
                .read, .edit, .submit, .returnReport, .publish, .readAudit, .comment, .answer, .decide, .nameAgency,
            ],
            .admin: Set(PersonAction.allCases),
        ]
        for role in PersonRole.allCases {
            for action in PersonAction.allCases {
                #expect(PersonRules.may(role, action) == expected[role]?.contains(action), "\(role) \(action)")
            }
        }
        // Each mark is the action of its role: only the county returns and publishes
        #expect(PersonAction(mark: .submitted) == .submit)
        #expect(PersonAction(mark: .returned) == .returnReport)
        #expect(PersonAction(mark: .published) == .publish)
    }

    @Test func aClerkReachesItsAgenciesOnlyAndATokenActsByItsScope() async throws {
        let clerk = Person(id: 1, name: "李四", role: .clerk, agencies: ["changzhang"], created: Date())
        let principal = Principal(person: clerk)
        #expect(principal.reaches(agency: "changzhang"))
        #expect(!principal.reaches(agency: "dazhuang"))
        #expect(throws: RepositoryError.people(.notAllowed(role: .clerk, action: .publish))) {
            try principal.check(.publish)
        }
        let viewer = Principal(person: Person(id: 2, name: "赵领导", role: .viewer, agencies: [], created: Date()))
        #expect(viewer.reaches(agency: "dazhuang"))
        #expect(!viewer.may(.submit))
        // A county token acts as an admin under its owner's name; a township token as its clerk
        let county = Principal(
            token: AccessToken(id: 1, label: "all", scope: .all, created: Date(), revoked: nil, owner: "王主任"))
        #expect(county.name == "王主任")
        #expect(county.may(.publish))
        let township = Principal(
            token: AccessToken(id: 2, label: "常张乡", scope: .agencies(["changzhang"]), created: Date(), revoked: nil))
        #expect(township.name == "常张乡")
        #expect(!township.may(.returnReport))
    }

    @Test func peopleAreKeptWithBcryptHashesNeverThePassword() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try Self.repository(in: folder)
        try await repository.addAgency(id: "changzhang", name: "常张乡人民政府", by: "管理员")
        try await repository.addAgency(id: "dazhuang", name: "大庄乡人民政府", by: "管理员")
        let added = try await repository.addPerson(
            name: " 李四 ", role: .clerk, agencies: ["changzhang", "dazhuang"], password: Self.password, by: "管理员")
        #expect(added.name == "李四")
        #expect(added.agencies == ["changzhang", "dazhuang"])
        #expect(added.scope == .agencies(["changzhang", "dazhuang"]))
        // The file (and its write-ahead log) holds a bcrypt hash, not the password
        var bytes = try Data(contentsOf: folder.path("county.sqlite"))
        bytes += (try? Data(contentsOf: folder.path("county.sqlite-wal"))) ?? Data()
        #expect(bytes.range(of: Data("$2b$\(ReportRepository.passwordCost)$".utf8)) != nil)
        #expect(bytes.range(of: Data(Self.password.utf8)) == nil)
        // Reopened from the file, the person is there
        let reopened = try ReportRepository.open(
            at: folder.path("county.sqlite").path, logger: RepositoryTestSupport.logger)
        #expect(try await reopened.people().map(\.name) == ["李四"])
        // Listed in pinyin order, as people look for a name
        for name in ["王审核", "赵六", "艾青"] {
            _ = try await reopened.addPerson(name: name, role: .reviewer, password: Self.password, by: "管理员")
        }
        #expect(try await reopened.people().map(\.name) == ["艾青", "李四", "王审核", "赵六"])
    }

    @Test func badPeopleAreRefusedAndNothingIsStored() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        _ = try await repository.addPerson(name: "王审核", role: .reviewer, password: Self.password, by: "管理员")
        func refuses(
            _ expected: RepositoryError, _ name: String, _ role: PersonRole, agencies: Set<String> = [],
            password: String = PeopleTests.password
        ) async {
            await #expect(throws: expected) {
                try await repository.addPerson(
                    name: name, role: role, agencies: agencies, password: password, by: "管理员")
            }
        }
        await refuses(.people(.nameTaken("王审核")), "王审核", .viewer)
        await refuses(.people(.clerkWithoutAgency), "李四", .clerk)
        await refuses(.people(.agenciesForRole(.reviewer)), "李四", .reviewer, agencies: ["changzhang"])
        await refuses(.people(.unsuitablePassword), "李四", .viewer, password: "1234567")
        await refuses(.people(.unsuitablePassword), "李四", .viewer, password: String(repeating: "密", count: 25))
        await refuses(.people(.invalidName("")), "", .viewer)
        await refuses(.people(.invalidName("李\n四")), "李\n四", .viewer)
        // Names that would look like another's, or turn the text after them round on a page
        for name in [
            "孙\u{7}八", "孙\u{200B}八", "王审核\u{202E}", "\u{2067}王审核", "孙\u{FEFF}八", "李\u{2028}四", "孙\u{34F}八",
            "孙\u{3164}八", "孙\u{115F}八", "孙八\u{FE0F}",
        ] {
            await refuses(.people(.invalidName(name)), name, .viewer)
        }
        #expect(
            RepositoryError.people(.invalidName("孙\u{7}八")).description.hasPrefix("“孙<U+0007>八”不能作为用户名"))
        await #expect(throws: RepositoryError.invalidTokenLabel("常\u{202E}张乡")) {
            try await repository.issueToken(label: "常\u{202E}张乡", scope: .agencies(["changzhang"]))
        }
        await #expect(throws: RepositoryError.invalidTokenLabel("")) {
            try await repository.issueToken(label: "  ", scope: .all)
        }
        await #expect(throws: RepositoryError.agency(.invalidName("大庄乡\u{202E}人民政府"))) {
            try await repository.addAgency(id: "dazhuang", name: "大庄乡\u{202E}人民政府", by: "管理员")
        }
        await #expect(throws: RepositoryError.invalidAuthor("王\u{202E}审核")) {
            try await repository.commit(
                SampleReport.make(agency: "常张乡人民政府", year: 2024), to: ReportKey(agency: "changzhang", year: 2024),
                author: "王\u{202E}审核", message: "初稿")
        }
        await refuses(.invalidAgencyID("常张乡"), "李四", .clerk, agencies: ["常张乡"])
        #expect(try await repository.people().map(\.name) == ["王审核"])
    }

    @Test func loginChecksThePasswordAndEndsWithADisableOrANewPassword() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        try await repository.addAgency(id: "changzhang", name: "常张乡人民政府", by: "管理员")
        _ = try await repository.addPerson(
            name: "李四", role: .clerk, agencies: ["changzhang"], password: Self.password, by: "管理员")
        #expect(try await repository.authenticatePerson(name: "李四", password: "wrong-password") == nil)
        #expect(try await repository.authenticatePerson(name: "张三", password: Self.password) == nil)
        let login = try #require(try await repository.authenticatePerson(name: "李四", password: Self.password))
        #expect(try await repository.activePerson(id: login.person.id, stamp: login.stamp)?.name == "李四")
        // A new password ends the old login; the new one works
        try await repository.setPassword(of: "李四", to: "新的密码12345678", by: "管理员")
        #expect(try await repository.activePerson(id: login.person.id, stamp: login.stamp) == nil)
        #expect(try await repository.authenticatePerson(name: "李四", password: Self.password) == nil)
        let again = try #require(try await repository.authenticatePerson(name: "李四", password: "新的密码12345678"))
        // Disabled: no login, and the open one ends
        try await repository.disablePerson(named: "李四", by: "管理员")
        #expect(try await repository.activePerson(id: again.person.id, stamp: again.stamp) == nil)
        // Told so only with the right password: a wrong one is refused as for anyone
        await #expect(throws: RepositoryError.people(.accountDisabled("李四"))) {
            try await repository.authenticatePerson(name: "李四", password: "新的密码12345678")
        }
        #expect(try await repository.authenticatePerson(name: "李四", password: "wrong-password") == nil)
        #expect(try await repository.people().first?.disabled != nil)
        await #expect(throws: RepositoryError.people(.personNotFound("张三"))) {
            try await repository.disablePerson(named: "张三", by: "管理员")
        }
    }

    /// An administrator's action is stored with its audit line, in one transaction, or not at all: a person added,
    /// disabled or given a password, an agency registered, named or merged, never without the line saying who did it.
    @Test func anAdministratorsActionIsStoredWithItsAuditLineOrNotAtAll() async throws {
        let folder = try TemporaryDirectory()
        let repository = try Self.repository(in: folder)
        try await repository.addAgency(id: "changzhang", name: "常张乡人民政府", by: "张管理")
        try await repository.addAgency(id: "czx", name: "长张乡人民政府", by: "张管理")
        try await repository.addPerson(
            name: "李四", role: .clerk, agencies: ["changzhang"], password: Self.password, by: "张管理")
        try await repository.addAliases(["长子县常张乡"], to: "changzhang", by: "张管理")
        #expect(try await repository.auditLog().map(\.person) == ["张管理", "张管理", "张管理", "张管理"])
        #expect(
            try await repository.auditLog().map(\.detail) == [
                "给机关 常张乡人民政府 加别名 长子县常张乡", "添加用户 李四（乡镇填报员）", "登记机关 长张乡人民政府（编号 czx）",
                "登记机关 常张乡人民政府（编号 changzhang）",
            ])

        // The audit log refuses every line from now on (as a full disk or a broken table would).
        let file = try DatabaseQueue(path: folder.path("county.sqlite").path)
        try await file.write { db in
            try db.execute(
                sql: "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'no'); END")
        }
        try file.close()
        await #expect(throws: RepositoryError.self) {
            try await repository.addPerson(name: "王五", role: .reviewer, password: Self.password, by: "张管理")
        }
        await #expect(throws: RepositoryError.self) { try await repository.disablePerson(named: "李四", by: "张管理") }
        await #expect(throws: RepositoryError.self) {
            try await repository.setPassword(of: "李四", to: "新的密码12345678", by: "张管理")
        }
        await #expect(throws: RepositoryError.self) {
            try await repository.addAgency(id: "dazhuang", name: "大庄乡人民政府", by: "张管理")
        }
        await #expect(throws: RepositoryError.self) {
            try await repository.addAliases(["大庄"], to: "changzhang", by: "张管理")
        }
        await #expect(throws: RepositoryError.self) {
            try await repository.mergeAgency("czx", into: "changzhang", author: "张管理")
        }
        #expect(try await repository.people().map(\.name) == ["李四"])
        #expect(try await repository.people().first?.disabled == nil)
        #expect(try await repository.authenticatePerson(name: "李四", password: Self.password) != nil)
        #expect(try await repository.agencyRegistry().map(\.id).sorted() == ["changzhang", "czx"])
        #expect(try await repository.agencyRegistry().first { $0.id == "changzhang" }?.aliases == ["长子县常张乡"])
        #expect(try await repository.auditLog().count == 4)
    }

    @Test func theAuditLogKeepsWhoWhatWhenAndWhere() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let key = ReportKey(agency: "changzhang", year: 2024)
        let time = RepositoryTestSupport.time
        try await repository.recordAudit(person: "李四", action: .mark, report: key, detail: "已报送", time: time)
        try await repository.recordAudit(person: "王审核", action: .login, time: time.addingTimeInterval(60))
        let all = try await repository.auditLog()
        #expect(all.map(\.person) == ["王审核", "李四"])
        #expect(all.last?.agency == "changzhang")
        #expect(all.last?.year == 2024)
        #expect(all.last?.node == "county")
        #expect(all.last?.time == time)
        #expect(try await repository.auditLog(report: key).map(\.person) == ["李四"])
        #expect(try await repository.auditLog(limit: 1).count == 1)
        // Stored as words, named for people; a word this version does not know is shown as it is
        #expect(all.map(\.action) == ["login", "mark"])
        #expect(all.map { AuditAction.label(of: $0.action) } == ["登录", "设置标记"])
        #expect(AuditAction.label(of: "import") == "导入报告")
        #expect(AuditAction.label(of: "user-passwd") == "重设密码")
        #expect(AuditAction.label(of: "archive") == "archive")
        #expect(Set(AuditAction.allCases.map(\.label)).count == AuditAction.allCases.count)
    }

    @Test func aTokenIsOwnedByAPerson() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let issued = try await repository.issueToken(label: "县里的电脑", scope: .all, owner: "王主任")
        #expect(issued.token.owner == "王主任")
        #expect(try await repository.tokens().first?.owner == "王主任")
        #expect(try await repository.authenticate(issued.secret)?.owner == "王主任")
        // What it sends is recorded under the owner's name
        #expect(Sender(issued.token).label == "王主任")
        let unowned = try await RepositoryTestSupport.townshipToken("常张乡", agencies: ["changzhang"], in: repository)
        #expect(Sender(unowned.token).label == "常张乡")
    }

    /// A person disabled cannot go on through a token they hold: it opens nothing (nor the web sessions opened with
    /// it, which look it up by its hash), not even when they are enabled again (``DisabledTokenTests``); a node's
    /// token of the same agency is not touched.
    @Test func aDisabledPersonsTokenOpensNothing() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        try await repository.addAgency(id: "changzhang", name: "常张乡人民政府", by: "管理员")
        _ = try await repository.addPerson(
            name: "测试员", role: .clerk, agencies: ["changzhang"], password: Self.password, by: "管理员")
        let held = try await RepositoryTestSupport.townshipToken(
            "测试员的电脑", agencies: ["changzhang"], owner: "测试员", in: repository)
        let node = try await RepositoryTestSupport.townshipToken("常张乡", agencies: ["changzhang"], in: repository)
        let hash = ReportRepository.tokenHash(held.secret)
        #expect(try await repository.authenticate(held.secret) != nil)
        try await repository.disablePerson(named: "测试员", by: "管理员")
        #expect(try await repository.authenticate(held.secret) == nil)
        #expect(try await repository.authenticate(tokenHash: hash) == nil)
        #expect(try await repository.authenticate(node.secret) != nil)
        // Enabled again with a new password, their token stays revoked; the node's still opens
        try await repository.setPassword(of: "测试员", to: "新的密码12345678", by: "管理员")
        #expect(try await repository.authenticate(held.secret) == nil)
        #expect(try await repository.authenticate(node.secret) != nil)
    }

    /// The only active administrator is not disabled by a slip (停用 beside their own name on the people page): no
    /// one could then manage people on the pages. With another administrator, either may be disabled.
    @Test func theLastAdministratorIsNotDisabled() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        _ = try await repository.addPerson(name: "老周", role: .admin, password: Self.password, by: "安装")
        _ = try await repository.addPerson(name: "王审核", role: .reviewer, password: Self.password, by: "老周")
        let audit = try await repository.auditLog()
        await #expect(throws: RepositoryError.people(.lastAdministrator("老周"))) {
            try await repository.disablePerson(named: "老周", by: "老周")
        }
        #expect(try await repository.people().allSatisfy(\.isActive))
        #expect(try await repository.auditLog() == audit)
        try await repository.disablePerson(named: "王审核", by: "老周")
        _ = try await repository.addPerson(name: "小李", role: .admin, password: Self.password, by: "老周")
        try await repository.disablePerson(named: "老周", by: "小李")
        #expect(try await repository.people().filter(\.isActive).map(\.name) == ["小李"])
        await #expect(throws: RepositoryError.people(.lastAdministrator("小李"))) {
            try await repository.disablePerson(named: "小李", by: "小李")
        }
    }
}
