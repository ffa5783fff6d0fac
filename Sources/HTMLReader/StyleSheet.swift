/// The rules of a page's `<style>` elements that can move text off its line or hide it, and the cascade that gives an element
/// its ``InlineStyle``: Word's "save as web page" raises a footnote mark by a class
/// (`span.MsoFootnoteReference {vertical-align:super}`), not by the mark's own `style` attribute.
///
/// The cascade is CSS's, for the properties ``InlineStyle/properties``: an `!important` declaration over a plain
/// one, then the element's `style` attribute over the sheet, then the more specific selector, then the later rule.
/// Selectors are matched by their last compound selector (``StyleSelector``); a rule that only maybe selects an
/// element may move its text but never put it back on the line.
struct StyleSheet {
    private struct Rule {
        let selector: StyleSelector
        let declarations: [StyleDeclaration]
        /// The rule's place in the page's style sheets, for the cascade's last word.
        let order: Int
    }

    private var rules: [Rule] = []
    /// The rules by their selector's ``StyleSelector/key``.
    private var index: [String: [Int]] = [:]
    /// The work of matching an element against the rules filed under each key: their ``StyleSelector/work``.
    private var work: [String: Int] = [:]

    /// No style sheet: each element's `style` attribute alone.
    init() {}

    /// The style sheets of a page: every `<style>` element's, in the page's order.
    init(of page: HTMLNode) {
        var sheets: [String] = []
        Self.collectSheets(page, into: &sheets)
        for sheet in sheets { add(sheet) }
    }

    /// A page's one style sheet, as written between `<style>` and `</style>`.
    init(_ sheet: String) {
        add(sheet)
    }

    /// Whether no rule of the sheet moves or hides text.
    var isEmpty: Bool { rules.isEmpty }

    /// The most work reading a page may take in matching its elements against the rules filed under their keys,
    /// each match weighed by its selector's ``StyleSelector/work``: 1,000,000 comparisons. The web pages of the tests
    /// need a few thousand at most. A page of 2,000 rules filed under one key (`div p span b {display:none}` and the
    /// like) with 2,000 such elements needs 4,000,000 and took 16 s of processor time (review rr98 F4); 300 spans
    /// and 30 rules, each of 300 classes, need 2,871,000 and took 95 s (review rr99 F2, compared class by class
    /// before ``StyledElement``); the element and size caps alone would allow a hundred times more.
    static let maximumComparisons = 1_000_000

    /// How much work, in comparisons, reading the page under `root` takes (``style(ofElement:attributes:)`` for
    /// each element: each rule filed under the element's keys, weighed by ``StyleSelector/work``), counted without
    /// matching, without recursion, and stopping once past `limit`.
    func comparisons(toRead root: HTMLNode, limit: Int) -> Int {
        guard !rules.isEmpty else { return 0 }
        var count = 0
        var pending = [root]
        while let node = pending.popLast(), count <= limit {
            guard case .element(let name, let attributes, let children, _) = node else { continue }
            for key in StyledElement(name: name, attributes: attributes).keys {
                count += work[key] ?? 0
            }
            pending.append(contentsOf: children)
        }
        return count
    }

    /// What the style sheet, the element's own `style` attribute and its `color` and `bgcolor` attributes say about
    /// where an element's text sits and whether it is shown.
    func style(ofElement name: String, attributes: [String: String]) -> InlineStyle {
        var winners: [String: (rank: Rank, value: String)] = [:]
        func offer(_ declaration: StyleDeclaration, _ rank: Rank) {
            guard InlineStyle.properties.contains(declaration.property) else { return }
            if let winner = winners[declaration.property], winner.rank > rank { return }
            winners[declaration.property] = (rank, declaration.value)
        }
        // Presentational attributes (`<font color>`, `<td bgcolor>`) come under every rule.
        if let colour = attributes["color"] {
            offer(StyleDeclaration(property: "color", value: colour.lowercased(), isImportant: false), Rank.attribute)
        }
        if let colour = attributes["bgcolor"] {
            offer(
                StyleDeclaration(property: "background-color", value: colour.lowercased(), isImportant: false),
                Rank.attribute)
        }
        var possiblyHides = false
        if !rules.isEmpty {
            let element = StyledElement(name: name, attributes: attributes)
            var candidates: Set<Int> = []
            for key in element.keys {
                candidates.formUnion(index[key, default: []])
            }
            for candidate in candidates {
                let rule = rules[candidate]
                guard let match = rule.selector.match(element) else { continue }
                if match == .possibly, rule.declarations.contains(where: InlineStyle.mayHide) { possiblyHides = true }
                for declaration in rule.declarations where match == .exactly || InlineStyle.moves(declaration) {
                    offer(
                        declaration,
                        Rank(
                            level: declaration.isImportant ? 2 : 0, specificity: rule.selector.specificity,
                            order: rule.order))
                }
            }
        }
        if let style = attributes["style"] {
            for (order, declaration) in CSSText.declarations(of: style).enumerated() {
                offer(declaration, Rank(level: declaration.isImportant ? 3 : 1, specificity: 0, order: order))
            }
        }
        var style = InlineStyle(winners.mapValues(\.value))
        style.possiblyHides = possiblyHides
        return style
    }

    /// Where a declaration stands in the cascade: the higher wins.
    private struct Rank: Comparable {
        /// 0 a rule's, 1 the `style` attribute's, 2 a rule's `!important`, 3 the `style` attribute's `!important`.
        let level: Int
        let specificity: Int
        let order: Int

        /// A presentational attribute's: under every rule.
        static let attribute = Rank(level: -1, specificity: 0, order: 0)

        static func < (lhs: Rank, rhs: Rank) -> Bool {
            (lhs.level, lhs.specificity, lhs.order) < (rhs.level, rhs.specificity, rhs.order)
        }
    }

    private mutating func add(_ sheet: String) {
        for rule in CSSText.rules(of: sheet) {
            let declarations = rule.declarations.filter { InlineStyle.properties.contains($0.property) }
            guard !declarations.isEmpty else { continue }
            for text in CSSText.split(rule.selectors, at: UInt8(ascii: ",")) {
                guard let selector = StyleSelector(text) else { continue }
                index[selector.key, default: []].append(rules.count)
                work[selector.key, default: 0] += selector.work
                rules.append(Rule(selector: selector, declarations: declarations, order: rules.count))
            }
        }
    }

    private static func collectSheets(_ node: HTMLNode, into sheets: inout [String]) {
        guard case .element(let name, _, let children, _) = node else { return }
        if name == "style" {
            sheets.append(
                children.map { child in
                    if case .text(let text, _) = child { text } else { "" }
                }.joined())
            return
        }
        for child in children { collectSheets(child, into: &sheets) }
    }
}
