// swift-tools-version: 6.0
import PackageDescription

/// Settings every target shares, stated once.
let swiftSettings: [SwiftSetting] = [
    // Existential types spelled `any P` make dynamic dispatch visible at the use site.
    .enableUpcomingFeature("ExistentialAny"),
    // A file sees only the modules it imports itself.
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// Ordered JSON objects are `OrderedDictionary` values; modules that read them import it.
let orderedCollections = Target.Dependency.product(name: "OrderedCollections", package: "swift-collections")

let package = Package(
    name: "taroko",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "taroko", targets: ["taroko"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // libedit through pkg-config; the only C in the package.
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "LineEditing", dependencies: ["CEditLine"], swiftSettings: swiftSettings),
        .target(
            name: "KubeAPI",
            dependencies: [
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "Yams", package: "Yams"),
            ],
            // The cluster reads API objects through KubeAPI on every step: release builds let
            // the optimizer see its function bodies from the modules that call them.
            swiftSettings: swiftSettings + [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]),
        .target(name: "Cluster", dependencies: ["KubeAPI", orderedCollections], swiftSettings: swiftSettings),
        .target(name: "Kubectl", dependencies: ["KubeAPI", "Cluster", orderedCollections], swiftSettings: swiftSettings),
        .target(name: "Shell", dependencies: ["KubeAPI", "Cluster", "Kubectl"], swiftSettings: swiftSettings),
        .target(
            name: "Tutor",
            dependencies: [
                "KubeAPI", "Cluster", "Kubectl", "Shell", "LineEditing", orderedCollections,
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "taroko",
            dependencies: ["Tutor", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings),
        .executableTarget(name: "taroko-bench", dependencies: ["Tutor", "Cluster", "KubeAPI"], swiftSettings: swiftSettings),
        .testTarget(
            name: "KubeAPITests", dependencies: ["KubeAPI", orderedCollections],
            // Patches kubectl sent, read from the source tree.
            exclude: ["Patches/Fixtures"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ClusterTests", dependencies: ["Cluster", "KubeAPI", orderedCollections],
            // Objects kubectl printed, read from the source tree.
            exclude: ["GoSpew/Fixtures"], swiftSettings: swiftSettings),
        .testTarget(
            name: "KubectlTests", dependencies: ["Kubectl", "Cluster", "KubeAPI", orderedCollections],
            // Golden files are read from the source tree, as transcripts are.
            exclude: ["Describe/Goldens", "Kustomize/Fixtures"], swiftSettings: swiftSettings),
        .testTarget(name: "ShellTests", dependencies: ["Shell", "Kubectl"], swiftSettings: swiftSettings),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"], swiftSettings: swiftSettings),
        .testTarget(name: "TutorTests", dependencies: ["Tutor", "Kubectl", "KubeAPI", "LineEditing"], swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
