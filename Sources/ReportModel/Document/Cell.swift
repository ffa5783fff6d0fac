import Foundation

/// One cell of a table: the text as typed, and its number when it is one.
///
/// `0`, `　0` (with a full-width space) and `0\u{A0}` are all the number 0 and keep their text. `—`, `/`, `无` and an
/// empty cell are *not filled*: they have text but no value. A cell the parser could not read is *missing*.
public struct Cell: Sendable, Hashable {
    /// The key of the column this cell is in.
    public var column: String
    /// The text as typed, or `nil` when the cell could not be read.
    public var text: String?

    /// Creates a cell.
    public init(column: String, text: String?) {
        self.column = column
        self.text = text
    }

    /// Whether the cell could not be read.
    public var isMissing: Bool { text == nil }

    /// The cell's number, when its text is one.
    public var value: Decimal? { text.flatMap(CellText.number) }

    /// Whether the cell was read but holds no number: blank, `—`, `-`, `/` or `无`.
    public var isNotFilled: Bool { text != nil && value == nil }
}

/// How cell text reads as a number.
public enum CellText {
    /// The number a cell's text holds: digits with an optional sign, decimal point and thousands separators,
    /// full-width digits allowed, surrounding spaces of any width ignored. `nil` for anything else.
    public static func number(_ text: String) -> Decimal? {
        var ascii = ""
        for scalar in text.unicodeScalars {
            if scalar.isLayoutSpace { continue }
            switch scalar {
            case "0"..."9", ".", "-", "+": ascii.unicodeScalars.append(scalar)
            case "０"..."９", "．", "－", "＋":
                if let half = Unicode.Scalar(scalar.value - 0xFEE0) { ascii.unicodeScalars.append(half) }
            case ",", "，": continue
            default: return nil
            }
        }
        guard isPlainNumber(ascii) else { return nil }
        return Decimal(string: ascii, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Whether the text reads as a number (without building the number).
    public static func isNumber(_ text: String) -> Bool {
        var digits = 0
        var points = 0
        var signs = 0
        var seenDigitOrPoint = false
        var lastWasPoint = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9", "０"..."９":
                digits += 1
                seenDigitOrPoint = true
                lastWasPoint = false
            case ".", "．":
                guard digits > 0 else { return false }
                points += 1
                seenDigitOrPoint = true
                lastWasPoint = true
            case "-", "+", "－", "＋":
                guard !seenDigitOrPoint else { return false }
                signs += 1
            case ",", "，":
                guard digits > 0 else { return false }
            default:
                guard scalar.isLayoutSpace else { return false }
            }
        }
        return digits > 0 && points <= 1 && signs <= 1 && !lastWasPoint
    }

    /// Whether the text is a mark for "nothing here": blank, `—`, `-`, `/`, `无`, `－`, `——`.
    public static func isPlaceholder(_ text: String) -> Bool {
        let bare = text.removingLayoutSpace()
        return bare.isEmpty || ["-", "—", "——", "/", "／", "无", "－", "–", "\\"].contains(bare)
    }

    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
        guard let first = scalars.first, ("0"..."9").contains(first) else { return false }
        var seenPoint = false
        for scalar in scalars {
            if scalar == "." {
                if seenPoint { return false }
                seenPoint = true
            } else if !("0"..."9").contains(scalar) {
                return false
            }
        }
        return scalars.last != "."
    }
}
