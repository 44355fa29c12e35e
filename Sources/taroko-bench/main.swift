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

/// Start to first prompt: load the world, build the lab, render the prompt.
var starts: [Double] = []
for _ in 0..<20 {
    let clock = ContinuousClock()
    let elapsed = clock.measure {
        let lab = try? makeLab(world: "tk8s", clock: .manual, worldsDirectory: worlds)
        _ = lab?.prompt
    }
    starts.append(milliseconds(elapsed))
}
report(String(format: "start to first prompt: %.2f ms reading the world cold, then %.2f ms median per new lab (budget 50 ms)",
    starts[0], median(Array(starts.dropFirst()))))

/// Each command of the first slice, on a fresh lab each round.
let commands = [
    "kubectl get all -n kube-system -l k8s-app=kube-dns",
    "kubectl get endpoints kube-dns -n kube-system",
    "kubectl get pods -A -o wide",
    "kubectl get nodes -o wide",
    "kubectl get pods,svc -A --show-labels",
    "kubectl run dnscmd --image=registry.k8s.io/e2e-test-images/agnhost:2.39",
    "sleep 10",
    "kubectl exec dnscmd -- cat /etc/resolv.conf",
    "kubectl get pod/canal-9dc5v -n kube-system -o json | grep -A 1 '\"command\":' | tr -d ' ' | grep /opt/bin/flanneld",
    "kubectl delete pod dnscmd",
    "kubectl get nosuch",
]
var timings = [[Double]](repeating: [], count: commands.count)
for _ in 0..<30 {
    guard let lab = try? makeLab(world: "tk8s", clock: .manual, worldsDirectory: worlds) else { fatalError("no lab") }
    for (index, command) in commands.enumerated() {
        let sink = OutputBuffer()
        let elapsed = ContinuousClock().measure { _ = lab.run(command, sink: sink) }
        timings[index].append(milliseconds(elapsed))
    }
}
report("per command, median of 30 (budget 5 ms):")
for (index, command) in commands.enumerated() {
    report(String(format: "  %7.3f ms  %@", median(timings[index]), command))
}

/// Replay of every transcript, repeated.
let files = (FileManager.default.enumerator(atPath: root.appendingPathComponent("transcripts").path)?
    .compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".t") }.sorted()
let transcripts = files.compactMap { file -> Transcript? in
    let path = root.appendingPathComponent("transcripts/\(file)").path
    return (try? String(contentsOfFile: path, encoding: .utf8)).flatMap { try? Transcript(parsing: $0, file: path) }
}
let replayer = Replayer(
    course: Course.load(directory: root.appendingPathComponent("lessons")),
    labFactory: { world in try makeLab(world: world, clock: .manual, worldsDirectory: worlds) })
let rounds = 20
var replayed = 0
let replayTime = ContinuousClock().measure {
    for _ in 0..<rounds {
        for transcript in transcripts {
            _ = replayer.replay(transcript, file: "")
            replayed += transcript.commands.count
        }
    }
}
let seconds = milliseconds(replayTime) / 1000
report(String(format: "replay: %d commands from %d transcripts in %.2f s = %.0f commands/s (budget 2000/s)",
    replayed, transcripts.count, seconds, Double(replayed) / seconds))

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
let scaleTime = ContinuousClock().measure {
    let sink = OutputBuffer()
    _ = bigLab!.run("kubectl create deployment big --image=nginx --replicas=0", sink: sink)
    _ = bigLab!.run("kubectl scale deployment big --replicas=10000", sink: sink)
    _ = bigLab!.run("sleep 60", sink: sink)
}
let ready = OutputBuffer()
_ = bigLab!.run("kubectl get deployment big", sink: ready)
report(String(format: "scale a Deployment 0 -> 10,000 replicas and let it settle: %.2f s (budget 2 s)", milliseconds(scaleTime) / 1000))
report(ready.combined)
report(String(format: "peak memory: %.0f MB (budget 2048 MB)", peakResidentMegabytes()))
