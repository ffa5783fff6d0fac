public import Foundation

/// What the text of a table cell means as a number: the one rule every reader (plain text, Word, PDF, web pages) and
/// the checks use.
///
/// A cell keeps its text exactly as typed; this rule only says what number, if any, the text stands for:
/// - a plain number (`12`, `　0`, `1,234`, `7730.28`, `－2`, full-width digits) is that number;
/// - a number with a counting unit (`5件`, `3 条`, `2.5万元`) or a whole number in Chinese numerals (`一百`, `零`,
///   `〇`, `三十五`) is the number it says, read with a note (``Reading/writtenNumber(_:_:)``);
/// - blank, `—`, `-`, `/`, `无` are *not filled*;
/// - anything else (`1e30`, `٣`, `约5`, `1 0`, `1,2,3`) is text that is not a number, kept as typed; so is `一`
///   alone or repeated, typed for a dash as often as for 1 (``isDashTypedAsYi(_:)``).
///
/// A number is one token: digits are never joined across spaces, line breaks or separators.
public enum CellText {
    /// How a cell's text reads.
    public enum Reading: Sendable, Hashable {
        /// A plain number.
        case number(Decimal)
        /// A number written with a unit or in Chinese numerals: the number it says, and how it was written.
        case writtenNumber(Decimal, Writing)
        /// Blank or a mark for "nothing here".
        case notFilled
        /// Text that is not a number.
        case text

        /// The number, when the text says one.
        public var value: Decimal? {
            switch self {
            case .number(let value), .writtenNumber(let value, _): value
            case .notFilled, .text: nil
            }
        }
    }

    /// How a number was written when it is not plain digits.
    public enum Writing: Sendable, Hashable {
        /// With a counting unit after it (`件`, `条`, `万元`, …).
        case unit(String)
        /// In Chinese numerals.
        case chineseNumerals
    }

    /// The units a count or an amount may be typed with (`5件`, `12条`, `3.5万元`), longest first.
    public static let units = ["人次", "万元", "件", "个", "条", "项", "次", "份", "元"]

    /// The last characters of the units, to skip the search for text that cannot end with one.
    static let unitEnds: Set<Unicode.Scalar> = Set(units.compactMap(\.unicodeScalars.last))

