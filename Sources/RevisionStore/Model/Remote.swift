/// A node this one syncs with.
public struct Remote: Sendable, Hashable, Codable {
    /// Its name here (`county`).
    public var name: String
    /// The base URL of its server (`http://10.1.2.3:8080`).
    public var url: String
    /// The token to present.
    public var token: String

    /// Creates a remote.
    public init(name: String, url: String, token: String) {
        self.name = name
        self.url = url
        self.token = token
    }
}
