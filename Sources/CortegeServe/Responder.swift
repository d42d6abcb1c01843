import CortegeApp
import CortegeCore
import Foundation
import Hummingbird
import ServiceLifecycle

/// Answers every request from the current snapshot (docs/serve.md §3–§6). Paths are matched on the raw request
/// target, character by character: nothing is decoded, nothing is looked up on disk.
struct Responder: Sendable {
    let state: LiveState
    let office: [UInt8]
    let fixedNow: Instant?
    let nowText: String?

    /// The one body of every 404: it never tells whether a visit, a token or a file exists.
    static let notFoundBody = "Not Found\n"

    enum Route {
        case calendar(Substring)
        case page(Substring)
        case events(Substring)
        case dashboard(Substring)
    }

    func respond(_ request: Request) async -> Response {
        let started = DispatchTime.now().uptimeNanoseconds
        let response = await answer(request)
        let micros = (DispatchTime.now().uptimeNanoseconds - started) / 1000
        AccessLog.write(
            method: request.method.rawValue, target: request.uri.string, status: response.status.code, micros: micros)
        return response
    }

    func answer(_ request: Request) async -> Response {
        let target = request.uri.string
        if target.utf8.count > Server.maxURILength { return plain(.uriTooLong, "URI Too Long\n") }
        if request.headers.count > Server.maxHeaderCount {
            return plain(.init(code: 431, reasonPhrase: "Request Header Fields Too Large"), "Too Many Headers\n")
        }
        guard request.method == .get || request.method == .head else {
            var response = plain(.methodNotAllowed, "Method Not Allowed\n")
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        if let length = request.headers[.contentLength], length != "0" {
            return plain(.contentTooLarge, "Content Too Large\n")
        }
        if request.headers[.transferEncoding] != nil { return plain(.contentTooLarge, "Content Too Large\n") }
        let path = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard let route = Self.route(path) else { return notFound() }
        let snapshot = state.snapshot
        switch route {
        case .dashboard(let token):
            guard Tokens.equal(Array(token.utf8), office), let page = snapshot.dashboard else { return notFound() }
            return serve(page, type: "text/html; charset=utf-8", request)
        case .calendar(let token):
            guard let entry = find(token, in: snapshot), let calendar = entry.calendar else { return notFound() }
            return serve(calendar, type: "text/calendar; charset=utf-8", request)
        case .page(let token):
            guard let entry = find(token, in: snapshot), let page = entry.page else { return notFound() }
            return serve(page, type: "text/html; charset=utf-8", request)
        case .events(let token):
            guard let entry = find(token, in: snapshot), entry.page != nil else { return notFound() }
            return events(entry.token, request)
        }
    }

    /// `/c/<token>.ics`, `/p/<token>.html`, `/e/<token>`, `/o/<token>/`, with a token of base64url characters only.
    static func route(_ path: Substring) -> Route? {
        func token(_ rest: Substring, suffix: String) -> Substring? {
            guard rest.hasSuffix(suffix) else { return nil }
            let token = rest.dropLast(suffix.count)
            guard (16...64).contains(token.count),
                token.utf8.allSatisfy({ c in
                    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2D
                        || c == 0x5F
                })
            else { return nil }
            return token
        }
        guard path.hasPrefix("/"), path.count > 3, path.dropFirst(2).hasPrefix("/") else { return nil }
        let kind = path.dropFirst().prefix(1)
        let rest = path.dropFirst(3)
        switch kind {
        case "c": return token(rest, suffix: ".ics").map(Route.calendar)
        case "p": return token(rest, suffix: ".html").map(Route.page)
        case "e": return token(rest, suffix: "").map(Route.events)
        case "o": return (token(rest, suffix: "/") ?? token(rest, suffix: "")).map(Route.dashboard)
        default: return nil
        }
    }

    /// The entry of a token: every token is compared in constant time, all of them, whatever matches; a revoked
    /// token and press or public before `announce` are not found.
    func find(_ token: Substring, in snapshot: Snapshot) -> FeedEntry? {
        let bytes = Array(token.utf8)
        var found: FeedEntry?
        for entry in snapshot.entries where Tokens.equal(bytes, entry.tokenBytes) { found = entry }
        guard let entry = found, !entry.revoked else { return nil }
        if entry.audience.isEmbargoed, let announce = entry.announce, now(for: entry) < announce { return nil }
        return entry
    }

    /// The time of the request: `--now` (read in the visit's zone when it has no offset), else the clock.
    func now(for entry: FeedEntry) -> Instant {
        guard let nowText else { return TimeOption.clock() }
        if let zone = entry.zone, let instant = Instant(iso: nowText, zone: zone) { return instant }
        return fixedNow ?? TimeOption.clock()
    }

    func notFound() -> Response { plain(.notFound, Self.notFoundBody) }

    func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A representation with its validators: 304 when the client's copy is current, gzip when accepted.
    func serve(_ r: Representation, type: String, _ request: Request) -> Response {
        let gzip = r.gzip != nil && Self.acceptsGzip(request.headers[.acceptEncoding])
        let etag = gzip ? String(r.etag.dropLast()) + "-gz\"" : r.etag
        var headers = HTTPFields()
        headers[.eTag] = etag
        headers[.lastModified] = r.modifiedText
        headers[.cacheControl] = "private, no-cache"
        headers[.vary] = "Accept-Encoding"
        headers[.xContentTypeOptions] = "nosniff"
        if let match = request.headers[.ifNoneMatch] {
            let tags = match.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let mine = [r.etag, String(r.etag.dropLast()) + "-gz\""]
            if tags.contains("*") || tags.contains(where: { mine.contains($0) || mine.contains("W/" + $0) }) {
                return Response(status: .notModified, headers: headers, body: .init())
            }
        } else if let since = request.headers[.ifModifiedSince].flatMap(HTTPDate.parse), r.modified <= since {
            return Response(status: .notModified, headers: headers, body: .init())
        }
        headers[.contentType] = type
        var body = gzip ? (r.gzip ?? r.body) : r.body
        if gzip { headers[.contentEncoding] = "gzip" }
        headers[.contentLength] = "\(body.readableBytes)"
        if request.method == .head { body = ByteBuffer() }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }

    /// True when `Accept-Encoding` lists gzip (or `*`) without `q=0`.
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        for part in header.lowercased().split(separator: ",") {
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = fields.first, name == "gzip" || name == "*" else { continue }
            let q = fields.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if q > 0 { return true }
        }
        return false
    }

