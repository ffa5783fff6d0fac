import Foundation
public import ReportModel
public import RevisionStore

/// A REF as a person types it: which revision they mean.
///
/// - `AGENCY/YEAR`: the report's draft head;
/// - `AGENCY/YEAR@submitted`, `AGENCY/YEAR@returned`, `AGENCY/YEAR@published`: a mark (and `@draft`, the draft);
/// - `AGENCY/YEAR#N`: the report's revision numbered N, as the pages name it (第 N 版; unique);
/// - `HEX`: the revision whose id starts with these digits (at least 4, either case; unique);
/// - any of these followed by `~N`: N first parents back (`~` alone is `~1`).
public struct RevisionSelector: Sendable, Hashable, CustomStringConvertible {
    /// Where the walk starts.
    public enum Base: Sendable, Hashable {
        /// A ref of a report.
        case ref(ReportKey, RefName)
        /// A revision id prefix.
        case prefix(String)
        /// A report's revision by its number (its generation: 第 N 版).
        case number(ReportKey, Int)
    }

    /// Where the walk starts.
    public var base: Base
    /// How many first parents back.
    public var back: Int
    /// The text as typed.
    public let text: String

    /// The fewest hexadecimal digits a revision prefix may have.
    public static let minimumPrefixLength = 4

    /// Reads a REF.
    ///
    /// - Throws: ``RepositoryError/malformedRef(_:)`` for anything else.
    public init(_ text: String) throws(RepositoryError) {
        self.text = text
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        back = 0
        if let tilde = rest.lastIndex(of: "~") {
            let count = rest[rest.index(after: tilde)...]
            if count.isEmpty {
                back = 1
            } else if let number = Int(count), number >= 0, number <= 1_000_000 {
                back = number
            } else {
                throw .malformedRef(text)
            }
            rest = rest[..<tilde]
        }
        if rest.contains("/"), let hash = rest.firstIndex(of: "#") {
            guard let key = ReportKey(rest[..<hash]), Agency.isValidID(key.agency),
                let number = Int(rest[rest.index(after: hash)...]), number >= 1, number <= 1_000_000
            else { throw .malformedRef(text) }
            base = .number(key, number)
        } else if rest.contains("/") {
            var name = RefName.draft
            if let at = rest.firstIndex(of: "@") {
                let after = String(rest[rest.index(after: at)...])
                if after == RefName.draft.name {
                    name = .draft
                } else if let mark = Mark(rawValue: after) {
                    name = mark.refName
                } else {
                    throw .malformedRef(text)
                }
                rest = rest[..<at]
            }
            guard let key = ReportKey(rest), Agency.isValidID(key.agency) else { throw .malformedRef(text) }
            base = .ref(key, name)
        } else {
            guard rest.count >= Self.minimumPrefixLength, rest.count <= 64, HexDigits.isHex(rest) else {
                throw .malformedRef(text)
            }
            base = .prefix(rest.lowercased())
        }
    }

    public var description: String { text }
}
