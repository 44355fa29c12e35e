import Cluster
import Foundation
import Kubectl
import Tutor

/// Builds a world at `nodes` nodes with 30 pods each, then lists every pod, as a table and as YAML.
func benchWorld(from base: World, nodes: Int) {
    var world = ScaleWorld.make(from: base, nodes: nodes, podsPerNode: 30)
    var lab: SimulatedLab?
    let build = measureWallAndCPU { lab = SimulatedLab(world: world, clock: .manual) }
    world.objects = []
    report(String(format: "world of %d nodes and %d pods: built in %.2f s, %.2f s CPU (budget 10 s for 5,000 and 150,000)",
        nodes, nodes * 30, build.wall, build.cpu))
    var printed = 0
    let list = measureWallAndCPU {
        let sink = ByteCountingSink()
        _ = lab!.run("kubectl get pods -A", sink: sink)
        printed = sink.bytes
    }
    report(String(format: "kubectl get pods -A over %d pods: %.2f s, %.2f s CPU, for %d bytes (budget 1 s for 150,000)",
        nodes * 30, list.wall, list.cpu, printed))
    let yaml = measureWallAndCPU {
        let sink = ByteCountingSink()
        _ = lab!.run("kubectl get pods -A -o yaml", sink: sink)
        printed = sink.bytes
    }
    report(String(format: "kubectl get pods -A -o yaml over %d pods: %.2f s, %.2f s CPU, for %d bytes (budget 3 s for 150,000)",
        nodes * 30, yaml.wall, yaml.cpu, printed))
    if printed >= 8 << 20 {
        report("    the shell keeps the first 8 MiB of one line's output; kubectl stops writing items once nothing more is kept")
    }
}

/// Scales a Deployment from 0 to `replicas` and lets it settle, in a world of `nodes` nodes and
/// no workload pods, so it measures the controllers, scheduler and kubelets at work.
func benchScaling(in base: World, nodes: Int, replicas: Int) {
    let lab = SimulatedLab(world: ScaleWorld.make(from: base, nodes: nodes, podsPerNode: 0), clock: .manual)
    var steps: [String] = []
    let commands = [
        "kubectl create deployment big --image=nginx --replicas=0", "kubectl scale deployment big --replicas=\(replicas)",
        // kube-controller-manager's client creates 30 pods at once, then 20 a second.
        "sleep 600",
    ]
    let scale = measureWallAndCPU {
        for command in commands {
            let step = measureWallAndCPU { _ = lab.run(command, sink: OutputBuffer()) }
            steps.append(String(format: "%.2f s, %.2f s CPU  %@", step.wall, step.cpu, command))
        }
    }
    let ready = OutputBuffer()
    _ = lab.run("kubectl get deployment big", sink: ready)
    report(String(format: "scale a Deployment 0 -> %d replicas on %d nodes and let it settle: %.2f s, %.2f s CPU (budget 2 s for 10,000)",
        replicas, nodes, scale.wall, scale.cpu))
    for step in steps { report("    " + step) }
    report(ready.combined)
}
