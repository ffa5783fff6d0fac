/// The objects of a small PDF written by hand, numbered as they are added, and the file they make: the header, each
/// object, the cross-reference table and the trailer. ``DrawnPDF`` and ``NestedFormPDF`` write their pages with it.
public struct PDFObjects {
    /// The objects in order: object `n` is `objects[n - 1]`.
    public private(set) var objects: [String] = []

    /// Creates an empty file.
    public init() {}

    /// The number the next object added gets.
    public var nextNumber: Int { objects.count + 1 }

    /// Adds an object (its text between `obj` and `endobj`).
    ///
    /// - Returns: Its object number.
    public mutating func add(_ object: String) -> Int {
        objects.append(object)
        return objects.count
    }

    /// Adds a stream: its dictionary's entries (without `/Length`) and its content.
    ///
    /// - Returns: Its object number.
    public mutating func addStream(_ entries: String, _ content: String) -> Int {
        add("<< \(entries)\(entries.isEmpty ? "" : " ")/Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
    }

    /// The bytes of the file, whose catalog is object `catalog`.
    public func bytes(catalog: Int) -> [UInt8] {
        var file = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(file.count)
            file += Array("\(index + 1) 0 obj\n\(object)\nendobj\n".utf8)
        }
        let table = file.count
        var trailer = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            trailer += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        trailer += "trailer\n<< /Size \(objects.count + 1) /Root \(catalog) 0 R >>\nstartxref\n\(table)\n%%EOF\n"
        return file + Array(trailer.utf8)
    }
}
