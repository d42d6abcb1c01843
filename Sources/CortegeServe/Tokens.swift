import CortegeApp
import CortegeCore
import Crypto
import Foundation

/// The secret that every link derives from, and the tokens of the feeds (docs/serve.md §2).
///
/// A token is HMAC-SHA256 over the secret of `feed`, the visit id and the audience, written in base64url
/// (256 bits): unguessable without the secret, stable across restarts, and changed all together when the secret
/// changes. One token can be revoked by writing it in the revocation list.
public struct Tokens: Sendable {
    let secret: [UInt8]

    public init(secret: [UInt8]) { self.secret = secret }

    /// The token of one audience of one visit.
    public func feed(visit: String, audience: Audience) -> String {
        token(for: "feed\u{0}\(visit)\u{0}\(audience)")
    }

    /// The token of the office dashboard.
    public var office: String { token(for: "office") }

    func token(for message: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: SymmetricKey(data: secret))
        return Data(mac).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Compares two tokens in a time that depends on their lengths only, never on where they first differ.
    public static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }

    /// The first four characters of a token, as the access log shows it.
    public static func redacted(_ token: Substring) -> String { String(token.prefix(4)) + "…" }
}

/// Reading (or creating) the secret file.
public enum SecretFile {
    /// Bytes of a secret that `cortege serve` creates: 256 bits.
    static let createdBytes = 32
    /// The shortest secret accepted, in bytes of the file (128 bits).
    static let minimumBytes = 16

    /// The secret in `path`; when the file is missing it is created with mode 0600 holding 256 random bits in hex.
    /// A secret shorter than 128 bits, or a file that others may read, is refused with the reason.
    public static func load(_ path: String) -> Result<[UInt8], SecretError> {
        let fm = FileManager.default
        if !fm.fileExists(atPath: path) {
            var generator = SystemRandomNumberGenerator()
            let bytes = (0..<createdBytes).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let text = bytes.map { String(format: "%02x", $0) }.joined() + "\n"
            // O_EXCL: never overwrite a secret written meanwhile; 0600 from the start, not chmod'ed after.
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            guard fd >= 0 else { return .failure(SecretError(path: path, reason: .system(errno))) }
            let written = text.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, text.utf8.count) }
            close(fd)
            guard written == text.utf8.count else {
                unlink(path)
                return .failure(
                    SecretError(
                        path: path,
                        reason: Phrase(fr: "impossible d’écrire le nouveau secret", en: "cannot write the new secret")))
            }
        }
        var status = stat()
        guard stat(path, &status) == 0 else {
            return .failure(SecretError(path: path, reason: .system(errno)))
        }
        if status.st_mode & 0o077 != 0 {
            return .failure(
                SecretError(
                    path: path,
                    reason: Phrase(
                        fr: "d’autres peuvent le lire (mode \(String(status.st_mode & 0o777, radix: 8))) ; lancez "
                            + "chmod 600 \(path)",
                        en:
                            "others may read it (mode \(String(status.st_mode & 0o777, radix: 8))); run chmod 600 \(path)"
                    )))
        }
        guard let data = fm.contents(atPath: path) else {
            return .failure(SecretError(path: path, reason: Phrase(fr: "illisible", en: "cannot read it")))
        }
        let secret = Array(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        guard secret.count >= minimumBytes else {
            return .failure(
                SecretError(
                    path: path,
                    reason: Phrase(
                        fr: "le secret fait \(secret.count) octets ; il en faut au moins \(minimumBytes)",
                        en: "the secret is \(secret.count) bytes; at least \(minimumBytes) are needed")))
        }
        return .success(secret)
    }
}

/// A secret file that cannot be used (exit status 2).
public struct SecretError: Error, CustomStringConvertible {
    public var path: String
    public var reason: Phrase

    /// What is wrong, in French and in English.
    public var phrase: Phrase {
        Phrase(
            fr: "\(path) : fichier secret refusé : \(reason.fr)", en: "\(path): secret file refused: \(reason.en)")
    }

    /// The English error line (logs and tests).
    public var description: String { CommandResult.errorLine(phrase, .en) }
}

extension Phrase {
    /// The system's own reason for `code` (the same words in both languages).
    static func system(_ code: Int32) -> Phrase { Phrase(verbatim: String(cString: strerror(code))) }
}

/// The revocation list: one token per line; `#` starts a comment (docs/serve.md §2).
public enum RevocationList {
    public static func load(_ path: String?) -> Set<String> {
        guard let path, let data = FileManager.default.contents(atPath: path) else { return [] }
        var revoked = Set<String>()
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let text = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let token = text.trimmingCharacters(in: .whitespaces)
            if !token.isEmpty { revoked.insert(token) }
        }
        return revoked
    }
}
