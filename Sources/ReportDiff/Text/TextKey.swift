import ReportModel

/// The comparison form of a text: what two texts must share to count as the same text.
///
/// Layout whitespace of every width is dropped (a paragraph broken across lines, `　` full-width spaces, NBSP),
/// half- and full-width punctuation and digits compare equal (`()` and `（）`, `:` and `：`), and with a
/// ``YearShift`` the years of the older text read as the newer ones.
enum TextKey {
    /// The comparison form of a text.
    ///
    /// - Complexity: O(n) in the text's length.
    static func make(_ text: String, shift: YearShift? = nil) -> String {
        var result = String.UnicodeScalarView()
        var digits = String.UnicodeScalarView()
        func flushDigits() {
            guard !digits.isEmpty else { return }
            if let shift, let moved = shift.shifted(digits: String(digits)) {
                result.append(contentsOf: moved.unicodeScalars)
            } else {
                result.append(contentsOf: digits)
            }
            digits.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if scalar.isLayoutSpace { continue }
            let folded = fold(scalar)
            if ("0"..."9").contains(folded) {
                digits.append(folded)
                continue
            }
            flushDigits()
            result.append(folded)
        }
        flushDigits()
        return String(result)
    }

    /// One scalar with its width folded: full-width ASCII and the usual full-width punctuation become half-width.
    ///
    /// - Complexity: O(1).
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E:
            return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
        default:
            return scalar
        }
    }
}
