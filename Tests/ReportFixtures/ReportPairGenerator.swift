public import ReportModel

/// Makes pairs of reports — last year's and this year's, or two drafts — with known edits between them, and says
/// what a diff of the pair must report: every intended change and nothing else.
public struct ReportPairGenerator: Sendable {
    /// An edit the generator can make.
    public enum Edit: String, CaseIterable, Sendable {
        /// A few table cells get new numbers.
        case cellsChanged
        /// A sentence of one paragraph is edited: its number changes and a clause is added.
        case sentenceEdited
        /// Subsection （二） of section 一 is deleted.
        case subsectionDeleted
        /// The first paragraph of section 五 moves to its end.
        case paragraphMoved
        /// The subsections of section 一 are renumbered: closed up after a deletion, else written `1.` for `（一）`.
        case headingsRenumbered
        /// The year moves on: every year in the text is one later.
        case yearMoved
        /// With ``yearMoved``: the first paragraph of section 五 keeps last year's text word for word.
        case staleYearKept
    }

    /// How the older report is made.
    public var base: ReportGenerator

    /// Creates a pair generator over a report generator.
    public init(base: ReportGenerator = ReportGenerator()) {
        self.base = base
    }

    /// A pair with the given edits, the same for the same seed.
    public func make(seed: UInt64, edits: Set<Edit>) -> ReportPair {
        var random = SeededRandom(seed: seed ^ 0xD1FF)
        let old = base.make(seed: seed)
        var new = old
        var expected = ReportPair.Expected()
        if edits.contains(.cellsChanged) {
            for _ in 0..<random.int(1...6) {
                let number = random.pick([2, 3, 4])
                guard
                    let location = new.tables.first(where: { $0.table.templateDefinition?.table == number }),
                    let (row, cell) = location.table.cells.filter({ $0.cell.text != nil }).randomElement(
                        using: &random),
                    !expected.cells.contains(where: {
                        $0.table == number && $0.row == row.key && $0.column == cell.column
                    })
                else { continue }
                let newText = String(5000 + random.int(0...999))
                new.modifyTable(number: number) { $0.setText(newText, row: row.key, column: cell.column) }
                expected.cells.append(
                    .init(
                        table: number, row: row.key, column: cell.column, old: cell.text ?? "", new: newText))
            }
            for cell in expected.cells {
                expected.changedSections.insert(old.sections[cell.table - 1].title)
            }
        }
        if edits.contains(.sentenceEdited) {
            // The first paragraph of section 一's last subsection: its number changes and a clause is added.
            if let text = new.sections[0].sections[4].blocks.first?.paragraph?.text {
                let edited = Self.editSentence(text, &random)
                new.sections[0].sections[4].blocks[0] = .paragraph(Paragraph(edited))
                expected.editedParagraphs.append(.init(old: text, new: edited))
                expected.changedSections.formUnion([
                    new.sections[0].title, new.sections[0].sections[4].title,
                ])
            }
        }
        if edits.contains(.paragraphMoved) {
            let blocks = new.sections[4].blocks
            if blocks.count >= 3, let text = blocks[0].paragraph?.text {
                new.sections[4].blocks = Array(blocks.dropFirst()) + [blocks[0]]
                expected.movedParagraphs.append(text)
                expected.changedSections.insert(new.sections[4].title)
            }
        }
        if edits.contains(.subsectionDeleted) {
            let removed = new.sections[0].sections.remove(at: 1)
            expected.deletedSections.append(removed.heading)
            expected.changedSections.insert(new.sections[0].title)
        }
        if edits.contains(.headingsRenumbered) {
            let closeUp = edits.contains(.subsectionDeleted)
            for index in new.sections[0].sections.indices {
                let section = new.sections[0].sections[index]
                let title = section.title
                let heading =
                    closeUp ? "（\(ChineseNumerals.string(index + 1))）\(title)" : "\(index + 1).\(title)"
                guard heading != section.heading else { continue }
                new.sections[0].sections[index].heading = heading
                expected.renumbered.append(
                    .init(
                        title: title, old: section.number?.text ?? "", new: Heading(heading).number?.text ?? "")
                )
                expected.changedSections.formUnion([new.sections[0].title, title])
            }
        }
        if edits.contains(.yearMoved), let year = old.year {
            let staleText =
                edits.contains(.staleYearKept) ? new.sections[4].blocks.first?.paragraph?.text : nil
            new = Self.movingYears(of: new, by: 1, from: year)
            for index in expected.editedParagraphs.indices {
                expected.editedParagraphs[index].new = Self.movingYears(
                    in: expected.editedParagraphs[index].new, by: 1, from: year)
            }
            expected.movedParagraphs = expected.movedParagraphs.map {
                Self.movingYears(in: $0, by: 1, from: year)
            }
            if let staleText, !new.sections[4].blocks.isEmpty {
                new.sections[4].blocks[0] = .paragraph(Paragraph(staleText))
                expected.staleYearParagraphs.append(staleText)
            }
        }
        return ReportPair(old: old, new: new, expected: expected)
    }

