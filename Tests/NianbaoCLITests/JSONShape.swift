import Foundation
import Testing

/// Checks a command's JSON against the golden example of its shape in `Fixtures/` (one file per documented shape,
/// read through `Bundle.module`): every key of the example is present, nulls included, and no other key is.
///
/// The example is read as a shape: an object's keys must be exactly the example's (an object whose only key is `*`
/// is a map: any keys, each value like the example's); each element of an array must be like one of the example's
/// elements (a report's blocks are paragraphs or tables); a string, number or boolean must be one; `null` in the
/// example allows anything, and a `null` in the output is allowed anywhere (the key is present: that is the
/// contract).
enum JSONShape {
    /// The golden example of a shape.
    static func fixture(_ name: String) throws -> Any {
        let folder = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
        let data = try Data(contentsOf: folder.appendingPathComponent("\(name).json"))
        return try JSONSerialization.jsonObject(with: data)
    }

    /// The names of every golden example.
    static func fixtureNames() throws -> Set<String> {
        let folder = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return Set(files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) })
    }

    /// What differs between an output and a shape, one line per difference (empty: it has the shape).
    static func differences(_ output: Any, _ shape: Any, at path: String = "$") -> [String] {
        if output is NSNull || shape is NSNull { return [] }
        switch shape {
        case let shape as [String: Any]:
            guard let output = output as? [String: Any] else { return ["\(path): not an object"] }
            if shape.keys.count == 1, let value = shape["*"] {
                return output.keys.sorted().flatMap { differences(output[$0] as Any, value, at: "\(path).\($0)") }
            }
            var found = Set(shape.keys).subtracting(output.keys).sorted().map { "\(path).\($0): missing" }
            found += Set(output.keys).subtracting(shape.keys).sorted().map { "\(path).\($0): not documented" }
            for key in Set(shape.keys).intersection(output.keys).sorted() {
                found += differences(output[key] as Any, shape[key] as Any, at: "\(path).\(key)")
            }
            return found
        case let shape as [Any]:
            guard let output = output as? [Any] else { return ["\(path): not an array"] }
            guard !shape.isEmpty else { return [] }
            return output.enumerated().flatMap { index, element -> [String] in
                let tries = shape.map { differences(element, $0, at: "\(path)[\(index)]") }
                return tries.contains(where: \.isEmpty) ? [] : tries.min(by: { $0.count < $1.count }) ?? []
            }
        case is String:
            return output is String ? [] : ["\(path): not a string"]
        default:
            return output is NSNumber ? [] : ["\(path): not a number or boolean"]
        }
    }

    /// Checks a run's stdout against a shape; returns the parsed object.
    @discardableResult
    static func expect(
        _ result: NianbaoProcess.Result, is name: String, status: Int32 = 0, checked: inout Set<String>,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String: Any] {
        #expect(result.status == status, "\(name): \(result.stderr)", sourceLocation: sourceLocation)
        let output = try result.json()
        #expect(output["version"] as? Int == 1, "\(name): version", sourceLocation: sourceLocation)
        let differences = differences(output, try fixture(name))
        #expect(differences.isEmpty, "\(name): \(differences.joined(separator: "; "))", sourceLocation: sourceLocation)
        checked.insert(name)
        return output
    }
}
