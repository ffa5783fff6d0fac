public import Foundation

#if canImport(Testing)
public import Testing
#endif

/// The sample reports in `../shared/corpus` (beside the project, as on CI).
///
/// Tests that need them use `.enabled(if: Corpus.shouldRun, Corpus.skipMessage)`: outside CI a missing corpus
/// skips them with a message; under `CI=true` they run and fail, because CI always has the corpus.
public enum Corpus {
    /// The package's root folder, found from this source file.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The corpus folder: `$NIANBAO_CORPUS`, else `../shared/corpus` from the package root.
    public static var directory: URL? {
        let candidates = [
            ProcessInfo.processInfo.environment["NIANBAO_CORPUS"].map { URL(fileURLWithPath: $0) },
            packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("seeds").path) }
    }

    /// Whether the corpus is here.
    public static var isAvailable: Bool { directory != nil }

    /// Whether this run is on CI (`CI=true`).
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether corpus tests should run: the corpus is here, or this is CI (where its absence is a failure).
    public static var shouldRun: Bool { isAvailable || isCI }

    #if canImport(Testing)
    /// Why corpus tests were skipped.
    public static let skipMessage: Comment = "the sample reports (../shared/corpus) are not here; set NIANBAO_CORPUS"
    #endif

    /// The five sample reports (`seeds/`), by file name.
    public static let seedNames = [
        "000_35b5a4da37cb7d63.txt", "001_7458bd74f5b9c7f3.txt", "002_a820d62a7dc226b5.txt",
        "003_a04c1cce206c730a.txt", "004_3cfdaad65bcb6ffa.txt",
    ]

    /// The five real reports (`real/`), by file name.
    public static let realNames = [
        "hongze-2023-pdftotext-layout.txt", "hongze-2023-pdftotext-raw.txt", "hongze-2024-pdftotext-layout.txt",
        "kewei-2024-pdf-markdown.txt", "shuyang-2025-ocr-markdown.txt",
    ]

    /// The bytes of a corpus file (`seeds/000_….txt` or `real/…`).
    ///
    /// - Throws: ``CorpusError`` when the corpus or the file is not there.
    public static func data(_ relativePath: String) throws -> Data {
        guard let directory else { throw CorpusError.notFound(relativePath) }
        let url = directory.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CorpusError.notFound(relativePath)
        }
        return data
    }

    /// The URL of a corpus file.
    public static func url(_ relativePath: String) throws -> URL {
        guard let directory else { throw CorpusError.notFound(relativePath) }
        return directory.appendingPathComponent(relativePath)
    }
}

/// A corpus file that is not there.
public enum CorpusError: Error, CustomStringConvertible {
    case notFound(String)

    public var description: String {
        switch self {
        case .notFound(let path): "The sample report \(path) is not in ../shared/corpus (CI must have it)"
        }
    }
}
