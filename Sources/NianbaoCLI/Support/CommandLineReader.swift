import ArgumentParser
import ReportModel

/// Reads `nianbao`'s command line into the command it asks for.
///
/// Parsing from the root, ArgumentParser builds the tree of every command and then reads the whole line twice more,
/// as two hidden commands of its own, to see whether it asks for a shell-completion script: on every start, about
/// 10 M instructions of reflection and first uses of the runtime's conformance lookups, as much as reading the rest
/// of a short command's line. Each of `nianbao`'s commands is therefore declared as `nianbao`'s pseudo-command (its
/// configuration's `_superCommandName`, which ArgumentParser parses without that check), and a line that starts with
/// a command's name is first parsed by that command alone: `nianbao diff` of two reports runs 83 M instructions
/// instead of 87 M, a sync with nothing to do 58 M instead of 62 M.
///
/// The root parses the line again whenever that parse fails or gives anything but the command or one of its own
/// subcommands (ArgumentParser's help, say): help, the version, completion scripts, errors and their usage lines are
/// exactly the whole tree's, and only a line the command takes as it is is spared the check.
enum CommandLineReader {
    /// The command `arguments` (without the program's name) ask for.
    ///
    /// - Throws: ArgumentParser's error for a line the root cannot parse, as `Nianbao.parseAsRoot` throws it.
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        if let name = arguments.first, let command = command(named: name),
            command.configuration._superCommandName == Nianbao.toolName,
            let parsed = try? command.parseAsRoot(Array(arguments.dropFirst())),
            belongs(parsed, to: command)
        {
            return parsed
        }
        if let name = arguments.first, let unknown = UnknownCommand(name) { throw unknown.error }
        // `nianbao help commti`: ArgumentParser would print the whole top-level help, and not say there is no commti.
        if arguments.first == "help", arguments.count > 1, let unknown = UnknownCommand(arguments[1]) {
            throw unknown.helpError
        }
        return try Nianbao.parseAsRoot(arguments)
    }

    /// The top-level command called `name` (`nil` for anything else, such as `help` or a flag).
    static func command(named name: String) -> (any ParsableCommand.Type)? {
        Nianbao.configuration.subcommands.first { $0.configuration.commandName == name }
    }

    /// Whether `parsed` is `command` or one of its subcommands at any depth (and not ArgumentParser's help).
    static func belongs(_ parsed: any ParsableCommand, to command: any ParsableCommand.Type) -> Bool {
        let wanted = ObjectIdentifier(type(of: parsed))
        var pending: [any ParsableCommand.Type] = [command]
        while let next = pending.popLast() {
            if ObjectIdentifier(next) == wanted { return true }
            pending += next.configuration.subcommands
        }
        return false
    }
}

/// A first word that is no command of `nianbao` (`nianbao status`): ArgumentParser would call it an unexpected
/// argument, or call the next option unknown (`没有这个选项 '--repo'`), which sends a person looking in the wrong place.
struct UnknownCommand {
    /// The word typed.
    let name: String
    /// The command meant, when one is near enough to say (`statu` → `status` is none; `report` → `reports`).
    let likely: String?

    /// Words people type for a command of another name, the pages' words among them (`nianbao 报送`).
    private static let meanings = [
        "status": "reports", "list": "reports", "ls": "reports", "add": "commit", "upload": "commit",
        "compare": "diff", "publish": "mark", "submit": "mark", "return": "mark", "send": "push",
        "报送": "mark", "退回": "mark", "公开": "mark", "上传": "commit", "提交": "commit", "状态": "reports",
        "对比": "diff", "比较": "diff", "推送": "push", "拉取": "pull", "同步": "pull", "历史": "log",
    ]

    /// The whole line of a word that is a mark (`submit`, `报送`): `nianbao mark 机关/年度 报送`, with the pages' word.
    private static let markLines: [String: Mark] = [
        "submit": .submitted, "报送": .submitted, "return": .returned, "退回": .returned, "publish": .published,
        "公开": .published,
    ]

    /// What to type for it, as the hint says it: the command, or the whole line of a mark.
    var likelyLine: String? {
        guard let mark = Self.markLines[name.lowercased()] else { return likely }
        return Language.pick("mark 机关/年度 \(mark.verb)", "mark AGENCY/YEAR \(mark.rawValue)")
    }

    /// `nil` when `name` is a command, `help`, an option, or nothing.
    init?(_ name: String) {
        guard !name.isEmpty, !name.hasPrefix("-"), name != "help", CommandLineReader.command(named: name) == nil else {
            return nil
        }
        self.name = name
        let names = Nianbao.configuration.subcommands.compactMap { command in command.configuration.commandName }
        likely =
            Self.meanings[name.lowercased()]
            ?? (names + Self.meanings.keys.sorted()).map { ($0, EditDistance.of($0, name.lowercased())) }
            .filter { $0.1 <= min(2, max(1, name.count / 3)) }.min { $0.1 < $1.1 }
            .map { Self.meanings[$0.0] ?? $0.0 }
    }

    /// The error of `nianbao help WORD`: the help of the command meant.
    var helpError: ValidationError {
        let hint =
            likely.map { Language.pick("是不是要看 `nianbao help \($0)`？", "Did you mean `nianbao help \($0)`? ") } ?? ""
        return ValidationError(
            Language.pick(
                "没有 `\(name)` 这个命令。\(hint)`nianbao --help` 列出全部命令。",
                "There is no command `\(name)`. \(hint)`nianbao --help` lists them all."))
    }

    /// The error printed, with ArgumentParser's usage line after it.
    var error: ValidationError {
        let hint = likelyLine.map { Language.pick("是不是要用 `nianbao \($0)`？", "Did you mean `nianbao \($0)`? ") } ?? ""
        return ValidationError(
            Language.pick(
                "没有 `\(name)` 这个命令。\(hint)`nianbao --help` 列出全部命令。",
                "There is no command `\(name)`. \(hint)`nianbao --help` lists them all."))
    }
}
