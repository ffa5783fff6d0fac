import ArgumentParser

/// An option's value chosen from a fixed list, written as its raw value (`--format json`).
///
/// ArgumentParser's own defaults for such enums build a key path and a generic dictionary reduction when a command's
/// options are read, about 1 M instructions at the start of every command (`--format` is on all of them); these
/// give the same lists directly.
protocol ChoiceArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension ChoiceArgument {
    /// Every value as it is typed.
    static var allValueStrings: [String] { allCases.map { $0.rawValue } }

    /// Descriptions that differ from the typed value: none, as for ArgumentParser's default.
    static var allValueDescriptions: [String: String] { [:] }

    /// The value as it is typed.
    var defaultValueDescription: String { rawValue }
}
