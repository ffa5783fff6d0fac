public import DocumentLayout

/// What a PDF page draws, as the geometry step needs it: characters with their baselines, straight lines and
/// filled rectangles. The PDF reader fills it from MuPDF; tests build it by hand.
public struct PageContent: Sendable, Hashable {
    /// The 1-based page number.
    public var number: Int
    /// The page's width in points.
    public var width: Double
    /// The page's height in points.
    public var height: Double
    /// The characters in drawing order.
    public var characters: [PageCharacter]
    /// The straight lines and filled rectangles in drawing order.
    public var segments: [PageSegment]
    /// How many images the page draws (a page of images and no text is a scan).
    public var imageCount: Int
    /// The boxes of the annotations over the page that may change what the text under them shows (a text box, a
    /// filled box, a stamp over a figure: ``AnnotatedGlyphs``).
    public var covers: [AnnotationCover]

    /// Creates a page.
    public init(
        number: Int, width: Double = 595, height: Double = 842, characters: [PageCharacter],
        segments: [PageSegment] = [], imageCount: Int = 0, covers: [AnnotationCover] = []
    ) {
        self.covers = covers
        self.number = number
        self.width = width
        self.height = height
        self.characters = characters
        self.segments = segments
        self.imageCount = imageCount
    }
}

/// One character: its scalar, its baseline origin and font size, and its box from the font's metrics.
///
/// The box is not the ink: some fonts give boxes taller than two lines, so lines are grouped by ``originY`` and
/// ``size``, and a character is placed in a cell by its horizontal middle and a point just above its baseline.
public struct PageCharacter: Sendable, Hashable {
    /// The character.
    public var scalar: Unicode.Scalar
    /// The x of the baseline origin.
    public var originX: Double
    /// The y of the baseline.
    public var originY: Double
    /// The font size in points.
    public var size: Double
    /// The box's left edge.
    public var x0: Double
    /// The box's right edge.
    public var x1: Double
    /// The colour it is filled with.
    public var colour: TextColour
    /// Where the character stands in a line set in another direction than the page's text (a table's header cell
    /// written bottom to top, a turned text box holding a figure), or `nil` for a character of the page's own
    /// direction. Such a line is read as a line of its own, in the order it was written (``TextLine/lines(of:page:)``).
    public var turned: TurnedPlace?
    /// Whether a line is drawn through it (``StrikeFinder``): it is kept struck (``StruckText``).
    var isStruck = false
    /// Whether it may not show on what lies behind it (light text on a fill close to its colour,
    /// ``GlyphVisibility``): a table cell holding it says what it reads without it.
    var isUncertain = false
    /// Whether an annotation lies over it (``AnnotatedGlyphs``): the page may show something else there.
    var isAnnotated = false

    /// Creates a character.
    public init(
        _ scalar: Unicode.Scalar, originX: Double, originY: Double, size: Double, x0: Double? = nil, x1: Double? = nil,
        colour: TextColour = .black
    ) {
        self.scalar = scalar
        self.originX = originX
        self.originY = originY
        self.size = size
        self.x0 = x0 ?? originX
        self.x1 = x1 ?? originX + size
        self.colour = colour
    }

    /// The horizontal middle.
    var midX: Double { (x0 + x1) / 2 }
    /// A point just above the baseline, inside the glyph's body whatever the box says.
    var bodyY: Double { originY - 0.35 * size }
    /// Whether the character is white space.
    var isSpace: Bool { scalar.properties.isWhitespace }
}

/// Where a character stands in a line of text turned on its page (``PageCharacter/turned``).
public struct TurnedPlace: Sendable, Hashable {
    /// Which turned line of the page the character is on.
    public var line: Int
    /// The character's place in its line, in the order the line reads (0 first).
    public var index: Int

    /// Creates a place.
    public init(line: Int, index: Int) {
        self.line = line
        self.index = index
    }
}

/// A straight line or a filled rectangle a page draws, in points (origin top left, y down).
public struct PageSegment: Sendable, Hashable {
    /// What was drawn.
    public enum Kind: Sendable, Hashable {
        /// A stroked line from (x0, y0) to (x1, y1).
        case stroke
        /// A filled rectangle with corners (x0, y0) and (x1, y1).
        case fill
    }

    /// What was drawn.
    public var kind: Kind
    /// The first x.
    public var x0: Double
    /// The first y.
    public var y0: Double
    /// The second x.
    public var x1: Double
    /// The second y.
    public var y1: Double
    /// The line width of a stroke.
    public var width: Double
    /// The colour it is drawn in.
    public var colour: TextColour
    /// How many of the page's characters (``PageContent/characters``, in drawing order) were drawn before it: a box
    /// drawn after a character may cover it (``CoveredGlyphs``). 0, drawn before all text, unless the reader says.
    public var charactersBefore: Int

    /// Creates a segment.
    public init(
        _ kind: Kind, x0: Double, y0: Double, x1: Double, y1: Double, width: Double = 0.5, colour: TextColour = .black,
        charactersBefore: Int = 0
    ) {
        self.charactersBefore = charactersBefore
        self.kind = kind
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
        self.width = width
        self.colour = colour
    }

    /// A stroked horizontal line.
    public static func horizontal(y: Double, from x0: Double, to x1: Double) -> PageSegment {
        PageSegment(.stroke, x0: x0, y0: y, x1: x1, y1: y)
    }

    /// A stroked vertical line.
    public static func vertical(x: Double, from y0: Double, to y1: Double) -> PageSegment {
        PageSegment(.stroke, x0: x, y0: y0, x1: x, y1: y1)
    }
}
