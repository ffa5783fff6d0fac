/// The raw result of comparing two reports: every section, paragraph, table and cell with what happened to it,
/// and the year-over-year findings. A plain value; renderers (``DiffRenderer``) turn it into text, JSON or HTML.
public struct ReportEditScript: Sendable, Hashable {
    /// The older report's title, agency and year.
    public var old: ScriptHeader
    /// The newer report's title, agency and year.
    public var new: ScriptHeader
    /// The year moving on, when the two were compared as two years of one agency.
    public var yearShift: YearShift?
    /// The report fields that changed (the title, beyond the year moving on; the agency; the year, outside year mode).
    public var fields: [FieldChange]
    /// The diffs of the blocks before the first section.
    public var preamble: [BlockDiff]
    /// The diffs of the top-level sections, in reading order.
    public var sections: [SectionDiff]
    /// The year-over-year findings, in reading order.
    public var findings: [YearFinding]

    /// Creates an edit script.
    public init(
        old: ScriptHeader, new: ScriptHeader, yearShift: YearShift?, fields: [FieldChange], preamble: [BlockDiff],
        sections: [SectionDiff], findings: [YearFinding]
    ) {
        self.old = old
        self.new = new
        self.yearShift = yearShift
        self.fields = fields
        self.preamble = preamble
        self.sections = sections
        self.findings = findings
    }

    /// Every section at every depth, in reading order.
    public var allSections: [SectionDiff] { sections.flatMap(\.flattened) }

    /// Every block diff with the section it is listed under (`nil` for the preamble), in reading order.
    public var allBlocks: [(section: SectionDiff?, block: BlockDiff)] {
        preamble.map { (nil, $0) } + allSections.flatMap { section in section.blocks.map { (section, $0) } }
    }

    /// Every block diff in reading order, without the section each is listed under (``allBlocks`` pairs each with a
    /// copy of its section, which the lists below do not need).
    private var blocksInOrder: [BlockDiff] { preamble + allSections.flatMap(\.blocks) }

    /// Every paragraph that is not unchanged.
    public var changedParagraphs: [ParagraphDiff] {
        blocksInOrder.compactMap { $0.paragraph }.filter { $0.status.isChange }
    }

    /// Every table diff, unchanged ones included.
    public var tables: [TableDiff] { blocksInOrder.compactMap { $0.table } }

    /// Every changed cell of every table.
    public var changedCells: [CellChange] { tables.flatMap(\.cells) }

    /// Whether the two reports differ in anything but whitespace and (in year mode) the year moving on.
    public var hasChanges: Bool {
        !fields.isEmpty || preamble.contains { $0.status.isChange } || sections.contains { $0.status.isChange }
    }
}
