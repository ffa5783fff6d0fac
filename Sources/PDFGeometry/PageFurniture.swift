/// Page numbers, running headers and footers: lines in the top or bottom band of a page that are a page number
/// (`-2-`, `— 3 —`, `第 2 页`, `2/5`, `2`) or that repeat on other pages in the same band.
enum PageFurniture {
    /// The share of the page height, at the top and at the bottom, where headers and footers sit.
    static let band = 0.1

    /// The indexes of `lines` that are furniture. `heights` gives each page's height by page number.
    static func furniture(_ lines: [TextLine], heights: [Int: Double]) -> Set<Int> {
        func inBand(_ line: TextLine) -> Bool {
            let height = heights[line.page] ?? 842
            return line.baseline < height * band || line.baseline > height * (1 - band)
        }
        var result: Set<Int> = []
        var repeats: [String: Set<Int>] = [:]
        for (index, line) in lines.enumerated() where inBand(line) {
            if isPageNumber(line.text) { result.insert(index) }
            repeats[withoutDigits(line.text), default: []].insert(line.page)
        }
        let pages = Set(lines.map(\.page)).count
        guard pages >= 3 else { return result }
        for (index, line) in lines.enumerated() where inBand(line) && !result.contains(index) {
            let key = withoutDigits(line.text)
            if !key.isEmpty, (repeats[key]?.count ?? 0) * 2 >= pages { result.insert(index) }
        }
        return result
    }

    static func withoutDigits(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !("0"..."9").contains($0) && $0 != " " }))
    }

    /// `-2-`, `— 3 —`, `第 2 页`, `第2页 共5页`, `2/5`, `2`.
    static func isPageNumber(_ text: String) -> Bool {
        let bare = Array(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        guard !bare.isEmpty, bare.count <= 12 else { return false }
        let digits = bare.filter { ("0"..."9").contains($0) }
        guard !digits.isEmpty, digits.count <= 6 else { return false }
        let allowed: Set<Unicode.Scalar> = [
            "-", "—", "–", "－", "第", "页", "共", "/", "／", "P", "p", "a", "g", "e", ".", "·",
        ]
        return bare.allSatisfy { ("0"..."9").contains($0) || allowed.contains($0) }
    }
}
