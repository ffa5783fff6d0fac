import Glibc

/// Why a program could not be started. The messages speak to the person who asked for what the program does; each
/// is a clause without a closing full stop, so that a caller can set it inside its own sentence.
public enum ChildProcessError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The system refused to start `program` (its path); `code` is the system's error number (`errno`): `ENOENT`
    /// when there is no such file, `EACCES` when it may not be run, `ENOEXEC` when it is not a program.
    case cannotStart(program: String, code: Int32)
    /// The folder `program` was to run in is not there.
    case folderMissing(program: String, folder: String)

    public var description: String {
        switch self {
        case .cannotStart(let program, let code):
            "无法启动程序 \(program)：\(Self.reason(code))"
        case .folderMissing(let program, let folder):
            "无法启动程序 \(program)：要在其中运行它的文件夹 \(folder) 不存在"
        }
    }

    /// What an error number means to someone who is not a programmer.
    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "找不到这个程序"
        case EACCES, EPERM: "没有运行它的权限"
        case ENOEXEC: "它不是可以运行的程序"
        case EMFILE, ENFILE: "本机同时打开的文件太多，请稍后再试"
        case ENOMEM, EAGAIN: "本机内存或进程数不足，请稍后再试"
        default: "系统错误 \(code)"
        }
    }
}
