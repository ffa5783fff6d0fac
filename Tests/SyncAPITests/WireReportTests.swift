import Foundation
import ReportModel
import SyncAPI
import Testing

/// A report as a newer node may list it: a mark or a note this program does not know is left out, and a known one
/// that is malformed fails the listing (Schema/sync-protocol.md, "Strictness").
@Suite struct WireReportTests {
    static let revision = ObjectID.hashing(Array("revision".utf8))
    static let noteID = ObjectID.hashing(Array("note".utf8))

    /// A listed report whose marks and notes are the given JSON arrays.
    static func listing(marks: String = "[]", notes: String?) -> Data {
        let notesField = notes.map { #","notes":\#($0)"# } ?? ""
        return Data(
            #"{"report":{"agency":"changzhang","year":2024},"heads":{},"marks":\#(marks),"conflicts":[]\#(notesField)}"#
                .utf8)
    }

    static func note(kind: String, verdict: String? = nil, text: String = "好") -> String {
        let verdictField = verdict.map { #""\#($0)""# } ?? "null"
        return #"""
            {"id":"\#(noteID.hex)","kind":"\#(kind)","report":{"agency":"changzhang","year":2024},"revision":null,\#
            "anchor":"section:一","target":null,"verdict":\#(verdictField),"text":"\#(text)","author":"王审核","time":0}
            """#
    }

    @Test func notesOfAnUnknownKindOrVerdictAreLeftOut() throws {
        let notes = [
            Self.note(kind: "comment", text: "一"), Self.note(kind: "poem", text: "二"),
            Self.note(kind: "decision", verdict: "dismissed", text: "三"),
            Self.note(kind: "decision", verdict: "postponed", text: "四"), Self.note(kind: "reply", text: "五"),
        ]
        let report = try JSONDecoder().decode(
            WireReport.self, from: Self.listing(notes: "[" + notes.joined(separator: ",") + "]"))
        #expect(report.notes?.map(\.text) == ["一", "三", "五"])
        #expect(report.notes?.map(\.kind) == [.comment, .decision, .reply])
        #expect(report.notes?[1].verdict == .dismissed)
    }

    @Test func absentOrNullNotesAreNoneAndAnEmptyListIsEmpty() throws {
        #expect(try JSONDecoder().decode(WireReport.self, from: Self.listing(notes: nil)).notes == nil)
        #expect(try JSONDecoder().decode(WireReport.self, from: Self.listing(notes: "null")).notes == nil)
        #expect(try JSONDecoder().decode(WireReport.self, from: Self.listing(notes: "[]")).notes == [])
    }

    @Test func marksOfAnUnknownNameAreLeftOut() throws {
        let marks =
            #"[{"name":"archived","revision":"\#(Self.revision.hex)"},{"name":"submitted","revision":"\#(Self.revision.hex)"}]"#
        let report = try JSONDecoder().decode(WireReport.self, from: Self.listing(marks: marks, notes: nil))
        #expect(report.marks.map(\.name) == [.submitted])
    }

    @Test func aKnownNoteThatIsMalformedFailsTheListing() {
        let malformed = Self.note(kind: "comment").replacingOccurrences(of: #""time":0"#, with: #""time":"today""#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(WireReport.self, from: Self.listing(notes: "[" + malformed + "]"))
        }
        let noKind = #"[{"text":"好"}]"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(WireReport.self, from: Self.listing(notes: noKind))
        }
    }
}
