import ArgumentParser
import ReportRepository
import SyncClient

/// Exit codes beyond ArgumentParser's 0 and 1.
enum CLIExit {
    /// EX_TEMPFAIL: the repository was busy; trying again may work.
    static let busy: Int32 = 75
    /// A sync conflict is open (push, pull, sync, merge): both lines are kept until a merge joins them.
    static let conflict: Int32 = 3

    /// Whether an error says a repository, here or on the remote, was held by another writer: the command failed
    /// for now, and trying again may work: `main` exits with ``busy`` for it, whatever command met it. So is a draft
    /// that other commits kept moving while this one was made again (``ReportRepository/commitAttempts`` times): the
    /// message says to try again, and a script retries on 75.
    static func isBusy(_ error: any Error) -> Bool {
        switch error {
        case RepositoryError.store(.refMoved(_, ref: .draft, _, _)): true
        case let error as RepositoryError: error.kind == .busy
        case SyncError.repository(let error): error.kind == .busy
        case SyncError.rejected(_, _, let code, _): code == "busy"
        default: false
        }
    }
}
