import CZstd

/// Zstandard compression (Debian's libzstd) of object bodies and object batches, with or without a dictionary.
///
/// The frames written here carry their decompressed size and no dictionary id or checksum (the store and the
/// receiver check every object against its SHA-256 name anyway). A frame kept in the store is written without its
/// four magic bytes (``compressStored(_:)``), which every frame has and which would cost more than a small body saves.
public final class ZstdCodec: @unchecked Sendable {
    // @unchecked: the digested dictionaries are read-only once made; zstd shares a CDict and a DDict between threads.
    // Each call has a context of its own from the pools.
    private let compressionDictionary: OpaquePointer?
    private let decompressionDictionary: OpaquePointer?
    private let level: Int32
    private let compressionContexts = ZstdContextPool(make: { ZSTD_createCCtx() }, free: { _ = ZSTD_freeCCtx($0) })
    private let decompressionContexts = ZstdContextPool(make: { ZSTD_createDCtx() }, free: { _ = ZSTD_freeDCtx($0) })

    /// The compression level used when none is given.
    public static let defaultLevel: Int32 = 6

    /// A codec without a dictionary.
    public init(level: Int32 = ZstdCodec.defaultLevel) {
        self.level = level
        compressionDictionary = nil
        decompressionDictionary = nil
    }

    /// A codec with a dictionary (a zstd dictionary as `ZDICT_trainFromBuffer` makes, or any bytes as raw content).
    ///
    /// The dictionary is digested once for each direction (`ZSTD_createCDict`, `ZSTD_createDDict`) and shared by
    /// every call: loading it into each compression context instead cost 88 µs an object against 20 µs (a 400-byte
    /// body, the 8 KB store dictionary at level 6, measured with a C loop), which a pull of thousands of objects
    /// pays on every one. At the store's level the digested tables are 154 KB.
    ///
    /// - Throws: ``CodecError/badDictionary`` when zstd cannot digest it.
    public init(dictionary: [UInt8], level: Int32 = ZstdCodec.defaultLevel) throws(CodecError) {
        self.level = level
        guard let decompression = dictionary.withUnsafeBytes({ ZSTD_createDDict($0.baseAddress, $0.count) }) else {
            throw .badDictionary
        }
        guard
            let compression = dictionary.withUnsafeBytes({ ZSTD_createCDict($0.baseAddress, $0.count, level) })
        else {
            ZSTD_freeDDict(decompression)
            throw .badDictionary
        }
        compressionDictionary = compression
        decompressionDictionary = decompression
    }

    deinit {
        ZSTD_freeCDict(compressionDictionary)
        ZSTD_freeDDict(decompressionDictionary)
    }

    /// The four bytes every zstd frame starts with (0xFD2FB528, little-endian).
    public static let frameMagic: [UInt8] = [0x28, 0xB5, 0x2F, 0xFD]

    /// One zstd frame holding `bytes`.
    public func compress(_ bytes: [UInt8]) -> [UInt8] {
        compress(bytes, prefix: nil)
    }

    /// The bytes of one zstd frame.
    ///
    /// - Parameters:
    ///   - frame: A whole frame, magic included.
    ///   - limit: The most bytes it may hold: a frame that says (or turns out) to hold more is refused before (or
    ///     instead of) being written out.
    /// - Throws: ``CodecError``.
    public func decompress(_ frame: [UInt8], limit: Int) throws(CodecError) -> [UInt8] {
        try decompress(frame, prefix: nil, limit: limit)
    }

    /// A frame without its four magic bytes, for the store.
    ///
    /// - Parameter prefix: Bytes the frame is made against (raw content, zstd's `ZSTD_CCtx_refPrefix`) instead of the
    ///   codec's dictionary: a delta against an earlier version of the same thing, which only
    ///   ``decompressStored(_:prefix:limit:)`` with the same prefix reads back.
    public func compressStored(_ bytes: [UInt8], prefix: [UInt8]? = nil) -> [UInt8] {
        let frame = compress(bytes, prefix: prefix)
        guard frame.count > Self.frameMagic.count else { return frame }
        return Array(frame[Self.frameMagic.count...])
    }

    /// The bytes of a frame written by ``compressStored(_:prefix:)``, with the prefix it was made against.
    ///
    /// - Throws: ``CodecError`` (``CodecError/malformed`` too when the prefix is not the one it was made with and
    ///   zstd notices; the store checks every object's bytes against its name anyway).
    public func decompressStored(_ frame: [UInt8], prefix: [UInt8]? = nil, limit: Int) throws(CodecError) -> [UInt8] {
        try decompress(Self.frameMagic + frame, prefix: prefix, limit: limit)
    }

