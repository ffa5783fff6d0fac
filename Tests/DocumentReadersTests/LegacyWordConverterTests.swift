import DocumentLayout
import DocumentReaders
import Foundation
import ReportFixtures
import Testing

/// Running LibreOffice for a .doc or .wps file, with stand-ins for `soffice` (shell scripts) that convert, fail,
/// cannot start or hang: what is passed to it, what the person reads when it fails, and a hung one ended with what
/// it started.
@Suite struct LegacyWordConverterTests {
    /// An executable `soffice` in `folder` with this text.
    static func soffice(_ text: String, in folder: TemporaryDirectory) throws -> URL {
        let script = folder.path("soffice")
        try Data(text.utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script
    }

    /// The bytes of a .doc file (an OLE compound file's signature).
    static let doc: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)

    @Test func theConversionRunsWithItsFolderAsHomeAndGivesBackTheWordFile() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // A stand-in that writes, as the "converted" file, its HOME, its folder and the file it was given.
        let soffice = try Self.soffice(
            """
            #!/bin/sh
            while [ "$#" -gt 1 ]; do
              if [ "$1" = "--outdir" ]; then outdir="$2"; fi
              shift
            done
            printf '%s\\n%s\\n%s' "$HOME" "$outdir" "$1" > "$outdir/report.docx"
            """, in: folder)
        let bytes = try LegacyWordConverter.convertToDocx(Self.doc, program: soffice)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        try #require(lines.count == 3)
        #expect(lines[0] == lines[1] && lines[0].contains("nianbao-convert-"), "HOME is the conversion's folder")
        #expect(lines[2] == lines[1] + "/report.doc")
        #expect(!FileManager.default.fileExists(atPath: lines[1]), "the folder is removed afterwards")
    }

    /// LibreOffice starts from a profile whose proxy for every scheme is a port nothing serves, so that a linked
    /// picture is never fetched (rr97 F5; with the real LibreOffice: ``ConverterNetworkTests``, where it is installed).
    @Test func theConversionsProfileSendsEveryFetchNowhere() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // A stand-in that hands back, as the "converted" file, the profile it was given
        let soffice = try Self.soffice(
            """
            #!/bin/sh
            for argument in "$@"; do
              case "$argument" in -env:UserInstallation=file://*) profile="${argument#-env:UserInstallation=file://}";; esac
            done
            while [ "$#" -gt 1 ]; do
              if [ "$1" = "--outdir" ]; then outdir="$2"; fi
              shift
            done
            cat "$profile/user/registrymodifications.xcu" > "$outdir/report.docx"
            """, in: folder)
        let profile = String(decoding: try LegacyWordConverter.convertToDocx(Self.doc, program: soffice), as: UTF8.self)
        #expect(profile.contains(#"<prop oor:name="ooInetProxyType" oor:op="fuse"><value>1</value>"#))
        for scheme in ["HTTP", "HTTPS", "FTP"] {
            #expect(
                profile.contains(#"<prop oor:name="ooInet\#(scheme)ProxyName" oor:op="fuse"><value>127.0.0.1</value>"#))
            #expect(profile.contains(#"<prop oor:name="ooInet\#(scheme)ProxyPort" oor:op="fuse"><value>9</value>"#))
        }
        #expect(profile.contains(#"<prop oor:name="ooInetNoProxy" oor:op="fuse"><value></value>"#))
    }

    @Test func aFailingConversionSaysHowSofficeEnded() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let soffice = try Self.soffice("#!/bin/sh\nexit 3\n", in: folder)
        #expect(throws: DocumentReadError.conversionFailed(detail: "soffice 退出码 3")) {
            try LegacyWordConverter.convertToDocx(Self.doc, program: soffice)
        }
    }

    @Test func aSofficeThatCannotStartSaysWhy() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Executable, but no program: no `#!` line, no ELF header.
        let soffice = try Self.soffice("LibreOffice\n", in: folder)
        let error = #expect(throws: DocumentReadError.self) {
            try LegacyWordConverter.convertToDocx(Self.doc, program: soffice)
        }
        #expect(error == .conversionFailed(detail: "无法启动程序 \(soffice.path)：它不是可以运行的程序"))
        #expect(error.map { "\($0)".hasPrefix("LibreOffice 无法转换这份旧版 Word/WPS 文档（无法启动程序 ") } == true)
    }

    @Test func aHungConversionIsEndedWithWhatItStarted() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // A stand-in that ignores SIGTERM, as does the process it starts (as `soffice` starts `soffice.bin`); it
        // would end by itself only after 10 s.
        let started = folder.path("started")
        let soffice = try Self.soffice(
            """
            #!/bin/sh
            trap '' TERM
            sleep 30 >/dev/null 2>&1 &
            echo $! > "\(started.path)"
            sleep 10
            """, in: folder)
        let clock = ContinuousClock.now
        #expect(throws: DocumentReadError.conversionFailed(detail: "超过 1 秒")) {
            try LegacyWordConverter.convertToDocx(Self.doc, program: soffice, timeout: 1)
        }
        // One second, then the grace of two, and SIGKILL
        #expect(ContinuousClock.now - clock < .seconds(8))
        let child = try #require(Int32(String(decoding: try Data(contentsOf: started), as: UTF8.self).dropLast()))
        #expect(ProcessTable.hasEnded(child), "the process soffice started was left running")
    }
}
