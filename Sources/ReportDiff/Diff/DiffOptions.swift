public import ReportModel

/// How two reports are compared.
public struct DiffOptions: Sendable, Hashable {
    /// Whether the comparison is of two years of one agency.
    public enum YearMode: String, Sendable, Hashable, Codable, CaseIterable {
        /// Two years when both reports give a year and the years differ; two drafts otherwise.
        case automatic
        /// Always two years: the year moving on is expected, stale years and text carried over are findings.
        case years
        /// Always two drafts: every difference is a change.
        case drafts
    }

    /// Whether the comparison is of two years of one agency.
    public var yearMode: YearMode
    /// The shortest paragraph (in characters, whitespace and the national format's standard sentences aside) that
    /// is listed as carried over word for word (``CarriedOver/isFinding(_:options:boilerplate:)``).
    public var carriedOverMinimumLength: Int

    /// Creates options.
    public init(yearMode: YearMode = .automatic, carriedOverMinimumLength: Int = 20) {
        self.yearMode = yearMode
        self.carriedOverMinimumLength = carriedOverMinimumLength
    }

    /// The year shift for two reports under these options, or `nil` for a comparison of drafts.
    ///
    /// Forced year mode with a year missing on one side takes the other side's year and one year apart; with
    /// equal years the shift moves nothing, and only text carried over is found.
    public func yearShift(from old: Report, to new: Report) -> YearShift? {
        switch yearMode {
        case .drafts:
            return nil
        case .automatic:
            guard let from = old.year, let to = new.year, from != to else { return nil }
            return YearShift(from: from, to: to)
        case .years:
            switch (old.year, new.year) {
            case (let from?, let to?): return YearShift(from: from, to: to)
            case (let from?, nil): return YearShift(from: from, to: from + 1)
            case (nil, let to?): return YearShift(from: to - 1, to: to)
            case (nil, nil): return nil
            }
        }
    }
}