    private func compress(_ bytes: [UInt8], prefix: [UInt8]?) -> [UInt8] {
        compressionContexts.withContext { context -> [UInt8] in
            // The parameters and the dictionary stick to the context; setting them again costs nothing. Each
            // `ZSTD_compress2` starts a new frame. A prefix replaces the dictionary for that frame only.
            ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, level)
            ZSTD_CCtx_setParameter(context, ZSTD_c_dictIDFlag, 0)
            ZSTD_CCtx_setParameter(context, ZSTD_c_contentSizeFlag, 1)
            if let compressionDictionary {
                guard ZSTD_isError(ZSTD_CCtx_refCDict(context, compressionDictionary)) == 0 else { return [] }
            }
            var out = [UInt8](repeating: 0, count: ZSTD_compressBound(bytes.count))
            let written = (prefix ?? []).withUnsafeBytes { prefixBytes -> Int? in
                if prefix != nil,
                    ZSTD_isError(ZSTD_CCtx_refPrefix(context, prefixBytes.baseAddress, prefixBytes.count)) != 0
                {
                    return nil
                }
                return out.withUnsafeMutableBytes { target in
                    bytes.withUnsafeBytes { source in
                        ZSTD_compress2(context, target.baseAddress, target.count, source.baseAddress, source.count)
                    }
                }
            }
            // A frame always fits in ZSTD_compressBound; an error here is an allocation failure inside zstd.
            guard let written, ZSTD_isError(written) == 0 else { return [] }
            out.removeSubrange(written...)
            return out
        } ?? []
    }

    private func decompress(_ frame: [UInt8], prefix: [UInt8]?, limit: Int) throws(CodecError) -> [UInt8] {
        let declared = frame.withUnsafeBytes { ZSTD_getFrameContentSize($0.baseAddress, $0.count) }
        guard declared != ZSTD_CONTENTSIZE_ERROR, declared != ZSTD_CONTENTSIZE_UNKNOWN else { throw .malformed }
        guard declared <= UInt64(limit) else { throw .tooLarge(limit: limit) }
        var out = [UInt8](repeating: 0, count: Int(declared))
        // Each call decompresses one whole frame from a fresh start, whatever the context did before.
        let written = decompressionContexts.withContext { context -> Int? in
            (prefix ?? []).withUnsafeBytes { prefixBytes -> Int? in
                if prefix != nil,
                    ZSTD_isError(ZSTD_DCtx_refPrefix(context, prefixBytes.baseAddress, prefixBytes.count)) != 0
                {
                    return nil
                }
                return out.withUnsafeMutableBytes { target in
                    frame.withUnsafeBytes { source in
                        if prefix == nil, let decompressionDictionary {
                            ZSTD_decompress_usingDDict(
                                context, target.baseAddress, target.count, source.baseAddress, source.count,
                                decompressionDictionary)
                        } else {
                            ZSTD_decompressDCtx(
                                context, target.baseAddress, target.count, source.baseAddress, source.count)
                        }
                    }
                }
            }
        }
        guard let written = written ?? nil, ZSTD_isError(written) == 0, written == Int(declared) else {
            throw .malformed
        }
        return out
    }

    /// A dictionary trained on samples (zstd's `ZDICT_trainFromBuffer`), at most `capacity` bytes.
    ///
    /// - Throws: ``CodecError/badDictionary`` when zstd cannot train one (too few or too small samples).
    public static func trainDictionary(samples: [[UInt8]], capacity: Int) throws(CodecError) -> [UInt8] {
        let joined = samples.flatMap { $0 }
        let sizes = samples.map { $0.count }
        var dictionary = [UInt8](repeating: 0, count: capacity)
        let written = dictionary.withUnsafeMutableBytes { target in
            joined.withUnsafeBytes { source in
                sizes.withUnsafeBufferPointer { sizes in
                    ZDICT_trainFromBuffer(
                        target.baseAddress, target.count, source.baseAddress, sizes.baseAddress, UInt32(sizes.count))
                }
            }
        }
        guard ZDICT_isError(written) == 0 else { throw .badDictionary }
        return Array(dictionary[..<written])
    }
}

/// Why compressed bytes could not be read.
public enum CodecError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not a zstd frame this codec can read, or a damaged one.
    case malformed
    /// It holds more than the reader allows.
    case tooLarge(limit: Int)
    /// The dictionary is not one zstd can use.
    case badDictionary

    public var description: String {
        switch self {
        case .malformed: "The compressed bytes are damaged or not a zstd frame."
        case .tooLarge(let limit): "The compressed bytes hold more than \(limit) bytes."
        case .badDictionary: "The compression dictionary is not one zstd can use."
        }
    }
}
