// Which characters of a line a PDF sets off the line: a footnote mark after a number (`2.35¹`, `100²`), raised as
// 上标 (smaller), raised by a distance at full size (Word's 字符位置「提升」), or lowered (下标, 「降低」).
import DocumentLayout

extension TextLine {
    /// How much smaller than the line's body a character set as 上标/下标 is at most (Word and LibreOffice set
    /// superscript and subscript at about 58–67 %).
    static let raisedSize = 0.8
    /// How far above the body's baseline, in ems of the body, a smaller raised character's baseline is at least
    /// (Word and LibreOffice raise superscript by about a third of an em).
    static let raisedShift = 0.15
    /// How far off the body's baseline, in ems of the body, a character of any size is moved by a distance at least:
    /// Word's 字符位置「提升」 by 1.5 points at 10.5 points is 0.14 em; characters of two fonts on one line sit up to
    /// 0.1 em apart (LibreOffice, measured).
    static let movedShift = 0.12
    /// How far below the body's baseline, in ems of the body, a smaller character's baseline is at least to be set
    /// as subscript (LibreOffice lowers its subscript by 0.1 em).
    static let loweredShift = 0.05
    /// How close two baselines are, in ems of the body, to be one.
    static let sameBaseline = 0.04

    /// The characters set off the line, by their index, and which way: clearly smaller than the body and above its
    /// baseline, smaller and below it, or moved off it by ``movedShift`` or more whatever their size (rv112 F5: a
    /// full-size `1` raised after `2.35` read `2.351`, a subscript `2` after `5` read `52`).
    ///
    /// The body is the line's largest characters; its baseline is the one most of them sit on (on a tie, the first
    /// character's), so that the moved characters themselves do not move it.
    var raisedIndices: [Int: RaisedText.Position] {
        // A turned line's characters stand one above (or beside) the other: none is raised.
        guard characters.first?.turned == nil else { return [:] }
        let body = size
        let bodyCharacters = characters.filter { !$0.isSpace && $0.size >= Self.raisedSize * body }
        guard body > 0, !bodyCharacters.isEmpty else { return [:] }
        let baseline = Self.commonBaseline(of: bodyCharacters.map(\.originY), within: Self.sameBaseline * body)
        var result: [Int: RaisedText.Position] = [:]
        // Full-size characters moved by a distance, apart: only a mark of one or two of them counts (below).
        var moved: [Int: RaisedText.Position] = [:]
        for (index, character) in characters.enumerated() where !character.isSpace {
            // (y runs down the page: above the baseline is a smaller y)
            let above = (baseline - character.originY) / body
            let small = character.size < Self.raisedSize * body
            if small && above >= Self.raisedShift {
                result[index] = .superscript
            } else if small && -above >= Self.loweredShift {
                result[index] = .subscript
            } else if above >= Self.movedShift {
                moved[index] = .superscript
            } else if -above >= Self.movedShift {
                moved[index] = .subscript
            }
        }
        // A footnote mark moved at full size is one or two characters right after the text it marks; a longer run,
        // or one standing apart, is a cell of its own baseline on a table without rules (figures set a size smaller,
        // top-aligned beside their label: rv113 F6), which is no mark.
        var run: [Int] = []
        func close() {
            if let first = run.first, run.count <= Self.longestMovedMark, first > 0,
                !characters[first - 1].isSpace, moved[first - 1] == nil,
                !Self.isColumnGap(between: characters[first - 1], and: characters[first])
            {
                for index in run { result[index] = moved[index] }
            }
            run = []
        }
        for index in characters.indices where !characters[index].isSpace {
            if moved[index] != nil, run.last.map({ moved[$0] == moved[index] }) ?? true {
                run.append(index)
            } else {
                close()
                if moved[index] != nil { run = [index] }
            }
        }
        close()
        return result
    }

    /// The most characters a mark moved off the line at full size has (`¹`, `12`).
    static let longestMovedMark = 2

    /// The baseline most of `baselines` sit on (within `tolerance`), the first of them on a tie; counted over the
    /// sorted baselines with a sliding window, so a line of any length costs no more than sorting it.
    static func commonBaseline(of baselines: [Double], within tolerance: Double) -> Double {
        let sorted = baselines.sorted()
        var counts: [Double: Int] = [:]
        var low = 0
        var high = 0
        for value in sorted {
            while sorted[low] < value - tolerance { low += 1 }
            while high < sorted.count, sorted[high] <= value + tolerance { high += 1 }
            counts[value] = max(counts[value] ?? 0, high - low)
        }
        let most = counts.values.max() ?? 0
        return baselines.first { counts[$0] == most } ?? baselines.first ?? 0
    }
}