    /// How a text reads as a cell.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func reading(_ text: String) -> Reading {
        if let value = number(text) { return .number(value) }
        if isPlaceholder(text) { return .notFilled }
        return writtenReading(text)
    }

    /// How a text that is neither a plain number nor a placeholder reads: a number with a unit, one in Chinese
    /// numerals, or text.
    static func writtenReading(_ text: String) -> Reading {
        let bare = text.trimmingLayoutSpace()
        let scalars = bare.unicodeScalars
        guard let last = scalars.last else { return .text }
        if unitEnds.contains(last) {
            for unit in units where scalars.reversed().starts(with: unit.unicodeScalars.reversed()) {
                let digits = String(scalars.dropLast(unit.unicodeScalars.count))
                if let value = number(digits) { return .writtenNumber(value, .unit(unit)) }
            }
        }
        // `一` typed for a dash is no number (``isDashTypedAsYi(_:)``).
        if ChineseNumerals.isNumeral(last) || last == "百" || last == "千" || last == "万", !isDashTypedAsYi(bare),
            let value = ChineseNumerals.integer(bare)
        {
            return .writtenNumber(Decimal(value), .chineseNumerals)
        }
        return .text
    }

    /// The number a cell's text says: a plain number, or one written with a unit or in Chinese numerals.
    public static func value(_ text: String) -> Decimal? { reading(text).value }

    /// How a text reads as a cell of a column: ``reading(_:)``, except that a number typed with a unit the column is
    /// not counted in (`5000元` where the header says 万元) is text, its number missing (see ``ColumnUnit``).
    ///
    /// - Parameters:
    ///   - text: The cell's text.
    ///   - column: The unit of the cell's column, or `nil` when it is not known (a grid that matches no template):
    ///     then every unit reads.
    /// A number followed by the first character of the column's unit, which clerks type for it (`0.5万` in the fee
    /// column, counted in 万元), reads as that number with the unit; in any other column it is text (`1.2万`件 would
    /// be 12,000, a conversion left to the person).
    public static func reading(_ text: String, in column: ColumnUnit?) -> Reading {
        let reading = reading(text)
        guard let column else { return reading }
        switch reading {
        case .writtenNumber(_, .unit(let unit)) where !column.admits(unit): return .text
        case .text: return abbreviatedUnit(text, in: column) ?? reading
        default: return reading
        }
    }

    /// `0.5万` in a column counted in 万元: the number with the abbreviated unit; `nil` for any other text or column.
    static func abbreviatedUnit(_ text: String, in column: ColumnUnit) -> Reading? {
        guard case .amount(let own?) = column else { return nil }
        let scalars = text.trimmingLayoutSpace().unicodeScalars
        for unit in otherUnits where unit != own && own.hasPrefix(unit) {
            guard scalars.reversed().starts(with: unit.unicodeScalars.reversed()),
                let value = number(String(scalars.dropLast(unit.unicodeScalars.count)))
            else { continue }
            return .writtenNumber(value, .unit(unit))
        }
        return nil
    }

    /// The unit of a number typed with one its column is not counted in, for a message that says why the cell has
    /// no value: `元` of `5000元` or `千元` of `3千元` in the fee column (万元), `万元` of `3万元` or `万` of `1.2万` in a
    /// count column. `nil` for text that is no plain number and a unit, and for a unit that agrees with the column
    /// (`12件` in a count column; `0.12万` in the fee column, whose 万元 it abbreviates).
    public static func foreignUnit(_ text: String, in column: ColumnUnit) -> String? {
        let scalars = text.trimmingLayoutSpace().unicodeScalars
        for unit in units + otherUnits where scalars.reversed().starts(with: unit.unicodeScalars.reversed()) {
            guard isNumber(String(scalars.dropLast(unit.unicodeScalars.count))) else { continue }
            if column.admits(unit) || column.name?.hasPrefix(unit) == true { return nil }
            return unit
        }
        return nil
    }

    /// Units clerks type after a number that are never read as one (`3千元`, `1.2亿元`, `1.2万`, `1.2万件`), longest
    /// first.
    static let otherUnits = ["万人次", "千元", "亿元", "万件", "万个", "万条", "万项", "万次", "万份", "万"]

    /// The number a plain-number text holds (see ``isNumber(_:)``); `nil` for anything else, `5件` and `一百`
    /// included.
    public static func number(_ text: String) -> Decimal? {
        guard isNumber(text) else { return nil }
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9", ".", "-", "+": bytes.append(UInt8(scalar.value))
            case "０"..."９", "．", "－", "＋": bytes.append(UInt8(scalar.value - 0xFEE0))
            default: continue
            }
        }
        let ascii = String(decoding: bytes, as: UTF8.self)
        if ascii.utf8.count <= 18, let integer = Int(ascii) { return Decimal(integer) }
        return Decimal(string: ascii, locale: posix)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Whether the text is one plain number: an optional sign, digits (half- or full-width) with thousands
    /// separators only in groups of three (`1,234`), an optional decimal part; layout space allowed only around it.
    ///
    /// `1 234`, `1,2,3`, `12.`, `.5` and `1e3` are not plain numbers.
    public static func isNumber(_ text: String) -> Bool {
        // One pass: layout space before the number is skipped, after it ends it (anything but space after it is not
        // a number), and a sign is taken only as the first scalar that is not space.
        var started = false
        var ended = false
        var groupDigits = 0
        var sawComma = false
        var integerDigits = 0
        var fractionDigits = 0
        var inFraction = false
        // Over the UTF-8 bytes: most text asked is a label, answered at its first Han character.
        let read: Bool? = text.withUTF8Bytes { bytes in
            var index = 0
            while let (scalar, length) = UTF8Scalars.decode(bytes, at: index) {
                index += length
                // A digit of the integer part, the commonest scalar asked about, before the rest is looked at.
                if (0x30...0x39).contains(scalar), !ended, !inFraction {
                    started = true
                    integerDigits += 1
                    groupDigits += 1
                    if sawComma, groupDigits > 3 { return false }
                    continue
                }
                if Unicode.Scalar.isLayoutSpace(scalar) {
                    ended = started
                    continue
                }
                if ended { return false }
                if !started {
                    started = true
                    switch scalar {
                    case 0x2B, 0x2D, 0xFF0B, 0xFF0D: continue  // + - ＋ －
                    default: break
                    }
                }
                switch scalar {
                case 0x30...0x39, 0xFF10...0xFF19:  // 0–9, ０–９
                    if inFraction {
                        fractionDigits += 1
                    } else {
                        integerDigits += 1
                        groupDigits += 1
                        if sawComma, groupDigits > 3 { return false }
                    }
                case 0x2C:  // ,
                    guard !inFraction, integerDigits > 0, sawComma ? groupDigits == 3 : groupDigits <= 3 else {
                        return false
                    }
                    sawComma = true
                    groupDigits = 0
                case 0x2E, 0xFF0E:  // . ．
                    guard !inFraction, integerDigits > 0, !sawComma || groupDigits == 3 else { return false }
                    inFraction = true
                default:
                    return false
                }
            }
            return nil
        }
        if let read { return read }
        guard integerDigits > 0, !inFraction || fractionDigits > 0 else { return false }
        return !sawComma || inFraction || groupDigits == 3
    }

    /// The mark written for a cell that could not be read (canonical text, Word tables), which every reader takes
    /// back as missing.
    public static let missingMark = "[缺失]"

    /// Whether a text is exactly the missing mark. Text of another length is answered on its count of bytes: a
    /// comparison with a non-ASCII string goes the way of canonical equivalence, several hundred instructions for
    /// every cell of a table.
    public static func isMissingMark(_ text: String) -> Bool {
        text.utf8.count == missingMark.utf8.count && text == missingMark
    }

    /// Whether a text typed in a table reads as a cell's content rather than as a label: a number in any writing
    /// (``reading(_:)``), a mark for "nothing here", or text made of digits without a Chinese word (`1e30`, `٣`).
    /// A heading number (`1.`, `（三）`) is a label's, not a cell's.
    ///
    /// - Parameter chineseNumerals: Whether Chinese numerals count: yes for a cell on its own, no for a word of
    ///   running text (`三 、本 年 度` is a label spaced out, not the number 3).
    public static func isCellContent(_ text: String, chineseNumerals: Bool = true) -> Bool {
        if isNumber(text) || isPlaceholder(text) { return true }
        // Text that starts with a Han character no Chinese numeral starts with (a label, as most such text is) is
        // no written number, and a Han character rules out text made of digits: answered before it is read as one.
        if let first = text.unicodeScalars.first(where: { !$0.isLayoutSpace }), first.isHanIdeograph,
            !ChineseNumerals.mayStartNumber(first)
        {
            return false
        }
        switch writtenReading(text) {
        case .number, .notFilled, .writtenNumber(_, .unit): return true
        case .writtenNumber(_, .chineseNumerals): return chineseNumerals
        case .text: break
        }
        // Digits with separators that make no number, full-width ones too (`7730，28`, a decimal comma typed in
        // Chinese input): a number typed wrongly, the cell's content (``unread(_:in:)`` says why it has no value).
        if case .malformedNumber = unread(text, in: nil) {
            return Heading.leadingNumber(of: text.trimmingLayoutSpace()) == nil
        }
        var hasDigit = false
        for scalar in text.unicodeScalars {
            if scalar.isHanIdeograph || (0xFF01...0xFF0F).contains(scalar.value) { return false }
            if "（）()、".unicodeScalars.contains(scalar) { return false }
            // ASCII's decimal digits are 0–9; any other scalar's category is looked up.
            if scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.generalCategory == .decimalNumber {
                hasDigit = true
            }
        }
        return hasDigit && Heading.leadingNumber(of: text.trimmingLayoutSpace()) == nil
    }
}
