import Foundation
import ReportFixtures
import Testing

/// `nianbao agency add` as a county registers its offices (rv117 F4): the id made from the name as `import` makes it,
/// or a whole list from a file in import's map format, all or nothing.
@Suite struct AgencyListCommandTests {
    @Test func anIdLeftOutIsMadeFromTheNameAndPrinted() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try #require(workspace.run(["init", "--node", "county"]).status == 0)
        let added = try workspace.run(["agency", "add", "--name", "长子县常张乡人民政府", "--kind", "township"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("已登记机关 changzhang（长子县常张乡人民政府）"))
        #expect(added.stdout.contains("nianbao token create --agency changzhang"))
        // A department: the pinyin of its name without the county; a name already registered is refused
        let department = try workspace.run(["agency", "add", "--name", "长子县财政局"])
        #expect(department.status == 0, "\(department.stderr)")
        #expect(department.stdout.contains("已登记机关 caizhengju（长子县财政局）"), "\(department.stdout)")
        let again = try workspace.run(["agency", "add", "--name", "常张乡"])
        #expect(again.status != 0)
        #expect(again.stderr.contains("已经是机关 changzhang 的名称或别名"))
        // Neither an id nor a name: told what to write
        let bare = try workspace.run(["agency", "add"])
        #expect(bare.status != 0)
        #expect(bare.stderr.contains("请写出机关全称"))
    }

    @Test func aFileRegistersEveryLineOrNoneNamingTheBadLine() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try #require(workspace.run(["init", "--node", "county"]).status == 0)
        try #require(workspace.run(["agency", "add", "--name", "长子县常张乡人民政府"]).status == 0)
        // A bad line — a name registered already, on line 4 — refuses the whole file: nothing added
        let bad = workspace.folder.path("bad.txt")
        try Data("# 长子县\n长子县人民政府\tzhangzi\n长子县宋村乡人民政府\n常张乡\n".utf8).write(to: bad)
        let refused = try workspace.run(["agency", "add", "--from", bad.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("第 4 行"), "\(refused.stderr)")
        #expect(refused.stderr.contains("一个也没有登记"))
        var list = try workspace.run(["agency", "list"]).stdout
        #expect(!list.contains("zhangzi") && !list.contains("songcun"), "\(list)")
        // An id that cannot be one: its line named too
        let badID = workspace.folder.path("bad-id.txt")
        try Data("长子县人民政府\tzhangzi\n长子县宋村乡人民政府\t宋村\n".utf8).write(to: badID)
        let refusedID = try workspace.run(["agency", "add", "--from", badID.path])
        #expect(refusedID.status != 0)
        #expect(refusedID.stderr.contains("第 2 行：“宋村”不能作为机关代号"), "\(refusedID.stderr)")
        // The good file: ids given, made from the names, parents (one of the file's own); each printed with its id
        let good = workspace.folder.path("good.txt")
        try Data("\u{FEFF}长子县人民政府\tzhangzi\r\n长子县南漳镇人民政府\t\tzhangzi\r\n\r\n长子县宋村乡人民政府\r\n".utf8).write(
            to: good)
        let registered = try workspace.run(["agency", "add", "--from", good.path])
        #expect(registered.status == 0, "\(registered.stderr)")
        #expect(registered.stdout.contains("已登记 3 个机关"))
        #expect(registered.stdout.contains("zhangzi\t长子县人民政府\t本级政府"), "\(registered.stdout)")
        #expect(registered.stdout.contains("nanzhang\t长子县南漳镇人民政府\t乡镇/街道\t上级 zhangzi"))
        #expect(registered.stdout.contains("songcun\t长子县宋村乡人民政府\t乡镇/街道"))
        list = try workspace.run(["agency", "list"]).stdout
        #expect(list.contains("nanzhang") && list.contains("songcun") && list.contains("changzhang"))
    }
}
