// `make bench`: prints how fast the lab starts, answers and replays. Figures, not tests.
import Cluster
import Foundation
import Kubectl
import Tutor

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let worlds = root.appendingPathComponent("lessons/worlds").path

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

/// Prints a line at once, so each figure shows as soon as it is measured.
func report(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// `TAROKO_BENCH_ONLY=lab,shell,proxy,world,scaling` runs only the parts named (all five by default);
/// `replay` alone runs the lab's replay figure without the rest of the lab.
let parts = Set((ProcessInfo.processInfo.environment["TAROKO_BENCH_ONLY"] ?? "lab,shell,proxy,world,scaling").split(separator: ",").map(String.init))

if let index = ProcessInfo.processInfo.environment["TAROKO_BENCH_PROFILE"].flatMap(Int.init) {
    profileLabCommand(index)
    exit(0)
}
if parts.contains("lab") {
    benchSmallLab()
}
if parts.contains("lab") || parts.contains("replay") {
    /// `TAROKO_BENCH_ROUNDS` replays the transcripts fewer or more times than 20, e.g. to profile.
    benchReplay(rounds: ProcessInfo.processInfo.environment["TAROKO_BENCH_ROUNDS"].flatMap(Int.init) ?? 20)
}
if parts.contains("shell") {
    benchPipeline(lines: 10_000)
    benchPipeline(lines: 100_000)
}
if parts.contains("proxy") {
    benchProxyRules(services: 10_000, endpointsPerService: 5)
}

/// Kubernetes' documented limits: 5,000 nodes and 150,000 pods.
let baseWorld = try World.load(directory: "\(worlds)/tk8s")
/// `TAROKO_BENCH_NODES` makes a smaller world, to see how the figures grow.
let nodeCount = ProcessInfo.processInfo.environment["TAROKO_BENCH_NODES"].flatMap(Int.init) ?? 5000
let replicas = ProcessInfo.processInfo.environment["TAROKO_BENCH_REPLICAS"].flatMap(Int.init) ?? 10_000

if parts.contains("world") {
    benchWorld(from: baseWorld, nodes: nodeCount)
}
if parts.contains("scaling") {
    benchScaling(in: baseWorld, nodes: nodeCount, replicas: replicas)
}
report(String(format: "peak memory: %.0f MB (budget 2048 MB)", peakResidentMegabytes()))
