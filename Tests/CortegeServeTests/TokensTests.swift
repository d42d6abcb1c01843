import CortegeCore
import Foundation
import Testing

@testable import CortegeServe

/// Tokens, their comparison and the matching of request paths (docs/serve.md §2 and §6).
struct TokensTests {
    /// RFC 4231 test case 2: HMAC-SHA256 with the key "Jefe", written in base64url without padding.
    @Test func tokensAreHMACSHA256OfTheSecretInBase64URL() {
        let hex = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        let bytes = stride(from: 0, to: hex.count, by: 2).map { i -> UInt8 in
            let start = hex.index(hex.startIndex, offsetBy: i)
            return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16) ?? 0
        }
        let expected = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        #expect(Tokens(secret: Array("Jefe".utf8)).token(for: "what do ya want for nothing?") == expected)
        #expect(expected.count == 43)
    }

    @Test func tokensDifferByVisitAudienceAndSecret() {
        let a = Tokens(secret: Array("0123456789abcdef0123".utf8))
        let b = Tokens(secret: Array("0123456789abcdef0124".utf8))
        let staff = a.feed(visit: "v1", audience: .staff)
        #expect(staff == a.feed(visit: "v1", audience: .staff))
        #expect(staff != a.feed(visit: "v1", audience: .press))
        #expect(staff != a.feed(visit: "v2", audience: .staff))
        #expect(staff != b.feed(visit: "v1", audience: .staff))
        #expect(a.office != staff)
    }

    @Test func comparisonNeedsEveryByte() {
        let token = Array("AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCd".utf8)
        #expect(Tokens.equal(token, token))
        for index in token.indices {
            var other = token
            other[index] ^= 1
            #expect(!Tokens.equal(token, other))
        }
        #expect(!Tokens.equal(token, Array(token.dropLast())))
    }

    @Test func onlyWellFormedPathsAreRoutes() {
        let token = String(repeating: "a", count: 43)
        #expect(Responder.route("/c/\(token).ics").map { "\($0)" } == "calendar(\"\(token)\")")
        #expect(Responder.route("/p/\(token).html").map { "\($0)" } == "page(\"\(token)\")")
        #expect(Responder.route("/o/\(token)/").map { "\($0)" } == "dashboard(\"\(token)\")")
        for path in [
            "/c/../../etc/passwd", "/c/%2e%2e/%2e%2e/etc/passwd", "/c/..%2f..%2fetc%2fpasswd.ics", "/", "/c/",
            "/c/\(token)", "/c/\(token).ics/..", "/x/\(token).ics", "/c/\(token.dropLast(30)).ics",
            "/c/\(token)%00.ics", "//c/\(token).ics", "/c/\(token).icsx",
        ] {
            #expect(Responder.route(Substring(path)) == nil, "\(path)")
        }
    }

    @Test func theAccessLogKeepsFourCharactersOfAToken() {
        let token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE"
        #expect(AccessLog.redact("/c/\(token).ics") == "/c/AbCd…")
        #expect(AccessLog.redact("/o/\(token)/?x=\(token)") == "/o/AbCd…")
        #expect(!AccessLog.redact("/\(token)").contains("EfGh"))
    }
}
