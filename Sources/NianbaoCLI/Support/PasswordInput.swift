import Foundation

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
                throw CLIError("标准输入里没有密码：请在第一行写入密码（--password-stdin）。什么也没有改动。")
            }
            return line.hasSuffix("\r") ? String(line.dropLast()) : line
        }
        guard isatty(STDIN_FILENO) != 0 else {
            throw CLIError("没有终端可以输入密码：请在终端里运行，或用 --password-stdin 从标准输入读入密码。什么也没有改动。")
        }
        let first = try prompt("密码：")
        if confirm {
            let second = try prompt("再输入一次密码：")
            guard first == second else { throw CLIError("两次输入的密码不一样。什么也没有改动。") }
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
            throw CLIError("没有输入密码。什么也没有改动。")
        }
        return line
    }
}
