import DocumentLayout
import Foundation
import ZIPFoundation

/// The parts of a .docx zip that the reader needs, found through the package's relationships.
final class DocxPackage {
    /// The largest part read, uncompressed: 4 MiB. The parts read are XML (the body, styles, numbering, notes,
    /// relationships); the body of a real report is 78–263 KB (a Nianbao export, the corpus template, the test
    /// fixtures) and its largest styles part 350 KB (Word 2010), a few times that with tracked changes. A part past
    /// this is a zip bomb or no report (a 190 KB file can hold a 60 MiB body, read for minutes), refused before it
    /// is inflated.
    static let maximumPartBytes: UInt64 = 4 << 20
    /// The most bytes of all the parts read together, uncompressed: 16 MiB, four parts at their limit. Each part
    /// under its limit, a 1.3 MB file of 300 embedded chunks (``DocxReader``) inflated to 1.2 GB (rv107 F2).
    static let maximumPackageBytes: UInt64 = 16 << 20

    let archive: Archive
    /// The package's entries by path, read once from the zip's central directory (the first of a path when two share
    /// it, as `archive[path]` finds). Each `archive[path]` walks the central directory from its start: a 4.5 MB file
    /// of 50,000 empty entries and chunks naming parts that are not there was read for minutes (rv107 F13).
    private let entries: [String: Entry]
    /// The bytes of the parts read so far, uncompressed.
    private(set) var bytesRead: UInt64 = 0
    /// The work of finding parts and relationships, counted for the tests that bound it: zip entries read from the
    /// central directory, and relationships looked at to find one by its id.
    private(set) var lookupSteps = 0

    init(_ bytes: [UInt8]) throws(DocumentReadError) {
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .broken(format: .docx, detail: "不是有效的 zip 压缩包")
        }
        var entries: [String: Entry] = [:]
        var steps = 0
        for entry in archive {
            steps += 1
            if entries[entry.path] == nil { entries[entry.path] = entry }
        }
        self.entries = entries
        lookupSteps = steps
    }

    /// The bytes of a part, or `nil` when the package has no such part. Libxml2 refuses bytes that are not in the
    /// part's encoding, so a damaged XML part is refused by ``XMLPartReader``.
    func xmlPart(_ path: String) throws(DocumentReadError) -> [UInt8]? {
        guard let entry = entries[path] ?? entries[path.hasPrefix("/") ? String(path.dropFirst()) : "/" + path] else {
            return nil
        }
        guard entry.uncompressedSize <= Self.maximumPartBytes else {
            throw Self.tooLarge(path)
        }
        guard bytesRead + entry.uncompressedSize <= Self.maximumPackageBytes else {
            throw Self.tooLargeTogether
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        let checksum: CRC32
        do {
            // ZIPFoundation computes the part's CRC-32 as it reads (with its own table on Linux) but compares it
            // with nothing.
            checksum = try archive.extract(entry) { chunk in
                bytes.append(contentsOf: chunk)
                if bytes.count > Self.maximumPartBytes { throw Self.tooLarge(path) }
                if bytesRead + UInt64(bytes.count) > Self.maximumPackageBytes { throw Self.tooLargeTogether }
            }
        } catch let error as DocumentReadError {
            throw error
        } catch {
            throw .broken(format: .docx, detail: "\(path) 无法解压")
        }
        // A part whose bytes changed after it was written (a bad disk, a cut copy) would otherwise be read as if
        // the clerk had written them.
        guard checksum == entry.checksum else {
            throw .broken(format: .docx, detail: "\(path) 的校验和不符，文件已损坏")
        }
        bytesRead += UInt64(bytes.count)
        return bytes
    }

    /// The refusal of a part past ``maximumPartBytes``.
    static func tooLarge(_ path: String) -> DocumentReadError {
        .tooLarge(format: .docx, detail: "其中的 \(path) 解压后超过 \(maximumPartBytes >> 20) MB，一份年度报告的这一部分不到 1 MB")
    }

    /// The refusal of parts past ``maximumPackageBytes`` together.
    static let tooLargeTogether = DocumentReadError.tooLarge(
        format: .docx, detail: "其中各部分解压后共超过 \(maximumPackageBytes >> 20) MB，一份年度报告共不到 2 MB")

    /// The relationships of a part (`nil` when the package has no such part, or it cannot be read).
    func relationships(in relsPath: String) throws(DocumentReadError) -> Relationships? {
        guard let data = try xmlPart(relsPath) else { return nil }
        let collector = RelationshipCollector()
        do { try XMLPartReader.read(data, part: relsPath, into: collector) } catch { return nil }
        return Relationships(collector.relationships)
    }

    /// The relationships of one part, in order, and the target of each id.
    struct Relationships {
        /// Each relationship, in the part's order.
        let all: [(type: String, target: String, id: String)]
        /// The target of each id (the first relationship's, when two share one).
        let targets: [String: String]

        init(_ all: [(type: String, target: String, id: String)]) {
            self.all = all
            targets = Dictionary(all.map { ($0.id, $0.target) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The target of the first relationship of a type (matched on the end of its URI, so transitional and strict
    /// packages both match), resolved against the folder of the part the relationships belong to.
    static func target(in relationships: Relationships?, typeSuffix: String, base: String) -> String? {
        guard let target = relationships?.all.first(where: { $0.type.hasSuffix(typeSuffix) })?.target else {
            return nil
        }
        return resolved(target, base: base)
    }

    /// The target of the relationship with an id (`rId7` of a `w:altChunk`), resolved as ``target(in:typeSuffix:base:)``
    /// resolves one. A document may name thousands of chunks: each is found by its id, not by reading the list.
    func target(in relationships: Relationships?, id: String, base: String) -> String? {
        lookupSteps += 1
        return relationships?.targets[id].map { Self.resolved($0, base: base) }
    }

    /// A relationship's target as a path in the package, from the folder of the part it belongs to.
    static func resolved(_ target: String, base: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var components = base.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." {
                if !components.isEmpty { components.removeLast() }
            } else if piece != "." {
                components.append(String(piece))
            }
        }
        return components.joined(separator: "/")
    }
}

/// Collects `Relationship` elements of a `.rels` part.
final class RelationshipCollector: XMLPartHandler {
    var relationships: [(type: String, target: String, id: String)] = []

    func interest(in name: XMLName, namespace: XMLNamespace) -> XMLInterest {
        name == .relationship ? .forward : .ignore
    }

    func start(_ element: XMLElementView) {
        guard element.name == .relationship, let type = element.attribute("Type"),
            let target = element.attribute("Target")
        else { return }
        relationships.append((type, target, element.attribute("Id") ?? ""))
    }

    func end(_ name: XMLName, namespace: XMLNamespace) {}
}
