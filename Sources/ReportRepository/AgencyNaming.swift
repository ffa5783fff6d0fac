import Foundation
import ReportModel

/// How `import` turns the agency name a report gives into a stable agency id when nothing else says which.
///
/// The rule, the same on every node and in every version:
/// 1. the name is *normalised*: Unicode NFKC (full-width letters and digits become ASCII), every space of any width
///    removed, and a trailing `人民政府` dropped, so `常张乡人民政府`, `常张乡` and `常张乡 人民政府` are one agency;
/// 2. the id is `ag-` followed by the first 8 hexadecimal digits of the SHA-256 of the normalised name's UTF-8
///    (`常张乡` → `ag-…`). Pinyin would be friendlier but needs a dictionary nianbao does not carry; a mapping file
///    (``AgencyMapping``) gives any agency a readable id instead.
public enum AgencyNaming {
    /// The suffix dropped when names are compared.
    static let governmentSuffix = "人民政府"

    /// A name reduced for comparison (see the rule above).
    public static func normalized(_ name: String) -> String {
        var text = name.precomposedStringWithCompatibilityMapping
        text.unicodeScalars.removeAll { $0.properties.isWhitespace || $0.isLayoutSpace }
        if text.hasSuffix(governmentSuffix), text.count > governmentSuffix.count {
            text.removeLast(governmentSuffix.count)
        }
        return text
    }

    /// The id derived from an agency name: `ag-` and 8 hexadecimal digits.
    public static func derivedID(for name: String) -> String {
        "ag-" + ObjectID.hashing(Array(normalized(name).utf8)).shortHex(8)
    }
}
