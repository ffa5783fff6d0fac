/// The year moving on between two reports: every `from` in the older text reads as `to`, `from − 1` as `to − 1`
/// and `from + 1` as `to + 1` (the date the report is signed), so that `2023年` → `2024年` is expected rather
/// than a change.
public struct YearShift: Sendable, Hashable, Codable {
    /// The older report's year.
    public var from: Int
    /// The newer report's year.
    public var to: Int

    /// Creates a shift from one year to another.
    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }

    /// The year a year of the older text stands for in the newer one; other numbers stay as they are.
    ///
    /// - Complexity: O(1).
    public func shifted(_ year: Int) -> Int {
        guard (from - 1)...(from + 1) ~= year else { return year }
        return year - from + to
    }

    /// The digits a 4-digit number of the older text read as, after the shift; `nil` when it does not move.
    func shifted(digits: some StringProtocol) -> String? {
        guard digits.utf8.count == 4, let value = Int(digits), (from - 1)...(from + 1) ~= value else { return nil }
        return String(shifted(value))
    }
}
