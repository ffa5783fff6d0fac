// swift-tools-version:6.2
// Nianbao: a change-tracking repository with sync for 政府信息公开工作年度报告.

import PackageDescription

/// Settings shared by every target, tests included (Swift 6 language mode comes from `swiftLanguageModes`).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "nianbao",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "nianbao", targets: ["NianbaoCLI"]),
        .library(name: "ReportModel", targets: ["ReportModel"]),
        .library(name: "DocumentLayout", targets: ["DocumentLayout"]),
        .library(name: "DocumentReaders", targets: ["DocumentReaders"]),
        .library(name: "ReportParser", targets: ["ReportParser"]),
        .library(name: "ReportChecks", targets: ["ReportChecks"]),
        .library(name: "DocxWriter", targets: ["DocxWriter"]),
        .library(name: "CountyWorkbook", targets: ["CountyWorkbook"]),
        .library(name: "ReportDiff", targets: ["ReportDiff"]),
        .library(name: "RevisionStore", targets: ["RevisionStore"]),
        .library(name: "ReportRepository", targets: ["ReportRepository"]),
        .library(name: "SyncAPI", targets: ["SyncAPI"]),
        .library(name: "SyncServer", targets: ["SyncServer"]),
        .library(name: "SyncClient", targets: ["SyncClient"]),
        .library(name: "WebUI", targets: ["WebUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.34.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Layer 1: the document model, its templates and its canonical encoding.
        .target(
            name: "ReportModel",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings,
            plugins: ["EmbedFiles"]
        ),
        // Layer 1b: reading files (.docx, PDF, HTML, .doc/.wps) into laid-out documents: paragraphs and grid tables.
        .target(name: "DocumentLayout", swiftSettings: swiftSettings),
        .target(name: "PDFGeometry", dependencies: ["DocumentLayout", "ReportModel"], swiftSettings: swiftSettings),
        // Shared libraries opened on first use (dlopen), so that a process does not load what its command never calls.
        .target(name: "CLibraryLoader", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        // MuPDF (AGPL-3.0-or-later, Debian's static libmupdf-dev) behind a small C facade; fz_try stays in C. The
        // libraries it reads images and fonts with are linked statically (`-l:lib….a`), so the loader has none of them
        // to map at start; HarfBuzz, which Debian ships only shared and the reader never calls, is opened on first use.
        .target(
            name: "CMuPDF",
            dependencies: ["CLibraryLoader"],
            linkerSettings: [
                .linkedLibrary("mupdf"), .linkedLibrary("mupdf-third"), .linkedLibrary(":libmujs.a"),
                .linkedLibrary(":libgumbo.a"), .linkedLibrary(":libopenjp2.a"), .linkedLibrary(":libjbig2dec.a"),
                .linkedLibrary(":libjpeg.a"), .linkedLibrary(":libfreetype.a"), .linkedLibrary(":libpng16.a"),
                .linkedLibrary(":libbrotlidec.a"), .linkedLibrary(":libbrotlicommon.a"), .linkedLibrary("z"),
                .linkedLibrary("m"),
            ]
        ),
        .target(
            name: "PDFReader", dependencies: ["CMuPDF", "PDFGeometry", "DocumentLayout"], swiftSettings: swiftSettings),
        .target(
            name: "DocxReader",
            dependencies: ["CLibXML2", "DocumentLayout", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        // libxml2 (MIT, Debian's libxml2-dev), opened when the first .docx or web page is read; its headers through
        // the link Sources/CLibXML2/include/libxml (see CLibXML2.h).
        .target(name: "CLibXML2", dependencies: ["CLibraryLoader"]),
        .target(
            name: "HTMLReader", dependencies: ["CLibXML2", "DocumentLayout", "ReportModel"],
            swiftSettings: swiftSettings),
        // Starting other programs (LibreOffice for .doc/.wps; `nianbao` in the tests) with glibc's posix_spawn, not
        // Foundation's Process, whose run() in Swift 6.3 now and then crashes the caller (swift-corelibs-foundation
        // #5472); the C target declares what glibc shows only under _GNU_SOURCE.
        .target(name: "CProcessSpawn"),
        .target(name: "ProcessSpawn", dependencies: ["CProcessSpawn"], swiftSettings: swiftSettings),
        .target(
            name: "DocumentReaders",
            dependencies: ["DocumentLayout", "PDFReader", "DocxReader", "HTMLReader", "ProcessSpawn"],
            swiftSettings: swiftSettings
        ),
        // Layer 2: reading reports into the model; checking it; comparing and merging it.
        .target(
            name: "ReportParser", dependencies: ["ReportModel", "DocumentLayout", "DocumentReaders"],
            swiftSettings: swiftSettings),
        .target(name: "ReportChecks", dependencies: ["ReportModel"], swiftSettings: swiftSettings),
        // Layer 2b: writing reports into files people use: Word (.docx) in the national layout.
        .target(
            name: "DocxWriter",
            dependencies: [
                "ReportModel", "ReportParser", "DocumentLayout",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ReportDiff", dependencies: ["ReportModel"], swiftSettings: swiftSettings, plugins: ["EmbedFiles"]
        ),
        // Zstandard (Debian's libzstd-dev): objects compressed in the store and on the wire.
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"]), .brew(["zstd"])]),
        .target(name: "ObjectCodec", dependencies: ["CZstd"], swiftSettings: swiftSettings),
        // The county's workbook (.xlsx) through libxlsxwriter (BSD-2-Clause, Debian's libxlsxwriter-dev), opened
        // when the first workbook is written.
        .target(name: "CXlsxWriter", dependencies: ["CLibraryLoader"]),
        .target(name: "CountyWorkbook", dependencies: ["CXlsxWriter", "ReportModel"], swiftSettings: swiftSettings),
        // Layer 3: the content-addressed store in SQLite.
        .target(
            name: "RevisionStore",
            dependencies: [
                "ReportModel", "ObjectCodec",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings,
            plugins: ["EmbedFiles"]
        ),
        // Layer 4: what a user does with a repository (commit a file, import a folder, history, merge).
        .target(
            name: "ReportRepository",
            dependencies: [
                "ReportModel", "DocumentLayout", "ReportParser", "ReportChecks", "ReportDiff", "RevisionStore",
                "DocxReader", "CountyWorkbook", .product(name: "Logging", package: "swift-log"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: swiftSettings
        ),
        // Layer 5: sync between nodes over HTTP.
        .target(name: "SyncAPI", dependencies: ["ReportModel", "ObjectCodec"], swiftSettings: swiftSettings),
        // What both ends of the wire say alike: repository values as protocol bodies and back.
        .target(
            name: "SyncMapping", dependencies: ["SyncAPI", "ReportRepository", "ReportModel"],
            swiftSettings: swiftSettings),
        .target(
            name: "SyncServer",
            dependencies: [
                "SyncAPI", "SyncMapping", "ReportRepository", "RevisionStore", "ReportModel",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SyncClient",
            dependencies: [
                "SyncAPI", "SyncMapping", "ReportRepository", "RevisionStore", "ReportModel",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Layer 6: the county office's web pages, served beside the sync API.
        .target(
            name: "WebUI",
            dependencies: [
                "SyncServer", "SyncAPI", "ReportRepository", "ReportParser", "ReportDiff", "ReportChecks",
                "ReportModel", "DocxWriter", "CountyWorkbook",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Pages"],
            swiftSettings: swiftSettings,
            plugins: ["EmbedFiles"]
        ),
        // Build-time embedding of Schema/ files into the modules that use them.
        .executableTarget(name: "SchemaEmbedder", path: "Sources/SchemaEmbedder", swiftSettings: swiftSettings),
        .plugin(
            name: "EmbedFiles", capability: .buildTool(), dependencies: ["SchemaEmbedder"],
            path: "Sources/EmbedFilesPlugin"),
        // The thin executable.
        .executableTarget(
            name: "NianbaoCLI",
            dependencies: [
                "ReportModel", "ReportParser", "ReportChecks", "ReportDiff", "ReportRepository", "SyncAPI",
                "SyncServer", "SyncClient", "WebUI", "DocumentLayout", "DocxWriter", "CountyWorkbook",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings,
            // Start-up: exporting nothing (swiftc's static-stdlib link exports every symbol of the package's own
            // objects, 53,000 names) keeps the loader's symbol lookups and the runtime's `dladdr` short. The release
            // build also links position-dependent (Scripts/build-release).
            linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux]))]
        ),
        // Benchmarks run by Scripts/bench-* (release builds, printed figures).
        .executableTarget(
            name: "NianbaoBench",
            dependencies: [
                "ReportModel", "ReportParser", "ReportDiff", "RevisionStore", "ReportRepository", "ReportFixtures",
                "DocumentLayout", .product(name: "Logging", package: "swift-log"),
            ],
            path: "Scripts/Bench",
            swiftSettings: swiftSettings
        ),
        // Test support: a generator of reports in every layout, and shared helpers.
        .target(
            name: "ReportFixtures",
            dependencies: ["ReportModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/ReportFixtures",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProcessSpawnTests", dependencies: ["ProcessSpawn", "ReportFixtures"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ReportModelTests",
            dependencies: ["ReportModel", "ReportFixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReportParserTests",
            dependencies: [
                "ReportParser", "ReportModel", "ReportFixtures", "DocumentLayout", "DocumentReaders",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DocumentReadersTests",
            dependencies: [
                "DocumentReaders", "DocumentLayout", "PDFGeometry", "PDFReader", "DocxReader", "HTMLReader",
                "ReportFixtures", "ReportModel", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DocxWriterTests",
            dependencies: [
                "DocxWriter", "ReportParser", "ReportModel", "DocumentLayout", "DocumentReaders", "ReportFixtures",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CountyWorkbookTests",
            dependencies: [
                "CountyWorkbook", "CLibraryLoader", "CXlsxWriter", "ReportModel", "ReportFixtures",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReportChecksTests",
            dependencies: ["ReportChecks", "ReportParser", "ReportModel", "ReportFixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReportDiffTests",
            dependencies: ["ReportDiff", "ReportParser", "ReportModel", "ReportFixtures"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RevisionStoreTests",
            dependencies: [
                "RevisionStore", "ObjectCodec", "ReportParser", "ReportModel", "ReportFixtures",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReportRepositoryTests",
            dependencies: [
                "ReportRepository", "RevisionStore", "ReportParser", "ReportChecks", "ReportDiff", "ReportModel",
                "ReportFixtures", "DocumentLayout", "DocxWriter", .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SyncAPITests",
            dependencies: ["SyncAPI", "ReportModel", "ReportFixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SyncTests",
            dependencies: [
                "SyncServer", "SyncClient", "SyncAPI", "ReportRepository", "RevisionStore", "ReportDiff", "ReportModel",
                "ReportFixtures", "DocumentLayout", "ProcessSpawn",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WebUITests",
            dependencies: [
                "WebUI", "SyncServer", "SyncAPI", "ReportRepository", "RevisionStore", "ReportModel", "ReportFixtures",
                "ReportChecks", "ReportParser", "ReportDiff", "DocxWriter",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "NianbaoCLITests",
            dependencies: [
                "NianbaoCLI", "ReportDiff", "ReportFixtures", "ReportModel", "ReportRepository", "SyncAPI",
                "SyncServer", "ReportChecks", "ReportParser", "RevisionStore", "ProcessSpawn",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
