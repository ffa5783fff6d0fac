import Foundation
import ReportModel
import Testing

@testable import RevisionStore

/// A stored body damaged outside nianbao may say any length for a field's name: one past `Int.max` trapped
/// instead of being reported as a damaged object.
@Suite struct DamagedLengthTests {
    @Test(arguments: [UInt64(Int.max) + 1, UInt64.max, 1 << 40])
    func aNameLongerThanAnyBodyIsADamagedObject(length: UInt64) {
        // A field whose name is spelled out (code 0), with the damaged length
        var body: [UInt8] = [0]
        CompactBody.appendVarint(length, to: &body)
        body += Array("text".utf8)
        #expect(throws: CompactBodyError.self) {
            _ = try CompactBody.typedReferences(of: body, kind: CompactBody.code(of: .section))
        }
        #expect(throws: (any Error).self) {
            _ = try CompactBody.canonicalBytes(of: body, kind: .section) { _, _ in ObjectID.hashing([]) }
        }
    }
}
