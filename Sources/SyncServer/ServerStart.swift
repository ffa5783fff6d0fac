import Foundation
import NIOCore

/// Why a node's server could not start listening, said for the person who started it (`nianbao serve`), not as the
/// system's words (`bind(descriptor:ptr:bytes:): Address already in use) (errno: 98)`).
public enum ServerStartError: Error, Equatable, CustomStringConvertible {
    /// Another program listens on the port already: most likely a `nianbao serve` started before, in another window.
    case portInUse(port: Int)
    /// The address to listen on is none of this computer's (a mistyped `--host`).
    case addressNotHere(host: String)
    /// The system does not let this user listen on the port (below 1024, without the rights).
    case portNotAllowed(port: Int)

    /// The reason in English, for logs.
    public var description: String {
        switch self {
        case .portInUse(let port): "port \(port) is already in use"
        case .addressNotHere(let host): "\(host) is not an address of this computer"
        case .portNotAllowed(let port): "this user may not listen on port \(port)"
        }
    }

    /// The error a failure to start listening is, when it is one of these.
    static func from(_ error: any Error, host: String, port: Int) -> ServerStartError? {
        guard let error = error as? IOError else { return nil }
        switch error.errnoCode {
        case EADDRINUSE: return .portInUse(port: port)
        case EADDRNOTAVAIL: return .addressNotHere(host: host)
        case EACCES: return .portNotAllowed(port: port)
        default: return nil
        }
    }
}

/// Where other computers reach a server listening on every address of this one (`--host 0.0.0.0`).
public enum ServerAddresses {
    /// Whether an address to listen on is this computer's loopback only: no other computer can connect.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Whether an address to listen on is every address of this computer.
    public static func isEveryAddress(_ host: String) -> Bool { host == "0.0.0.0" || host == "::" }

    /// This computer's IPv4 addresses other than its loopback, in the order the system lists them: what a township
    /// types after `remote add county http://`. Empty when the system does not say.
    public static func ofThisComputer() -> [String] {
        let devices = (try? System.enumerateDevices()) ?? []
        var seen = Set<String>()
        return devices.compactMap { device -> String? in
            guard case .v4? = device.address, let ip = device.address?.ipAddress, !isLoopback(ip) else { return nil }
            return seen.insert(ip).inserted ? ip : nil
        }
    }
}
