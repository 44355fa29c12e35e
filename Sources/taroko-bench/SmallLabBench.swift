import Foundation
import Kubectl
import Tutor

/// The first slice of the course, as the lab figures run it.
let labCommands = [
    "kubectl get all -n kube-system -l k8s-app=kube-dns",
    "kubectl get endpoints kube-dns -n kube-system",
    "kubectl get pods -A -o wide",
    "kubectl get nodes -o wide",
    "kubectl get pods,svc -A --show-labels",
    "kubectl describe node tk8s-control-plane",
    "kubectl describe pods -n kube-system",
    "kubectl run dnscmd --image=registry.k8s.io/e2e-test-images/agnhost:2.39",
    "sleep 10",
    "kubectl exec dnscmd -- cat /etc/resolv.conf",
    "kubectl get pods -n kube-system -l k8s-app=canal -o json | grep -A 1 '\"command\":' | tr -d ' ' | grep /opt/bin/flanneld",
    "kubectl delete pod dnscmd",
    "kubectl get nosuch",
]

/// The lab as a learner meets it: start to first prompt and each command.
func benchSmallLab() {
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
    let commands = labCommands
    var timings = [[Double]](repeating: [], count: commands.count)
    for _ in 0..<30 {
        guard let lab = try? makeLab(world: "tk8s", clock: .manual, worldsDirectory: worlds) else { fatalError("no lab") }
        for (index, command) in commands.enumerated() {
            let sink = OutputBuffer()
            let elapsed = ContinuousClock().measure { _ = lab.run(command, sink: sink) }
            timings[index].append(milliseconds(elapsed))
        }
    }
    report("per command, median of 30 (budget 1 ms for a kubectl verb, 5 ms for any command):")
    for (index, command) in commands.enumerated() {
        report(String(format: "  %7.3f ms  %@", median(timings[index]), command))
    }
}

/// `TAROKO_BENCH_PROFILE=N` runs lab command N (from 0) on 2,000 fresh labs, after the commands
/// before it, so a profiler sees it under `profiledCommand`.
func profileLabCommand(_ index: Int) {
    for _ in 0..<2000 {
        guard let lab = try? makeLab(world: "tk8s", clock: .manual, worldsDirectory: worlds) else { fatalError("no lab") }
        for command in labCommands[..<index] {
            _ = lab.run(command, sink: OutputBuffer())
        }
        profiledCommand(labCommands[index], in: lab)
    }
}

@inline(never)
func profiledCommand(_ command: String, in lab: any Lab) {
    _ = lab.run(command, sink: OutputBuffer())
}
