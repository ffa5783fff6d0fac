import ReportModel

/// Writes a report as text in one of the real layouts, with the noise real files have.
///
/// `ReportParser.parse(LayoutRenderer(layout: l).render(report))` must give back the report's headings,
/// paragraphs and every table cell with its keys and value, whatever the layout.
public struct LayoutRenderer: Sendable {
    /// The layout.
    public var layout: ReportLayout
    /// The seed for the noise (which rows lose their leading cells, where page breaks fall, …).
    public var seed: UInt64

    /// Creates a renderer.
    public init(layout: ReportLayout, seed: UInt64 = 1) {
        self.layout = layout
        self.seed = seed
    }

    /// The report as text.
    public func render(_ report: Report) -> String {
        var random = SeededRandom(seed: seed)
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
        for block in report.preamble { write(block, into: &out, random: &random) }
        for section in report.sections { write(section, into: &out, random: &random) }
        var text = out.joined(separator: "\n") + "\n"
        if layout == .cellThenPipeLine {
            text = "\u{FEFF}" + text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        }
        return text
    }

    private func indent(_ text: String, _ width: Int) -> String {
        layout == .pdfLayout ? String(repeating: " ", count: width) + text : text
    }

    private func write(_ section: Section, into out: inout [String], random: inout SeededRandom) {
        out.append(indent(section.heading, 3))
        if layout != .pdfLayout { out.append("") }
        for block in section.blocks { write(block, into: &out, random: &random) }
        for child in section.sections { write(child, into: &out, random: &random) }
    }

    private func write(_ block: Block, into out: inout [String], random: inout SeededRandom) {
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
            }
            out.append("")
        }
    }
}
