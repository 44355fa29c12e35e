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

/// `TAROKO_BENCH_SCALE_ONLY=1` skips to the figures at scale.
if ProcessInfo.processInfo.environment["TAROKO_BENCH_SCALE_ONLY"] == nil {
    benchSmallLab()
}

/// Kubernetes' documented limits: 5,000 nodes and 150,000 pods.
let baseWorld = try World.load(directory: "\(worlds)/tk8s")
/// `TAROKO_BENCH_NODES` makes a smaller world, to see how the figures grow.
let nodeCount = ProcessInfo.processInfo.environment["TAROKO_BENCH_NODES"].flatMap(Int.init) ?? 5000
var bigWorld = ScaleWorld.make(from: baseWorld, nodes: nodeCount, podsPerNode: 30)
var bigLab: SimulatedLab?
let buildTime = ContinuousClock().measure { bigLab = SimulatedLab(world: bigWorld, clock: .manual) }
bigWorld.objects = []
report(String(format: "world of %d nodes and %d pods: built in %.2f s (budget 10 s for 5,000 and 150,000)", nodeCount, nodeCount * 30, milliseconds(buildTime) / 1000))
var printed = 0
let listTime = ContinuousClock().measure {
    let sink = OutputBuffer()
    _ = bigLab!.run("kubectl get pods -A", sink: sink)
    printed = sink.combined.utf8.count
}
report(String(format: "kubectl get pods -A over %d pods: %.2f s for %d bytes (budget 1 s for 150,000)", nodeCount * 30, milliseconds(listTime) / 1000, printed))
bigLab = nil

/// Scaling happens in a world of as many nodes and no workload pods, so it measures the
/// controllers, scheduler and kubelets at work rather than the standing pods.
let replicas = ProcessInfo.processInfo.environment["TAROKO_BENCH_REPLICAS"].flatMap(Int.init) ?? 10_000
let emptyLab = SimulatedLab(world: ScaleWorld.make(from: baseWorld, nodes: nodeCount, podsPerNode: 0), clock: .manual)
var steps: [String] = []
let scaleTime = ContinuousClock().measure {
    for command in ["kubectl create deployment big --image=nginx --replicas=0", "kubectl scale deployment big --replicas=\(replicas)", "sleep 60"] {
        let step = ContinuousClock().measure { _ = emptyLab.run(command, sink: OutputBuffer()) }
        steps.append(String(format: "%.2f s  %@", milliseconds(step) / 1000, command))
    }
}
let ready = OutputBuffer()
_ = emptyLab.run("kubectl get deployment big", sink: ready)
report(String(format: "scale a Deployment 0 -> %d replicas on %d nodes and let it settle: %.2f s (budget 2 s for 10,000)",
    replicas, nodeCount, milliseconds(scaleTime) / 1000))
for step in steps { report("    " + step) }
report(ready.combined)
report(String(format: "peak memory: %.0f MB (budget 2048 MB)", peakResidentMegabytes()))
