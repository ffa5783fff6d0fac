/// Where something sits on a page: a rectangle in points, origin at the top left, y growing downwards.
public struct LayoutBox: Sendable, Hashable, Codable {
    /// The 1-based page.
    public var page: Int
    /// The left edge.
    public var x0: Double
    /// The top edge.
    public var y0: Double
    /// The right edge.
    public var x1: Double
    /// The bottom edge.
    public var y1: Double

    /// Creates a box.
    public init(page: Int, x0: Double, y0: Double, x1: Double, y1: Double) {
        self.page = page
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    /// How much of the horizontal extent two boxes share, in points (0 when they do not overlap).
    public func horizontalOverlap(with other: LayoutBox) -> Double {
        max(0, min(x1, other.x1) - max(x0, other.x0))
    }
}
