import ArgumentParser

/// An error the CLI reports itself: a file that cannot be read, findings that fail a check.
struct CLIError: Error, CustomStringConvertible {
    /// What went wrong, for a person.
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
