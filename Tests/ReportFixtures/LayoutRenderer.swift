public import ReportModel

/// Writes a report as text in one of the real layouts, with the noise real files have.
///
/// `ReportParser.parse(LayoutRenderer(layout: l).render(report))` must give back the report's headings,
/// paragraphs and every table cell with its keys and value, whatever the layout.
public struct LayoutRenderer: Sendable {
    /// The layout.
    public var layout: ReportLayout
    /// The seed for the noise (which rows lose their leading cells, where page breaks fall, …).
    public var seed: UInt64
    /// How `pdftotext`-like layouts (``ReportLayout/rawRows``, ``ReportLayout/rawNumbersAlone``) break tables;
    /// `nil` for the layout's own.
    public var noise: TextNoise?

    /// Creates a renderer.
    public init(layout: ReportLayout, seed: UInt64 = 1, noise: TextNoise? = nil) {
        self.layout = layout
        self.seed = seed
        self.noise = noise
    }

    /// The report as text.
    public func render(_ report: Report) -> String { rendering(report).text }

    /// The report as text, with the cells the text does not determine: those a parser must leave missing.
    public func rendering(_ report: Report) -> Rendering {
        var random = SeededRandom(seed: seed)
        var undetermined: Set<CellKey> = []
        var out: [String] = []
        if let title = report.title {
            switch layout {
            case .cellPerLineTabbed, .pdfLayout:
                // Title split over two lines: the agency, then the rest.
                if let agency = report.agency, title.hasPrefix(agency) {
                    out += [indent(agency, 16), "", indent(String(title.dropFirst(agency.count)), 6), ""]
                } else {
                    out += [title, ""]
                }
            default:
                out += ["", "", title, ""]
            }
        }
        for block in report.preamble { write(block, into: &out, random: &random, undetermined: &undetermined) }
        for section in report.sections { write(section, into: &out, random: &random, undetermined: &undetermined) }
        var text = out.joined(separator: "\n") + "\n"
        if layout == .cellThenPipeLine {
            text = "\u{FEFF}" + text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        }
        if layout == .oneLine {
            text = out.filter { !$0.isEmpty }.joined(separator: " ") + "\n"
        }
        return Rendering(text: text, undetermined: undetermined)
    }

    /// The noise of the `pdftotext`-like layouts.
    var textNoise: TextNoise {
        if let noise { return noise }
        switch layout {
        case .rawRows: return TextNoise(wrapLabels: 0.6)
        case .rawNumbersAlone: return TextNoise(wrapLabels: 0.4, numbersAlone: 1)
        case .scrambled: return TextNoise(scrambleTable: 1)
        default: return TextNoise()
        }
    }

    private func indent(_ text: String, _ width: Int) -> String {
        layout == .pdfLayout ? String(repeating: " ", count: width) + text : text
    }

    private func write(
        _ section: Section, into out: inout [String], random: inout SeededRandom, undetermined: inout Set<CellKey>
    ) {
        out.append(indent(section.heading, 3))
        if layout != .pdfLayout { out.append("") }
        for block in section.blocks { write(block, into: &out, random: &random, undetermined: &undetermined) }
        for child in section.sections { write(child, into: &out, random: &random, undetermined: &undetermined) }
    }

    private func write(
        _ block: Block, into out: inout [String], random: inout SeededRandom, undetermined: inout Set<CellKey>
    ) {
        switch block {
        case .paragraph(let paragraph):
            if layout == .pdfLayout {
                out += PDFLayout.wrap(paragraph.text, width: 28, random: &random)
            } else {
                out.append(paragraph.text)
                out.append("")
            }
        case .table(let table):
            let shape = TableShape(table)
            switch layout {
            case .tabRows: out += TabRowsLayout.lines(shape, random: &random)
            case .cellPerLineTabbed: out += StreamLayout.tabbed(shape, random: &random)
            case .cellPerLinePipe: out += StreamLayout.pipeSuffixed(shape)
            case .cellThenPipeLine: out += StreamLayout.pipeLines(shape)
            case .inlinePipes: out += InlineLayout.lines(shape)
            case .pdfLayout: out += PDFLayout.table(shape, random: &random)
            case .rawRows, .rawNumbersAlone, .scrambled, .oneLine:
                out += RawLayout.lines(shape, noise: textNoise, random: &random, undetermined: &undetermined)
            case .shortRows:
                out += MarkdownLayout.lines(shape, dropValue: 0.2, random: &random, undetermined: &undetermined)
            case .table4OneRow:
                out += MarkdownLayout.lines(shape, dropValue: 0, random: &random, undetermined: &undetermined)
            }
            out.append("")
        }
    }
}

/// A report rendered as text, and the cells the text does not determine.
public struct Rendering: Sendable {
    /// The text.
    public var text: String
    /// The cells the text leaves undetermined (a row that lost a value, a scrambled table): a parser must leave
    /// them missing. Every other cell is determined by the text and must be read.
    public var undetermined: Set<CellKey>
}
