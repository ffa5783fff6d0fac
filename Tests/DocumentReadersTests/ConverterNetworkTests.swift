import DocumentReaders
import Foundation
import ReportFixtures
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A clerk's .doc whose picture is linked to an address (Word's 链接到文件) made the county's server fetch that
/// address while LibreOffice converted it: any clerk could make the server send requests into the government network
/// (rr97 F5). LibreOffice now converts with every fetch sent to a proxy that is not there.
@Suite(.enabled(if: LegacyWordConverter.program != nil, "LibreOffice (soffice) is not installed: conversion not tried"))
struct ConverterNetworkTests {
    /// A listener on 127.0.0.1 (an ephemeral port) that counts the connections it is offered until it is stopped.
    final class Listener: Sendable {
        let port: Int
        private let socket: Int32
        private let connections = Mutex(0)
        private let stopped = Mutex(false)
        private let done = DispatchSemaphore(value: 0)

        init() throws {
            let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            socket = fd
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                    bind(fd, pointer, length) == 0 && listen(fd, 16) == 0 && getsockname(fd, pointer, &length) == 0
                }
            }
            guard bound else { throw CocoaError(.featureUnsupported) }  // (no listening on 127.0.0.1 here)
            port = Int(UInt16(bigEndian: address.sin_port))
            let thread = Thread { [self] in accept() }
            thread.start()
        }

        private func accept() {
            defer { done.signal() }
            // (bounded: at most 10 minutes, in steps of 100 ms, until stopped)
            for _ in 0..<6000 where !stopped.withLock({ $0 }) {
                var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, 100) > 0 else { continue }
                let connection = Glibc.accept(socket, nil, nil)
                if connection >= 0 {
                    connections.withLock { $0 += 1 }
                    close(connection)
                }
            }
        }

        /// Stops listening; returns how many connections came.
        func stop() -> Int {
            stopped.withLock { $0 = true }
            done.wait()
            close(socket)
            return connections.withLock { $0 }
        }
    }

    /// A Word file whose picture is linked (not embedded) to an address.
    static func linkedPicture(to url: String) throws -> [UInt8] {
        let picture = """
            <w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">\
            <wp:extent cx="914400" cy="914400"/><wp:docPr id="99" name="p"/>\
            <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">\
            <a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">\
            <pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="99" name="p"/>\
            <pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>\
            <a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:link="rIdLinked"/>\
            <a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>\
            <a:ext cx="914400" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>\
            </pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
            """
        let link = """
            <Relationship Id="rIdLinked" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" \
            Target="\(url)" TargetMode="External"/>
            """
        return try DocxFixture.make(
            body: picture + DocxFixture.p("常张乡人民政府2024年政府信息公开工作年度报告"), relationships: link)
    }

    @Test func aLinkedPictureIsNotFetchedWhileConverting() throws {
        let listener = try Listener()
        let file = try Self.linkedPicture(to: "http://127.0.0.1:\(listener.port)/leak.png")
        let converted = Result { try LegacyWordConverter.convertToDocx(file) }
        let connections = listener.stop()
        // The file is converted, and the address it links to was never asked
        #expect(try !converted.get().isEmpty)
        #expect(connections == 0)
    }
}
