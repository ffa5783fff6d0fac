import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The variables of this process's environment, one at a time.
///
/// Read with the C library's `getenv`: `ProcessInfo.processInfo.environment` copies every variable into a new
/// dictionary at each use, which a command paid several times before it did anything (about 0.4 ms of a 7 ms start).
public enum EnvironmentVariable {
    /// The value of a variable, or `nil` when it is not set.
    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
