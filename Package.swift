// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Cortege",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cortege", targets: ["cortege"]),
        .library(name: "CortegeCore", targets: ["CortegeCore"]),
        .library(name: "CortegePlan", targets: ["CortegePlan"]),
        .library(name: "CortegeICal", targets: ["CortegeICal"]),
        .library(name: "CortegeProgramme", targets: ["CortegeProgramme"]),
        .library(name: "CortegeApp", targets: ["CortegeApp"]),
        .library(name: "CortegeServe", targets: ["CortegeServe"]),
        .library(name: "CortegePublish", targets: ["CortegePublish"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", exact: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibical",
            pkgConfig: "libical",
            providers: [.apt(["libical-dev"])]
        ),
        .target(name: "CortegeCore"),
        .target(name: "CortegePlan", dependencies: ["CortegeCore", "Yams"]),
        .target(name: "CortegeICal", dependencies: ["CortegeCore", "CLibical"]),
        .target(name: "CortegeProgramme", dependencies: ["CortegeCore"]),
        .target(
            name: "CortegeApp",
            dependencies: [
                "CortegeCore", "CortegePlan", "CortegeICal", "CortegeProgramme",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .target(
            name: "CortegeServe",
            dependencies: [
                "CortegeApp", "CortegeCore", "CortegeProgramme", "Yams",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "CortegePublish",
            dependencies: [
                "CortegeApp", "CortegeCore", "CortegeICal", "CortegeProgramme",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "cortege",
            dependencies: [
                "CortegeApp", "CortegeServe", "CortegePublish", "CortegeCore", "CortegeICal", "CortegeProgramme",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc replaces the C library's malloc in the whole process (libical allocates for every value it
            // parses): Benchmarks/README.md, "A faster allocator". Debian's libmimalloc-dev (`make deps-system`).
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .target(
            name: "CortegeTestSupport", dependencies: ["CortegeCore", "CortegePlan"], path: "Tests/CortegeTestSupport"),
        .testTarget(name: "CortegeCoreTests", dependencies: ["CortegeCore", "CortegeTestSupport"]),
        .testTarget(
            name: "CortegePlanTests", dependencies: ["CortegePlan", "CortegeCore", "CortegeTestSupport", "Yams"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "CortegeICalTests",
            dependencies: ["CortegeICal", "CortegeCore", "CortegePlan", "CortegeTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "CortegeProgrammeTests",
            dependencies: ["CortegeProgramme", "CortegeCore", "CortegePlan", "CortegeTestSupport"]),
        .testTarget(
            name: "CortegeAppTests", dependencies: ["CortegeApp", "CortegeCore", "CortegeICal", "CortegeTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "CortegeServeTests", dependencies: ["CortegeServe", "CortegeCore"]),
        .testTarget(name: "CortegePublishTests", dependencies: ["CortegePublish", "CortegeICal", "CortegeCore"]),
        .testTarget(name: "CortegeCLITests", dependencies: ["CortegePlan", "CortegeCore", "CortegeTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
