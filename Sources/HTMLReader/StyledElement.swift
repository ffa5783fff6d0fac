/// An element as the style sheet matches it (``StyleSelector/match(_:)``): its name, and its classes and id kept
/// once as sets, also lower-cased once for a page read in quirks mode (a page without a doctype, as Word saves it,
/// matches class names in any case).
///
/// A rule's class is then one look-up, whatever the element's number of classes: compared class by class, with every
/// class of the element lower-cased again for each class of the rule, a page of 300 spans of 301 classes and 30 rules
/// of 300 classes took 95 s to read (review rr99 F2).
struct StyledElement {
    /// The element's name, lower-cased (as libxml2 gives it).
    let name: String
    /// The element's classes, as written.
    let classes: Set<String>
    /// The element's classes, lower-cased.
    let foldedClasses: Set<String>
    /// The element's id, as written.
    let id: String?
    /// The element's id, lower-cased.
    let foldedID: String?

    /// The element named `name` with its attributes (`class` and `id` are read).
    init(name: String, attributes: [String: String]) {
        self.name = name
        let written = attributes["class"].map { $0.split(whereSeparator: \.isWhitespace).map(String.init) } ?? []
        classes = Set(written)
        foldedClasses = Set(written.map { $0.lowercased() })
        id = attributes["id"]
        foldedID = id?.lowercased()
    }

    /// The keys the style sheet looks the element up by (``StyleSelector/key``): `*`, its name, each of its classes
    /// and its id, lower-cased; each once.
    var keys: [String] {
        var keys = ["*", name]
        keys += foldedClasses.map { "." + $0 }
        if let foldedID { keys.append("#" + foldedID) }
        return keys
    }
}
