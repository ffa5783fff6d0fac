import Foundation
import ReportModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a password: from a prompt on the terminal without echo, or one line of standard input
/// (`--password-stdin`). Never from an argument, where `ps` and the shell's history would show it.
enum PasswordInput {
    /// Reads a password.
    ///
    /// - Parameters:
    ///   - fromStandardInput: Read the first line of standard input (for scripts).
    ///   - confirm: At a prompt, ask twice and refuse two different answers.
    /// - Throws: ``CLIError`` when there is no terminal to ask on, nothing was typed, or the two answers differ.
    static func read(fromStandardInput: Bool, confirm: Bool = true) throws -> String {
        if fromStandardInput {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw CLIError(
                    Language.pick(
                        "标准输入里没有密码：请在第一行写入密码（--password-stdin）。什么也没有改动。",
                        "No password on standard input: write it on the first line (--password-stdin). Nothing was "
                            + "changed."))
            }
            return line.hasSuffix("\r") ? String(line.dropLast()) : line
        }
        guard isatty(STDIN_FILENO) != 0 else {
            throw CLIError(
                Language.pick(
                    "没有终端可以输入密码：请在终端里运行，或用 --password-stdin 从标准输入读入密码。什么也没有改动。",
                    "No terminal to type a password on: run this in a terminal, or give it on standard input with "
                        + "--password-stdin. Nothing was changed."))
        }
        let first = try prompt(Language.pick("密码：", "Password: "))
        if confirm {
            let second = try prompt(Language.pick("再输入一次密码：", "Password again: "))
            guard first == second else {
                throw CLIError(
                    Language.pick(
                        "两次输入的密码不一样。什么也没有改动。", "The two passwords differ. Nothing was changed."))
            }
        }
        return first
    }

    /// Asks on the terminal with echo turned off, and turns it back on whatever happens.
    private static func prompt(_ text: String) throws -> String {
        FileHandle.standardError.write(Data(text.utf8))
        var saved = termios()
        let canHide = tcgetattr(STDIN_FILENO, &saved) == 0
        if canHide {
            var hidden = saved
            hidden.c_lflag &= ~tcflag_t(ECHO)
            _ = tcsetattr(STDIN_FILENO, TCSANOW, &hidden)
        }
        defer {
            if canHide { _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw CLIError(Language.pick("没有输入密码。什么也没有改动。", "No password was typed. Nothing was changed."))
        }
        return line
    }
}
