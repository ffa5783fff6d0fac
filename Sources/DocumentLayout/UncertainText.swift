/// Text a reader cannot tell is shown or hidden, in a table cell: the one rule every reader keeps such a cell by.
///
/// Some text is shown by one program and hidden by another, or shown or not depending on what lies behind it: Word's
/// 网页视图隐藏 (`w:webHidden`) is printed by Word but left out by LibreOffice and in Word's web view; white text is
/// unseen on a white page but seen on a dark cell, and the reader may not know the cell's colour. Joined to the digits
/// beside it, such a `3` after `12` reads 123 where the page may show 12: a wrong number either way the reader
/// guesses. So a cell holding it keeps its text with that text (as the file has it) and says what it reads without
/// it; the parser leaves the cell's number missing, with a note, when the two read differently.
public struct UncertainText: Sendable, Hashable {
    /// Why the reader cannot tell whether the text is shown.
    public enum Reason: Sendable, Hashable {
        /// Word's `w:webHidden`: printed by Word, hidden in its web view and by LibreOffice.
        case webHidden
        /// Text of a colour close to a background the reader is not sure of (white text on a light grey cell, or on
        /// a picture), or a style that may or may not apply to it.
        case faint
        /// (PDF) An annotation lies over the text (a text box, a filled box, a stamp, a redaction): the page may show
        /// the annotation's figure, not the text under it.
        case annotated
    }

    /// Why.
    public var reason: Reason
    /// The cell's text without the uncertain text.
    public var textWithout: String

    /// Creates the note of a cell's uncertain text.
    public init(_ reason: Reason, textWithout: String) {
        self.reason = reason
        self.textWithout = textWithout
    }
}
