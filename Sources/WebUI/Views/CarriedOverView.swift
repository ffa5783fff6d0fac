import ReportDiff

/// One section's share of text that is last year's word for word, as the diff page lists it:
/// `三、收到和处理政府信息公开申请情况 · 85%`.
struct CarriedOverView {
    let section: String
    let percent: Int
    /// `多数照搬上年` from half up, so that a section copied from last year stands out.
    let mostly: Bool
    let characters: Int

    init(_ share: CarriedOverShare) {
        section = share.number == share.title ? share.title : share.number + share.title
        percent = Int((share.share * 100).rounded())
        mostly = share.share >= 0.5
        characters = share.characters
    }

    /// The shares of the sections that have text that counts, in order.
    static func list(_ shares: [CarriedOverShare]) -> [CarriedOverView] {
        shares.filter { $0.characters > 0 }.map(CarriedOverView.init)
    }
}