    /// A sentence with its first number changed and a clause added before its final full stop.
    static func editSentence(_ text: String, _ random: inout SeededRandom) -> String {
        var scalars = Array(text.unicodeScalars)
        // The first number after the leading year.
        var index = scalars.firstIndex(of: "，") ?? 0
        while index < scalars.count, !("0"..."9").contains(scalars[index]) { index += 1 }
        var end = index
        while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
        if end > index {
            scalars.replaceSubrange(index..<end, with: String(1000 + random.int(0...899)).unicodeScalars)
        }
        var edited = String(String.UnicodeScalarView(scalars))
        if edited.hasSuffix("。") { edited.removeLast() }
        return edited + "，群众满意度明显提升。"
    }

    /// A text with every year from `year − 1` to `year + 1` moved on by `step`.
    public static func movingYears(in text: String, by step: Int, from year: Int) -> String {
        var result = ""
        var digits = ""
        func flush() {
            if digits.count == 4, let value = Int(digits), (year - 1)...(year + 1) ~= value {
                result += String(value + step)
            } else {
                result += digits
            }
            digits = ""
        }
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// A report with every year from `year − 1` to `year + 1` in its text moved on by `step`.
    public static func movingYears(of report: Report, by step: Int, from year: Int) -> Report {
        func move(_ text: String) -> String { movingYears(in: text, by: step, from: year) }
        func move(_ blocks: [Block]) -> [Block] {
            blocks.map { block in
                if case .paragraph(let paragraph) = block {
                    return .paragraph(Paragraph(move(paragraph.text)))
                }
                return block
            }
        }
        func move(_ section: Section) -> Section {
            Section(
                heading: move(section.heading), blocks: move(section.blocks),
                sections: section.sections.map(move))
        }
        return Report(
            title: report.title.map(move), agency: report.agency, year: report.year.map { $0 + step },
            preamble: move(report.preamble), sections: report.sections.map(move))
    }
}

/// Two reports and what a diff between them must report.
public struct ReportPair: Sendable {
    /// The older report.
    public var old: Report
    /// The newer report.
    public var new: Report
    /// What a diff must report.
    public var expected: Expected

    /// What a diff of a pair must report.
    public struct Expected: Sendable {
        /// A changed cell.
        public struct CellEdit: Sendable, Hashable {
            public var table: Int
            public var row: String
            public var column: String
            public var old: String
            public var new: String

            public init(table: Int, row: String, column: String, old: String, new: String) {
                (self.table, self.row, self.column, self.old, self.new) = (table, row, column, old, new)
            }
        }
        /// A paragraph edited in place.
        public struct TextEdit: Sendable, Hashable {
            public var old: String
            public var new: String

            public init(old: String, new: String) {
                (self.old, self.new) = (old, new)
            }
        }
        /// A section whose number changed.
        public struct Renumbering: Sendable, Hashable {
            public var title: String
            public var old: String
            public var new: String

            public init(title: String, old: String, new: String) {
                (self.title, self.old, self.new) = (title, old, new)
            }
        }

        /// The changed cells.
        public var cells: [CellEdit] = []
        /// The paragraphs edited in place.
        public var editedParagraphs: [TextEdit] = []
        /// The headings of the sections deleted.
        public var deletedSections: [String] = []
        /// The texts of the paragraphs moved.
        public var movedParagraphs: [String] = []
        /// The sections renumbered.
        public var renumbered: [Renumbering] = []
        /// The texts of paragraphs that kept last year's year.
        public var staleYearParagraphs: [String] = []
        /// The titles of the sections a diff must report as changed (besides the deleted ones): those holding an
        /// edit, and those renumbered.
        public var changedSections: Set<String> = []
    }
}

extension Report {
    /// Changes the first template table of a number in place.
    public mutating func modifyTable(number: Int, _ body: (inout Table) -> Void) {
        func visit(_ blocks: inout [Block]) -> Bool {
            for index in blocks.indices {
                if case .table(var table) = blocks[index], table.templateDefinition?.table == number {
                    body(&table)
                    blocks[index] = .table(table)
                    return true
                }
            }
            return false
        }
        func visit(_ sections: inout [Section]) -> Bool {
            for index in sections.indices {
                if visit(&sections[index].blocks) || visit(&sections[index].sections) { return true }
            }
            return false
        }
        if visit(&preamble) { return }
        _ = visit(&sections)
    }
}
