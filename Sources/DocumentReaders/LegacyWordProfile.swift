import Foundation

/// The LibreOffice profile a conversion starts from: a fresh one, with every network request sent to a proxy that
/// is not there.
///
/// A .doc or .wps may link a picture instead of embedding it (Word's 插入图片 → 链接到文件, an `INCLUDEPICTURE
/// "http://…"` field), and LibreOffice fetches such links while it converts: a clerk's upload made the county's
/// server send requests to any address it can reach, on the government network or a cloud host's metadata
/// service, and a link to an address that never answers held the conversion (rr97 F5). LibreOffice's own setting
/// for it (`BlockUntrustedRefererLinks`) does not stop these fetches (tried with LibreOffice 7.4); its proxy setting
/// does. Every scheme goes to `127.0.0.1:9` (the discard port, which nothing serves), with no exceptions, so that a
/// fetch fails at once without leaving the machine; the linked picture is left out, as Nianbao reads no pictures.
enum LegacyWordProfile {
    /// Where nothing answers: the loopback address, the discard port.
    static let proxyHost = "127.0.0.1"
    static let proxyPort = 9

    /// The profile's `registrymodifications.xcu`: the manual proxy for HTTP, HTTPS and FTP, no host exempted.
    static var registry: String {
        let settings: [(String, String)] = [
            ("ooInetProxyType", "1"),
            ("ooInetHTTPProxyName", proxyHost), ("ooInetHTTPProxyPort", "\(proxyPort)"),
            ("ooInetHTTPSProxyName", proxyHost), ("ooInetHTTPSProxyPort", "\(proxyPort)"),
            ("ooInetFTPProxyName", proxyHost), ("ooInetFTPProxyPort", "\(proxyPort)"),
            ("ooInetNoProxy", ""),
        ]
        let items = settings.map { name, value in
            "<item oor:path=\"/org.openoffice.Inet/Settings\"><prop oor:name=\"\(name)\" oor:op=\"fuse\">"
                + "<value>\(value)</value></prop></item>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            \(items.joined(separator: "\n"))
            </oor:items>

            """
    }

    /// Writes the profile into `folder` (LibreOffice's `-env:UserInstallation` folder).
    static func write(in folder: URL) throws {
        let user = folder.appendingPathComponent("user")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        try Data(registry.utf8).write(to: user.appendingPathComponent("registrymodifications.xcu"))
    }
}
