import AsyncHTTPClient
import CortegeCore
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL

/// The HTTP side of `cortege publish` (docs/publish.md), through AsyncHTTPClient: Basic authentication, TLS
/// verified (a private CA with `--ca-file`), 5xx answers and transport failures retried with back-off, every
/// request counted. The password is sent in the `Authorization` header only: never printed, never logged.
final class DAVClient: Sendable {
    /// An answer: status, the headers `cortege publish` reads, the body.
    struct Answer: Sendable {
        var status: Int
        var etag: String?
        var body: Data
    }

    /// The run stops: the server cannot be reached, or it refuses the account.
    enum Failure: Error, Equatable {
        /// No answer after every retry (connection refused, timeout), or a server error at each try.
        case cannotConnect(server: String, reason: Phrase)
        /// 401: the user name or password is refused.
        case authenticationRefused(server: String, user: String)
        /// The server's TLS certificate is not trusted (not retried: it would not change).
        case certificateRefused(server: String, reason: String)
    }

    let server: URL
    let user: String
    private let authorization: String
    private let http: HTTPClient
    /// Delays before each retry (seconds): four tries in all.
    let backoff: [Double]
    private let counter = Counter()

    init(server: URL, user: String, password: String, caFile: String?, backoff: [Double] = [0.5, 1, 2]) throws {
        self.server = server
        self.user = user
        self.authorization = "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
        self.backoff = backoff
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .fullVerification
        if let caFile { tls.trustRoots = .file(caFile) }
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: tls, redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(5), read: .seconds(30)))
        configuration.httpVersion = .http1Only
        http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    func shutdown() async { try? await http.shutdown() }

    /// Requests sent so far, by method (retries included).
    var requests: [String: Int] { counter.value }

    /// The URL of a path on the server (percent-encoded here).
    func url(_ path: String) -> String {
        var base = URLComponents(url: server, resolvingAgainstBaseURL: false) ?? URLComponents()
        base.percentEncodedPath = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
        base.query = nil
        return base.string ?? server.absoluteString
    }

    /// Sends one request, retried on transient 5xx answers and on transport failures; 401 stops the run, and so
    /// does a transient failure still there after the last try.
    func send(
        _ method: String, _ path: String, body: String? = nil, contentType: String? = nil,
        headers: [(String, String)] = []
    ) async throws(Failure) -> Answer {
        var lastReason = Phrase(verbatim: "")
        for attempt in 0...backoff.count {
            if attempt > 0 { try? await Task.sleep(for: .milliseconds(Int(backoff[attempt - 1] * 1000))) }
            var request = HTTPClientRequest(url: url(path))
            request.method = HTTPMethod(rawValue: method)
            request.headers.add(name: "Authorization", value: authorization)
            request.headers.add(name: "User-Agent", value: "Cortege")
            if let contentType { request.headers.add(name: "Content-Type", value: contentType) }
            for (name, value) in headers { request.headers.add(name: name, value: value) }
            if let body { request.body = .bytes(ByteBuffer(string: body)) }
            counter.add(method)
            do {
                let response = try await http.execute(request, timeout: .seconds(60))
                let buffer = try await response.body.collect(upTo: 64 << 20)
                let status = Int(response.status.code)
                if status == 401 { throw Failure.authenticationRefused(server: server.absoluteString, user: user) }
                if Self.isTransient(status) {
                    // After the last try, the run stops (docs/publish.md, « Pannes »).
                    lastReason = Phrase(verbatim: "HTTP \(status)")
                    continue
                }
                return Answer(
                    status: status, etag: response.headers.first(name: "ETag"), body: Data(buffer.readableBytesView))
            } catch let failure as Failure {
                throw failure
            } catch let error as NIOSSLError {
                throw .certificateRefused(server: server.absoluteString, reason: "\(error)")
            } catch {
                lastReason = Self.describe(error)
            }
        }
        throw .cannotConnect(server: server.absoluteString, reason: lastReason)
    }

    /// Whether an answer may change if the request is sent again: a server error (500, 502, 503, 504…), but not
    /// 501 Not Implemented nor 505 HTTP Version Not Supported, which say what the server does not do.
    static func isTransient(_ status: Int) -> Bool { status >= 500 && status != 501 && status != 505 }

    /// A transport failure in a few words, in French and in English.
    static func describe(_ error: any Error) -> Phrase {
        if let e = error as? HTTPClientError {
            switch e {
            case .connectTimeout:
                return Phrase(fr: "délai de connexion dépassé", en: "connection timed out")
            case .readTimeout, .deadlineExceeded:
                return Phrase(fr: "pas de réponse dans le délai", en: "no answer in time")
            case .remoteConnectionClosed:
                return Phrase(fr: "connexion fermée par le serveur", en: "connection closed by the server")
            default: return Phrase(verbatim: "\(e)")
            }
        }
        if let e = error as? NIOSSLError { return Phrase(fr: "TLS : \(e)", en: "TLS: \(e)") }
        return Phrase(verbatim: "\(error)")
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [String: Int] = [:]
        func add(_ method: String) { lock.withLock { counts[method, default: 0] += 1 } }
        var value: [String: Int] { lock.withLock { counts } }
    }
}
