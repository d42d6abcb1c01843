import CortegeApp
import CortegeCore
import Foundation
import Hummingbird
import Logging

/// What `cortege serve` is given (docs/serve.md).
public struct ServeOptions: Sendable {
    public var root: String
    public var secretFile: String
    public var revokedFile: String?
    public var host: String
    public var port: Int
    public var agendas: String?
    public var baseURL: String?
    public var now: String?
    public var language: Language
    /// Seconds before a connection that sends nothing is closed.
    public var idleTimeout: Int

    public init(
        root: String, secretFile: String, revokedFile: String?, host: String, port: Int, agendas: String?,
        baseURL: String?, now: String?, language: Language, idleTimeout: Int = 30
    ) {
        self.idleTimeout = idleTimeout
        self.root = root
        self.secretFile = secretFile
        self.revokedFile = revokedFile
        self.host = host
        self.port = port
        self.agendas = agendas
        self.baseURL = baseURL
        self.now = now
        self.language = language
    }

    /// The revocation list: `--revoked`, else `<secret-file>.revoked`.
    public var revocationList: String { revokedFile ?? secretFile + ".revoked" }

    /// The address the links are built on.
    public var base: String {
        let base = baseURL ?? "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
        return base.hasSuffix("/") ? String(base.dropLast()) : base
    }
}

/// The current snapshot, swapped whole by the reload thread and read by the requests.
final class LiveState: @unchecked Sendable {
    // Guarded by `lock`.
    private var current = Snapshot()
    private let lock = NSLock()

    var snapshot: Snapshot {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }
}

/// `cortege serve`: the subscription server (docs/serve.md).
public enum Server {
    /// The limits of a request (docs/serve.md §6).
    static let maxURILength = 2048
    static let maxHeaderCount = 64

    public static func run(_ options: ServeOptions) -> CommandResult {
        let secret: [UInt8]
        switch Self.secret(of: options.secretFile, root: options.root, language: options.language) {
        case .failure(let stop): return stop.result
        case .success(let s): secret = s
        }
        var fixedNow: Instant?
        if let text = options.now {
            guard let instant = Instant(iso: text, zone: .utc) else {
                return TimeOptionError(option: "--now", text: text).result(options.language)
            }
            fixedNow = instant
        }
        let tokens = Tokens(secret: secret)
        let catalog = Catalog(root: options.root, agendas: options.agendas, tokens: tokens, language: options.language)
        let state = LiveState()
        let watcher = Watcher(catalog: catalog, options: options, state: state, officeToken: tokens.office)
        watcher.reloadNow()
        watcher.start()

        let responder = Responder(
            state: state, office: Array(tokens.office.utf8), fixedNow: fixedNow, nowText: options.now)
        var logger = Logger(label: "cortege-serve")
        logger.logLevel = .warning
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in await responder.respond(request) },
            server: .http1(
                configuration: .init(
                    idleTimeout: .seconds(Int64(max(1, options.idleTimeout))),
                    httpDecoderConfiguration: .init(
                        maxHeaderFieldSize: 8 * 1024, maxHeaderListSize: 16 * 1024, maxHeaderFieldCount: maxHeaderCount
                    ))),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "cortege"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                let line = Vocabulary(options.language).pick(
                    "cortege serve : à l’écoute sur \(options.host):\(port) ; tableau de bord du cabinet : \(options.base)/o/",
                    "cortege serve: listening on \(options.host):\(port); office dashboard: \(options.base)/o/")
                FileHandle.standardError.write(Data((line + Tokens.redacted(tokens.office[...]) + "/\n").utf8))
            },
            logger: logger
        )
        let done = DispatchSemaphore(value: 0)
        let failure = ErrorBox()
        Task {
            do { try await app.runService() } catch {
                failure.message = CommandResult.errorLine(
                    Phrase(fr: "impossible de servir : \(error)", en: "cannot serve: \(error)"), options.language)
            }
            done.signal()
        }
        done.wait()
        if let message = failure.message { return .failure(message, status: 2) }
        return CommandResult()
    }

    /// The secret of `secretFile`, once `root` is known to be a folder of plans; else the error line (status 2)
    /// in `language`. What `serve` and `feeds` check before anything else.
    static func secret(of secretFile: String, root: String, language: Language) -> Result<[UInt8], CommandStop> {
        let secret: [UInt8]
        switch SecretFile.load(secretFile) {
        case .failure(let error): return .failure(CommandStop(error.phrase, language, status: 2))
        case .success(let s): secret = s
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            return .failure(
                CommandStop(
                    Phrase(fr: "\(root) n’est pas un dossier", en: "\(root) is not a folder"), language, status: 2))
        }
        return .success(secret)
    }
}

final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?
    var message: String? {
        get { lock.withLock { text } }
        set { lock.withLock { text = newValue } }
    }
}

/// Polls the plan folder, the agendas and the revocation list twice a second and reloads on any change, on its own
/// thread: loading and rendering never run on the server's event loops.
final class Watcher: @unchecked Sendable {
    let catalog: Catalog
    let options: ServeOptions
    let state: LiveState
    let officeToken: String
    // Only touched by the watcher's thread (and once before it starts).
    private var fingerprint: [String] = []

    init(catalog: Catalog, options: ServeOptions, state: LiveState, officeToken: String) {
        self.catalog = catalog
        self.options = options
        self.state = state
        self.officeToken = officeToken
    }

    func currentFingerprint() -> [String] {
        var paths = Catalog.files(under: options.root)
        if let agendas = options.agendas { paths += Catalog.files(under: agendas) }
        paths.append(options.revocationList)
        return paths.map(Catalog.stamp)
    }

    func reloadNow() {
        fingerprint = currentFingerprint()
        let previous = state.snapshot
        var next = catalog.reload(previous: previous, now: Date())
        let revoked = RevocationList.load(options.revocationList)
        for index in next.entries.indices where revoked.contains(next.entries[index].token) {
            next.entries[index].revoked = true
        }
        next.dashboard = Dashboard.render(
            next, root: options.root, base: options.base, officeToken: officeToken, previous: previous.dashboard)
        let changed = next.entries.filter { entry in
            let old = previous.entries.first { $0.token == entry.token }
            return old?.calendar?.etag != entry.calendar?.etag || old?.page?.etag != entry.page?.etag
        }.count
        state.snapshot = next
        let stale = next.plans.filter { $0.state != .current }.count
        let line =
            Vocabulary(options.language).pick(
                "cortege serve : rechargement \(next.generation) : \(next.plans.count) plan(s) de visite, "
                    + "\(next.entries.count) flux, \(changed) modifié(s), \(stale) non chargé(s)",
                "cortege serve: reload \(next.generation): \(next.plans.count) plan(s), \(next.entries.count) feed(s), "
                    + "\(changed) changed, \(stale) not loaded") + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func start() {
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.5)
                if currentFingerprint() != fingerprint { reloadNow() }
            }
        }
        thread.name = "cortege-reload"
        thread.start()
    }
}
