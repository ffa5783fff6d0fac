import Mustache
import Synchronization

/// A view whose fields the templates read by name, found through an index of its fields made once per type.
///
/// For a name, swift-mustache reads a value through `Mirror`: it lists every stored property of the value, looking
/// each one's type up by its mangled name, and keeps the one with that label — for every name a template asks for,
/// and again at every level of the context stack it walks up for a name the inner values do not have. On a report's
/// page that was 40 % of the server's time. A view that conforms answers from an index of its labels made once per
/// type, and reads only the field asked for; a name it does not have is answered `nil` without reading anything, so
/// that Mustache goes on up the stack exactly as before. An optional field is unwrapped, as Mustache does.
protocol MustacheView: MustacheParent {}

extension MustacheView {
    func child(named name: String) -> Any? {
        guard let offset = MustacheFieldIndex.offset(of: name, in: self) else { return nil }
        let children = Mirror(reflecting: self).children
        let value = children[children.index(children.startIndex, offsetBy: offset)].value
        return (value as? any OptionalValue).map(\.wrapped) ?? value
    }
}

/// The position of each field among a type's `Mirror` children, by label, for each view type met.
enum MustacheFieldIndex {
    private static let offsets = Mutex<[ObjectIdentifier: [String: Int]]>([:])

    /// The position of the field called `name` among the `Mirror` children of `view`, the same for every value of
    /// its type.
    static func offset(of name: String, in view: some MustacheView) -> Int? {
        let key = ObjectIdentifier(type(of: view))
        if let known = offsets.withLock({ $0[key] }) { return known[name] }
        var index: [String: Int] = [:]
        for (offset, child) in Mirror(reflecting: view).children.enumerated() {
            if let label = child.label, index[label] == nil { index[label] = offset }
        }
        offsets.withLock { $0[key] = index }
        return index[name]
    }
}

/// An optional seen as `Any`, for unwrapping a field's value.
private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrapped: Any? { self.map { $0 as Any } }
}
