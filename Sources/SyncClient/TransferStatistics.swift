/// What a sync exchanged with a remote: requests, bytes and objects.
public struct TransferStatistics: Sendable, Hashable, Codable {
    /// HTTP requests made.
    public var requests = 0
    /// Bytes of request bodies sent.
    public var bytesSent = 0
    /// Bytes of response bodies received.
    public var bytesReceived = 0
    /// Objects uploaded.
    public var objectsSent = 0
    /// Objects downloaded.
    public var objectsReceived = 0

    /// Creates empty statistics.
    public init() {}

    /// Adds another exchange's figures.
    public mutating func add(_ other: TransferStatistics) {
        requests += other.requests
        bytesSent += other.bytesSent
        bytesReceived += other.bytesReceived
        objectsSent += other.objectsSent
        objectsReceived += other.objectsReceived
    }
}
