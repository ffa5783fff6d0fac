import DocumentLayout
import DocumentReaders
import Foundation
import PDFReader
import Testing

/// Damaged, protected, scanned and empty files: a clear error, never a crash.
@Suite struct BadDocumentTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/\(name)"])
        }
        return Array(try Data(contentsOf: url))
    }

    @Test func anEncryptedPDFSaysSo() throws {
        let bytes = try Self.fixture("encrypted.pdf")
        #expect(throws: DocumentReadError.encrypted(format: .pdf)) { try DocumentReaders.read(bytes) }
        #expect("\(DocumentReadError.encrypted(format: .pdf))".contains("密码"))
    }

    @Test func aScannedPDFSaysItHasNoTextLayer() throws {
        let bytes = try Self.fixture("scanned.pdf")
        #expect(throws: DocumentReadError.scanned(pages: 1)) { try DocumentReaders.read(bytes) }
        #expect("\(DocumentReadError.scanned(pages: 1))".contains("扫描件"))
    }

    @Test(arguments: [
        Array("%PDF-1.7\n%âãÏÓ".utf8), Array("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".utf8),
        Array("%PDF-".utf8) + [UInt8](repeating: 0xFF, count: 300),
    ])
    func aBrokenPDFIsRefused(bytes: [UInt8]) {
        #expect {
            try DocumentReaders.read(bytes)
        } throws: { error in
            guard let error = error as? DocumentReadError else { return false }
            switch error {
            case .broken(.pdf, _), .noText(.pdf), .incomplete(.pdf): return true
            default: return false
            }
        }
    }

    @Test func aPDFCutShortIsRefusedAsIncomplete() throws {
        // A file cut off while it was downloaded or copied: MuPDF repairs it silently and reads what is left (part
        // of the report, or nothing, which was told as "PDF中没有任何文字" — review rr94 F8). It is refused as
        // incomplete; the whole file reads.
        let bytes = try Self.fixture("radicals.pdf")
        _ = try DocumentReaders.read(bytes)
        for length in [bytes.count * 95 / 100, bytes.count * 8 / 10, bytes.count / 2, bytes.count / 10, 40] {
            #expect(throws: DocumentReadError.incomplete(format: .pdf), "cut at \(length) of \(bytes.count) bytes") {
                try DocumentReaders.read(Array(bytes.prefix(length)))
            }
        }
        #expect("\(DocumentReadError.incomplete(format: .pdf))".hasPrefix("文件不完整：这个PDF在中途被截断"))
        // (a file that is no PDF at all is damaged, not cut short)
        #expect(throws: DocumentReadError.self) { try DocumentReaders.read(Array("not a PDF".utf8)) }
    }

    @Test func legacyWordWithoutLibreOfficeSaysWhatToDo() {
        let header: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        #expect(throws: DocumentReadError.converterMissing) {
            try LegacyWordConverter.convertToDocx(header, program: nil)
        }
        #expect(throws: DocumentReadError.converterMissing) {
            try LegacyWordConverter.convertToDocx(header, program: URL(fileURLWithPath: "/nonexistent/soffice"))
        }
        let message = "\(DocumentReadError.converterMissing)"
        #expect(message.contains("另存为 .docx") && message.contains("LibreOffice"))
    }

    @Test func aTooLargeFileIsRefusedBeforeReading() {
        let bytes = Array("%PDF-1.7\n".utf8) + [UInt8](repeating: 0x20, count: DocumentReaders.maximumBytes)
        #expect {
            try DocumentReaders.read(bytes)
        } throws: { error in
            guard case DocumentReadError.tooLarge(.pdf, _) = error else { return false }
            return true
        }
    }
}
