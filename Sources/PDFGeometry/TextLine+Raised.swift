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
    /// full-size `1` raised after `2.35` read `2.351`, a subscript `2` after `5` read `52`). A group of smaller
    /// characters standing a column gap off the text before it is a figure of a table drawn without rules, no mark.
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
        // Smaller characters set off the line, apart: a group of them standing off by a column gap is no mark (below).
        var smaller: [Int: RaisedText.Position] = [:]
        // Full-size characters moved by a distance, apart: only a mark of one or two of them counts (below).
        var moved: [Int: RaisedText.Position] = [:]
        for (index, character) in characters.enumerated() where !character.isSpace {
            // (y runs down the page: above the baseline is a smaller y)
            let above = (baseline - character.originY) / body
            let small = character.size < Self.raisedSize * body
            if small && above >= Self.raisedShift {
                smaller[index] = .superscript
            } else if small && -above >= Self.loweredShift {
                smaller[index] = .subscript
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
        // A 上标/下标 mark stands right after the text it marks; figures set a size smaller than their labels on a
        // table without rules (centred beside a label of one or two lines) stand in groups a column gap apart on a
        // baseline of their own, each group a cell's figure, which is no mark — nor is the first group, right after
        // a label that runs up to its column (rv112 F23: every row's figures were read as marks, and a row took the
        // figures of the line below).
        for group in smallerGroups(smaller) where group.isMark {
            for index in group.indices { result[index] = group.position }
        }
        return result
    }

    /// A run of smaller characters set off the line one way, with no column gap inside it.
    private struct SmallerGroup {
        var indices: [Int]
        var position: RaisedText.Position
        /// Whether a column gap stands before it (or nothing: it begins the line, as a note's mark may).
        var isApart: Bool
        var isMark = true
    }

    /// The runs of `smaller` characters, in order, each told a mark or not (see ``raisedIndices``): a run a column
    /// gap off the text before it is no mark, and neither is a run followed, a column gap on, by a run that is none
    /// on its baseline.
    private func smallerGroups(_ smaller: [Int: RaisedText.Position]) -> [SmallerGroup] {
        var groups: [SmallerGroup] = []
        var previous: Int?
        for index in characters.indices where !characters[index].isSpace {
            defer { previous = index }
            guard let position = smaller[index] else { continue }
            let gap = previous.map { Self.isColumnGap(between: characters[$0], and: characters[index]) } ?? false
            if let last = groups.last?.indices.last, last == previous, groups.last?.position == position, !gap {
                groups[groups.count - 1].indices.append(index)
            } else {
                groups.append(SmallerGroup(indices: [index], position: position, isApart: gap))
            }
        }
        for position in groups.indices.reversed() {
            guard !groups[position].isApart else {
                groups[position].isMark = false
                continue
            }
            if position + 1 < groups.count, let last = groups[position].indices.last,
                let next = groups[position + 1].indices.first, groups[position + 1].isApart,
                !groups[position + 1].isMark, groups[position + 1].position == groups[position].position,
                characters[(last + 1)..<next].allSatisfy(\.isSpace),
                abs(characters[last].originY - characters[next].originY) <= Self.sameBaseline * characters[next].size
            {
                groups[position].isMark = false
            }
        }
        return groups
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