    /// The event stream of a programme page: its current version now and at every change (`event: version`),
    /// a comment every 15 s to keep the connection, closed after 10 minutes (the browser reconnects).
    func events(_ token: String, _ request: Request) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        let state = self.state
        let body = ResponseBody { writer in
            var sent: String?
            var ticks = 0
            try await writer.write(ByteBuffer(string: "retry: 2000\n\n"))
            while ticks < 1200, !Task.isCancelled, !Task.isShuttingDownGracefully {
                let version = state.snapshot.entries.first { $0.token == token }?.pageVersion
                if let version, version != sent {
                    try await writer.write(ByteBuffer(string: "event: version\ndata: \(version)\n\n"))
                    sent = version
                } else if ticks % 30 == 29 {
                    try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                }
                ticks += 1
                try await Task.sleep(nanoseconds: 500_000_000)
            }
            try await writer.finish(nil)
        }
        if request.method == .head { return Response(status: .ok, headers: headers, body: .init()) }
        return Response(status: .ok, headers: headers, body: body)
    }
}

/// One line per request on standard error, tokens cut to their first four characters.
enum AccessLog {
    static func write(method: String, target: String, status: Int, micros: UInt64) {
        let line = "\(redact(target)) \(method) \(status) \(micros)µs\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// `/c/AbCd…`: the first path segment, then at most four characters of what follows; the query is dropped.
    static func redact(_ target: String) -> String {
        let path = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard path.hasPrefix("/"), path.count > 3, path.dropFirst(2).hasPrefix("/") else {
            return String(path.prefix(4)) + (path.count > 4 ? "…" : "")
        }
        let rest = path.dropFirst(3)
        return String(path.prefix(3)) + String(rest.prefix(4)) + (rest.count > 4 ? "…" : "")
    }
}
