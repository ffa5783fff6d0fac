import Foundation
import Testing

@testable import ReportRepository

/// Agency names are compared in NFKC form; names of printable ASCII and common Han characters skip Foundation.
@Suite struct AgencyNameNormalizationTests {
    @Test func theScalarsThatSkipNormalizationAreTheirOwnNFKC() {
        // Each alone, and each after a Han character and after a letter (nothing composes with its neighbour).
        for value in Array(0x20...0x7E) + Array(0x4E00...0x9FFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(AgencyNaming.isNormalizationStable(scalar))
            for text in [String(scalar), "乡" + String(scalar), "a" + String(scalar)]
            where text.precomposedStringWithCompatibilityMapping != text {
                Issue.record("NFKC changes \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
        #expect(!AgencyNaming.isNormalizationStable("\u{3000}"))
        #expect(!AgencyNaming.isNormalizationStable("Ａ"))
        #expect(!AgencyNaming.isNormalizationStable("\u{F900}"))
    }

    @Test func namesAreNormalizedAsBefore() {
        #expect(AgencyNaming.normalized("常张乡人民政府") == "常张乡")
        #expect(AgencyNaming.normalized("常张乡 人民政府") == "常张乡")
        #expect(AgencyNaming.normalized("常张乡　人民政府") == "常张乡")
        #expect(AgencyNaming.normalized("ＸＸ县教育局") == "XX县教育局")
        #expect(AgencyNaming.normalized("長子縣") == "長子縣")
        #expect(AgencyNaming.normalized("\u{F900}乡") == "\u{8C48}乡")
    }
}
