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
            case .broken(.pdf, _), .noText(.pdf): return true
            default: return false
            }
        }
    }

    @Test func aTruncatedPDFIsRepairedOrRefused() throws {
        // MuPDF repairs what it can: a cut file either reads (the pages that are whole) or is refused.
        let bytes = try Self.fixture("encrypted.pdf")
        for length in [bytes.count / 2, bytes.count / 10, 40] {
            do {
                _ = try DocumentReaders.read(Array(bytes.prefix(length)))
            } catch {
                #expect(!"\(error)".isEmpty)
            }
        }
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
