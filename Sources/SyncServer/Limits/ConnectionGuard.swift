import Foundation
import HTTPTypes
import Logging
import NIOCore
import NIOHTTPTypes
import Synchronization

/// The open connections of each client address, shared by every connection of a server.
final class ConnectionTally: Sendable {
    private let counts = Mutex<[String: Int]>([:])

    /// Counts a new connection from an address; returns how many are open from it now.
    func open(_ address: String) -> Int {
        counts.withLock { counts in
            counts[address, default: 0] += 1
            return counts[address, default: 0]
        }
    }

    /// Counts a connection from an address as closed.
    func close(_ address: String) {
        counts.withLock { counts in
            let left = counts[address, default: 1] - 1
            counts[address] = left > 0 ? left : nil
        }
    }
}

/// Closes connections that take too long or come too many from one address (``ConnectionLimits``): a request head
/// must arrive within the header timeout (counted from the connection's start, then from when each response has
/// been written out whole),
/// a body must arrive at the minimum rate, and an address may hold only so many connections. One per connection,
/// after Hummingbird's HTTP decoding.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let limits: ConnectionLimits
    private let tally: ConnectionTally
    private let logger: Logger
    private var address: String?
    /// Requests whose head arrived and whose response has not ended.
    private var inFlight = 0
    private var readingBody = false
    private var bodyBytes = 0
    private var headerDeadline: Scheduled<Void>?
    private var bodyCheck: Scheduled<Void>?

    init(limits: ConnectionLimits, tally: ConnectionTally, logger: Logger) {
        self.limits = limits
        self.tally = tally
        self.logger = logger
    }

    func channelActive(context: ChannelHandlerContext) {
        let address = context.channel.remoteAddress?.ipAddress ?? "unknown"
        self.address = address
        if tally.open(address) > limits.connectionsPerAddress {
            logger.info("too many connections from one address", metadata: ["address": "\(address)"])
            context.close(promise: nil)
            return
        }
        armHeaderDeadline(context: context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancelTimers()
        if let address {
            tally.close(address)
            self.address = nil
        }
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancelTimers()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            inFlight += 1
            headerDeadline?.cancel()
            headerDeadline = nil
            readingBody = true
            bodyBytes = 0
            armBodyCheck(context: context)
        case .body(let buffer):
            bodyBytes += buffer.readableBytes
        case .end:
            readingBody = false
            bodyCheck?.cancel()
            bodyCheck = nil
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard case .end = unwrapOutboundIn(data) else {
            context.write(data, promise: promise)
            return
        }
        inFlight = max(0, inFlight - 1)
        // The wait for the next request head starts once the response has left, not when its end was queued: a
        // township on a slow line takes minutes to receive a large pull, and was cut off mid-answer.
        let written = promise ?? context.eventLoop.makePromise(of: Void.self)
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        written.futureResult.whenSuccess {
            let (handler, context) = loopBound.value
            guard handler.address != nil, handler.inFlight == 0, !handler.readingBody else { return }
            handler.armHeaderDeadline(context: context)
        }
        context.write(data, promise: written)
    }

    private func armHeaderDeadline(context: ChannelHandlerContext) {
        headerDeadline?.cancel()
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        headerDeadline = context.eventLoop.scheduleTask(in: TimeAmount(limits.headerTimeout)) {
            let (handler, context) = loopBound.value
            handler.logger.debug("request head too slow: closing", metadata: ["address": "\(handler.address ?? "")"])
            context.close(promise: nil)
        }
    }

    private func armBodyCheck(context: ChannelHandlerContext) {
        bodyCheck?.cancel()
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        bodyCheck = context.eventLoop.scheduleTask(in: TimeAmount(limits.bodyRateWindow)) {
            let (handler, context) = loopBound.value
            guard handler.readingBody else { return }
            if handler.bodyBytes < handler.limits.minimumBytesPerWindow {
                handler.logger.debug(
                    "request body too slow: closing", metadata: ["address": "\(handler.address ?? "")"])
                context.close(promise: nil)
            } else {
                handler.bodyBytes = 0
                handler.armBodyCheck(context: context)
            }
        }
    }

    private func cancelTimers() {
        headerDeadline?.cancel()
        headerDeadline = nil
        bodyCheck?.cancel()
        bodyCheck = nil
    }
}
