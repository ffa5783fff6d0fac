import Foundation
import ReportFixtures
import ReportModel
import SyncAPI
import Testing

/// Object batches from a hostile or broken peer: every body gives a batch or a clear error, never a crash and never
/// an allocation the bytes do not back.
@Suite struct ObjectBatchTests {
    /// `value` as four big-endian bytes.
    static func u32(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    static let magic = Array("NBO2".utf8)
    static let id = ObjectID.hashing(Array("x".utf8))

    /// A well-formed batch of a few objects with a header.
    static func sample(seed: UInt64 = 1) -> ObjectBatch {
        var random = SeededRandom(seed: seed)
        let objects = (0..<4).map { index -> WireObject in
            let bytes = ByteMutation.noise(Int.random(in: 0...60, using: &random), using: &random)
            return WireObject(id: ObjectID.hashing(bytes + [UInt8(index)]), bytes: bytes)
        }
        return ObjectBatch(header: Array(#"{"updates":[]}"#.utf8), objects: objects)
    }

    @Test func aBatchReadsBackAsItWasWritten() throws {
        let batch = Self.sample()
        #expect(try ObjectBatch.decode(batch.encoded()) == batch)
        let sizes = batch.objects.map(\.bytes.count)
        #expect(batch.plainEncoded().count == ObjectBatch.size(headerBytes: 14, objectBytes: sizes))
        // (noise does not compress: such a batch is sent as it is)
        #expect(batch.encoded() == batch.plainEncoded())
        #expect(try ObjectBatch.decode(ObjectBatch(objects: []).encoded()) == ObjectBatch(objects: []))
    }

    struct Malformed: Sendable, CustomTestStringConvertible {
        let label: String
        let bytes: [UInt8]
        let maxObjects: Int
        let error: BatchError
        var testDescription: String { label }
    }

    static let malformed: [Malformed] = [
        Malformed(label: "empty", bytes: [], maxObjects: 10, error: .badMagic),
        Malformed(label: "not a batch", bytes: Array("hello".utf8), maxObjects: 10, error: .badMagic),
        Malformed(label: "magic only", bytes: magic, maxObjects: 10, error: .truncated(offset: 4)),
        Malformed(
            label: "a header longer than the body", bytes: magic + u32(100) + [1, 2], maxObjects: 10,
            error: .truncated(offset: 8)),
        Malformed(label: "no count", bytes: magic + u32(0), maxObjects: 10, error: .truncated(offset: 8)),
        Malformed(
            label: "four billion objects claimed in twelve bytes, whatever the reader allows",
            bytes: magic + u32(0) + u32(0xFFFF_FFFF), maxObjects: .max,
            error: .tooManyObjects(count: 0xFFFF_FFFF, limit: SyncProtocol.maxObjectsPerBatch)),
        Malformed(
            label: "the limit's worth of objects claimed in twelve bytes",
            bytes: magic + u32(0) + u32(UInt32(SyncProtocol.maxObjectsPerBatch)), maxObjects: .max,
            error: .truncated(offset: 12)),
        Malformed(
            label: "more than the reader allows", bytes: magic + u32(0) + u32(3), maxObjects: 2,
            error: .tooManyObjects(count: 3, limit: 2)),
        Malformed(
            label: "an id cut short", bytes: magic + u32(0) + u32(1) + Array(repeating: 7, count: 20), maxObjects: 10,
            error: .truncated(offset: 12)),
        Malformed(
            label: "an object larger than allowed",
            bytes: magic + u32(0) + u32(1) + id.bytes + u32(UInt32(SyncProtocol.maxObjectBytes + 1)), maxObjects: 10,
            error: .objectTooLarge(id: id, bytes: SyncProtocol.maxObjectBytes + 1)),
        Malformed(
            label: "an object longer than the body", bytes: magic + u32(0) + u32(1) + id.bytes + u32(5) + [1, 2],
            maxObjects: 10, error: .truncated(offset: 48)),
        Malformed(
            label: "bytes after the last object", bytes: magic + u32(0) + u32(0) + [0], maxObjects: 10,
            error: .trailingBytes(offset: 12)),
    ]

    @Test(arguments: malformed)
    func aMalformedBatchGetsItsError(_ example: Malformed) {
        #expect(throws: example.error) { try ObjectBatch.decode(example.bytes, maxObjects: example.maxObjects) }
        #expect(!example.error.description.isEmpty)
    }

    /// Random bodies and random edits of a good one (bytes flipped, cut, inserted, lengths set to extremes): each
    /// reads as a batch whose framing adds up, or fails with a ``BatchError``. Bounded: 3000 bodies per seed.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomAndMutatedBatchesNeverCrash(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let good = Self.sample(seed: seed).plainEncoded()
        var read = 0
        var refused = 0
        for round in 0..<3000 {
            var bytes: [UInt8]
            if round % 4 == 0 {
                let prefix = round % 8 == 0 ? Self.magic : []
                bytes = prefix + ByteMutation.noise(Int.random(in: 0...80, using: &random), using: &random)
            } else {
                bytes = good
                for _ in 0..<Int.random(in: 1...3, using: &random) {
                    // the fields: the header's length, the count, the first object's length (a 14-byte header)
                    ByteMutation.mutate(&bytes, fields: [4, 22, 58], using: &random)
                }
            }
            do {
                let batch = try ObjectBatch.decode(bytes)
                #expect(batch.plainEncoded() == bytes, "a batch that reads must be exactly its bytes")
                read += 1
            } catch {
                #expect(!error.description.isEmpty)
                refused += 1
            }
        }
        #expect(read + refused == 3000)
        #expect(refused > 0)
    }

    /// A batch of report objects, as a clone sends them.
    static func reportBatch() -> ObjectBatch {
        let objects = (0..<6).flatMap { index in
            ObjectGraph.objects(of: SampleReport.make(paragraphs: index + 2)).objects
        }
        return ObjectBatch(
            header: Array(#"{"listing":{"reports":[]}}"#.utf8),
            objects: objects.map { WireObject(id: $0.id, bytes: $0.bytes) })
    }

    @Test func aBatchOfReportObjectsIsSentCompressedAndReadsBackTheSame() throws {
        let batch = Self.reportBatch()
        let sent = batch.encoded()
        #expect(Array(sent.prefix(4)) == ObjectBatch.compressedMagic)
        #expect(sent.count * 3 < batch.plainEncoded().count)
        #expect(try ObjectBatch.decode(sent) == batch)
        #expect(try ObjectBatch.decode(batch.plainEncoded()) == batch)
    }

    @Test func aBatchOfProtocol1IsRefusedSayingSo() {
        let old = Array("NBO1".utf8) + Array(Self.reportBatch().plainEncoded().dropFirst(4))
        #expect(throws: BatchError.olderProtocol) { try ObjectBatch.decode(old) }
        #expect(BatchError.olderProtocol.description.contains("protocol 1"))
    }

    @Test func aCompressedBatchThatIsDamagedOrExpandsTooFarIsRefused() throws {
        let sent = Self.reportBatch().encoded()
        // cut short, or its frame replaced by noise
        #expect(throws: BatchError.self) { try ObjectBatch.decode(Array(sent.prefix(sent.count / 2))) }
        var random = SeededRandom(seed: 7)
        #expect(throws: BatchError.self) {
            try ObjectBatch.decode(ObjectBatch.compressedMagic + ByteMutation.noise(200, using: &random))
        }
        // a few kilobytes that expand past the limit: refused from the size its frame declares, never expanded
        let bomb = ObjectBatch(
            objects: [WireObject(id: Self.id, bytes: Array(repeating: 0, count: SyncProtocol.maxExpandedBatchBytes))]
        ).encoded()
        #expect(bomb.count < 100_000)
        #expect(throws: BatchError.self) { try ObjectBatch.decode(bomb) }
    }
}
