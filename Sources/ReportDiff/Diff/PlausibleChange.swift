public import Foundation
import ReportModel

/// The rule for a count that changed implausibly between two years of one agency: worth a note to check the
/// number (a typo, a misplaced row), though it may be right.
///
/// A count is implausible when it is more than ``factor`` times last year's or less than a ``factor``th of it,
/// both being above zero; when it went from 0 to more than ``fromZeroLimit``; or from more than
/// ``fromZeroLimit`` to 0. Only whole, non-negative numbers of template tables count: amounts (万元) and
/// signed columns (本年增/减) are not counts, and a table that matches no template has no known meaning.
public enum PlausibleChange {
    /// How many times larger (or smaller) than last year's a count may be before it is noted.
    public static let factor: Decimal = 10
    /// The largest count that may appear from 0 (or fall to 0) without a note.
    public static let fromZeroLimit: Decimal = 100

    /// Whether a count's change from last year's is implausible.
    public static func isImplausible(old: Decimal, new: Decimal) -> Bool {
        if old == 0 || new == 0 { return max(old, new) > fromZeroLimit }
        return new > old * factor || new * factor < old
    }

    /// Whether a column of a table holds counts: a template column that is neither an amount nor signed.
    static func holdsCounts(_ column: String, of table: Table?) -> Bool {
        guard let definition = table?.templateDefinition?.column(column) else { return false }
        return !definition.decimal && !definition.signed
    }

    /// A number as a count: whole and not negative.
    static func count(_ value: Decimal?) -> Decimal? {
        guard let value, value >= 0, value == value.rounded() else { return nil }
        return value
    }
}

extension Decimal {
    /// The value rounded to a whole number (half away from zero).
    fileprivate func rounded() -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, 0, .plain)
        return result
    }
}
