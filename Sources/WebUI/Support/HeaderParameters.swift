import Foundation

/// The parameters of a header's value — `form-data; name="file"; filename="常张乡2024年报（终稿;第二次修改）.docx"`,
/// `multipart/form-data; boundary=…` — split on the `;` between parameters, never on one inside a quoted value:
/// browsers send a file's name raw inside its quotes, and a `;` in a Chinese file name is ordinary (rv102 F9: the
/// name was cut at it, its opening quote kept).
///
/// A quoted value is read to its closing quote, `\"` inside it taken as a quote (other backslashes are kept as sent:
/// an old browser's `C:\fakepath\报告.docx`); a bare value to the next `;`. Names compare without case.
struct HeaderParameters {
    /// The parameters in order, names lowercased; a piece without `=` (the value's type, `form-data`) is left out.
    private(set) var pairs: [(name: String, value: String)] = []

    /// Reads the parameters of a header's value.
    init(_ header: String) {
        let scalars = Array(header.unicodeScalars)
        var index = 0
        func skipSpaces() {
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        }
        while index < scalars.count {
            skipSpaces()
            var name = String.UnicodeScalarView()
            while index < scalars.count, scalars[index] != "=", scalars[index] != ";" {
                name.append(scalars[index])
                index += 1
            }
            guard index < scalars.count, scalars[index] == "=" else {
                index += 1  // (a piece without a value, or the end)
                continue
            }
            index += 1
            skipSpaces()
            var value = String.UnicodeScalarView()
            let quoted = index < scalars.count && scalars[index] == "\""
            if quoted {
                index += 1
                while index < scalars.count, scalars[index] != "\"" {
                    if scalars[index] == "\\", index + 1 < scalars.count, scalars[index + 1] == "\"" { index += 1 }
                    value.append(scalars[index])
                    index += 1
                }
                // (past the closing quote, to the next `;`: anything between is no part of the value)
                while index < scalars.count, scalars[index] != ";" { index += 1 }
            } else {
                while index < scalars.count, scalars[index] != ";" {
                    value.append(scalars[index])
                    index += 1
                }
            }
            index += 1
            let key = String(name).trimmingCharacters(in: .whitespaces).lowercased()
            // (a quoted value as sent, spaces and all; a bare one without the spaces before the next `;`)
            pairs.append((key, quoted ? String(value) : String(value).trimmingCharacters(in: .whitespaces)))
        }
    }

    /// The value of the first parameter of this name (compared without case), if any.
    subscript(name: String) -> String? {
        let name = name.lowercased()
        return pairs.first { $0.name == name }?.value
    }

    /// The value of an extended parameter (RFC 8187: `filename*=UTF-8''%E5%B8%B8%E5%BC%A0%E4%B9%A1.docx`), decoded,
    /// when it is sent in UTF-8 and its escapes make UTF-8; otherwise `nil` (the plain parameter is read instead).
    func extendedValue(_ name: String) -> String? {
        guard let raw = self[name] else { return nil }
        let parts = raw.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].lowercased() == "utf-8" else { return nil }
        return String(parts[2]).removingPercentEncoding
    }
}
